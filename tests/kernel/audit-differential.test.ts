import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { auditFlows } from '../../src/audit/audit-flows.js';
import { parseIptablesSave } from '../../src/rulesets/iptables-save/parse.js';
import { iptablesFirewall } from '../../src/rulesets/iptables-save/to-firewall.js';
import type { HostPlan } from '../../src/plan/plan-types.js';
import { kernelAvailable, kernelRequired, Lab } from './lab.js';
import { cidrs, TEST_ORIGIN } from '../helpers/fixtures.js';

/**
 * Differential test of the audit against the kernel: random iptables rulesets are loaded into a
 * namespace and probed with real TCP and UDP; for every probe, the audit's verdict on the
 * matching one-port flow must equal what the kernel did.
 */
const kernel = kernelAvailable();
const skip = !kernel.ok && !kernelRequired() ? `needs root, ip, iptables (${kernel.why})` : false;

const HOST = '203.0.113.10';
const PEERS = { p1: '198.51.100.5', p2: '192.0.2.200' } as const;
const PORTS = [22, 25, 80, 443, 1500, 3000];

const src = fc.option(
  fc.record({
    neg: fc.boolean(),
    cidr: fc.constantFrom('198.51.100.5/32', '198.51.100.0/24', '192.0.2.200/32', '192.0.2.0/25'),
  }),
  { nil: undefined },
);
const proto = fc.constantFrom('tcp', 'udp', 'all');
const dport = fc.option(
  fc.record({ neg: fc.boolean(), spec: fc.constantFrom('22', '25', '80', '443', '1000:2000', '20:30') }),
  { nil: undefined },
);
const state = fc.option(fc.constantFrom('NEW', 'RELATED,ESTABLISHED', 'ESTABLISHED', 'INVALID'), { nil: undefined });
/**
 * Matches the text cannot decide (the audit follows them both ways and marks what they touch
 * approximate): an empty recent list (never matches in the lab), one that is filled as it
 * matches, a rate limit with a burst of one (the first packet matches, later ones not).
 */
const uncertain = fc.option(
  fc.constantFrom(
    '-m recent --rcheck --name pcquiet',
    '-m recent --set --name pcseen',
    '-m limit --limit 1/hour --limit-burst 1',
  ),
  { nil: undefined, freq: 4 },
);
/**
 * The client's port: one no probe uses (22) or the whole range the probes use (1024:65535), so
 * that a probe's random source port never decides (a partial range would make the kernel's
 * answer depend on it).
 */
const sport = fc.option(fc.constantFrom('22', '1024:65535'), { nil: undefined, freq: 4 });
const rule = (targets: string[]) =>
  fc.record({ src, proto, dport, sport, state, uncertain, target: fc.constantFrom(...targets) });

const ruleset = fc.record({
  /** A reverse-path check in raw PREROUTING (the lab's routes pass it; the audit cannot know). */
  rpfilter: fc.constantFrom(false, false, false, false, true),
  inputPolicy: fc.constantFrom('ACCEPT', 'DROP'),
  outputPolicy: fc.constantFrom('ACCEPT', 'DROP'),
  /** `-j CT --notrack` for one port in raw (then only UNTRACKED-accepting rules let it through). */
  notrack: fc.option(fc.constantFrom('22', '443'), { nil: undefined, freq: 4 }),
  // (Each verdict twice: a queue, whose claims are approximate, is rarer than the rest.)
  input: fc.array(
    rule(['ACCEPT', 'ACCEPT', 'DROP', 'DROP', 'REJECT', 'REJECT', 'C', 'C', 'goto', 'goto', 'QUEUE', 'QUEUE-BYPASS']),
    { maxLength: 7 },
  ),
  chain: fc.array(rule(['ACCEPT', 'DROP', 'RETURN']), { maxLength: 4 }),
  output: fc.array(rule(['ACCEPT', 'DROP']), { maxLength: 3 }),
});
type Ruleset = typeof ruleset extends fc.Arbitrary<infer T> ? T : never;
type Rule = Ruleset['input'][number];

function ruleText(chain: string, r: Rule, outbound: boolean): string {
  const parts = [`-A ${chain}`];
  if (r.src) parts.push(`${r.src.neg ? '! ' : ''}${outbound ? '-d' : '-s'} ${r.src.cidr}`);
  if (r.proto !== 'all') {
    parts.push(`-p ${r.proto} -m ${r.proto}`);
    if (r.dport) parts.push(`${r.dport.neg ? '! ' : ''}${outbound ? '--sport' : '--dport'} ${r.dport.spec}`);
    if (r.sport) parts.push(`${outbound ? '--dport' : '--sport'} ${r.sport}`);
  }
  if (r.state) parts.push(`-m conntrack --ctstate ${r.state}`);
  if (r.uncertain) parts.push(r.uncertain);
  // A queue no program listens on: the kernel drops its packets, or with --queue-bypass accepts them.
  const targets: Record<string, string> = {
    C: '-j C',
    goto: '-g C',
    QUEUE: '-j NFQUEUE --queue-num 4',
    'QUEUE-BYPASS': '-j NFQUEUE --queue-num 3 --queue-bypass',
  };
  parts.push(targets[r.target] ?? `-j ${r.target}`);
  return parts.join(' ');
}

function dump(rs: Ruleset): string {
  return [
    ...(rs.rpfilter || rs.notrack
      ? [
          '*raw',
          ':PREROUTING ACCEPT [0:0]',
          ':OUTPUT ACCEPT [0:0]',
          ...(rs.rpfilter ? ['-A PREROUTING -m rpfilter --invert -j DROP'] : []),
          ...(rs.notrack ? [`-A PREROUTING -p tcp -m tcp --dport ${rs.notrack} -j CT --notrack`] : []),
          'COMMIT',
        ]
      : []),
    '*filter',
    `:INPUT ${rs.inputPolicy} [0:0]`,
    ':FORWARD DROP [0:0]',
    `:OUTPUT ${rs.outputPolicy} [0:0]`,
    ':C - [0:0]',
    ...rs.input.map((r) => ruleText('INPUT', r, false)),
    ...rs.chain.map((r) => ruleText('C', r, false)),
    ...rs.output.map((r) => ruleText('OUTPUT', r, true)),
    'COMMIT',
    '',
  ].join('\n');
}

describe('audit verdicts equal the kernel (differential)', { skip }, () => {
  test('random iptables rulesets: every probed flow, audit verdict == kernel outcome', async (t) => {
    const lab = new Lab([
      { name: 'h', addresses: [HOST] },
      { name: 'p1', addresses: [PEERS.p1] },
      { name: 'p2', addresses: [PEERS.p2] },
    ]).up();
    try {
      const h = await lab.agent('h');
      await h.listen(PORTS, PORTS);
      let probes = 0;
      let passed = 0;
      let approximate = 0;
      await fc.assert(
        fc.asyncProperty(ruleset, async (rs) => {
          const text = dump(rs);
          // Connections of the previous ruleset must not survive into this one: a reused source
          // port would make the first packet ESTABLISHED instead of NEW.
          lab.run('h', ['conntrack', '-F']);
          lab.run('h', ['iptables', '-t', 'raw', '-F']);
          lab.restoreIptables(
            'h',
            text,
            '*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n',
          );
          const parsed = parseIptablesSave('random.rules', text);
          assert.deepEqual(parsed.diagnostics, []);
          const mismatches: string[] = [];
          // Every peer and protocol at once: each batch waits out its refusals' timeout.
          const batches = await Promise.all(
            Object.entries(PEERS).map(async ([peer, addr]) => {
              const agent = await lab.agent(peer);
              const targets = PORTS.map((port) => ({ addr: HOST, port }));
              const [tcp, udp] = await Promise.all([agent.tcp(targets, 700, 50), agent.udp(targets, 700, 50)]);
              return { peer, addr, tcp, udp };
            }),
          );
          for (const { peer, addr, tcp, udp } of batches) {
            for (const [protocol, results] of [
              ['tcp', tcp],
              ['udp', udp],
            ] as const) {
              PORTS.forEach((port, i) => {
                const plan: HostPlan = {
                  name: 'h',
                  origin: TEST_ORIGIN,
                  addresses: cidrs(HOST),
                  rules: [
                    {
                      direction: 'in',
                      protocol,
                      ports: [[port, port]],
                      icmpTypes: null,
                      peers: cidrs(`${addr}/32`),
                      fqdns: [],
                      because: [],
                    },
                  ],
                };
                const verdict = auditFlows(plan, [iptablesFirewall(parsed.ruleset!)])[0]!;
                const kernelPass = results[i] === 'open';
                probes++;
                if (kernelPass) passed++;
                // The generated rules never match source ports, so "partial" means some leg of the
                // exchange is refused: the kernel must refuse it too. An exact claim must be what
                // the kernel did; an approximate one is counted, and must still be a bound: "open"
                // is what every reading accepts, so the kernel accepts it.
                if (verdict.approximate) {
                  approximate++;
                  if (verdict.verdict === 'open' && !kernelPass)
                    mismatches.push(`${peer} ${protocol}/${port}: audit open (approximate), kernel ${results[i]}`);
                } else if ((verdict.verdict === 'open') !== kernelPass)
                  mismatches.push(`${peer} ${protocol}/${port}: audit ${verdict.verdict}, kernel ${results[i]}`);
              });
            }
          }
          assert.deepEqual(mismatches, [], `ruleset:\n${text}`);
        }),
        {
          numRuns: Number(process.env.PORTCULLIS_DIFF_RUNS ?? 25),
          seed: Number(process.env.PORTCULLIS_DIFF_SEED ?? 20261122),
          endOnFailure: true,
          includeErrorInReport: true,
        },
      );
      assert.ok(
        passed > 0 && passed < probes,
        `probes ${probes}, passed ${passed}: the sample must contain both outcomes`,
      );
      // Both kinds of claim must be in the sample, and most claims exact.
      assert.ok(approximate > 0 && approximate < probes / 2, `probes ${probes}, approximate ${approximate}`);
      t.diagnostic(
        `iptables differential: ${probes} probes, ${passed} passed in the kernel, ${approximate} approximate claims (not compared)`,
      );
    } finally {
      lab.down();
    }
  });

  test('raw NOTRACK and UNTRACKED state: audit and kernel agree', async () => {
    const lab = new Lab([
      { name: 'h', addresses: [HOST] },
      { name: 'p1', addresses: [PEERS.p1] },
    ]).up();
    try {
      await (await lab.agent('h')).listen([], [53, 54]);
      const raw =
        '*raw\n:PREROUTING ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n-A PREROUTING -p udp -m udp --dport 53 -j NOTRACK\n-A OUTPUT -p udp -m udp --sport 53 -j NOTRACK\nCOMMIT\n';
      const filter =
        '*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT DROP [0:0]\n-A INPUT -p udp -m state --state UNTRACKED -j ACCEPT\n-A OUTPUT -p udp -m state --state UNTRACKED -j ACCEPT\nCOMMIT\n';
      for (const text of [raw + filter, filter]) {
        lab.restoreIptables(
          'h',
          text,
          '*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n',
        );
        if (text === filter) lab.run('h', ['iptables', '-t', 'raw', '-F']);
        const parsed = parseIptablesSave('notrack.rules', text).ruleset!;
        const results = await (
          await lab.agent('p1')
        ).udp(
          [53, 54].map((port) => ({ addr: HOST, port })),
          800,
          2,
        );
        [53, 54].forEach((port, i) => {
          const plan: HostPlan = {
            name: 'h',
            origin: TEST_ORIGIN,
            addresses: cidrs(HOST),
            rules: [
              {
                direction: 'in',
                protocol: 'udp',
                ports: [[port, port]],
                icmpTypes: null,
                peers: cidrs(`${PEERS.p1}/32`),
                fqdns: [],
                because: [],
              },
            ],
          };
          const verdict = auditFlows(plan, [iptablesFirewall(parsed)])[0]!.verdict;
          assert.equal(
            verdict === 'open',
            results[i] === 'open',
            `udp/${port}: audit ${verdict}, kernel ${results[i]}\n${text}`,
          );
        });
      }
    } finally {
      lab.down();
    }
  });
});
