import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { auditFlows, type FlowAudit } from '../../src/audit/audit-flows.js';
import { parseNftJson } from '../../src/rulesets/nft-json/format.js';
import type { PlanRule } from '../../src/plan/plan-types.js';
import { ROOT, cidrs, TEST_ORIGIN } from '../helpers/fixtures.js';

/**
 * The nft JSON reader on a dump the kernel itself printed (`kitchen-sink.nft` loaded with
 * `nft -f`, one rule added with iptables-nft, then `nft -j list ruleset`): every construct the
 * reader claims to handle, judged flow by flow.
 */
const DIR = `${ROOT}tests/audit/nft`;
const { ruleset, diagnostics } = parseNftJson('kitchen-sink.json', readFileSync(`${DIR}/kitchen-sink.json`, 'utf8'));

function flow(
  direction: 'in' | 'out',
  protocol: PlanRule['protocol'],
  port: number | null,
  peer: string,
  iface: string | null = null,
): FlowAudit {
  const rule: PlanRule = {
    direction,
    protocol,
    ports: port === null ? null : [[port, port]],
    icmpTypes: port === null ? [protocol === 'icmp' ? 8 : 128] : null,
    peers: cidrs(peer),
    fqdns: [],
    because: [],
  };
  return auditFlows(
    { name: 'h', origin: TEST_ORIGIN, addresses: cidrs('203.0.113.10', '2001:db8:10::10'), rules: [rule] },
    [ruleset!],
    {
      iface,
    },
  )[0]!;
}

test('nft JSON: the kitchen-sink dump parses; iptables-nft xt expressions are named', () => {
  assert.deepEqual(diagnostics, []);
  assert.ok(
    ruleset!.warnings.some((w) => w.includes('xt expressions') && w.includes('iptables-save')),
    ruleset!.warnings.join('\n'),
  );
  assert.deepEqual(
    ruleset!.path(4, 'in').map((p) => `${p.table.name}/${p.chain.name}@${p.priority}`),
    ['ip raw/pre@-300', 'inet f/input@0', 'ip filter/INPUT@0'],
  );
  assert.deepEqual(
    ruleset!.path(6, 'in').map((p) => `${p.table.name}/${p.chain.name}`),
    ['inet f/input'],
  );
});

test('nft JSON: ct state, flags, jump/return, named sets, concatenations, verdict maps', () => {
  // ct state new + SYN + dport 25: open from anywhere, both families.
  assert.equal(flow('in', 'tcp', 25, '0.0.0.0/0').verdict, 'open');
  assert.equal(flow('in', 'tcp', 25, '::/0').verdict, 'open');
  // tcp dport @svc jump smtp: 192.0.2.0/24 returns and ends in "log reject", others accepted.
  assert.equal(flow('in', 'tcp', 465, '203.0.113.200/32').verdict, 'open');
  assert.equal(flow('in', 'tcp', 465, '198.51.100.9/32').verdict, 'blocked'); // in @blocked first
  assert.equal(flow('in', 'tcp', 465, '192.0.2.50/32').verdict, 'blocked');
  // ip saddr @blocked drop: a member of the interval set, its range part too.
  assert.equal(flow('in', 'udp', 53, '203.0.113.7/32').verdict, 'blocked');
  assert.equal(flow('in', 'udp', 53, '198.51.100.200/32').verdict, 'blocked');
  // ip saddr != 10.0.0.0/8 udp dport 53 accept.
  assert.equal(flow('in', 'udp', 53, '192.0.2.77/32').verdict, 'open');
  assert.equal(flow('in', 'udp', 53, '10.1.2.3/32').verdict, 'blocked');
  // Concatenation set (192.0.2.2 . 80), and the named verdict map (22 accept, 23 drop).
  assert.equal(flow('in', 'tcp', 80, '192.0.2.2/32').verdict, 'open');
  assert.equal(flow('in', 'tcp', 80, '192.0.2.3/32').verdict, 'blocked');
  assert.equal(flow('in', 'tcp', 22, '192.0.2.3/32').verdict, 'open');
  assert.equal(flow('in', 'tcp', 23, '192.0.2.3/32').verdict, 'blocked');
  assert.equal(flow('in', 'tcp', 22, '192.0.2.1/32').verdict, 'blocked'); // in @blocked before the map
  // Anonymous verdict map: 123 accept, 124 drop.
  assert.equal(flow('in', 'udp', 123, '203.0.113.200/32').verdict, 'open');
  assert.equal(flow('in', 'udp', 123, '0.0.0.0/0').verdict, 'partial'); // @blocked first
  assert.equal(flow('in', 'udp', 124, '203.0.113.200/32').verdict, 'blocked');
  // Output: th dport 25 drop in the output chain.
  assert.equal(flow('out', 'tcp', 25, '0.0.0.0/0').verdict, 'blocked');
});

test('nft JSON: interface wildcards are exact with --interface and approximate without; limits are approximate', () => {
  const any = flow('in', 'tcp', 443, '203.0.113.0/25');
  assert.equal(any.approximate, true);
  // On eth0 the wildcard rule accepts before the @blocked drop (.5-.9) is reached.
  const eth = flow('in', 'tcp', 443, '203.0.113.0/29', 'eth0');
  assert.deepEqual([eth.verdict, eth.approximate], ['open', false]);
  const wlan = flow('in', 'tcp', 443, '203.0.113.0/25', 'wlan0');
  assert.deepEqual([wlan.verdict, wlan.approximate], ['blocked', false]);
  // icmp type echo-request limit rate 5/second accept: could go either way.
  assert.equal(flow('in', 'icmp', null, '0.0.0.0/0').approximate, true);
  // The ICMPv6 set names (echo-request) are read.
  assert.equal(flow('in', 'icmpv6', null, '::/0').verdict, 'open');
});

test('nft JSON: malformed dumps give FILE:LINE:COL of the element', () => {
  const text =
    '{"nftables": [\n  {"table": {"family": "inet", "name": "t"}},\n  {"chain": {"family": "inet", "table": "t", "name": "c"}},\n  {"rule": {"family": "inet", "table": "t", "chain": "c", "expr": [{"match": {"op": "==", "left": {"payload": {"protocol": "ip", "field": "saddr"}}, "right": "300.1.1.1"}}, {"accept": null}]}}\n]}';
  const r = parseNftJson('bad.json', text);
  assert.equal(r.ruleset, null);
  assert.equal(r.diagnostics[0]!.message, '"300.1.1.1" is not an address');
  assert.deepEqual(r.diagnostics[0]!.start, { line: 4, col: 3 });
  const set = parseNftJson(
    'bad.json',
    '{"nftables": [{"table": {"family": "inet", "name": "t"}}, {"chain": {"family": "inet", "table": "t", "name": "c"}}, {"rule": {"family": "inet", "table": "t", "chain": "c", "expr": [{"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}}, "right": "@nope"}}]}}]}',
  );
  assert.match(set.diagnostics[0]!.message, /set @nope is not declared/);
  assert.equal(set.diagnostics[0]!.start!.line, 1);
});

test('nft JSON: arbitrary JSON in tables, chains and rules gives diagnostics or a ruleset, never a throw', () => {
  const anyJson = fc.jsonValue({ maxDepth: 4 });
  const expr = fc.oneof(
    anyJson,
    fc.record({
      match: fc.record({
        op: fc.constantFrom('==', '!=', 'in', '<', 'lt'),
        left: fc.oneof(
          anyJson,
          fc.record({
            payload: fc.record({
              protocol: fc.constantFrom('ip', 'ip6', 'tcp', 'th', 'icmp'),
              field: fc.constantFrom('saddr', 'dport', 'type', 'flags'),
            }),
          }),
        ),
        right: anyJson,
      }),
    }),
    fc.record({ vmap: fc.record({ key: anyJson, data: anyJson }) }),
  );
  fc.assert(
    fc.property(fc.array(expr, { maxLength: 4 }), anyJson, (exprs, extra) => {
      const text = JSON.stringify({
        nftables: [
          { table: { family: 'inet', name: 't' } },
          { set: { family: 'inet', table: 't', name: 's', type: 'ipv4_addr', elem: [extra] } },
          { chain: { family: 'inet', table: 't', name: 'c', type: 'filter', hook: 'input', prio: 0, policy: 'drop' } },
          { rule: { family: 'inet', table: 't', chain: 'c', expr: exprs } },
          extra,
        ],
      });
      const r = parseNftJson('fuzz.json', text);
      assert.ok((r.ruleset === null) === r.diagnostics.length > 0);
      if (r.ruleset)
        auditFlows(
          {
            name: 'h',
            origin: TEST_ORIGIN,
            addresses: cidrs('203.0.113.10'),
            rules: [
              {
                direction: 'in',
                protocol: 'tcp',
                ports: [[25, 25]],
                icmpTypes: null,
                peers: cidrs('0.0.0.0/0'),
                fqdns: [],
                because: [],
              },
            ],
          },
          [r.ruleset],
        );
    }),
    { numRuns: 500 },
  );
});
