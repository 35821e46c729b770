import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { contains, intersect, normalize, subtract, union, type Interval } from '../../src/algebra/interval-set.js';
import {
  DIMENSIONS,
  intersectCubes,
  PacketSet,
  tcpFlagValues,
  type Cube,
  type Dimension,
} from '../../src/algebra/packet-set.js';

const iv = fc
  .tuple(fc.bigInt({ min: 0n, max: 40n }), fc.bigInt({ min: 0n, max: 8n }))
  .map(([lo, n]) => [lo, lo + n] as Interval);
const set = fc.array(iv, { maxLength: 5 }).map(normalize);
const v = fc.bigInt({ min: 0n, max: 50n });

test('interval sets: union, intersect, subtract agree with membership', () => {
  fc.assert(
    fc.property(set, set, v, (a, b, x) => {
      assert.equal(contains(union(a, b), x), contains(a, x) || contains(b, x));
      assert.equal(contains(intersect(a, b), x), contains(a, x) && contains(b, x));
      assert.equal(contains(subtract(a, b), x), contains(a, x) && !contains(b, x));
    }),
    { numRuns: 500 },
  );
});

// Small cubes: every dimension within 0..5, so points can be enumerated exhaustively per sample.
const small = fc
  .array(
    fc
      .tuple(fc.bigInt({ min: 0n, max: 4n }), fc.bigInt({ min: 0n, max: 2n }))
      .map(([lo, n]) => [lo, lo + n] as Interval),
    { minLength: 1, maxLength: 2 },
  )
  .map(normalize);
const cube = fc.record(
  Object.fromEntries(DIMENSIONS.map((d) => [d, small])) as Record<Dimension, typeof small>,
) as fc.Arbitrary<Cube>;
const point = fc.record(
  Object.fromEntries(DIMENSIONS.map((d) => [d, fc.bigInt({ min: 0n, max: 7n })])) as Record<
    Dimension,
    fc.Arbitrary<bigint>
  >,
);

/**
 * Points near the cubes: random points almost never fall inside a 9-dimensional cube, so each
 * cube contributes points inside it, with one coordinate at a time nudged to a neighbour value.
 */
function pointsNear(cubes: Cube[], seeds: number[]): Record<Dimension, bigint>[] {
  const out: Record<Dimension, bigint>[] = [];
  cubes.forEach((c, ci) => {
    for (let k = 0; k < 4; k++) {
      const seed = seeds[(ci * 4 + k) % seeds.length]! + k;
      const p = {} as Record<Dimension, bigint>;
      DIMENSIONS.forEach((d, di) => {
        const [lo, hi] = c[d][(seed + di) % c[d].length]!;
        p[d] = lo + (BigInt(seed * (di + 1)) % (hi - lo + 1n));
      });
      const nudge = DIMENSIONS[seed % DIMENSIONS.length]!;
      if (k % 2 === 1) p[nudge] = p[nudge] + 1n;
      out.push(p);
    }
  });
  return out;
}

test('packet sets: union, intersect and subtract are exact, and cubes stay disjoint', () => {
  fc.assert(
    fc.property(
      fc.array(cube, { maxLength: 4 }),
      fc.array(cube, { maxLength: 4 }),
      fc.array(point, { minLength: 5, maxLength: 5 }),
      fc.array(fc.nat(1000), { minLength: 4, maxLength: 8 }),
      (ca, cb, randomPoints, seeds) => {
        const points = [...randomPoints, ...pointsNear([...ca, ...cb], seeds)];
        const a = PacketSet.of(...ca);
        const b = PacketSet.of(...cb);
        const inCubes = (cs: Cube[], p: Record<Dimension, bigint>): boolean =>
          cs.some((c) => DIMENSIONS.every((d) => contains(c[d], p[d])));
        for (const p of points) {
          assert.equal(a.has(p), inCubes(ca, p));
          assert.equal(a.union(b).has(p), inCubes(ca, p) || inCubes(cb, p));
          assert.equal(a.intersect(b).has(p), inCubes(ca, p) && inCubes(cb, p));
          assert.equal(a.subtract(b).has(p), inCubes(ca, p) && !inCubes(cb, p));
        }
        for (const s of [a, a.union(b), a.subtract(b)]) {
          for (let i = 0; i < s.cubes.length; i++)
            for (let j = i + 1; j < s.cubes.length; j++)
              assert.equal(intersectCubes(s.cubes[i]!, s.cubes[j]!), null, 'cubes overlap');
        }
        assert.ok(a.subtract(b).isSubsetOf(a));
        assert.ok(a.union(b).subtract(b).equals(a.subtract(b)));
      },
    ),
    { numRuns: 300 },
  );
});

test('TCP flag masks: --syn is exactly the packets with SYN and without FIN, RST, ACK', () => {
  const syn = tcpFlagValues(1 | 2 | 4 | 16, 2);
  for (let f = 0; f < 256; f++) assert.equal(contains(syn, BigInt(f)), (f & 23) === 2, String(f));
});
