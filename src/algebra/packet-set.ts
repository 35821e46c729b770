import { cubeIsEmpty, DIMENSIONS, type Cube, type Dimension } from './cube.js';
import { complement, EMPTY, equals, isSubset, union, type IntervalSet } from './interval-set.js';
import { Region, subtractAllRCubes } from './rank-cube.js';
import { Space } from './space.js';

export * from './cube.js';

/**
 * A set of packets in values: pairwise disjoint cubes. Each operation encodes its operands in a
 * space of their own bounds and computes on ranks (rank-cube.ts), so this and the audit's
 * walk are one algebra; this class is the convenient form for small sets (the compiler's
 * covered-rule check, tests), while the audit keeps a whole ruleset in one space.
 */
export class PacketSet {
  private constructor(readonly cubes: readonly Cube[]) {}

  /** Cubes the caller knows to be pairwise disjoint. */
  static disjoint(cubes: readonly Cube[]): PacketSet {
    return new PacketSet(cubes);
  }

  static empty(): PacketSet {
    return new PacketSet([]);
  }

  static of(...cubes: Cube[]): PacketSet {
    const list = cubes.filter((c) => !cubeIsEmpty(c));
    return combine([list], ([r]) => Region.of(...r!.cubes));
  }

  isEmpty(): boolean {
    return this.cubes.length === 0;
  }

  intersect(other: PacketSet): PacketSet {
    return combine([this.cubes, other.cubes], ([a, b]) => a!.intersect(b!));
  }

  subtract(other: PacketSet): PacketSet {
    return combine([this.cubes, other.cubes], ([a, b]) => a!.subtract(b!));
  }

  union(other: PacketSet): PacketSet {
    return combine([this.cubes, other.cubes], ([a, b]) => a!.union(b!));
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

/** True when the cubes of `others` (overlapping or not) together hold every packet of `cube`. */
export function cubeCoveredBy(cube: Cube, others: readonly Cube[]): boolean {
  // One cube that holds it all is the common case, and needs no space.
  if (others.some((o) => DIMENSIONS.every((d) => o[d] === cube[d] || isSubset(cube[d], o[d])))) return true;
  if (others.length === 0) return cubeIsEmpty(cube);
  const space = Space.of(familyOf([cube, ...others]), [cube, ...others]);
  return (
    subtractAllRCubes(
      [space.encode(cube)],
      others.map((o) => space.encode(o)),
    ).length === 0
  );
}

/** The family whose address range holds the cubes (only the axes' upper bounds depend on it). */
function familyOf(cubes: readonly Cube[]): 4 | 6 {
  for (const c of cubes)
    for (const set of [c.remote, c.local]) if (set.length > 0 && set[set.length - 1]![1] > 0xffffffffn) return 6;
  return 4;
}

/** Runs a region operation on value cubes: encode in one space, compute, decode. */
function combine(operands: (readonly Cube[])[], op: (regions: Region[]) => Region): PacketSet {
  const all = operands.flat();
  if (all.length === 0) return PacketSet.empty();
  const space = Space.of(familyOf(all), all);
  const result = op(operands.map((cubes) => Region.disjoint(cubes.map((c) => space.encode(c)))));
  return PacketSet.disjoint(result.cubes.map((c) => space.decode(c)));
}

export { complement, equals, isSubset };
