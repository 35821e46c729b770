import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { cubeCoveredBy, intersectCubes, type Cube } from '../../src/algebra/packet-set.js';
import { dropCoveredRules, filterRuleCube } from '../../src/compile/filter-rule-cube.js';
import { makeCidr, type Family } from '../../src/net/addresses.js';
import type { Direction } from '../../src/plan/plan-types.js';
import type { Remote, RuleBody } from '../../src/compile/rule-list.js';

type Rule = RuleBody & { direction: Direction; remote: Remote };

/** Addresses from a few small neighbourhoods, so that rules overlap, nest and repeat. */
const cidr4 = fc
  .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1023 }), fc.constantFrom(22, 24, 28, 30, 31, 32))
  .map(([hood, offset, prefix]) => {
    const value = BigInt(0xc6120000 + hood * 0x10000 + offset);
    const host = 32n - BigInt(prefix);
    return makeCidr((value >> host) << host, prefix, 4);
  });
const cidr6 = fc.tuple(fc.integer({ min: 0, max: 7 }), fc.constantFrom(48, 56, 64, 120, 128)).map(([n, prefix]) => {
  const value = (0x20010db8n << 96n) | (BigInt(n) << 72n) | BigInt(n);
  const host = 128n - BigInt(prefix);
  return makeCidr((value >> host) << host, prefix, 6);
});

const rule: fc.Arbitrary<Rule> = fc
  .record({
    direction: fc.constantFrom<Direction>('in', 'out'),
    protocol: fc.constantFrom<'tcp' | 'udp'>('tcp', 'udp'),
    remote: fc.oneof(
      { weight: 1, arbitrary: fc.constant<Remote>({ kind: 'any' }) },
      {
        weight: 6,
        arbitrary: fc
          .array(fc.oneof(cidr4, cidr6), { minLength: 1, maxLength: 3 })
          .map((cidrs): Remote => ({ kind: 'cidrs', cidrs })),
      },
    ),
    port: fc.integer({ min: 20, max: 30 }),
    wide: fc.boolean(),
  })
  .map(({ direction, protocol, remote, port, wide }) => ({
    direction,
    protocol,
    remote,
    family: null,
    dports: [wide ? ([20, 30] as [number, number]) : ([port, port] as [number, number])],
    sports: null,
    icmpTypes: null,
    tcpReply: false,
    comment: '',
    because: [],
  }));

/** The definition: a rule is dropped when the rules kept before it, of its direction and protocol, accept all its packets. */
function reference(rules: readonly Rule[], families: Family[]): Rule[] {
  const kept: Rule[] = [];
  for (const r of rules) {
    const cubes = families
      .map((f) => [f, filterRuleCube(r, f)] as const)
      .filter((x): x is readonly [Family, Cube] => x[1] !== null);
    const covered =
      cubes.length > 0 &&
      cubes.every(([f, cube]) => {
        const earlier = kept
          .filter((k) => k.direction === r.direction && k.protocol === r.protocol)
          .map((k) => filterRuleCube(k, f))
          .filter((c): c is Cube => c !== null && intersectCubes(c, cube) !== null);
        return earlier.length > 0 && cubeCoveredBy(cube, earlier);
      });
    if (!covered) kept.push(r);
  }
  return kept;
}

test('compile drops exactly the rules that earlier rules cover (the address index misses no overlap)', () => {
  fc.assert(
    fc.property(fc.array(rule, { maxLength: 40 }), (rules) => {
      assert.deepEqual(dropCoveredRules(rules, [4, 6]), reference(rules, [4, 6]));
    }),
    { numRuns: 300 },
  );
});
