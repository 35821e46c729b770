import { addressSet, portSet, valueSet } from '../algebra/field-sets.js';
import { complement, interval } from '../algebra/interval-set.js';
import {
  cubeCoveredBy,
  intersectCubes,
  PROTO,
  tcpFlagValues,
  TCP_FLAGS,
  universeCube,
  type Cube,
} from '../algebra/packet-set.js';
import type { Family } from '../net/addresses.js';
import type { Direction } from '../plan/plan-types.js';
import type { Remote, RuleBody } from './rule-list.js';

/** What this module needs of a host's filter rule (host-ruleset.ts's FilterRule is one). */
interface FilterRule extends RuleBody {
  direction: Direction;
  remote: Remote;
}

/**
 * The packets a compiled accept rule matches, in the algebra the audit uses, so that compile
 * can drop a rule that earlier rules already cover. `null` for rules on DNS-named sets, whose
 * contents change after compilation and so never cover, nor are covered.
 */
export function filterRuleCube(r: FilterRule, family: Family): Cube | null {
  if (r.remote.kind === 'fqdn') return null;
  if (r.family !== null && r.family !== family) return null;
  const c: Cube = { ...universeCube(family) };
  if (r.remote.kind === 'cidrs') {
    // A rule's remote is of one family already (the same array for every rule of it): kept as it is.
    const all = r.remote.cidrs;
    const cidrs = all.every((x) => x.family === family) ? all : all.filter((x) => x.family === family);
    if (cidrs.length === 0) return null;
    c.remote = addressSet(cidrs);
  }
  switch (r.protocol) {
    case 'tcp':
    case 'udp':
      c.protocol = interval(PROTO[r.protocol], PROTO[r.protocol]);
      if (r.dports) c.dport = portSet(r.dports);
      if (r.sports) c.sport = portSet(r.sports);
      if (r.tcpReply)
        c.tcpFlags = complement(
          tcpFlagValues(TCP_FLAGS.FIN | TCP_FLAGS.SYN | TCP_FLAGS.RST | TCP_FLAGS.ACK, TCP_FLAGS.SYN),
          0n,
          255n,
        );
      break;
    case 'icmp':
    case 'icmpv6': {
      if ((r.protocol === 'icmp') !== (family === 4)) return null;
      const p = r.protocol === 'icmp' ? PROTO.icmp : PROTO.icmpv6;
      c.protocol = interval(p, p);
      if (r.icmpTypes) c.icmpType = valueSet(r.icmpTypes);
      break;
    }
  }
  return c;
}

/**
 * Drops every rule whose packets earlier rules of the same direction already accept (a LAN rule
 * after the same ports from the whole Internet). Such a rule could never decide anything; an
 * audit would report it dead.
 */
export function dropCoveredRules<R extends FilterRule>(rules: R[], families: Family[]): R[] {
  // Earlier cubes by direction, family and protocol; a new rule is compared only with the
  // earlier cubes whose remote addresses overlap its own (found through an index of address
  // blocks), which keeps a 2,000-peer policy linear.
  const seen = new Map<string, CubeIndex>();
  const bucket = (r: FilterRule, f: Family): string => `${r.direction}${f}${r.protocol}`;
  const coveredBy = (cube: Cube, key: string): boolean => {
    const near =
      seen
        .get(key)
        ?.overlapping(cube)
        .filter((e) => intersectCubes(e, cube) !== null) ?? [];
    return near.length > 0 && cubeCoveredBy(cube, near);
  };
  const out: R[] = [];
  for (const r0 of rules) {
    // ICMP types are rendered one rule per type by some targets: drop the types already covered.
    let r = r0;
    if ((r.protocol === 'icmp' || r.protocol === 'icmpv6') && r.icmpTypes && r.icmpTypes.length > 1) {
      const keep = r.icmpTypes.filter((t) =>
        families.some((f) => {
          const cube = filterRuleCube({ ...r0, icmpTypes: [t] }, f);
          return cube !== null && !coveredBy(cube, bucket(r0, f));
        }),
      );
      if (keep.length > 0) r = { ...r0, icmpTypes: keep };
    }
    const cubes = families.map((f) => [f, filterRuleCube(r, f)] as const);
    let covered = true;
    let any = false;
    for (const [f, cube] of cubes) {
      if (!cube) {
        if (r.remote.kind === 'fqdn' && (r.family === null || r.family === f)) covered = false;
        continue;
      }
      any = true;
      if (!coveredBy(cube, bucket(r, f))) covered = false;
    }
    if (any && covered) continue;
    out.push(r);
    for (const [f, cube] of cubes) {
      if (!cube) continue;
      const key = bucket(r, f);
      let index = seen.get(key);
      if (!index) seen.set(key, (index = new CubeIndex()));
      index.add(cube);
    }
  }
  return out;
}

/**
 * Cubes by the addresses of their remote end: grouped by the width of their remote span (its bit
 * length), each group sorted by its lowest address, so that the cubes whose span may meet a
 * given span are found with one binary search per group. `overlapping` returns exactly the cubes
 * whose remote span meets the given cube's (the caller still intersects the whole cubes).
 */
class CubeIndex {
  private readonly groups = new Map<number, { width: bigint; los: bigint[]; cubes: Cube[] }>();

  add(cube: Cube): void {
    const [lo, hi] = span(cube);
    const bits = (hi - lo).toString(2).length;
    let g = this.groups.get(bits);
    if (!g) this.groups.set(bits, (g = { width: 1n << BigInt(bits), los: [], cubes: [] }));
    const at = firstAtLeast(g.los, lo + 1n);
    g.los.splice(at, 0, lo);
    g.cubes.splice(at, 0, cube);
  }

  overlapping(cube: Cube): Cube[] {
    const [lo, hi] = span(cube);
    const out: Cube[] = [];
    for (const g of this.groups.values()) {
      // A cube of this group spans fewer than `width` addresses: if it meets [lo, hi], it starts
      // after lo - width and no later than hi.
      for (let i = firstAtLeast(g.los, lo - g.width + 1n); i < g.los.length && g.los[i]! <= hi; i++) {
        const c = g.cubes[i]!;
        if (span(c)[1] >= lo) out.push(c);
      }
    }
    return out;
  }
}

/** The first index of a sorted list whose value is at least `v`. */
function firstAtLeast(sorted: readonly bigint[], v: bigint): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The lowest and highest remote address of a cube. */
function span(cube: Cube): [bigint, bigint] {
  return [cube.remote[0]![0], cube.remote[cube.remote.length - 1]![1]];
}
