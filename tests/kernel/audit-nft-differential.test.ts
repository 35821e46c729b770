import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { auditFlows } from '../../src/audit/audit-flows.js';
import { auditHost } from '../../src/audit/audit-ruleset.js';
import { parseNftJson } from '../../src/rulesets/nft-json/format.js';
import type { HostPlan } from '../../src/plan/plan-types.js';
import { kernelAvailable, kernelRequired } from './lab.js';
import { diffLab, ephemeralRange, probeAll, Tally } from './differential.js';
import { cidrs, TEST_ORIGIN } from '../helpers/fixtures.js';

/**
 * Differential test of the nft JSON audit against the kernel: random nftables rulesets (two
 * base chains on the input hook at different priorities, an output chain, a regular chain
 * reached by jump and goto, sets, verdict maps, ct state, IPv4 and IPv6 matches in one inet
 * table) are loaded into a namespace; the audit reads what `nft -j list ruleset` prints, and
 * for every probe, inbound and outbound, over both families, its verdict on the one-port flow
 * must equal what the kernel did.
 */
const kernel = kernelAvailable();
const skip = !kernel.ok && !kernelRequired() ? `needs root, ip, nft (${kernel.why})` : false;

const HOST = ['203.0.113.10', '2001:db8:113::10'] as const;
const PEERS = { p1: ['198.51.100.5', '2001:db8:51::5'], p2: ['192.0.2.200', '2001:db8:2::200'] } as const;
const PORTS = [22, 25, 80, 443, 1500, 3000];

const addr = fc.option(
  fc.record({
    neg: fc.boolean(),
    match: fc.constantFrom(
      'ip ADDR 198.51.100.5',
      'ip ADDR 198.51.100.0/24',
      'ip ADDR { 192.0.2.200, 198.51.100.7 }',
      'ip6 ADDR 2001:db8:51::/48',
      'ip6 ADDR 2001:db8:2::200',
    ),
  }),
  { nil: undefined },
);
const l4 = fc.option(
  fc.constantFrom(
    'tcp PORT 22',
    'udp PORT { 25, 80 }',
    'th PORT 1000-2000',
    'tcp PORT != 443',
    'meta l4proto udp',
    'tcp PORT @svc',
  ),
  { nil: undefined },
);
const state = fc.option(
  fc.constantFrom('ct state new', 'ct state established,related', 'ct state established', 'ct state invalid'),
  { nil: undefined },
);
/**
 * Matches the text cannot decide (followed both ways, claims they touch approximate): a rate
 * limit with a burst of one (the first packet in the lab is under it, later ones over), and a
 * mark no rule sets (never matches in the lab).
 */
const uncertain = fc.option(fc.constantFrom('limit rate over 1/hour burst 1 packets', 'meta mark 0x2a'), {
  nil: undefined,
  freq: 4,
});
const rule = (verdicts: string[]) => fc.record({ addr, l4, state, uncertain, verdict: fc.constantFrom(...verdicts) });
const policy = fc.constantFrom('accept', 'drop');

const ruleset = fc.record({
  firstPolicy: policy,
  // (No queue verdict: this kernel has no nft_queue module; the iptables differential has NFQUEUE.)
  first: fc.array(rule(['accept', 'drop', 'reject', 'jump c', 'goto c']), { maxLength: 5 }),
  secondPolicy: policy,
  second: fc.array(rule(['accept', 'drop', 'reject']), { maxLength: 3 }),
  chain: fc.array(rule(['accept', 'drop', 'return']), { maxLength: 3 }),
  outputPolicy: policy,
  output: fc.array(rule(['accept', 'drop']), { maxLength: 3 }),
  vmap: fc.boolean(),
  /** A nat chain: redirect of port 80 to 3000, dnat of 1500 to the host's own 443. */
  nat: fc.option(
    fc.array(fc.record({ kind: fc.constantFrom('redirect', 'dnat-self'), proto: fc.constantFrom('tcp', 'udp') }), {
      minLength: 1,
      maxLength: 2,
    }),
    { nil: undefined, freq: 3 },
  ),
});
type Ruleset = typeof ruleset extends fc.Arbitrary<infer T> ? T : never;
type Rule = Ruleset['first'][number];

function ruleText(r: Rule, outbound: boolean): string {
  const parts: string[] = [];
  if (r.addr)
    parts.push(
      r.addr.match.replace('ADDR', `${outbound ? 'daddr' : 'saddr'}${r.addr.neg ? ' !=' : ''}`).replace('!= {', '!= {'),
    );
  if (r.l4) parts.push(r.l4.replace('PORT', outbound ? 'sport' : 'dport'));
  if (r.state) parts.push(r.state);
  if (r.uncertain) parts.push(r.uncertain);
  parts.push(r.verdict);
  return `    ${parts.join(' ')}`;
}

function natLines(rs: Ruleset): string[] {
  if (!rs.nat) return [];
  return [
    '  chain pre {',
    '    type nat hook prerouting priority -100; policy accept;',
    ...rs.nat.flatMap((n) =>
      n.kind === 'redirect'
        ? [`    ${n.proto} dport 80 redirect to :3000`]
        : [
            `    meta nfproto ipv4 ${n.proto} dport 1500 dnat ip to ${HOST[0]}:443`,
            `    meta nfproto ipv6 ${n.proto} dport 1500 dnat ip6 to [${HOST[1]}]:443`,
          ],
    ),
    '  }',
  ];
}

function nftText(rs: Ruleset): string {
  return [
    'flush ruleset',
    'table inet t {',
    '  set svc { type inet_service; elements = { 80, 443 } }',
    ...natLines(rs),
    '  chain c {',
    ...rs.chain.map((r) => ruleText(r, false)),
    '  }',
    '  chain in0 {',
    `    type filter hook input priority -10; policy ${rs.firstPolicy};`,
    ...rs.first.map((r) => ruleText(r, false)),
    ...(rs.vmap ? ['    tcp dport vmap { 1500 : drop, 25 : accept }'] : []),
    '  }',
    '  chain in1 {',
    `    type filter hook input priority 0; policy ${rs.secondPolicy};`,
    ...rs.second.map((r) => ruleText(r, false)),
    '  }',
    '  chain out {',
    `    type filter hook output priority 0; policy ${rs.outputPolicy};`,
    ...rs.output.map((r) => ruleText(r, true)),
    '  }',
    '}',
    '',
  ].join('\n');
}

describe('nft audit verdicts equal the kernel (differential)', { skip }, () => {
  test('random nftables rulesets, IPv4 and IPv6, inbound and outbound: audit verdict == kernel outcome', async (t) => {
    const lab = diffLab(HOST, PEERS);
    try {
      await (await lab.agent('h')).listen(PORTS, PORTS);
      for (const p of Object.keys(PEERS)) await (await lab.agent(p)).listen(PORTS, PORTS);
      // The clients' source ports are the kernel's ephemeral range; the audit is told the same
      // (its default, 1024-65535, would also judge ports no probe can use).
      const ephemeral = ephemeralRange(lab);
      const tally = new Tally();
      await fc.assert(
        fc.asyncProperty(ruleset, async (rs) => {
          const text = nftText(rs);
          lab.loadNft('h', text);
          lab.run('h', ['conntrack', '-F']);
          const json = lab.run('h', ['nft', '-j', 'list', 'ruleset']);
          const parsed = parseNftJson('ruleset.json', json);
          assert.deepEqual(parsed.diagnostics, []);
          const before = tally.mismatches.length;
          for (const batch of await probeAll(lab, PEERS, HOST, PORTS, true))
            tally.flows(batch, PORTS, (plan) => auditFlows(plan, [parsed.ruleset!], { ephemeral })[0]!);
          const mismatches = tally.mismatches.slice(before);
          assert.deepEqual(mismatches, [], `ruleset:\n${text}`);
        }),
        {
          numRuns: Number(process.env.PORTCULLIS_DIFF_RUNS ?? 12),
          seed: Number(process.env.PORTCULLIS_DIFF_SEED ?? 20261122),
          endOnFailure: true,
          includeErrorInReport: true,
        },
      );
      // Both kinds of claim must be in the sample, and most claims exact.
      tally.check(t, 'nft differential', true);
    } finally {
      lab.down();
    }
  });

  test('random nftables rulesets with nat (redirect, dnat to the host), IPv4 and IPv6: exposure == kernel', async (t) => {
    const lab = diffLab(HOST, PEERS);
    try {
      await (await lab.agent('h')).listen(PORTS, PORTS);
      const ephemeral = ephemeralRange(lab);
      // Exposure speaks of new connections: established packets are accepted first in both input
      // chains and output is open, so that the kernel's answer is the opening packet's.
      const established: Rule = {
        addr: undefined,
        l4: undefined,
        state: 'ct state established',
        uncertain: undefined,
        verdict: 'accept',
      };
      const plan: HostPlan = { name: 'h', origin: TEST_ORIGIN, addresses: cidrs(...HOST), rules: [] };
      const tally = new Tally();
      const natRuleset = ruleset.map((rs): Ruleset => ({
        ...rs,
        nat: rs.nat ?? [{ kind: 'redirect', proto: 'tcp' }],
        first: [established, ...rs.first],
        second: [established, ...rs.second],
        outputPolicy: 'accept',
        output: [],
      }));
      await fc.assert(
        fc.asyncProperty(natRuleset, async (rs) => {
          const text = nftText(rs);
          lab.loadNft('h', text);
          lab.run('h', ['conntrack', '-F']);
          const parsed = parseNftJson('ruleset.json', lab.run('h', ['nft', '-j', 'list', 'ruleset']));
          assert.deepEqual(parsed.diagnostics, []);
          const report = auditHost(plan, [parsed.ruleset!]);
          const before = tally.mismatches.length;
          for (const { peer, tin, uin } of await probeAll(lab, PEERS, HOST, PORTS, false))
            PORTS.forEach((port, i) => {
              tally.exposure(report, { protocol: 'tcp', port, peer }, tin[i]!, ephemeral);
              tally.exposure(report, { protocol: 'udp', port, peer }, uin[i]!, ephemeral);
            });
          const mismatches = tally.mismatches.slice(before);
          assert.deepEqual(mismatches, [], `ruleset:\n${text}`);
        }),
        {
          numRuns: Number(process.env.PORTCULLIS_DIFF_RUNS ?? 8),
          seed: Number(process.env.PORTCULLIS_DIFF_SEED ?? 20261201),
          endOnFailure: true,
          includeErrorInReport: true,
          // First a ruleset that tells the ports apart (80 and 1500 refused, 3000 and 443 accepted).
          examples: [
            [
              {
                firstPolicy: 'drop',
                first: [
                  established,
                  { addr: undefined, l4: 'tcp PORT @svc', state: undefined, uncertain: undefined, verdict: 'accept' },
                  { addr: undefined, l4: 'th PORT 1000-2000', state: undefined, uncertain: undefined, verdict: 'drop' },
                  {
                    addr: undefined,
                    l4: 'udp PORT { 25, 80 }',
                    state: undefined,
                    uncertain: undefined,
                    verdict: 'drop',
                  },
                ],
                secondPolicy: 'accept',
                second: [],
                chain: [],
                outputPolicy: 'accept',
                output: [],
                vmap: false,
                nat: [
                  { kind: 'dnat-self', proto: 'tcp' },
                  { kind: 'redirect', proto: 'udp' },
                ],
              },
            ],
          ],
        },
      );
      assert.ok(tally.rewritten > 0, 'some probes meet a rewritten port');
      tally.check(t, 'nft exposure differential (nat)', false);
    } finally {
      lab.down();
    }
  });
});
