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
  /**
   * Every bound added (duplicates allowed; sorted once at seal). Axes whose values fit in a
   * double (all but IPv6 addresses) keep plain numbers: sorting and searching them is an order
   * of magnitude cheaper than bigints, and a 100,000-rule dump adds 200,000 bounds.
   */
  private readonly small: boolean;
  private cutNumbers: number[] = [];
  private cutBigints: bigint[] = [];
  /** Sets already added (shared field sets come back thousands of times). Dropped at seal. */
  private seen = new Set<IntervalSet>();
  private bounds: bigint[] = [];
  private numberBounds = new Float64Array(0);
  private readonly encoded = new Map<IntervalSet, RankSet>();
  private sealed = false;

  constructor(readonly max: bigint) {
    this.small = max < 2n ** 53n;
    this.addCut(0n);
    this.addCut(max + 1n);
  }

  private addCut(v: bigint): void {
    if (this.small) this.cutNumbers.push(Number(v));
    else this.cutBigints.push(v);
  }

  add(set: IntervalSet): void {
    if (this.seen.has(set)) return;
    if (this.sealed) throw new Error('axis: a set was added after the space was sealed');
    this.seen.add(set);
    for (const [lo, hi] of set) {
      this.addCut(lo);
      this.addCut(hi + 1n);
    }
  }

  seal(): void {
    if (this.sealed) return;
    this.sealed = true;
    if (this.small) {
      const sorted = Float64Array.from(this.cutNumbers).sort();
      let n = 0;
      for (let i = 0; i < sorted.length; i++) if (n === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
      this.numberBounds = sorted.slice(0, n);
      this.bounds = Array.from(this.numberBounds, (v) => BigInt(v));
    } else {
      const sorted = this.cutBigints.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      this.bounds = sorted.filter((v, i) => i === 0 || v !== sorted[i - 1]);
    }
    this.cutNumbers = [];
    this.cutBigints = [];
    this.seen = new Set();
  }

  /** The number of elementary intervals: ranks run from 0 to size - 1. */
  get size(): number {
    return this.bounds.length - 1;
  }

  /** The index of a bound (a value that starts an elementary interval), or -1. */
  private boundIndex(v: bigint): number {
    return this.small ? indexOfSorted(this.numberBounds, Number(v)) : indexOfSorted(this.bounds, v);
  }

  /** The ranks of a set of values; the same array for the same set object (so "any" stays shared). */
  encode(set: IntervalSet): RankSet {
    let r = this.encoded.get(set);
    if (r) return r;
    if (set.length === 0) return NO_RANKS;
    const out = new Array<number>(set.length * 2);
    for (let i = 0; i < set.length; i++) {
      const [lo, hi] = set[i]!;
      const a = this.boundIndex(lo);
      const b = this.boundIndex(hi + 1n);
      if (a < 0 || b < 0) throw new Error(`axis: ${lo}-${hi} was not added to the space`);
      out[2 * i] = a;
      out[2 * i + 1] = b - 1;
    }
    r = out;
    this.encoded.set(set, r);
    return r;
  }

  decode(ranks: RankSet): IntervalSet {
    const out = new Array<Interval>(ranks.length >> 1);
    for (let i = 0; i < ranks.length; i += 2)
      out[i >> 1] = [this.bounds[ranks[i]!]!, this.bounds[ranks[i + 1]! + 1]! - 1n];
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

/** The position of v in a sorted list without duplicates, or -1 (numbers or bigints). */
function indexOfSorted<T extends number | bigint>(b: ArrayLike<T>, v: T): number {
  let lo = 0;
  let hi = b.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = b[mid]!;
    if (m === v) return mid;
    if (m < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A cube in ranks: one rank set per dimension, in DIMENSIONS order. */
export type RCube = readonly RankSet[];

/**
 * The axes of one address family: remote and local addresses share one axis, as do source and
 * destination ports (a rule's `-s` is the remote end on input and the local one on output).
 */
export class Space {
  readonly axes: readonly Axis[];
  /** What the computations of one run keep about this space (see `derived`); dropped with it. */
  private readonly kept = new Map<Derived<unknown>, unknown>();

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

  /**
   * Data derived for this space by the code that computes in it (the evaluator's caches), made
   * on first use: it lives as long as the space, so it is never shared between two runs.
   */
  derived<T>(kind: Derived<T>): T {
    let v = this.kept.get(kind) as T | undefined;
    if (v === undefined) this.kept.set(kind, (v = kind.make()));
    return v;
  }

  /** The rank point of a packet given in values. */
  point(p: Record<Dimension, bigint>): number[] {
    return DIMENSIONS.map((d, i) => this.axes[i]!.rank(p[d]));
  }
}

/** A kind of data kept per space (`Space.derived`): how to make it. The object itself holds nothing. */
export class Derived<T> {
  constructor(readonly make: () => T) {}
}
