import { complement, EMPTY, equals, intersect, interval, isEmpty, isSubset, normalize, subtract, union, type Interval, type IntervalSet } from './interval-set.js';

/**
 * Exact sets of packets, shared by compile and audit.
 *
 * A packet is a point in a product of integer dimensions (protocol, remote and local address,
 * ports, ICMP type and code, connection state, TCP flags). A *cube* gives an interval set per
 * dimension; a *packet set* is a list of pairwise disjoint cubes. Why this representation:
 * firewall rules are products of per-field conditions, so each rule is exactly one cube; the
 * first-match walk of a chain needs only intersect and subtract; and keeping the cubes disjoint
 * makes emptiness, size and equality cheap. Fields are independent (no bit tricks), so IPv6
 * costs the same as IPv4. Subtraction splits a cube into at most one piece per dimension, which
 * bounds fragmentation by the number of distinct boundaries a ruleset uses.
 *
 * Fields that do not apply to a protocol (ports for ICMP, ICMP type for TCP) are held at 0, so
 * a rule that does not mention them matches them and two representations of one packet agree.
 */
export const DIMENSIONS = ['protocol', 'remote', 'local', 'sport', 'dport', 'icmpType', 'icmpCode', 'state', 'tcpFlags'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type Cube = Record<Dimension, IntervalSet>;

/** Connection-tracking states as numbers on the `state` dimension. */
export const STATES = { NEW: 0n, ESTABLISHED: 1n, RELATED: 2n, INVALID: 3n, UNTRACKED: 4n } as const;
export type State = keyof typeof STATES;

/** TCP flag bits on the `tcpFlags` dimension (RFC 9293 order). */
export const TCP_FLAGS = { FIN: 1, SYN: 2, RST: 4, PSH: 8, ACK: 16, URG: 32, ECE: 64, CWR: 128 } as const;

export const PROTO = { icmp: 1n, tcp: 6n, udp: 17n, icmpv6: 58n } as const;

export function maxAddress(family: 4 | 6): bigint {
  return family === 4 ? 0xffffffffn : (1n << 128n) - 1n;
}

function makeUniverse(family: 4 | 6): Cube {
  return Object.freeze({
    protocol: interval(0n, 255n),
    remote: interval(0n, maxAddress(family)),
    local: interval(0n, maxAddress(family)),
    sport: interval(0n, 65535n),
    dport: interval(0n, 65535n),
    icmpType: interval(0n, 255n),
    icmpCode: interval(0n, 255n),
    state: interval(0n, 4n),
    tcpFlags: interval(0n, 255n),
  });
}
const UNIVERSE = { 4: makeUniverse(4), 6: makeUniverse(6) } as const;

/**
 * Every packet of one family. The field sets are shared (sets are never changed in place), so
 * a rule's "any" fields are the very same objects everywhere and compare equal by reference.
 */
export function universeCube(family: 4 | 6): Cube {
  return { ...UNIVERSE[family] };
}

/** The set of TCP flag values v with (v & mask) == comp, as intervals over 0..255. */
export function tcpFlagValues(mask: number, comp: number): IntervalSet {
  const list: [bigint, bigint][] = [];
  for (let v = 0; v < 256; v++) if ((v & mask) === comp) list.push([BigInt(v), BigInt(v)]);
  return union(EMPTY, list);
}

export function cubeIsEmpty(c: Cube): boolean {
  return DIMENSIONS.some((d) => isEmpty(c[d]));
}

/** True when one interval of `b` contains all of `a` (then a ∩ b is a, a − b is empty). */
function within(a: IntervalSet, b: IntervalSet): boolean {
  if (a.length === 0) return true;
  const lo = a[0]![0];
  const hi = a[a.length - 1]![1];
  if (b.length === 1) return b[0]![0] <= lo && hi <= b[0]![1];
  return false;
}

/** a ∩ b on one field, sharing the operand when one side contains the other (most rule fields are "any"). */
function meet(a: IntervalSet, b: IntervalSet): IntervalSet {
  if (a === b || within(a, b)) return a;
  if (within(b, a)) return b;
  return intersect(a, b);
}

export function intersectCubes(a: Cube, b: Cube): Cube | null {
  const out = {} as Record<Dimension, IntervalSet>;
  for (const d of DIMENSIONS) {
    const v = meet(a[d], b[d]);
    if (isEmpty(v)) return null;
    out[d] = v;
  }
  return out;
}

/** a minus b as disjoint cubes: peel one dimension at a time. */
export function subtractCubes(a: Cube, b: Cube): Cube[] {
  if (!cubesOverlap(a, b)) return [a];
  const out: Cube[] = [];
  let rest: Cube = a;
  for (const d of DIMENSIONS) {
    // A field of b that holds all of rest's values splits nothing off.
    if (rest[d] === b[d] || within(rest[d], b[d])) continue;
    const outside = subtract(rest[d], b[d]);
    if (!isEmpty(outside)) out.push({ ...rest, [d]: outside });
    rest = { ...rest, [d]: meet(rest[d], b[d]) };
  }
  return out;
}

/** True when every packet of a is in b. */
export function cubeWithin(a: Cube, b: Cube): boolean {
  for (const d of DIMENSIONS) if (a[d] !== b[d] && !isSubset(a[d], b[d])) return false;
  return true;
}

/** True when two cubes share a packet (no allocation: the hot test of the audit). */
export function cubesOverlap(a: Cube, b: Cube): boolean {
  for (const d of DIMENSIONS) if (!setsOverlap(a[d], b[d])) return false;
  return true;
}

function setsOverlap(a: IntervalSet, b: IntervalSet): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a[0]![0] > b[b.length - 1]![1] || b[0]![0] > a[a.length - 1]![1]) return false;
  if (a.length === 1 && b.length === 1) return true;
  // One small side against a large one: binary search each of the small side's intervals.
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  for (const [lo, hi] of small) {
    let l = 0;
    let h = large.length - 1;
    while (l <= h) {
      const mid = (l + h) >> 1;
      const [ml, mh] = large[mid]!;
      if (mh < lo) l = mid + 1;
      else if (ml > hi) h = mid - 1;
      else return true;
    }
  }
  return false;
}

/**
 * Merges disjoint cubes that differ in one dimension only into one cube (their union on that
 * dimension). The result covers the same packets with as few cubes as this cheap pass finds:
 * a block list of 50,000 single addresses becomes one cube with 50,000 intervals, so
 * subtracting it costs one merge instead of 50,000 splits.
 */
export function coalesce(cubes: readonly Cube[]): Cube[] {
  if (cubes.length < 2) return [...cubes];
  // Field values as small numbers, so a cube's key stays short even when a field holds
  // thousands of intervals (what is left of the address space after a block list).
  const ids = new Map<string, number>();
  const idOf = (set: IntervalSet): number => {
    const text = setText(set);
    let id = ids.get(text);
    if (id === undefined) ids.set(text, (id = ids.size));
    return id;
  };
  let items = cubes.map((cube) => ({ cube, keys: DIMENSIONS.map((d) => idOf(cube[d])) }));
  for (let di = 0; di < DIMENSIONS.length; di++) {
    const d = DIMENSIONS[di]!;
    const groups = new Map<string, { cube: Cube; keys: number[]; parts: Interval[] | null }>();
    for (const it of items) {
      let k = '';
      for (let e = 0; e < it.keys.length; e++) if (e !== di) k += `${it.keys[e]},`;
      const g = groups.get(k);
      if (!g) groups.set(k, { cube: it.cube, keys: it.keys, parts: null });
      else (g.parts ??= [...g.cube[d]]).push(...it.cube[d]);
    }
    if (groups.size === items.length) continue;
    items = [...groups.values()].map((g) => {
      if (!g.parts) return { cube: g.cube, keys: g.keys };
      const set = normalize(g.parts);
      const keys = [...g.keys];
      keys[di] = idOf(set);
      return { cube: { ...g.cube, [d]: set }, keys };
    });
  }
  return items.map((it) => it.cube);
}

/** The text of an interval set, computed once per set object (sets are never mutated). */
const texts = new WeakMap<IntervalSet, string>();
function setText(set: IntervalSet): string {
  let t = texts.get(set);
  if (t === undefined) {
    t = set.map(([lo, hi]) => (lo === hi ? lo.toString(36) : `${lo.toString(36)}-${hi.toString(36)}`)).join(',');
    texts.set(set, t);
  }
  return t;
}

/**
 * A growing union of disjoint cubes, kept merged on the remote-address field: cubes that agree
 * on every other field share one entry whose addresses are the union of theirs. Adding is one
 * key per cube; reading merges only the entries that changed. This is how a walk remembers what
 * the rules so far consumed without re-merging it for every wide rule (a thousand block-list
 * drops read back as one cube).
 */
export class CubeUnion {
  private readonly groups = new Map<string, { base: Cube; merged: IntervalSet; pending: Interval[] }>();
  private cache: Cube[] | null = null;
  size = 0;

  add(cubes: readonly Cube[]): void {
    for (const c of cubes) {
      let k = '';
      for (const d of DIMENSIONS) if (d !== 'remote') k += `${setText(c[d])}|`;
      const g = this.groups.get(k);
      if (g) g.pending.push(...c.remote);
      else this.groups.set(k, { base: c, merged: c.remote, pending: [] });
      this.size++;
    }
    this.cache = null;
  }

  cubes(): Cube[] {
    if (this.cache) return this.cache;
    this.cache = [...this.groups.values()].map((g) => {
      if (g.pending.length > 0) {
        // Only what came since the last read is sorted; then one linear merge.
        g.merged = union(g.merged, normalize(g.pending));
        g.pending = [];
      }
      return g.merged === g.base.remote ? g.base : { ...g.base, remote: g.merged };
    });
    return this.cache;
  }
}

/** The cubes of `a` minus every cube of `subs`, as disjoint cubes. */
export function subtractAll(a: readonly Cube[], subs: readonly Cube[]): Cube[] {
  let cur = [...a];
  const list = subs.length > 16 ? coalesce(subs) : subs;
  for (const b of list) {
    if (cur.length === 0) break;
    const next: Cube[] = [];
    for (const c of cur) {
      if (cubesOverlap(c, b)) next.push(...subtractCubes(c, b));
      else next.push(c);
    }
    cur = next;
  }
  return cur;
}

/** A union of pairwise disjoint cubes. */
export class PacketSet {
  private constructor(readonly cubes: readonly Cube[]) {}

  /** Cubes the caller knows to be pairwise disjoint (parts of one first-match partition). */
  static disjoint(cubes: readonly Cube[]): PacketSet {
    return new PacketSet(cubes);
  }

  static empty(): PacketSet {
    return new PacketSet([]);
  }

  static of(...cubes: Cube[]): PacketSet {
    let s = PacketSet.empty();
    for (const c of cubes) s = s.union(new PacketSet(cubeIsEmpty(c) ? [] : [c]));
    return s;
  }

  isEmpty(): boolean {
    return this.cubes.length === 0;
  }

  intersect(other: PacketSet): PacketSet {
    const out: Cube[] = [];
    for (const a of this.cubes) for (const b of other.cubes) {
      if (!cubesOverlap(a, b)) continue;
      const c = intersectCubes(a, b);
      if (c) out.push(c);
    }
    return new PacketSet(out);
  }

  intersectCube(cube: Cube): PacketSet {
    const out: Cube[] = [];
    for (const a of this.cubes) {
      if (!cubesOverlap(a, cube)) continue;
      const c = intersectCubes(a, cube);
      if (c) out.push(c);
    }
    return new PacketSet(out);
  }

  subtract(other: PacketSet): PacketSet {
    return new PacketSet(subtractAll(this.cubes, other.cubes));
  }

  subtractCube(cube: Cube): PacketSet {
    return new PacketSet(this.cubes.flatMap((a) => subtractCubes(a, cube)));
  }

  union(other: PacketSet): PacketSet {
    // Keep cubes disjoint: add only what the other set has beyond this one.
    return new PacketSet([...this.cubes, ...other.subtract(this).cubes]);
  }

  isSubsetOf(other: PacketSet): boolean {
    return this.subtract(other).isEmpty();
  }

  equals(other: PacketSet): boolean {
    return this.isSubsetOf(other) && other.isSubsetOf(this);
  }

  /** True when the point lies in the set. */
  has(point: Record<Dimension, bigint>): boolean {
    return this.cubes.some((c) => DIMENSIONS.every((d) => c[d].some(([lo, hi]) => point[d] >= lo && point[d] <= hi)));
  }

  /** Projection of the set on one dimension. */
  project(d: Dimension): IntervalSet {
    return this.cubes.reduce<IntervalSet>((acc, c) => union(acc, c[d]), EMPTY);
  }
}

export { complement, equals, isSubset };
