/**
 * Sets of small non-negative integers (ranks, see space.ts) as one flat array of inclusive
 * bounds, [lo0, hi0, lo1, hi1, ...], sorted, disjoint and non-touching: equal sets have equal
 * arrays. This is the representation the packet-set algebra computes in. A flat array of small
 * integers is what V8 stores and compares fastest (no per-interval objects, no bigint
 * arithmetic), which is most of the speed of the audit.
 */
export type RankSet = readonly number[];

export const NO_RANKS: RankSet = Object.freeze([]);

export function rankRange(lo: number, hi: number): RankSet {
  return lo <= hi ? [lo, hi] : NO_RANKS;
}

/** Canonical set of a flat list of [lo, hi] pairs in any order, overlapping or touching. */
export function normalizeRanks(pairs: readonly number[]): RankSet {
  const n = pairs.length >> 1;
  if (n === 0) return NO_RANKS;
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => pairs[2 * x]! - pairs[2 * y]!);
  const out: number[] = [];
  for (const i of order) {
    const lo = pairs[2 * i]!;
    const hi = pairs[2 * i + 1]!;
    if (lo > hi) continue;
    const last = out.length - 1;
    if (last > 0 && lo <= out[last]! + 1) {
      if (hi > out[last]!) out[last] = hi;
    } else out.push(lo, hi);
  }
  return out;
}

export function unionRanks(a: RankSet, b: RankSet): RankSet {
  if (a.length === 0 || a === b) return b;
  if (b.length === 0) return a;
  // Both canonical: one linear merge.
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let lo: number;
    let hi: number;
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) {
      lo = a[i]!;
      hi = a[i + 1]!;
      i += 2;
    } else {
      lo = b[j]!;
      hi = b[j + 1]!;
      j += 2;
    }
    const last = out.length - 1;
    if (last > 0 && lo <= out[last]! + 1) {
      if (hi > out[last]!) out[last] = hi;
    } else out.push(lo, hi);
  }
  return out;
}

/** The first pair index (even) of `s` whose hi is >= v. */
function firstEndingAtOrAfter(s: RankSet, v: number): number {
  let l = 0;
  let h = s.length >> 1;
  while (l < h) {
    const mid = (l + h) >> 1;
    if (s[2 * mid + 1]! < v) l = mid + 1;
    else h = mid;
  }
  return 2 * l;
}

export function intersectRanks(a: RankSet, b: RankSet): RankSet {
  if (a.length === 0 || b.length === 0) return NO_RANKS;
  if (a === b) return a;
  // A few intervals against many (a rule against a block list): binary search, not a merge.
  if (a.length * 8 < b.length) return intersectSmall(a, b);
  if (b.length * 8 < a.length) return intersectSmall(b, a);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ahi = a[i + 1]!;
    const bhi = b[j + 1]!;
    const lo = a[i]! > b[j]! ? a[i]! : b[j]!;
    const hi = ahi < bhi ? ahi : bhi;
    if (lo <= hi) out.push(lo, hi);
    if (ahi < bhi) i += 2;
    else j += 2;
  }
  return out;
}

function intersectSmall(small: RankSet, large: RankSet): RankSet {
  const out: number[] = [];
  for (let i = 0; i < small.length; i += 2) {
    const lo = small[i]!;
    const hi = small[i + 1]!;
    for (let k = firstEndingAtOrAfter(large, lo); k < large.length && large[k]! <= hi; k += 2) {
      out.push(large[k]! > lo ? large[k]! : lo, large[k + 1]! < hi ? large[k + 1]! : hi);
    }
  }
  return out;
}

/** a minus b. */
export function subtractRanks(a: RankSet, b: RankSet): RankSet {
  if (b.length === 0 || a.length === 0) return a;
  if (a === b) return NO_RANKS;
  const out: number[] = [];
  let j = firstEndingAtOrAfter(b, a[0]!);
  for (let i = 0; i < a.length; i += 2) {
    let lo = a[i]!;
    const hi = a[i + 1]!;
    while (j < b.length && b[j + 1]! < lo) j += 2;
    for (let k = j; k < b.length && b[k]! <= hi; k += 2) {
      if (b[k]! > lo) out.push(lo, b[k]! - 1);
      if (b[k + 1]! + 1 > lo) lo = b[k + 1]! + 1;
      if (lo > hi) break;
    }
    if (lo <= hi) out.push(lo, hi);
  }
  return out;
}

/** True when one interval of `b` holds all of `a` (then a ∩ b is a and a − b is empty). */
export function withinOneRange(a: RankSet, b: RankSet): boolean {
  if (a.length === 0) return true;
  return b.length === 2 && b[0]! <= a[0]! && a[a.length - 1]! <= b[1]!;
}

/** a ∩ b, returning an operand itself when it is the answer (most rule fields are "any"). */
export function meetRanks(a: RankSet, b: RankSet): RankSet {
  if (a === b || withinOneRange(a, b)) return a;
  if (withinOneRange(b, a)) return b;
  return intersectRanks(a, b);
}

/** True when a and b share a value (no allocation: the hot test of the audit). */
export function ranksOverlap(a: RankSet, b: RankSet): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a[0]! > b[b.length - 1]! || b[0]! > a[a.length - 1]!) return false;
  if (a.length === 2 && b.length === 2) return true;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  for (let i = 0; i < small.length; i += 2) {
    const k = firstEndingAtOrAfter(large, small[i]!);
    if (k < large.length && large[k]! <= small[i + 1]!) return true;
  }
  return false;
}

/** True when every member of a is in b. */
export function ranksWithin(a: RankSet, b: RankSet): boolean {
  if (a === b || a.length === 0) return true;
  if (b.length === 0) return false;
  if (withinOneRange(a, b)) return true;
  for (let i = 0; i < a.length; i += 2) {
    const k = firstEndingAtOrAfter(b, a[i]!);
    if (k >= b.length || b[k]! > a[i]! || b[k + 1]! < a[i + 1]!) return false;
  }
  return true;
}

export function ranksContain(a: RankSet, v: number): boolean {
  const k = firstEndingAtOrAfter(a, v);
  return k < a.length && a[k]! <= v;
}
