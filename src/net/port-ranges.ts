/** Inclusive port ranges, kept sorted and merged: the algebra that plans and audits share. */
export type PortRange = [number, number];

export const MIN_PORT = 1;
export const MAX_PORT = 65535;

/** Sorts and merges ranges that overlap or touch; the result is canonical. */
export function normalizePorts(ranges: readonly PortRange[]): PortRange[] {
  const sorted = ranges.map((r) => [r[0], r[1]] as PortRange).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: PortRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push(r);
  }
  return out;
}

export function unionPorts(a: readonly PortRange[], b: readonly PortRange[]): PortRange[] {
  return normalizePorts([...a, ...b]);
}

/** a minus b. */
export function subtractPorts(a: readonly PortRange[], b: readonly PortRange[]): PortRange[] {
  const bn = normalizePorts(b);
  const out: PortRange[] = [];
  for (const [lo0, hi] of normalizePorts(a)) {
    let lo = lo0;
    for (const [blo, bhi] of bn) {
      if (bhi < lo || blo > hi) continue;
      if (blo > lo) out.push([lo, blo - 1]);
      lo = Math.max(lo, bhi + 1);
      if (lo > hi) break;
    }
    if (lo <= hi) out.push([lo, hi]);
  }
  return out;
}

export function intersectPorts(a: readonly PortRange[], b: readonly PortRange[]): PortRange[] {
  return subtractPorts(a, subtractPorts(a, b));
}

export function portInRanges(port: number, ranges: readonly PortRange[]): boolean {
  return ranges.some(([lo, hi]) => port >= lo && port <= hi);
}

/** Number of ports the ranges cover. */
export function countPorts(ranges: readonly PortRange[]): number {
  return normalizePorts(ranges).reduce((n, [lo, hi]) => n + hi - lo + 1, 0);
}

/** `25`, `10045-10049`. */
export function formatPortRange([lo, hi]: PortRange, sep = '-'): string {
  return lo === hi ? String(lo) : `${lo}${sep}${hi}`;
}

/** `25,80,10045-10049`. */
export function formatPortRanges(ranges: readonly PortRange[]): string {
  return ranges.map((r) => formatPortRange(r)).join(',');
}

/** Parses `25` or `"10045-10049"`; `null` when it is not a port or range in 1-65535. */
export function parsePortSpec(spec: number | string): PortRange | null {
  if (typeof spec === 'number')
    return Number.isInteger(spec) && spec >= MIN_PORT && spec <= MAX_PORT ? [spec, spec] : null;
  const m = /^\s*(\d{1,5})\s*(?:-\s*(\d{1,5})\s*)?$/.exec(spec);
  if (!m) return null;
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  if (lo < MIN_PORT || hi > MAX_PORT || lo > hi) return null;
  return [lo, hi];
}
