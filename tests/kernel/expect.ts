import { cidrContains, parseCidr } from '../../src/net/addresses.js';
import { portInRanges } from '../../src/net/port-ranges.js';
import type { Protocol } from '../../src/model/types.js';
import type { Direction, HostPlan } from '../../src/plan/plan-types.js';

/**
 * What the plan says about one packet exchange, computed from the plan alone (not from the
 * compiled rules): the kernel's behaviour is compared against this.
 */
export function planAllows(
  host: HostPlan,
  direction: Direction,
  protocol: Protocol,
  remote: string,
  portOrType: number,
  fqdns: Record<string, string[]>,
): boolean {
  const addr = parseCidr(remote)!;
  return host.rules.some((r) => {
    if (r.direction !== direction || r.protocol !== protocol) return false;
    if (r.ports && !portInRanges(portOrType, r.ports)) return false;
    if (!r.ports && r.icmpTypes !== null && !r.icmpTypes.includes(portOrType)) return false;
    if (r.peers.some((p) => cidrContains(p, addr))) return true;
    return r.fqdns.some((f) => (fqdns[f] ?? []).includes(remote));
  });
}

/** A deterministic pseudo-random generator (mulberry32), so a failing sample can be replayed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Ports to probe: every planned port (ranges up to 64 ports whole, larger ones by their ends
 * and middle), each planned port's neighbours, 22, 3389, 445 and the extremes, and `extra`
 * random ports.
 */
export function samplePorts(planned: [number, number][], extra: number, seed: number): number[] {
  const set = new Set<number>([1, 22, 445, 3389, 65535]);
  for (const [lo, hi] of planned) {
    if (hi - lo < 64) for (let p = lo; p <= hi; p++) set.add(p);
    else for (const p of [lo, lo + 1, (lo + hi) >> 1, hi - 1, hi]) set.add(p);
    if (lo > 1) set.add(lo - 1);
    if (hi < 65535) set.add(hi + 1);
  }
  const next = rng(seed);
  let guard = 0;
  const target = set.size + extra;
  while (set.size < target && guard++ < 100000) set.add(1 + Math.floor(next() * 65535));
  return [...set].sort((a, b) => a - b);
}
