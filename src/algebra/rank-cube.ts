import {
  meetRanks,
  normalizeRanks,
  ranksOverlap,
  ranksWithin,
  subtractRanks,
  unionRanks,
  withinOneRange,
  type RankSet,
} from './rank-set.js';
import type { RCube } from './space.js';

/**
 * Exact sets of packets: a *region* is a list of pairwise disjoint cubes (in ranks). The
 * first-match walk of a chain needs only intersect and subtract; keeping the cubes disjoint makes
 * emptiness, size and equality cheap. Subtraction splits a cube into at most one piece per
 * dimension, which bounds fragmentation by the number of distinct bounds a ruleset uses.
 */
const D = 9;
/** The remote-address dimension: where block lists differ, and what unions merge on. */
const REMOTE = 1;

export function rcubeIsEmpty(c: RCube): boolean {
  for (let d = 0; d < D; d++) if (c[d]!.length === 0) return true;
  return false;
}

const meets = new Array<RankSet>(D);

/** a ∩ b, or null when empty; an operand itself when it is the answer (a rule within the input). */
export function intersectRCubes(a: RCube, b: RCube): RCube | null {
  let isA = true;
  let isB = true;
  for (let d = 0; d < D; d++) {
    const v = meetRanks(a[d]!, b[d]!);
    if (v.length === 0) return null;
    meets[d] = v;
    if (v !== a[d]) isA = false;
    if (v !== b[d]) isB = false;
  }
  if (isA) return a;
  if (isB) return b;
  return meets.slice();
}

/** a minus b as disjoint cubes: peel one dimension at a time. */
export function subtractRCubes(a: RCube, b: RCube): RCube[] {
  if (!rcubesOverlap(a, b)) return [a];
  const out: RCube[] = [];
  let rest: RCube = a;
  for (let d = 0; d < D; d++) {
    // A field of b that holds all of rest's values splits nothing off.
    if (rest[d] === b[d] || withinOneRange(rest[d]!, b[d]!)) continue;
    const outside = subtractRanks(rest[d]!, b[d]!);
    const copy = rest.slice();
    if (outside.length > 0) {
      const piece = rest.slice();
      piece[d] = outside;
      out.push(piece);
    }
    copy[d] = meetRanks(rest[d]!, b[d]!);
    rest = copy;
  }
  return out;
}

/** True when every packet of a is in b. */
export function rcubeWithin(a: RCube, b: RCube): boolean {
  for (let d = 0; d < D; d++) if (!ranksWithin(a[d]!, b[d]!)) return false;
  return true;
}

/** True when two cubes share a packet (no allocation). */
export function rcubesOverlap(a: RCube, b: RCube): boolean {
  for (let d = 0; d < D; d++) if (a[d] !== b[d] && !ranksOverlap(a[d]!, b[d]!)) return false;
  return true;
}

/**
 * Numbers that name rank sets, for grouping cubes by their other fields, within one merge:
 * equal sets get the same name (a one-interval set is its two ranks packed in one number, a
 * small set is looked up by its text), except that a large set is named by its identity, and
 * the table of texts starts over when it grows large. Equal sets with different names only
 * merge less. Each merge (coalesceRCubes, an RCubeUnion) owns its names.
 */
class SetNames {
  private readonly names = new WeakMap<RankSet, number>();
  private readonly byText = new Map<string, number>();
  private next = 1;

  of(set: RankSet): number {
    if (set.length === 2 && set[1]! < 2 ** 26) return -(set[0]! * 2 ** 26 + set[1]!) - 1;
    let n = this.names.get(set);
    if (n === undefined) {
      if (set.length <= 64) {
        const text = set.join(',');
        n = this.byText.get(text);
        if (n === undefined) {
          if (this.byText.size >= 1 << 20) this.byText.clear();
          this.byText.set(text, (n = this.next++));
        }
      } else n = this.next++;
      this.names.set(set, n);
    }
    return n;
  }

  ofCube(c: RCube): number[] {
    const out = new Array<number>(D);
    for (let d = 0; d < D; d++) out[d] = this.of(c[d]!);
    return out;
  }
}

/** A 32-bit hash of a cube's field names except one (both halves of each name mixed in). */
function hashWithout(names: readonly number[], skip: number): number {
  let h = 0x811c9dc5;
  for (let d = 0; d < D; d++) {
    if (d === skip) continue;
    const n = names[d]!;
    h = Math.imul(h ^ (n | 0), 0x01000193);
    h = Math.imul(h ^ ((n / 4294967296) | 0), 0x01000193);
  }
  return h;
}

function sameWithout(a: readonly number[], b: readonly number[], skip: number): boolean {
  for (let d = 0; d < D; d++) if (d !== skip && a[d] !== b[d]) return false;
  return true;
}

/** Entries keyed by a cube's field names except one (hash, then exact comparison). */
class Groups<G extends { names: number[] }> {
  private readonly table = new Map<number, G | G[]>();

  constructor(private readonly skip: number) {}

  find(names: readonly number[]): G | undefined {
    const e = this.table.get(hashWithout(names, this.skip));
    if (e === undefined) return undefined;
    if (!Array.isArray(e)) return sameWithout(e.names, names, this.skip) ? e : undefined;
    return e.find((g) => sameWithout(g.names, names, this.skip));
  }

  add(g: G): void {
    const h = hashWithout(g.names, this.skip);
    const e = this.table.get(h);
    if (e === undefined) this.table.set(h, g);
    else if (Array.isArray(e)) e.push(g);
    else this.table.set(h, [e, g]);
  }
}

/**
 * Merges disjoint cubes that differ in one dimension only into one cube (their union on that
 * dimension). The result covers the same packets with as few cubes as this cheap pass finds:
 * a block list of 50,000 single addresses becomes one cube with 50,000 intervals, so
 * subtracting it costs one merge instead of 50,000 splits.
 */
export function coalesceRCubes(cubes: readonly RCube[]): RCube[] {
  if (cubes.length < 2) return [...cubes];
  type Item = { cube: RCube; names: number[]; parts: number[] | null };
  const setNames = new SetNames();
  let items: Item[] = cubes.map((cube) => ({ cube, names: setNames.ofCube(cube), parts: null }));
  let merged = false;
  for (let di = 0; di < D; di++) {
    const groups = new Groups<Item>(di);
    const list: Item[] = [];
    for (const it of items) {
      const g = groups.find(it.names);
      if (!g) {
        const fresh = { cube: it.cube, names: it.names, parts: null };
        groups.add(fresh);
        list.push(fresh);
      } else {
        const parts = (g.parts ??= [...g.cube[di]!]);
        for (const v of it.cube[di]!) parts.push(v);
      }
    }
    if (list.length === items.length) continue;
    merged = true;
    for (const g of list) {
      if (!g.parts) continue;
      const cube = g.cube.slice();
      cube[di] = normalizeRanks(g.parts);
      g.cube = cube;
      g.names = g.names.slice();
      g.names[di] = setNames.of(cube[di]!);
      g.parts = null;
    }
    items = list;
  }
  return merged ? items.map((it) => it.cube) : [...cubes];
}

/**
 * A growing union of disjoint cubes, kept merged on the remote-address field: cubes that agree
 * on every other field share one entry whose addresses are the union of theirs. Adding is one
 * lookup per cube; reading merges only the entries that changed. This is how a walk remembers
 * what the rules so far consumed without re-merging it for every wide rule (a thousand
 * block-list drops read back as one cube).
 */
export class RCubeUnion {
  private readonly groups = new Groups<{ names: number[]; base: RCube; merged: RankSet; pending: number[] }>(REMOTE);
  private readonly list: { names: number[]; base: RCube; merged: RankSet; pending: number[] }[] = [];
  private cache: RCube[] | null = null;
  private readonly setNames = new SetNames();

  add(cubes: readonly RCube[]): void {
    for (const c of cubes) {
      const names = this.setNames.ofCube(c);
      const g = this.groups.find(names);
      if (g) for (const v of c[REMOTE]!) g.pending.push(v);
      else {
        const fresh = { names, base: c, merged: c[REMOTE]!, pending: [] };
        this.groups.add(fresh);
        this.list.push(fresh);
      }
    }
    this.cache = null;
  }

  cubes(): RCube[] {
    if (this.cache) return this.cache;
    this.cache = this.list.map((g) => {
      if (g.pending.length > 0) {
        // Only what came since the last read is sorted; then one linear merge.
        g.merged = unionRanks(g.merged, normalizeRanks(g.pending));
        g.pending = [];
      }
      if (g.merged === g.base[REMOTE]) return g.base;
      const c = g.base.slice();
      c[REMOTE] = g.merged;
      return c;
    });
    return this.cache;
  }
}

/** The cubes of `a` minus every cube of `subs`, as disjoint cubes. */
export function subtractAllRCubes(a: readonly RCube[], subs: readonly RCube[]): RCube[] {
  let cur = a as RCube[];
  const list = subs.length > 16 ? coalesceRCubes(subs) : subs;
  for (const b of list) {
    if (cur.length === 0) break;
    const next: RCube[] = [];
    for (const c of cur) {
      if (rcubesOverlap(c, b)) for (const piece of subtractRCubes(c, b)) next.push(piece);
      else next.push(c);
    }
    cur = next;
  }
  return cur;
}

/** A union of pairwise disjoint cubes in ranks. */
export class Region {
  private constructor(readonly cubes: readonly RCube[]) {}

  /** Cubes the caller knows to be pairwise disjoint (parts of one first-match partition). */
  static disjoint(cubes: readonly RCube[]): Region {
    return new Region(cubes);
  }

  /**
   * Cubes that may overlap (parts of a forked walk, where a packet can go two ways). Every
   * operation here is exact on them (intersect, subtract, union, equality, membership); only
   * a caller that turns the cubes into a listing needs them disjoint.
   */
  static overlapping(cubes: readonly RCube[]): Region {
    return new Region(cubes);
  }

  static empty(): Region {
    return EMPTY_REGION;
  }

  /** Any cubes, overlapping or not. */
  static of(...cubes: RCube[]): Region {
    let out: RCube[] = [];
    for (const c of cubes) {
      if (rcubeIsEmpty(c)) continue;
      out = [...out, ...subtractAllRCubes([c], out)];
    }
    return new Region(out);
  }

  isEmpty(): boolean {
    return this.cubes.length === 0;
  }

  intersect(other: Region): Region {
    // Most intersections in a walk are empty: allocate only for a part that exists.
    let out: RCube[] | null = null;
    for (const a of this.cubes) {
      for (const b of other.cubes) {
        if (!rcubesOverlap(a, b)) continue;
        const c = intersectRCubes(a, b);
        if (c) (out ??= []).push(c);
      }
    }
    return out ? new Region(out) : EMPTY_REGION;
  }

  intersectCube(cube: RCube): Region {
    return this.intersect(new Region([cube]));
  }

  subtract(other: Region): Region {
    return new Region(subtractAllRCubes(this.cubes, other.cubes));
  }

  union(other: Region): Region {
    // Keep cubes disjoint: add only what the other set has beyond this one.
    return new Region([...this.cubes, ...other.subtract(this).cubes]);
  }

  isSubsetOf(other: Region): boolean {
    return this.subtract(other).isEmpty();
  }

  equals(other: Region): boolean {
    return this.isSubsetOf(other) && other.isSubsetOf(this);
  }

  /** True when the point (in ranks) lies in the region. */
  has(point: readonly number[]): boolean {
    return this.cubes.some((c) => c.every((set, d) => ranksWithin([point[d]!, point[d]!], set)));
  }
}

const EMPTY_REGION = Region.disjoint([]);
