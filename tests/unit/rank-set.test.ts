import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  intersectRanks,
  meetRanks,
  normalizeRanks,
  ranksContain,
  ranksOverlap,
  ranksWithin,
  subtractRanks,
  unionRanks,
  type RankSet,
} from '../../src/algebra/rank-set.js';

/**
 * The rank-set operations against a reference that holds each set as the list of its members
 * (values 0..99). Sets of up to 40 intervals, so that the merge and the binary-search paths
 * (one small set against a large one) are both taken.
 */
const N = 100;
const setArb = fc
  .array(fc.tuple(fc.nat({ max: N - 1 }), fc.nat({ max: 6 })), { maxLength: 40 })
  .map((pairs) => normalizeRanks(pairs.flatMap(([lo, n]) => [lo, Math.min(N - 1, lo + n)])));
const members = (s: RankSet): boolean[] => Array.from({ length: N }, (_, v) => ranksContain(s, v));
const canonical = (s: RankSet): void => {
  for (let i = 0; i < s.length; i += 2) {
    assert.ok(s[i]! <= s[i + 1]!, 'lo <= hi');
    if (i > 0) assert.ok(s[i]! > s[i - 1]! + 1, 'sorted, disjoint, not touching');
  }
};

test('rank sets: union, intersection, difference, overlap and containment agree with member lists', () => {
  fc.assert(
    fc.property(setArb, setArb, (a, b) => {
      const ma = members(a);
      const mb = members(b);
      const check = (s: RankSet, f: (x: boolean, y: boolean) => boolean): void => {
        canonical(s);
        assert.deepEqual(
          members(s),
          ma.map((x, v) => f(x, mb[v]!)),
        );
      };
      check(unionRanks(a, b), (x, y) => x || y);
      check(intersectRanks(a, b), (x, y) => x && y);
      check(meetRanks(a, b), (x, y) => x && y);
      check(subtractRanks(a, b), (x, y) => x && !y);
      assert.equal(
        ranksOverlap(a, b),
        ma.some((x, v) => x && mb[v]!),
      );
      assert.equal(
        ranksWithin(a, b),
        ma.every((x, v) => !x || mb[v]!),
      );
    }),
    { numRuns: 2000 },
  );
});
