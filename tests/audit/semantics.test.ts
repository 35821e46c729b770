import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { auditHost, type AuditReport } from '../../src/audit/audit-ruleset.js';
import { parseRuleset } from '../../src/rulesets/registry.js';
import { parseIpsetSave } from '../../src/rulesets/ipset-save/parse.js';
import type { FwRuleset } from '../../src/rulesets/firewall-model.js';
import { nftChain, nftInet, nftRule, planOf } from '../helpers/fixtures.js';

/** Constructs of real rulesets the audit once misread (each test failed before its fix). */
const SITE = `site: t
hosts:
  mx1: { addresses: [203.0.113.10, 2001:db8::10] }
deployments:
  - { profile: mailserver, roles: { server: mx1 }, peers: { internet: internet }, features: [] }
`;

function parse(name: string, text: string): FwRuleset {
  const { ruleset, diagnostics } = parseRuleset(name, text);
  assert.deepEqual(
    diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
    [],
  );
  return ruleset!;
}

function audit(...rulesets: FwRuleset[]): AuditReport {
  return auditHost(planOf(SITE).hosts[0]!, rulesets, { iface: 'eth0' });
}

const filter = (rules: string, raw = ''): string =>
  `${raw ? `*raw\n:PREROUTING ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n${raw}\nCOMMIT\n` : ''}*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n${rules}\nCOMMIT\n`;

const exposedPort = (r: AuditReport, protocol: string, port: number) =>
  r.exposure.find(
    (e) => e.direction === 'in' && e.protocol === protocol && (e.ports ?? []).some(([a, b]) => a <= port && port <= b),
  );

describe('ruleset semantics', () => {
  test("-j NFQUEUE is terminal and its verdict is the program's: the port is exposed approximately, the rule after it is dead", () => {
    const r = audit(
      parse(
        'q.rules',
        filter(
          '-A INPUT -p tcp --dport 25 -j ACCEPT\n-A INPUT -p tcp --dport 8080 -j NFQUEUE --queue-num 0 --queue-bypass\n-A INPUT -p tcp --dport 8080 -j DROP',
        ),
      ),
    );
    const e = exposedPort(r, 'tcp', 8080);
    assert.ok(e, 'tcp 8080 exposed (a queue may accept)');
    assert.equal(e.approximate, true);
    assert.match(e.approximateBecause[0]!.why, /userspace queue.*--queue-bypass accepts/);
    assert.deepEqual(
      r.deadRules.map((d) => d.line),
      [7],
    );
  });

  test('nft `queue bypass` is read as a queue, not as drop', () => {
    const nft = nftInet(
      nftChain('in', 1, 'input', 'drop'),
      nftRule('in', 2, [
        { match: { op: '==', left: { payload: { protocol: 'tcp', field: 'dport' } }, right: 8080 } },
        { queue: { num: 0, flags: 'bypass' } },
      ]),
    );
    const r = audit(parse('q.json', nft));
    const e = exposedPort(r, 'tcp', 8080);
    assert.ok(e, 'tcp 8080 exposed');
    assert.equal(e.approximate, true);
    assert.deepEqual(
      r.warnings.filter((w) => /queue/.test(w)),
      [],
    );
  });

  test('-j CT --notrack in raw makes packets UNTRACKED, as -j NOTRACK does', () => {
    const r = audit(
      parse(
        'ct.rules',
        filter(
          '-A INPUT -m state --state UNTRACKED -j ACCEPT',
          '-A PREROUTING -p tcp --dport 25 -j CT --notrack\n-A OUTPUT -p tcp --sport 25 -j CT --notrack',
        ),
      ),
    );
    const smtp = r.flows.find((f) => f.direction === 'in' && f.protocol === 'tcp');
    assert.equal(smtp?.verdict, 'open');
    assert.equal(smtp?.approximate, false);
  });

  test('replies to untracked requests are not ESTABLISHED: a notrack on the way in, none on the way out, is never "open"', () => {
    // The kernel drops the SYN/ACK here: conntrack meets it without its SYN and calls it INVALID.
    const r = audit(
      parse(
        'ct-in.rules',
        '*raw\n:PREROUTING ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n-A PREROUTING -p tcp --dport 25 -j CT --notrack\nCOMMIT\n*filter\n:INPUT ACCEPT [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT DROP [0:0]\n-A OUTPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\nCOMMIT\n',
      ),
    );
    const smtp = r.flows.find((f) => f.direction === 'in' && f.protocol === 'tcp');
    assert.notEqual(smtp?.verdict, 'open');
    assert.equal(smtp?.approximate, true);
    assert.ok(smtp?.approximateBecause.some((a) => a.line === 4 && /not tracked/.test(a.why)));
  });

  test('an extension target the audit does not know (TARPIT) is read, warned about and followed both ways', () => {
    const rs = parse(
      'tarpit.rules',
      filter('-A INPUT -p tcp --dport 25 -j ACCEPT\n-A INPUT -p tcp --dport 8080 -j TARPIT'),
    );
    assert.ok(rs.warnings.some((w) => /TARPIT is an extension/.test(w)));
    const r = audit(rs);
    const e = exposedPort(r, 'tcp', 8080);
    assert.ok(e, 'tcp 8080 may be answered');
    assert.equal(e.approximate, true);
    // A lower-case name is a chain: undeclared, still an error.
    assert.equal(parseRuleset('x', filter('-A INPUT -j tarpit')).ruleset, null);
  });

  test('an ip6tables dump without its header is IPv6 when its matches are (-m rt, icmp6 rejects)', () => {
    for (const rule of [
      '-A INPUT -m rt --rt-type 0 -j DROP',
      '-A INPUT -p tcp --dport 23 -j REJECT --reject-with icmp6-adm-prohibited',
    ]) {
      const rs = parse('v6.rules', filter(`${rule}\n-A INPUT -p tcp --dport 25 -j ACCEPT`));
      assert.deepEqual(rs.families, [6], rule);
    }
    assert.deepEqual(parse('v4.rules', filter('-A INPUT -p tcp --dport 25 -j ACCEPT')).families, [4]);
  });

  test('ipset hash:net: the most specific entry decides (a network inside a nomatch network matches)', () => {
    const { sets, diagnostics } = parseIpsetSave(
      's.ipset',
      'create rdp hash:net family inet\nadd rdp 10.0.0.0/8 nomatch\nadd rdp 10.1.0.0/16\nadd rdp 10.1.2.0/24 nomatch\n',
    );
    assert.deepEqual(diagnostics, []);
    const { ruleset } = parseRuleset(
      'r.rules',
      filter('-A INPUT -p tcp --dport 3389 -m set --match-set rdp src -j ACCEPT'),
      'iptables-save',
      sets,
    );
    const e = exposedPort(audit(ruleset!), 'tcp', 3389);
    assert.ok(e, 'RDP exposed');
    assert.deepEqual(e.peers, [
      '10.1.0.0/23',
      '10.1.3.0/24',
      '10.1.4.0/22',
      '10.1.8.0/21',
      '10.1.16.0/20',
      '10.1.32.0/19',
      '10.1.64.0/18',
      '10.1.128.0/17',
    ]);
    assert.equal(e.approximate, false);
  });

  test('ipset hash:ip with netmask 24: an entry stands for its /24', () => {
    const { sets } = parseIpsetSave('s.ipset', 'create adm hash:ip family inet netmask 24\nadd adm 198.51.100.0\n');
    const { ruleset } = parseRuleset(
      'r.rules',
      filter('-A INPUT -p tcp --dport 22 -m set --match-set adm src -j ACCEPT'),
      'iptables-save',
      sets,
    );
    assert.deepEqual(exposedPort(audit(ruleset!), 'tcp', 22)?.peers, ['198.51.100.0/24']);
  });

  test('dotted masks (older iptables-save) are prefixes', () => {
    const r = audit(parse('mask.rules', filter('-A INPUT -s 198.51.100.0/255.255.255.0 -p tcp --dport 22 -j ACCEPT')));
    const ssh = exposedPort(r, 'tcp', 22);
    assert.deepEqual(ssh?.peers, ['198.51.100.0/24']);
  });

  test('of a duplicate pair only the later rule is flagged (removing both would close IMAPS)', () => {
    const r = audit(
      parse(
        'dup.rules',
        filter(
          '-A INPUT -p tcp --dport 25 -j ACCEPT\n-A INPUT -p tcp --dport 993 -j ACCEPT\n-A INPUT -p tcp --dport 993 -j ACCEPT',
        ),
      ),
    );
    assert.deepEqual(
      r.deadRules.map((d) => d.line),
      [7],
    );
    assert.deepEqual(
      r.redundantRules.map((d) => d.line),
      [],
    );
  });

  test('-i lo -j ACCEPT is not dead when the audit is for eth0 (local mail goes over lo)', () => {
    const r = audit(parse('lo.rules', filter('-A INPUT -i lo -j ACCEPT\n-A INPUT -p tcp --dport 25 -j ACCEPT')));
    assert.deepEqual(
      r.deadRules.map((d) => d.line),
      [],
    );
  });

  test('a flow of a family no ruleset speaks for is "not judged", not blocked, and no finding', () => {
    const v6only = `site: t
hosts:
  mx1: { addresses: [203.0.113.10, 2001:db8::10] }
flows:
  - { from: "2001:db8:77::/48", to: mx1, tcp: 25, why: IPv6 relay }
  - { from: 198.51.100.0/24, to: mx1, tcp: 25, why: IPv4 relay }
`;
    const r = auditHost(planOf(v6only).hosts[0]!, [parse('v4.rules', filter('-A INPUT -p tcp --dport 25 -j ACCEPT'))], {
      iface: 'eth0',
    });
    assert.deepEqual(r.flows.map((f) => `${f.peers.join(' ')} ${f.verdict}`).sort(), [
      '198.51.100.0/24 open',
      '2001:db8:77::/48 not-judged',
    ]);
    assert.equal(r.summary.notJudged, 1);
    assert.equal(r.summary.blocked + r.summary.partial, 0);
  });

  test('nft JSON that nft itself refuses is refused at its place: policy "DROP", a numeric hook, port 70000', () => {
    const base = (chain: object, expr: object[] = []): string =>
      nftInet(nftChain('in', 1, 'input', 'drop', chain), ...(expr.length > 0 ? [nftRule('in', 2, expr)] : []));
    const cases: [string, string, RegExp][] = [
      ['policy DROP', base({ policy: 'DROP' }), /policy "DROP" is not "accept" or "drop"/],
      ['numeric hook', base({ hook: 1 }), /hook 1 is not one nft knows/],
      [
        'port 70000',
        base({}, [
          { match: { op: '==', left: { payload: { protocol: 'tcp', field: 'dport' } }, right: 70000 } },
          { accept: null },
        ]),
        /70000 is not a port/,
      ],
    ];
    for (const [name, text, message] of cases) {
      const { ruleset, diagnostics } = parseRuleset('bad.json', text);
      assert.equal(ruleset, null, name);
      assert.match(diagnostics[0]!.message, message, name);
      assert.ok(diagnostics[0]!.start, name);
    }
  });

  test('an inet ingress chain is named in a warning, never silently left out', () => {
    const text = nftInet(
      nftChain('early', 1, 'ingress', 'drop', { dev: 'eth0' }),
      nftChain('in', 2, 'input', 'accept'),
    );
    assert.ok(parse('ingress.json', text).warnings.some((w) => /chain early .*hook ingress.* not analysed/.test(w)));
  });

  test('an nft set the packet path fills (port knocking) is not read as fixed: what it may admit is exposed, approximate', () => {
    const text = nftInet(
      { set: { family: 'inet', table: 'f', name: 'knocked', handle: 3, type: 'ipv4_addr' } },
      nftChain('in', 1, 'input', 'drop'),
      nftRule('in', 4, [
        { match: { op: '==', left: { payload: { protocol: 'tcp', field: 'dport' } }, right: 7000 } },
        { set: { op: 'add', elem: { payload: { protocol: 'ip', field: 'saddr' } }, set: '@knocked' } },
      ]),
      nftRule('in', 5, [
        { match: { op: '==', left: { payload: { protocol: 'ip', field: 'saddr' } }, right: '@knocked' } },
        { match: { op: '==', left: { payload: { protocol: 'tcp', field: 'dport' } }, right: 22 } },
        { accept: null },
      ]),
    );
    const ssh = exposedPort(audit(parse('knock.json', text)), 'tcp', 22);
    assert.ok(ssh, 'tcp 22 may be open to a knocker');
    assert.equal(ssh.approximate, true);
  });

  test('a ban list (fail2ban) is reported as refused for listed addresses, not as a partial flow', () => {
    const r = audit(
      parse(
        'f2b.rules',
        `*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n:f2b-postfix - [0:0]\n-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n-A INPUT -p tcp -m multiport --dports 25 -j f2b-postfix\n-A INPUT -p tcp --dport 25 -j ACCEPT\n-A f2b-postfix -s 198.51.100.77/32 -j REJECT --reject-with icmp-port-unreachable\n-A f2b-postfix -s 192.0.2.200/32 -j REJECT --reject-with icmp-port-unreachable\n-A f2b-postfix -j RETURN\nCOMMIT\n`,
      ),
    );
    const smtp = r.flows.find((f) => f.direction === 'in' && f.protocol === 'tcp')!;
    assert.equal(smtp.verdict, 'open');
    assert.deepEqual(smtp.refusedListed, ['192.0.2.200/32', '198.51.100.77/32']);
    assert.equal(r.summary.listed, 1);
    assert.equal(r.summary.partial, 0);
  });

  test('exposure shows a source-port condition (--sport 5432 is not every port open to everyone)', () => {
    const r = audit(
      parse('sport.rules', filter('-A INPUT -p tcp --dport 25 -j ACCEPT\n-A INPUT -p tcp --sport 5432 -j ACCEPT')),
    );
    const inbound = r.exposure.filter((e) => e.direction === 'in' && e.protocol === 'tcp');
    assert.deepEqual(
      inbound.map((e) => [e.ports, e.sourcePorts]),
      [
        [
          [
            [0, 24],
            [26, 65535],
          ],
          [[5432, 5432]],
        ],
      ],
    );
  });

  test("Docker's published port (DNAT in chain DOCKER, reached from PREROUTING) is named, not left out", () => {
    const dump =
      '*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n:DOCKER - [0:0]\n-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER\n-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80\nCOMMIT\n' +
      filter('-A INPUT -p tcp --dport 25 -j ACCEPT\n-A INPUT -p tcp --dport 8080 -j ACCEPT');
    const rs = parse('docker.rules', dump);
    assert.ok(
      rs.warnings.some((w) => /nat rules rewrite destinations \(line 8\)/.test(w)),
      rs.warnings.join('; '),
    );
    const e = exposedPort(audit(rs), 'tcp', 8080);
    assert.ok(e);
    assert.equal(e.approximate, true);
    assert.ok(e.approximateBecause.some((a) => a.line === 8 && /nat rewrites/.test(a.why)));
  });
});
