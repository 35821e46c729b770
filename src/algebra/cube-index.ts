import { DIMENSIONS } from './cube.js';
import { Derived, type RCube, type Space } from './space.js';

const D = DIMENSIONS.length;
/** Lists up to this long are scanned, not bucketed. */
const SCAN = 16;
/** Dimensions worth indexing on, most selective first for typical rulesets. */
const KEY_DIMS = [
  DIMENSIONS.indexOf('remote'),
  DIMENSIONS.indexOf('local'),
  DIMENSIONS.indexOf('dport'),
  DIMENSIONS.indexOf('sport'),
];

/** A bounding box: for each dimension the lowest and highest rank (a plain array: cheap to make). */
export type Box = number[];

/** The bounding box of some cubes. */
export function boxOf(cubes: readonly RCube[]): Box {
  const box = new Array<number>(2 * D);
  writeBox(cubes, box, 0);
  return box;
}

function writeBox(cubes: readonly RCube[], box: { [i: number]: number }, at: number): void {
  for (let d = 0; d < D; d++) {
    box[at + 2 * d] = Infinity;
    box[at + 2 * d + 1] = -Infinity;
  }
  for (const c of cubes) {
    for (let d = 0; d < D; d++) {
      const set = c[d]!;
      if (set.length === 0) continue;
      if (set[0]! < box[at + 2 * d]!) box[at + 2 * d] = set[0]!;
      if (set[set.length - 1]! > box[at + 2 * d + 1]!) box[at + 2 * d + 1] = set[set.length - 1]!;
    }
  }
}

function overlaps(a: ArrayLike<number>, aAt: number, b: ArrayLike<number>, bAt: number): boolean {
  for (let d = 0; d < D; d++)
    if (a[aAt + 2 * d]! > b[bAt + 2 * d + 1]! || b[bAt + 2 * d]! > a[aAt + 2 * d + 1]!) return false;
  return true;
}

interface Bucket {
  /** Width bound of the bucket: every entry has hi - lo <= span. */
  span: number;
  los: Float64Array;
  ids: Int32Array;
}

interface Group {
  dim: number;
  buckets: Bucket[];
}

/**
 * Finds, among a fixed list of cube sets (a chain's rules), those whose bounding box overlaps a
 * query box, in list order. This is what keeps the audit near n log n: a rule is compared only
 * with the rules it can overlap, not with every earlier rule.
 *
 * Each entry is filed under its narrowest address or port dimension (relative to the field's
 * width), then by width class (powers of two), sorted by lower bound: an entry of width at most
 * `span` can overlap [a, b] only if its lower bound lies in [a - span, b], one binary search per
 * class. Entries with no narrow dimension (state or protocol matches only) are kept in a list
 * that every query scans; rulesets have few of them.
 */
export class CubeIndex {
  private readonly boxes: Float64Array;
  private readonly groups: Group[] = [];
  private readonly wide: number[] = [];
  /** The buffer searches gather ids in, shared by every index of the space. */
  private readonly scratch: Scratch;

  constructor(
    readonly entries: readonly (readonly RCube[])[],
    space: Space,
  ) {
    this.scratch = space.derived(SCRATCH);
    const full = space.axes.map((a) => a.size);
    const n = entries.length;
    this.boxes = new Float64Array(n * 2 * D);
    const byGroup = new Map<number, Map<number, number[]>>();
    for (let i = 0; i < n; i++) {
      const cubes = entries[i]!;
      if (cubes.length === 0) continue;
      writeBox(cubes, this.boxes, i * 2 * D);
      let best = -1;
      let bestRatio = 0.5; // a dimension wider than half its range does not narrow much
      for (const d of KEY_DIMS) {
        const ratio = (this.boxes[i * 2 * D + 2 * d + 1]! - this.boxes[i * 2 * D + 2 * d]!) / full[d]!;
        if (ratio < bestRatio) {
          best = d;
          bestRatio = ratio;
        }
      }
      // A short list is scanned: buckets would cost more than they save.
      if (best < 0 || n <= SCAN) {
        this.wide.push(i);
        continue;
      }
      const width = this.boxes[i * 2 * D + 2 * best + 1]! - this.boxes[i * 2 * D + 2 * best]!;
      const cls = width <= 0 ? 0 : Math.ceil(Math.log2(width)) + 1;
      let classes = byGroup.get(best);
      if (!classes) byGroup.set(best, (classes = new Map<number, number[]>()));
      let list = classes.get(cls);
      if (!list) classes.set(cls, (list = []));
      list.push(i);
    }
    for (const [dim, classes] of byGroup) {
      const buckets: Bucket[] = [];
      for (const [cls, list] of classes) {
        list.sort((x, y) => this.boxes[x * 2 * D + 2 * dim]! - this.boxes[y * 2 * D + 2 * dim]!);
        buckets.push({
          span: 2 ** cls,
          los: Float64Array.from(list, (i) => this.boxes[i * 2 * D + 2 * dim]!),
          ids: Int32Array.from(list),
        });
      }
      this.groups.push({ dim, buckets });
    }
  }

  /** True when the boxes of entries i and j overlap. */
  meet(i: number, j: number): boolean {
    return overlaps(this.boxes, i * 2 * D, this.boxes, j * 2 * D);
  }

  /** `query` with the box of entry i. */
  queryEntry(i: number, before?: number, from?: number, limit?: number): Int32Array {
    return this.search(this.boxes, i * 2 * D, before, from, limit);
  }

  /**
   * Entries in [from, before) whose box overlaps `query`, in ascending order. With `limit`, the
   * search stops once more than `limit` are found, and what it returns is then incomplete (the
   * caller only needed to know there are many).
   */
  query(query: Box, before?: number, from?: number, limit?: number): Int32Array {
    return this.search(query, 0, before, from, limit);
  }

  private search(
    q: ArrayLike<number>,
    at: number,
    before = this.entries.length,
    from = 0,
    limit = Infinity,
  ): Int32Array {
    // Found ids gather in a scratch buffer; the answer is a sorted copy (a typed-array sort
    // without a comparator: the walk asks wide questions whose answers run to thousands).
    const scratch = this.scratch;
    let out = scratch.ids;
    let n = 0;
    const found = (i: number): boolean => {
      if (n === out.length) {
        const bigger = new Int32Array(out.length * 2);
        bigger.set(out);
        scratch.ids = out = bigger;
      }
      out[n++] = i;
      return n > limit;
    };
    search: {
      for (const i of this.wide)
        if (i < before && i >= from && overlaps(this.boxes, i * 2 * D, q, at) && found(i)) break search;
      for (const g of this.groups) {
        const a = q[at + 2 * g.dim]!;
        const b = q[at + 2 * g.dim + 1]!;
        for (const bucket of g.buckets) {
          const lowest = a - bucket.span;
          let lo = 0;
          let hi = bucket.los.length;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (bucket.los[mid]! < lowest) lo = mid + 1;
            else hi = mid;
          }
          for (let k = lo; k < bucket.los.length && bucket.los[k]! <= b; k++) {
            const i = bucket.ids[k]!;
            if (i < before && i >= from && overlaps(this.boxes, i * 2 * D, q, at) && found(i)) break search;
          }
        }
      }
    }
    return out.slice(0, n).sort();
  }
}

/** A growing buffer of ids (one per space: searches run one at a time). */
interface Scratch {
  ids: Int32Array;
}
const SCRATCH = new Derived<Scratch>(() => ({ ids: new Int32Array(1024) }));
