import { DIMENSIONS, maxValue, STATES, universeCube, type Cube, type Dimension } from './cube.js';
import type { Interval, IntervalSet } from './interval-set.js';
import { NO_RANKS, type RankSet } from './rank-set.js';

/**
 * Coordinate compression: the values of a field (addresses, ports, ...) that a ruleset and the
 * questions asked of it distinguish, numbered in order. The bounds that occur split each
 * field into elementary intervals (no rule and no question cuts one); an interval set of values
 * becomes a set of elementary-interval numbers, its *ranks*. Operations on ranks give exactly the
 * results of the same operations on values, because every set involved is a union of whole
 * elementary intervals. Why: a 128-bit IPv6 address and a port then cost the same, as small
 * integers in flat arrays, with no bigint arithmetic in the hot loops.
 *
 * A space is built from every set it will be asked to encode (`add` them first, then `seal`).
 */
export class Axis {
  private readonly cuts = new Set<bigint>();
  private seen = new WeakSet<IntervalSet>();
  private bounds: bigint[] = [];
  private rankOf = new Map<bigint, number>();
  private readonly encoded = new WeakMap<IntervalSet, RankSet>();
  private sealed = false;

  constructor(readonly max: bigint) {
    this.cuts.add(0n);
    this.cuts.add(max + 1n);
  }

  add(set: IntervalSet): void {
    if (this.seen.has(set)) return;
    if (this.sealed) throw new Error('axis: a set was added after the space was sealed');
    this.seen.add(set);
    for (const [lo, hi] of set) {
      this.cuts.add(lo);
      this.cuts.add(hi + 1n);
    }
  }

  seal(): void {
    if (this.sealed) return;
    this.sealed = true;
    this.bounds = [...this.cuts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.rankOf = new Map(this.bounds.map((b, i) => [b, i]));
    this.seen = new WeakSet();
  }

  /** The number of elementary intervals: ranks run from 0 to size - 1. */
  get size(): number {
    return this.bounds.length - 1;
  }

  /** The ranks of a set of values; the same array for the same set object (so "any" stays shared). */
  encode(set: IntervalSet): RankSet {
    let r = this.encoded.get(set);
    if (r) return r;
    if (set.length === 0) return NO_RANKS;
    const out: number[] = new Array(set.length * 2);
    for (let i = 0; i < set.length; i++) {
      const [lo, hi] = set[i]!;
      const a = this.rankOf.get(lo);
      const b = this.rankOf.get(hi + 1n);
      if (a === undefined || b === undefined) throw new Error(`axis: ${lo}-${hi} was not added to the space`);
      out[2 * i] = a;
      out[2 * i + 1] = b - 1;
    }
    r = out;
    this.encoded.set(set, r);
    return r;
  }

  decode(ranks: RankSet): IntervalSet {
    const out: Interval[] = new Array(ranks.length >> 1);
    for (let i = 0; i < ranks.length; i += 2) out[i >> 1] = [this.bounds[ranks[i]!]!, this.bounds[ranks[i + 1]! + 1]! - 1n];
    return out;
  }

  /** The elementary interval that holds the value v. */
  rank(v: bigint): number {
    let lo = 0;
    let hi = this.bounds.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.bounds[mid]! <= v) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** A cube in ranks: one rank set per dimension, in DIMENSIONS order. */
export type RCube = readonly RankSet[];

/**
 * The axes of one address family: remote and local addresses share one axis, as do source and
 * destination ports (a rule's `-s` is the remote end on input and the local one on output).
 */
export class Space {
  readonly axes: readonly Axis[];

  constructor(readonly family: 4 | 6) {
    const byKind = new Map<string, Axis>();
    this.axes = DIMENSIONS.map((d) => {
      const kind = d === 'remote' || d === 'local' ? 'address' : d === 'sport' || d === 'dport' ? 'port' : d;
      let axis = byKind.get(kind);
      if (!axis) byKind.set(kind, (axis = new Axis(maxValue(d, family))));
      return axis;
    });
    // Every connection state is its own rank: the walk rewrites states (notrack makes UNTRACKED).
    for (const v of Object.values(STATES)) this.axes[DIMENSIONS.indexOf('state')]!.add([[v, v]]);
  }

  /** A space that can encode the given cubes. */
  static of(family: 4 | 6, cubes: Iterable<Cube>): Space {
    const s = new Space(family);
    for (const c of cubes) s.add(c);
    return s.seal();
  }

  add(cube: Cube): this {
    for (let d = 0; d < DIMENSIONS.length; d++) this.axes[d]!.add(cube[DIMENSIONS[d]!]);
    return this;
  }

  seal(): this {
    for (const a of this.axes) a.seal();
    return this;
  }

  encode(cube: Cube): RCube {
    return DIMENSIONS.map((d, i) => this.axes[i]!.encode(cube[d]));
  }

  decode(cube: RCube): Cube {
    const out = {} as Record<Dimension, IntervalSet>;
    for (let i = 0; i < DIMENSIONS.length; i++) out[DIMENSIONS[i]!] = this.axes[i]!.decode(cube[i]!);
    return out;
  }

  /** Every packet of the family, in ranks. */
  universe(): RCube {
    return this.encode(universeCube(this.family));
  }

  /** The rank point of a packet given in values. */
  point(p: Record<Dimension, bigint>): number[] {
    return DIMENSIONS.map((d, i) => this.axes[i]!.rank(p[d]));
  }
}
