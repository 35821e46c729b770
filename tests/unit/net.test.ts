import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { toCidrs } from '../../src/audit/audit-flows.js';
import { normalize } from '../../src/algebra/interval-set.js';
import { cidrContains, cidrLast, formatAddress, normalizeCidrs, parseCidr } from '../../src/net/addresses.js';
import {
  countPorts,
  intersectPorts,
  normalizePorts,
  parsePortSpec,
  portInRanges,
  subtractPorts,
  unionPorts,
  type PortRange,
} from '../../src/net/port-ranges.js';

const range = fc
  .tuple(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 50 }))
  .map(([lo, n]) => [lo, Math.min(65535, lo + n)] as PortRange);
const ranges = fc.array(range, { maxLength: 12 });
const probe = fc.integer({ min: 1, max: 2100 });

test('port ranges: union, subtract and intersect agree with membership', () => {
  fc.assert(
    fc.property(ranges, ranges, probe, (a, b, p) => {
      const inA = portInRanges(p, a);
      const inB = portInRanges(p, b);
      assert.equal(portInRanges(p, unionPorts(a, b)), inA || inB);
      assert.equal(portInRanges(p, subtractPorts(a, b)), inA && !inB);
      assert.equal(portInRanges(p, intersectPorts(a, b)), inA && inB);
    }),
  );
});

test('port ranges: normalisation is canonical (sorted, disjoint, not touching) and keeps the count', () => {
  fc.assert(
    fc.property(ranges, (a) => {
      const n = normalizePorts(a);
      for (let i = 1; i < n.length; i++) assert.ok(n[i]![0] > n[i - 1]![1] + 1);
      assert.deepEqual(normalizePorts(n), n);
      assert.deepEqual(normalizePorts([...a].reverse()), n);
      const set = new Set<number>();
      for (const [lo, hi] of a) for (let p = lo; p <= hi; p++) set.add(p);
      assert.equal(countPorts(n), set.size);
    }),
  );
});

test('port specs: 1-65535, ranges LOW-HIGH, nothing else', () => {
  assert.deepEqual(parsePortSpec(25), [25, 25]);
  assert.deepEqual(parsePortSpec('10045-10049'), [10045, 10049]);
  for (const bad of [0, 65536, -1, 2.5, '0-10', '10-5', '1-65536', 'http', '25,26', ''])
    assert.equal(parsePortSpec(bad as never), null, String(bad));
});

test('CIDRs: strict parsing, host bits cleared, legacy IPv4 forms refused', () => {
  assert.equal(parseCidr('192.0.2.77/25')!.text, '192.0.2.0/25');
  assert.equal(parseCidr('2001:DB8::1')!.text, '2001:db8::1/128');
  for (const bad of [
    '10',
    '0x7f.1',
    '192.0.2.1/33',
    '2001:db8::/129',
    '192.0.2.1/',
    'fe80::1%eth0',
    '300.1.1.1',
    'example.com',
  ])
    assert.equal(parseCidr(bad), null, bad);
});

const v4 = fc
  .tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 16, max: 32 }))
  .map(([v, p]) => parseCidr(`${[24, 16, 8, 0].map((s) => (v >>> s) & 255).join('.')}/${p}`)!);

test('CIDRs: normalisation keeps exactly the same addresses', () => {
  fc.assert(
    fc.property(fc.array(v4, { maxLength: 10 }), fc.integer({ min: 0, max: 0xffffffff }), (list, a) => {
      const addr = parseCidr([24, 16, 8, 0].map((s) => (a >>> s) & 255).join('.'))!;
      const near = parseCidr(`${list[0]?.text.split('/')[0] ?? '0.0.0.0'}`)!;
      const norm = normalizeCidrs(list);
      for (const x of [addr, near])
        assert.equal(
          norm.some((c) => cidrContains(c, x)),
          list.some((c) => cidrContains(c, x)),
        );
      assert.deepEqual(
        normalizeCidrs(norm).map((c) => c.text),
        norm.map((c) => c.text),
      );
    }),
  );
});

test('CIDRs: adjacent halves join', () => {
  assert.deepEqual(
    normalizeCidrs([parseCidr('192.0.2.0/26')!, parseCidr('192.0.2.64/26')!, parseCidr('192.0.2.128/25')!]).map(
      (c) => c.text,
    ),
    ['192.0.2.0/24'],
  );
});

test('CIDRs of an address set: the fewest aligned blocks, exactly the same addresses (IPv4 fast path and IPv6)', () => {
  for (const family of [4, 6] as const) {
    const max = family === 4 ? 2n ** 32n - 1n : 2n ** 128n - 1n;
    const addr = fc.bigInt({ min: 0n, max });
    fc.assert(
      fc.property(fc.array(fc.tuple(addr, fc.bigInt({ min: 0n, max: 5000n })), { maxLength: 6 }), (pairs) => {
        const set = normalize(pairs.map(([a, w]) => [a, a + w > max ? max : a + w] as const));
        const cidrs = toCidrs(set, family).map((t) => parseCidr(t)!);
        // Back to intervals: the same set, and no two blocks that could have been one.
        assert.deepEqual(normalize(cidrs.map((c) => [c.base, cidrLast(c)] as const)), set);
        for (let i = 1; i < cidrs.length; i++) {
          const [a, b] = [cidrs[i - 1]!, cidrs[i]!];
          const mergeable =
            a.prefix === b.prefix && cidrLast(a) + 1n === b.base && a.base % (2n * (cidrLast(a) - a.base + 1n)) === 0n;
          assert.ok(!mergeable, `${a.text} and ${b.text} are one block`);
        }
      }),
      { numRuns: 300 },
    );
  }
  assert.deepEqual(toCidrs([[0n, 2n ** 32n - 1n]], 4), ['0.0.0.0/0']);
  assert.deepEqual(toCidrs([[2n ** 31n, 2n ** 31n + 2n]], 4), ['128.0.0.0/31', '128.0.0.2/32']);
});

test('IPv6 addresses read and written as ipaddr.js reads and writes them (RFC 5952 text)', () => {
  const group = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff }));
  fc.assert(
    fc.property(fc.array(group, { minLength: 8, maxLength: 8 }), fc.integer({ min: 0, max: 128 }), (parts, prefix) => {
      const text = new ipaddr.IPv6(parts).toString();
      const c = parseCidr(`${text}/${prefix}`);
      assert.ok(c);
      const expected = ipaddr.IPv6.networkAddressFromCIDR(`${text}/${prefix}`).toString();
      assert.equal(c.text, `${expected}/${prefix}`);
      assert.equal(formatAddress(c.base, 6), expected);
      assert.deepEqual(parseCidr(c.text), c);
    }),
    { numRuns: 500 },
  );
});
