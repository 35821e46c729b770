import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  addressForms,
  cidrContains,
  cidrsMinus,
  complementCidrs,
  makeCidr,
  normalizeCidrs,
  type Cidr,
} from '../../src/net/addresses.js';

/** Random IPv4 CIDRs (prefix 8-32, host bits cleared by makeCidr's caller). */
const cidr4 = fc.tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 4, max: 32 })).map(([v, p]): Cidr => {
  const base = BigInt(v) & ~((1n << BigInt(32 - p)) - 1n);
  return makeCidr(base, p, 4);
});

const inAny = (list: readonly Cidr[], a: bigint): boolean => list.some((c) => cidrContains(c, makeCidr(a, 32, 4)));

test('internet is exactly the complement of the site: disjoint from it, and the two cover every address', () => {
  fc.assert(
    fc.property(
      fc.array(cidr4, { maxLength: 12 }),
      fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 60 }),
      (own, probes) => {
        const rest = complementCidrs(own, 4);
        // Probe the edges of every CIDR too: off-by-one errors live there.
        const edges = own.flatMap((c) => [
          c.base - 1n,
          c.base,
          c.base + (1n << BigInt(32 - c.prefix)) - 1n,
          c.base + (1n << BigInt(32 - c.prefix)),
        ]);
        for (const a of [...probes.map(BigInt), ...edges].filter((x) => x >= 0n && x <= 0xffffffffn))
          assert.notEqual(inAny(own, a), inAny(rest, a), `address ${a}`);
        assert.deepEqual(complementCidrs(rest, 4), normalizeCidrs(own), 'the complement of the complement is the site');
      },
    ),
    { numRuns: 300 },
  );
});

test('a - b holds exactly the addresses of a outside b', () => {
  fc.assert(
    fc.property(
      fc.array(cidr4, { maxLength: 6 }),
      fc.array(cidr4, { maxLength: 6 }),
      fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 40 }),
      (a, b, probes) => {
        const d = cidrsMinus(a, b);
        const edges = [...a, ...b].flatMap((c) => [c.base, c.base - 1n, c.base + (1n << BigInt(32 - c.prefix))]);
        for (const x of [...probes.map(BigInt), ...edges].filter((v) => v >= 0n && v <= 0xffffffffn))
          assert.equal(inAny(d, x), inAny(a, x) && !inAny(b, x), `address ${x}`);
      },
    ),
    { numRuns: 300 },
  );
});

test('the shorter form of an address set stands for the same addresses', () => {
  fc.assert(
    fc.property(fc.array(cidr4, { minLength: 1, maxLength: 10 }), (list) => {
      const [form] = addressForms(list);
      const same = form!.except ? complementCidrs(form!.cidrs, 4) : form!.cidrs;
      assert.deepEqual(normalizeCidrs(same), normalizeCidrs(list));
      assert.ok(form!.cidrs.length <= normalizeCidrs(list).length);
    }),
    { numRuns: 300 },
  );
});
