/**
 * Sets of integers as sorted, disjoint, non-touching inclusive intervals over bigint, so one
 * type serves IPv6 addresses (128 bits) as well as ports and ICMP types. Every operation
 * returns a canonical set: equal sets have equal interval lists.
 */
export type Interval = readonly [bigint, bigint];
export type IntervalSet = readonly Interval[];

export const EMPTY: IntervalSet = [];

export function interval(lo: bigint, hi: bigint): IntervalSet {
  return lo <= hi ? [[lo, hi]] : EMPTY;
}

export function normalize(list: readonly Interval[]): IntervalSet {
  const sorted = [...list].filter(([lo, hi]) => lo <= hi).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: [bigint, bigint][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1n) {
      if (hi > last[1]) last[1] = hi;
    } else out.push([lo, hi]);
  }
  return out;
}

export function union(a: IntervalSet, b: IntervalSet): IntervalSet {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  // Both are sorted and canonical: one linear merge.
  const out: [bigint, bigint][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]![0] <= b[j]![0]) ? a[i++]! : b[j++]!;
    const last = out[out.length - 1];
    if (last && next[0] <= last[1] + 1n) {
      if (next[1] > last[1]) last[1] = next[1];
    } else out.push([next[0], next[1]]);
  }
  return out;
}

export function intersect(a: IntervalSet, b: IntervalSet): IntervalSet {
  if (a.length === 0 || b.length === 0) return EMPTY;
  // A few intervals against many (a rule against a block list): binary search, not a merge.
  if (a.length * 8 < b.length) return intersectSmall(a, b);
  if (b.length * 8 < a.length) return intersectSmall(b, a);
  const out: [bigint, bigint][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [alo, ahi] = a[i]!;
    const [blo, bhi] = b[j]!;
    const lo = alo > blo ? alo : blo;
    const hi = ahi < bhi ? ahi : bhi;
    if (lo <= hi) out.push([lo, hi]);
    if (ahi < bhi) i++;
    else j++;
  }
  return out;
}

function intersectSmall(small: IntervalSet, large: IntervalSet): IntervalSet {
  const out: [bigint, bigint][] = [];
  for (const [lo, hi] of small) {
    let l = 0;
    let h = large.length;
    while (l < h) {
      const mid = (l + h) >> 1;
      if (large[mid]![1] < lo) l = mid + 1;
      else h = mid;
    }
    for (let k = l; k < large.length && large[k]![0] <= hi; k++) {
      const [blo, bhi] = large[k]!;
      out.push([blo > lo ? blo : lo, bhi < hi ? bhi : hi]);
    }
  }
  return out;
}

/** a minus b. */
export function subtract(a: IntervalSet, b: IntervalSet): IntervalSet {
  if (b.length === 0 || a.length === 0) return a;
  const out: [bigint, bigint][] = [];
  // Skip to the first interval of b that can touch a (binary search: a is often one interval).
  let j = 0;
  let top = b.length;
  const first = a[0]![0];
  while (j < top) {
    const mid = (j + top) >> 1;
    if (b[mid]![1] < first) j = mid + 1;
    else top = mid;
  }
  for (const [lo0, hi] of a) {
    let lo = lo0;
    while (j < b.length && b[j]![1] < lo) j++;
    let k = j;
    while (k < b.length && b[k]![0] <= hi) {
      const [blo, bhi] = b[k]!;
      if (blo > lo) out.push([lo, blo - 1n]);
      if (bhi + 1n > lo) lo = bhi + 1n;
      if (lo > hi) break;
      k++;
    }
    if (lo <= hi) out.push([lo, hi]);
  }
  return out;
}

/** Complement within [min, max]. */
export function complement(a: IntervalSet, min: bigint, max: bigint): IntervalSet {
  return subtract([[min, max]], a);
}

export function isEmpty(a: IntervalSet): boolean {
  return a.length === 0;
}

export function equals(a: IntervalSet, b: IntervalSet): boolean {
  return a.length === b.length && a.every(([lo, hi], i) => lo === b[i]![0] && hi === b[i]![1]);
}

export function contains(a: IntervalSet, v: bigint): boolean {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [l, h] = a[mid]!;
    if (v < l) hi = mid - 1;
    else if (v > h) lo = mid + 1;
    else return true;
  }
  return false;
}

/** True when every member of a is in b. */
export function isSubset(a: IntervalSet, b: IntervalSet): boolean {
  return subtract(a, b).length === 0;
}

export function size(a: IntervalSet): bigint {
  return a.reduce((n, [lo, hi]) => n + hi - lo + 1n, 0n);
}
