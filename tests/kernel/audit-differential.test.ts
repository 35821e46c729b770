import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { auditFlows } from '../../src/audit/audit-flows.js';
import { auditHost } from '../../src/audit/audit-ruleset.js';
import { parseIptablesSave } from '../../src/rulesets/iptables-save/parse.js';
import { iptablesFirewall } from '../../src/rulesets/iptables-save/to-firewall.js';
import { parseIpsetSave, type IpSet } from '../../src/rulesets/ipset-save/parse.js';
import type { HostPlan } from '../../src/plan/plan-types.js';
import { kernelAvailable, kernelRequired, Lab } from './lab.js';
import { diffLab, ephemeralRange, onePortPlan, probeAll, Tally } from './differential.js';
import { cidrs, TEST_ORIGIN } from '../helpers/fixtures.js';

/**
 * Differential test of the audit against the kernel: random iptables rulesets are loaded into a
 * namespace and probed with real TCP and UDP; for every probe, the audit's verdict on the
 * matching one-port flow must equal what the kernel did.
 */
const kernel = kernelAvailable();
const skip = !kernel.ok && !kernelRequired() ? `needs root, ip, iptables (${kernel.why})` : false;

const HOST = ['203.0.113.10', '2001:db8:113::10'] as const;
const PEERS = { p1: ['198.51.100.5', '2001:db8:51::5'], p2: ['192.0.2.200', '2001:db8:2::200'] } as const;
const PORTS = [22, 25, 80, 443, 1500, 3000];

/** The source (or, outbound, destination) networks rules name, in each family. */
const NETS: Record<string, [string, string]> = {
  p1: ['198.51.100.5/32', '2001:db8:51::5/128'],
  p1net: ['198.51.100.0/24', '2001:db8:51::/48'],
  p2: ['192.0.2.200/32', '2001:db8:2::200/128'],
  p2half: ['192.0.2.0/25', '2001:db8:2::/49'],
};
/**
 * ipsets in the host namespace (one per family, hash:net): a network with a `nomatch` address
 * inside it (hash:net matches the most specific entry), and another network. Rules name them as
 * `set` (`-m set --match-set pcnets src`, outbound `dst`).
 */
const IPSETS = [
  [
    'create pcnets hash:net family inet',
    'add pcnets 198.51.100.0/24',
    'add pcnets 198.51.100.5 nomatch',
    'add pcnets 192.0.2.192/26',
  ],
  [
    'create pcnets6 hash:net family inet6',
    'add pcnets6 2001:db8:51::/48',
    'add pcnets6 2001:db8:51::5 nomatch',
    'add pcnets6 2001:db8:2::/64',
  ],
] as const;
const src = fc.option(fc.record({ neg: fc.boolean(), net: fc.constantFrom(...Object.keys(NETS), 'set') }), {
  nil: undefined,
});
const proto = fc.constantFrom('tcp', 'udp', 'all');
const dport = fc.option(
  fc.record({ neg: fc.boolean(), spec: fc.constantFrom('22', '25', '80', '443', '1000:2000', '20:30', '3000') }),
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

/**
 * nat PREROUTING: REDIRECT of port 80 to 3000, or DNAT of 1500 to the host's own 443 (both
 * delivered to this host; the filter then judges the new port).
 */
const natRule = fc.record({ kind: fc.constantFrom('redirect', 'dnat-self'), proto: fc.constantFrom('tcp', 'udp') });
const nat = fc.option(fc.array(natRule, { minLength: 1, maxLength: 2 }), { nil: undefined, freq: 3 });

const ruleset = fc.record({
  /** A reverse-path check in raw PREROUTING (the lab's routes pass it; the audit cannot know). */
  rpfilter: fc.constantFrom(false, false, false, false, true),
  inputPolicy: fc.constantFrom('ACCEPT', 'DROP'),
  outputPolicy: fc.constantFrom('ACCEPT', 'DROP'),
  /** `-j CT --notrack` for one port in raw (then only UNTRACKED-accepting rules let it through). */
  notrack: fc.option(fc.constantFrom('22', '443'), { nil: undefined, freq: 4 }),
  nat,
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

function ruleText(chain: string, r: Rule, outbound: boolean, f: 0 | 1): string {
  const parts = [`-A ${chain}`];
  if (r.src?.net === 'set')
    parts.push(
      `-m set ${r.src.neg ? '! ' : ''}--match-set ${f === 0 ? 'pcnets' : 'pcnets6'} ${outbound ? 'dst' : 'src'}`,
    );
  else if (r.src) parts.push(`${r.src.neg ? '! ' : ''}${outbound ? '-d' : '-s'} ${NETS[r.src.net]![f]}`);
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

/** A rule with no match (each test rule names what it needs). */
const ANY: Rule = {
  src: undefined,
  proto: 'all',
  dport: undefined,
  sport: undefined,
  state: undefined,
  uncertain: undefined,
  target: 'ACCEPT',
};

/** The nat table's text for one family (empty without nat). */
function natText(list: Ruleset['nat'], f: 0 | 1): string[] {
  if (!list) return [];
  const to = (n: NonNullable<Ruleset['nat']>[number]): string =>
    n.kind === 'redirect'
      ? '--dport 80 -j REDIRECT --to-ports 3000'
      : `--dport 1500 -j DNAT --to-destination ${f === 0 ? HOST[0] : `[${HOST[1]}]`}:443`;
  return [
    '*nat',
    ':PREROUTING ACCEPT [0:0]',
    ':INPUT ACCEPT [0:0]',
    ':OUTPUT ACCEPT [0:0]',
    ':POSTROUTING ACCEPT [0:0]',
    ...list.map((n) => `-A PREROUTING -p ${n.proto} -m ${n.proto} ${to(n)}`),
    'COMMIT',
  ];
}

/** The dump of one family (0: iptables-save, 1: ip6tables-save, which its header says). */
function dump(rs: Ruleset, f: 0 | 1): string {
  return [
    `# Generated by ${f === 0 ? 'iptables' : 'ip6tables'}-save v1.8.9`,
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
    ...natText(rs.nat, f),
    '*filter',
    `:INPUT ${rs.inputPolicy} [0:0]`,
    ':FORWARD DROP [0:0]',
    `:OUTPUT ${rs.outputPolicy} [0:0]`,
    ':C - [0:0]',
    ...rs.input.map((r) => ruleText('INPUT', r, false, f)),
    ...rs.chain.map((r) => ruleText('C', r, false, f)),
    ...rs.output.map((r) => ruleText('OUTPUT', r, true, f)),
    'COMMIT',
    '',
  ].join('\n');
}

/**
 * Creates the ipsets in the host namespace (once: rules of every ruleset may name them) and
 * returns them as the audit reads them, from `ipset save`.
 */
function loadIpsets(lab: Lab): Map<string, IpSet | null> {
  lab.runWithInput('h', ['ipset', 'restore'], `${IPSETS.flat().join('\n')}\n`);
  const { sets, diagnostics } = parseIpsetSave('lab.ipset', lab.run('h', ['ipset', 'save']));
  assert.deepEqual(diagnostics, []);
  return sets;
}

/** Empties the tables a previous ruleset may have filled and forgets its connections. */
function reset(lab: Lab): void {
  for (const bin of ['iptables', 'ip6tables']) for (const t of ['raw', 'nat']) lab.run('h', [bin, '-t', t, '-F']);
  lab.run('h', ['conntrack', '-F']);
}

describe('audit verdicts equal the kernel (differential)', { skip }, () => {
  test('random iptables rulesets, IPv4 and IPv6, inbound and outbound: audit verdict == kernel outcome', async (t) => {
    const lab = diffLab(HOST, PEERS);
    let withSets = 0;
    try {
      const ipsets = loadIpsets(lab);
      await (await lab.agent('h')).listen(PORTS, PORTS);
      for (const p of Object.keys(PEERS)) await (await lab.agent(p)).listen(PORTS, PORTS);
      // The clients' source ports are the kernel's ephemeral range; the audit is told the same.
      const ephemeral = ephemeralRange(lab);
      const tally = new Tally();
      await fc.assert(
        fc.asyncProperty(ruleset, async (rs) => {
          const texts = [dump(rs, 0), dump(rs, 1)] as const;
          // Connections of the previous ruleset must not survive into this one: a reused source
          // port would make the first packet ESTABLISHED instead of NEW.
          reset(lab);
          lab.restoreIptables('h', texts[0], texts[1]);
          if (texts[0].includes('--match-set')) withSets++;
          const rulesets = texts.map((text, f) => {
            const parsed = parseIptablesSave(`random.v${f === 0 ? 4 : 6}.rules`, text);
            assert.deepEqual(parsed.diagnostics, []);
            assert.equal(parsed.ruleset!.family, f === 0 ? 4 : 6, 'the family is read from the dump');
            return iptablesFirewall(parsed.ruleset!, ipsets);
          });
          const before = tally.mismatches.length;
          for (const batch of await probeAll(lab, PEERS, HOST, PORTS, true))
            tally.flows(batch, PORTS, (plan) => auditFlows(plan, rulesets, { ephemeral })[0]!);
          const mismatches = tally.mismatches.slice(before);
          assert.deepEqual(mismatches, [], `rulesets:\n${texts.join('\n')}`);
        }),
        {
          numRuns: Number(process.env.PORTCULLIS_DIFF_RUNS ?? 15),
          seed: Number(process.env.PORTCULLIS_DIFF_SEED ?? 20261122),
          endOnFailure: true,
          includeErrorInReport: true,
          // First a ruleset where the ipset's nomatch decides: p1's address is a nomatch inside a
          // member network (not matched: accepted), p2's lies in the other member (dropped).
          examples: [
            [
              {
                rpfilter: false,
                inputPolicy: 'ACCEPT',
                outputPolicy: 'ACCEPT',
                notrack: undefined,
                nat: undefined,
                input: [{ ...ANY, src: { neg: false, net: 'set' }, target: 'DROP' }],
                chain: [],
                output: [],
              },
            ],
          ],
        },
      );
      // Both kinds of claim must be in the sample, and most claims exact.
      tally.check(t, 'iptables differential', true);
      assert.ok(withSets > 0, 'some rulesets name the nomatch ipsets');
      t.diagnostic(`${withSets} of the rulesets name the ipsets (nomatch inside a member network)`);
    } finally {
      lab.down();
    }
  });

  test('random iptables rulesets with nat (REDIRECT, DNAT to the host), IPv4 and IPv6: exposure == kernel', async (t) => {
    const lab = diffLab(HOST, PEERS);
    try {
      const ipsets = loadIpsets(lab);
      await (await lab.agent('h')).listen(PORTS, PORTS);
      const ephemeral = ephemeralRange(lab);
      // Exposure speaks of new connections: the rest of each exchange always passes (established
      // packets accepted first, output open), so that the kernel's answer is the opening packet's.
      const exposureRuleset = fc.record({
        rpfilter: fc.constantFrom(false, false, false, true),
        inputPolicy: fc.constantFrom('ACCEPT', 'DROP'),
        outputPolicy: fc.constant('ACCEPT'),
        notrack: fc.constant(undefined),
        nat: fc.array(natRule, { minLength: 2, maxLength: 3 }),
        input: fc.array(rule(['ACCEPT', 'ACCEPT', 'DROP', 'REJECT', 'C', 'goto', 'QUEUE-BYPASS']), { maxLength: 6 }),
        chain: fc.array(rule(['ACCEPT', 'DROP', 'RETURN']), { maxLength: 3 }),
        output: fc.constant([] as Rule[]),
      });
      const plan: HostPlan = { name: 'h', origin: TEST_ORIGIN, addresses: cidrs(...HOST), rules: [] };
      const tally = new Tally();
      await fc.assert(
        fc.asyncProperty(exposureRuleset, async (generated) => {
          const rs: Ruleset = {
            ...generated,
            input: [{ ...ANY, state: 'ESTABLISHED' }, ...generated.input],
          };
          const texts = [dump(rs, 0), dump(rs, 1)] as const;
          reset(lab);
          lab.restoreIptables('h', texts[0], texts[1]);
          const rulesets = texts.map((text, f) =>
            iptablesFirewall(parseIptablesSave(`nat.v${f === 0 ? 4 : 6}.rules`, text).ruleset!, ipsets),
          );
          const report = auditHost(plan, rulesets);
          const before = tally.mismatches.length;
          for (const { peer, tin, uin } of await probeAll(lab, PEERS, HOST, PORTS, false))
            PORTS.forEach((port, i) => {
              tally.exposure(report, { protocol: 'tcp', port, peer }, tin[i]!, ephemeral);
              tally.exposure(report, { protocol: 'udp', port, peer }, uin[i]!, ephemeral);
            });
          const mismatches = tally.mismatches.slice(before);
          assert.deepEqual(mismatches, [], `rulesets:\n${texts.join('\n')}`);
        }),
        {
          numRuns: Number(process.env.PORTCULLIS_DIFF_RUNS ?? 10),
          seed: Number(process.env.PORTCULLIS_DIFF_SEED ?? 20261201),
          // First a ruleset that tells the ports apart (80 refused, 3000 and 443 accepted): a
          // rewrite judged at the wrong port fails here whatever the random ones do.
          examples: [
            [
              {
                rpfilter: false,
                inputPolicy: 'DROP',
                outputPolicy: 'ACCEPT',
                notrack: undefined,
                nat: [
                  { kind: 'redirect', proto: 'tcp' },
                  { kind: 'dnat-self', proto: 'udp' },
                  { kind: 'dnat-self', proto: 'tcp' },
                ],
                input: [
                  { ...ANY, proto: 'tcp', dport: { neg: false, spec: '3000' }, target: 'ACCEPT' },
                  { ...ANY, proto: 'all', dport: undefined, src: { neg: false, net: 'p1' }, target: 'DROP' },
                  { ...ANY, proto: 'udp', dport: { neg: false, spec: '443' }, target: 'ACCEPT' },
                  { ...ANY, proto: 'tcp', dport: { neg: false, spec: '443' }, target: 'ACCEPT' },
                ],
                chain: [],
                output: [],
              },
            ],
          ],
          endOnFailure: true,
          includeErrorInReport: true,
        },
      );
      assert.ok(tally.rewritten > 0, 'some probes meet a rewritten port');
      tally.check(t, 'iptables exposure differential (nat)', false);
    } finally {
      lab.down();
    }
  });

  test('raw NOTRACK and UNTRACKED state: audit and kernel agree', async () => {
    const lab = new Lab([
      { name: 'h', addresses: [HOST[0]] },
      { name: 'p1', addresses: [PEERS.p1[0]] },
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
          [53, 54].map((port) => ({ addr: HOST[0], port })),
          800,
          2,
        );
        [53, 54].forEach((port, i) => {
          const plan = onePortPlan('in', 'udp', port, PEERS.p1[0], HOST[0]);
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
