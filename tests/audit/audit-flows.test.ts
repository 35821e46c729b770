import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { auditFlows, type FlowAudit } from '../../src/audit/audit-flows.js';
import { parseIpsetSave, type IpSet } from '../../src/rulesets/ipset-save/parse.js';
import { auditHost } from '../../src/audit/audit-ruleset.js';
import { parseRuleset } from '../../src/rulesets/registry.js';
import type { FwRuleset } from '../../src/rulesets/firewall-model.js';
import { compilePlan } from '../../src/compile/compile.js';
import { staticResolver } from '../../src/net/resolver.js';
import { cidrContains, parseCidr } from '../../src/net/addresses.js';
import { asLoadedIptables, EXAMPLE, planOf, singleHostSite, cidrs, TEST_ORIGIN } from '../helpers/fixtures.js';
import type { HostPlan } from '../../src/plan/plan-types.js';

const FQDNS = { 'my.mailstore.com': ['198.51.100.7', '2001:db8:77::7'] };

function parse(text: string, name = 'r.rules', ipsets: ReadonlyMap<string, IpSet | null> = new Map()): FwRuleset {
  const { ruleset, diagnostics } = parseRuleset(name, text, 'iptables-save', ipsets);
  assert.deepEqual(diagnostics, []);
  return ruleset!;
}

/**
 * A host's compiled iptables files as the kernel holds them: the rules of both families, their
 * `-m set` matches judged with the sets HOST.ipsets creates (its text is `ipset save` input too).
 */
function compiledRulesets(files: readonly { name: string; content: string }[]): FwRuleset[] {
  const ipsetsFile = files.find((f) => f.name.endsWith('.ipsets'));
  const ipsets = ipsetsFile
    ? parseIpsetSave(ipsetsFile.name, ipsetsFile.content).sets
    : new Map<string, IpSet | null>();
  return files.filter((f) => f.name.endsWith('.rules')).map((f) => parse(asLoadedIptables(f.content), f.name, ipsets));
}

const cases = [
  { name: 'example', site: readFileSync(EXAMPLE, 'utf8') },
  { name: 'spamexperts', site: singleHostSite('spamexperts', 'server') },
  { name: 'clearswift-seg', site: singleHostSite('clearswift-seg', 'gateway') },
  {
    name: 'spammertrap stateless',
    site: `${singleHostSite('spammertrap', 'appliance')}options: { stateful: false }\n`,
  },
];

for (const c of cases) {
  test(`audit round trip: compiled iptables rules of ${c.name} leave every planned flow open`, async () => {
    const plan = planOf(c.site);
    const { hosts } = await compilePlan(plan, 'iptables', { resolve: staticResolver(FQDNS) });
    for (const h of hosts) {
      const rulesets = compiledRulesets(h.files);
      const audit = auditFlows(
        plan.hosts.find((x) => x.name === h.host)!,
        rulesets,
        { fqdns: FQDNS, ephemeral: plan.ephemeralPorts },
      );
      for (const a of audit) {
        assert.equal(
          a.verdict,
          'open',
          `${h.host} ${a.direction} ${a.protocol} ${JSON.stringify(a.ports ?? a.icmpTypes)} ${a.peers.join(' ')}: ${JSON.stringify(a.notOpen)}`,
        );
        assert.equal(a.approximate, false);
        assert.ok(a.decidedBy.length > 0);
      }
    }
  });
}

const HEAD = '*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n';
const mail = planOf(
  `site: t\nhosts:\n  h: { addresses: [203.0.113.10] }\nflows:\n  - { from: internet, to: h, tcp: [25, 587], why: mail }\n`,
).hosts[0]!;

test('audit: an INPUT accept without a rule for the replies is not open', () => {
  const outPlan = planOf(
    `site: t\nhosts:\n  h: { addresses: [203.0.113.10] }\nflows:\n  - { from: h, to: internet, tcp: 25, why: send }\n`,
  ).hosts[0]!;
  const rs = parse(
    '*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT DROP [0:0]\n-A OUTPUT -p tcp -m tcp --dport 25 -j ACCEPT\nCOMMIT\n',
  );
  const [a] = auditFlows(outPlan, [rs]);
  assert.equal(a!.verdict, 'partial');
  assert.ok(a!.notOpen.some((n) => n.leg === 'reply'));
  assert.deepEqual(
    a!.decidedBy.map((d) => d.line),
    [2, 5],
  );
});

test('audit: blocked and partial flows name the refused ports and the deciding lines', () => {
  const rs = parse(
    `${HEAD}-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n-A INPUT -s 192.0.2.0/24 -p tcp -m tcp --dport 25 -j ACCEPT\nCOMMIT\n`,
  );
  const [a] = auditFlows(mail, [rs]);
  assert.equal(a!.verdict, 'partial');
  const refused = (port: number, addr: string): boolean =>
    a!.notOpen.some(
      (n) =>
        n.leg === 'request' &&
        n.ports!.some(([lo, hi]) => lo <= port && port <= hi) &&
        n.peers.some((p) => cidrContains(parseCidr(p)!, parseCidr(addr)!)),
    );
  assert.equal(refused(25, '198.51.100.1'), true);
  assert.equal(refused(25, '192.0.2.5'), false);
  assert.equal(refused(587, '192.0.2.5'), true);
  assert.equal(refused(587, '198.51.100.1'), true);
  assert.ok(a!.decidedBy.some((d) => d.line === 2));
  const none = parse(`${HEAD}-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\nCOMMIT\n`);
  assert.equal(auditFlows(mail, [none])[0]!.verdict, 'blocked');
});

test('audit: jumps, RETURN and goto follow the kernel', () => {
  const rs = parse(
    `${HEAD}:SVC - [0:0]\n:G - [0:0]\n-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n-A INPUT -p tcp -j SVC\n-A INPUT -p tcp -m tcp --dport 587 -j ACCEPT\n-A SVC -p tcp -m tcp --dport 587 -j RETURN\n-A SVC -g G\n-A G -p tcp -m tcp --dport 25 -j ACCEPT\nCOMMIT\n`,
  );
  const [a] = auditFlows(mail, [rs]);
  assert.equal(a!.verdict, 'open', JSON.stringify(a!.notOpen));
  assert.deepEqual(
    a!.decidedBy.map((d) => d.line).sort((x, y) => x - y),
    [4, 7, 9, 12],
  ); // 4: OUTPUT policy ACCEPT carries the replies
});

test('audit: a rate limit makes the verdict approximate', () => {
  const rs = parse(
    `${HEAD}-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n-A INPUT -p tcp -m tcp --dport 25 -m limit --limit 5/min -j ACCEPT\n-A INPUT -p tcp -m tcp --dport 587 -j ACCEPT\nCOMMIT\n`,
  );
  const [a] = auditFlows(mail, [rs]);
  assert.equal(a!.approximate, true);
  assert.equal(a!.verdict, 'partial');
});

describe('exposure and dead rules', () => {
  for (const c of cases.filter((x) => !x.name.includes('stateless'))) {
    test(`round trip: compiled iptables rules of ${c.name} expose nothing beyond the plan and have no dead rule`, async () => {
      const plan = planOf(c.site);
      const { hosts } = await compilePlan(plan, 'iptables', { resolve: staticResolver(FQDNS) });
      for (const h of hosts) {
        const report = auditHost(
          plan.hosts.find((x) => x.name === h.host)!,
          compiledRulesets(h.files),
          { fqdns: FQDNS },
        );
        assert.deepEqual(
          report.exposure.filter((e) => !e.approximate),
          [],
          `${h.host} exposure`,
        );
        assert.deepEqual(report.deadRules, [], `${h.host} dead rules`);
        assert.equal(report.summary.open, report.summary.required);
      }
    });
  }

  test('3389 open to the world is exposure, with its line', () => {
    const rs = parse(
      `${HEAD}-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n-A INPUT -p tcp -m tcp --dport 25 -j ACCEPT\n-A INPUT -p tcp -m tcp --dport 587 -j ACCEPT\n-A INPUT -p tcp -m tcp --dport 3389 -j ACCEPT\nCOMMIT\n`,
    );
    const r = auditHost(mail, [rs]);
    const inbound = r.exposure.filter((e) => e.direction === 'in');
    assert.deepEqual(
      inbound.map((e) => [e.protocol, e.ports, e.peers, e.decidedBy.map((d) => d.line)]),
      [['tcp', [[3389, 3389]], ['0.0.0.0/0'], [8]]],
    );
    // OUTPUT policy ACCEPT: everything outbound is beyond a plan with no outbound flow.
    assert.ok(r.exposure.some((e) => e.direction === 'out' && e.decidedBy.some((d) => d.line === 4)));
  });

  test('dead rules: shadowed, and in a chain nothing jumps to', () => {
    const rs = parse(
      `${HEAD}:ORPHAN - [0:0]\n-A INPUT -p tcp -j ACCEPT\n-A INPUT -p tcp -m tcp --dport 22 -j DROP\n-A INPUT -s 192.0.2.0/24 -j DROP\n-A ORPHAN -j ACCEPT\nCOMMIT\n`,
    );
    const r = auditHost(mail, [rs]);
    assert.deepEqual(
      r.deadRules.map((d) => [d.line, d.reason]),
      [
        [7, 'shadowed by line 6'],
        [9, 'in chain ORPHAN, which no reachable rule jumps to'],
      ],
    );
  });
});

test('audit: raw NOTRACK makes packets UNTRACKED for the filter table', () => {
  const dns = planOf(
    `site: t\nhosts:\n  h: { addresses: [203.0.113.10] }\nflows:\n  - { from: internet, to: h, udp: 53, why: dns }\n`,
  ).hosts[0]!;
  const raw =
    '*raw\n:PREROUTING ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n-A PREROUTING -p udp -m udp --dport 53 -j NOTRACK\n-A OUTPUT -p udp -m udp --sport 53 -j NOTRACK\nCOMMIT\n';
  const filter =
    '*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT DROP [0:0]\n-A INPUT -p udp -m state --state UNTRACKED -j ACCEPT\n-A OUTPUT -p udp -m state --state UNTRACKED -j ACCEPT\nCOMMIT\n';
  assert.equal(auditFlows(dns, [parse(raw + filter)])[0]!.verdict, 'open');
  assert.equal(auditFlows(dns, [parse(filter)])[0]!.verdict, 'blocked');
});

test('audit: -m set is exact with an ipset save dump (nomatch exceptions too) and uncertain without', () => {
  const ssh = planOf(
    `site: t\nzones: { adm: [192.0.2.0/24] }\nhosts:\n  h: { addresses: [203.0.113.10] }\nflows:\n  - { from: adm, to: h, tcp: 22, why: ssh }\n`,
  ).hosts[0]!;
  const text =
    '*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n-A INPUT -p tcp -m set --match-set admins src -m tcp --dport 22 -j ACCEPT\nCOMMIT\n';
  const dump = (entries: string): Map<string, IpSet | null> => {
    const r = parseIpsetSave('sets', `create admins hash:net family inet hashsize 1024 maxelem 65536\n${entries}`);
    assert.deepEqual(r.diagnostics, []);
    return r.sets;
  };
  const judge = (sets: Map<string, IpSet | null>): FlowAudit =>
    auditFlows(ssh, [parseRuleset('r', text, 'iptables-save', sets).ruleset!])[0]!;
  assert.equal(judge(dump('add admins 192.0.2.0/24\n')).verdict, 'open');
  assert.equal(judge(dump('add admins 192.0.2.0/24\n')).approximate, false);
  const partial = judge(dump('add admins 192.0.2.0/24\nadd admins 192.0.2.128/25 nomatch\n'));
  assert.equal(partial.verdict, 'partial');
  assert.deepEqual(partial.notOpen[0]!.peers, ['192.0.2.128/25']);
  const unknown = judge(new Map());
  assert.equal(unknown.verdict, 'blocked');
  assert.equal(unknown.approximate, true);
  const bad = parseIpsetSave('sets', 'create admins hash:net family inet\nadd admins 2001:db8::/32\n');
  assert.equal(bad.diagnostics[0]!.start!.line, 2);
  assert.equal(bad.diagnostics[0]!.start!.col, 12);
});

test('audit: a planned flow that nat rewrites to this host is judged as rewritten; one forwarded is not judged (both formats)', () => {
  const one = (port: number): HostPlan =>
    planOf(
      `site: t\nhosts:\n  h: { addresses: [203.0.113.10] }\nflows:\n  - { from: internet, to: h, tcp: ${port}, why: mail }\n`,
    ).hosts[0]!;
  const judge = (r: FwRuleset): FlowAudit[] => [25, 587, 465, 993].map((port) => auditFlows(one(port), [r])[0]!);
  // 25 goes to 2525 (accepted), 465 to 4650 (refused), 993 to a container; replies leave from
  // the new port, which OUTPUT refuses for 4650 only.
  const ipt =
    '*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n-A PREROUTING -p tcp -m tcp --dport 25 -j REDIRECT --to-ports 2525\n-A PREROUTING -p tcp -m tcp --dport 465 -j DNAT --to-destination 203.0.113.10:4650\n-A PREROUTING -p tcp -m tcp --dport 993 -j DNAT --to-destination 172.17.0.2:993\nCOMMIT\n*filter\n:INPUT DROP [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n-A INPUT -p tcp -m multiport --dports 25,587,2525,4650 -j ACCEPT\n-A OUTPUT -p tcp --sport 4650 -j DROP\nCOMMIT\n';
  const rs = parse(ipt);
  assert.ok(
    rs.warnings.some((w) => w.includes('line 6')),
    rs.warnings.join('\n'),
  );
  const [mail, submission, smtps, imaps] = judge(rs);
  assert.equal(mail!.verdict, 'open');
  assert.equal(mail!.approximate, false);
  assert.deepEqual(
    mail!.decidedBy.map((d) => d.line),
    [6, 13, 14, 15],
  );
  assert.equal(submission!.verdict, 'open');
  assert.equal(submission!.approximate, false);
  // The opening packets pass (4650 is accepted) but the replies leave from 4650: refused.
  assert.equal(smtps!.verdict, 'partial');
  assert.equal(smtps!.approximate, false);
  assert.equal(smtps!.notOpen[0]!.leg, 'reply');
  assert.equal(imaps!.verdict, 'not-judged');
  assert.equal(imaps!.approximate, true);
  assert.match(imaps!.approximateBecause[0]!.why, /forwards these connections to 172\.17\.0\.2:993/);
  const nft = JSON.stringify({
    nftables: [
      { table: { family: 'ip', name: 'n' } },
      {
        chain: { family: 'ip', table: 'n', name: 'pre', type: 'nat', hook: 'prerouting', prio: -100, policy: 'accept' },
      },
      {
        chain: { family: 'ip', table: 'n', name: 'in', type: 'filter', hook: 'input', prio: 0, policy: 'drop' },
      },
      {
        rule: {
          family: 'ip',
          table: 'n',
          chain: 'pre',
          handle: 3,
          expr: [
            { match: { op: '==', left: { payload: { protocol: 'tcp', field: 'dport' } }, right: 25 } },
            { redirect: { port: 2525 } },
          ],
        },
      },
      {
        rule: {
          family: 'ip',
          table: 'n',
          chain: 'in',
          handle: 4,
          expr: [
            { match: { op: 'in', left: { ct: { key: 'state' } }, right: ['established', 'related'] } },
            { accept: null },
          ],
        },
      },
      {
        rule: {
          family: 'ip',
          table: 'n',
          chain: 'in',
          handle: 5,
          expr: [
            {
              match: { op: '==', left: { payload: { protocol: 'tcp', field: 'dport' } }, right: { set: [587, 2525] } },
            },
            { accept: null },
          ],
        },
      },
    ],
  });
  const n = parseRuleset('n.json', nft).ruleset!;
  assert.ok(
    n.warnings.some((w) => w.includes('line 4')),
    n.warnings.join('\n'),
  );
  assert.deepEqual(
    judge(n).map((f) => [f.verdict, f.approximate]),
    [
      ['open', false],
      ['open', false],
      ['blocked', false],
      ['blocked', false],
    ],
  );
});

test('-m addrtype as ufw uses it: LOCAL, MULTICAST and BROADCAST are read exactly, not as unknown matches', () => {
  // ufw's shape: INPUT jumps to a chain that returns for local, multicast and broadcast
  // destinations and drops the rest, then the user's accepts.
  const text = [
    '*filter',
    ':INPUT DROP [0:0]',
    ':FORWARD DROP [0:0]',
    ':OUTPUT ACCEPT [0:0]',
    ':ufw-not-local - [0:0]',
    ':ufw-user-input - [0:0]',
    '-A INPUT -j ufw-not-local',
    '-A INPUT -j ufw-user-input',
    '-A ufw-not-local -m addrtype --dst-type LOCAL -j RETURN',
    '-A ufw-not-local -m addrtype --dst-type MULTICAST -j RETURN',
    '-A ufw-not-local -m addrtype --dst-type BROADCAST -j RETURN',
    '-A ufw-not-local -j DROP',
    '-A ufw-user-input -p tcp --dport 25 -j ACCEPT',
    '-A ufw-user-input -m addrtype ! --src-type UNICAST -p tcp --dport 26 -j ACCEPT',
    'COMMIT',
    '',
  ].join('\n');
  const host: HostPlan = {
    name: 'h1',
    origin: TEST_ORIGIN,
    addresses: cidrs('203.0.113.10'),
    rules: [25, 26].map((port) => ({
      direction: 'in' as const,
      protocol: 'tcp' as const,
      ports: [[port, port] as [number, number]],
      icmpTypes: null,
      peers: cidrs('0.0.0.0/0'),
      fqdns: [],
      because: [],
    })),
  };
  const [smtp, other] = auditFlows(host, [parse(text)], { fqdns: {}, ephemeral: [1024, 65535] });
  assert.equal(smtp!.verdict, 'open');
  assert.equal(smtp!.approximate, false);
  // A peer's unicast source is never "not UNICAST", except multicast and broadcast sources.
  assert.equal(other!.verdict, 'partial');
  const refused = other!.notOpen.flatMap((n) => n.peers);
  assert.deepEqual(refused.slice(0, 4), ['0.0.0.0/1', '128.0.0.0/2', '192.0.0.0/3', '240.0.0.0/5']);
  assert.ok(!refused.some((p) => p.startsWith('224.') || p === '255.255.255.255/32'), refused.join(' '));
});
