import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileFirewalls, compilePlan } from '../../src/compile/compile.js';
import { staticResolver } from '../../src/net/resolver.js';
import { describeAddresses } from '../../src/net/addresses.js';
import { planOf, peerTexts } from '../helpers/fixtures.js';

const SITE = `site: t
zones:
  dmz: [203.0.113.0/24, 2001:db8:25::/64]
  lan: [192.0.2.0/25]
  inner: [192.0.2.64/28]
hosts:
  trap1: { addresses: [203.0.113.25, 2001:db8:25::25] }
  mx1: { addresses: [192.0.2.30] }
  other: { addresses: [203.0.113.26] }
deployments:
  - profile: spammertrap
    roles: { appliance: trap1 }
    peers: { internet: internet, lan: lan }
flows:
  - { from: lan, to: internet, tcp: 443, why: web }
  - { from: trap1, to: other, tcp: 9999, why: same segment }
  - { from: mx1, to: trap1, udp: 514, why: syslog }
firewalls:
  edge:
    interfaces: { eth0: internet, eth1: dmz, eth2: lan, eth3: inner }
`;

describe('firewall plan', () => {
  const fw = planOf(SITE).firewalls[0]!;
  const find = (from: string, to: string, port: number) =>
    fw.rules.filter(
      (r) =>
        r.from.interface === from && r.to.interface === to && r.ports?.some(([lo, hi]) => port >= lo && port <= hi),
    );

  test('a flow from the Internet to a DMZ host enters on the Internet interface and leaves on the DMZ one', () => {
    const r = find('eth0', 'eth1', 25);
    assert.equal(r.length, 1);
    assert.deepEqual(peerTexts(r[0]!.to), ['203.0.113.25/32', '2001:db8:25::25/128']);
    // The Internet is every address outside the site: not the DMZ, the LAN or the inner network.
    assert.deepEqual(describeAddresses(r[0]!.from.peers), [
      'every IPv4 address except 192.0.2.0/25 203.0.113.0/24',
      'every IPv6 address except 2001:db8:25::/64',
    ]);
    assert.equal(r[0]!.to.label, 'trap1');
  });

  test('the Internet holds no network of the site: the DMZ host reaches neither the LAN nor the inner network by its Internet flows', () => {
    for (const [iif, oif] of [
      ['eth2', 'eth1'],
      ['eth3', 'eth1'],
      ['eth1', 'eth2'],
      ['eth1', 'eth3'],
    ] as const)
      for (const port of [25, 43, 443, 587, 2703]) {
        const crossing = find(iif, oif, port).filter((r) => r.because.some((b) => !b.flow.startsWith('lan-')));
        assert.deepEqual(crossing, [], `${iif}>${oif} ${port}`);
      }
    // The flows the document gives the LAN still cross, each network on its own interface.
    assert.deepEqual(peerTexts(find('eth2', 'eth1', 80)[0]!.from), ['192.0.2.0/25']);
    assert.deepEqual(peerTexts(find('eth3', 'eth1', 80)[0]!.from), ['192.0.2.64/28']);
  });

  test('a zone of the site that no interface names is reached through the interface that leads outside', () => {
    const site = SITE.replace('zones:\n', 'zones:\n  branch: [198.51.100.0/24]\n').replace(
      '  - { from: lan, to: internet, tcp: 443, why: web }',
      '  - { from: lan, to: internet, tcp: 443, why: web }\n  - { from: branch, to: trap1, tcp: 8080, why: branch office }',
    );
    const r = planOf(site).firewalls[0]!.rules.filter((x) => x.ports?.some(([lo]) => lo === 8080));
    assert.deepEqual(
      r.map((x) => [x.from.interface, x.to.interface, peerTexts(x.from)]),
      [['eth0', 'eth1', ['198.51.100.0/24']]],
    );
  });

  test('a zone-to-zone site flow crosses too; a network inside another is behind its own interface', () => {
    const r = find('eth2', 'eth0', 443);
    assert.equal(r.length, 1);
    assert.deepEqual(peerTexts(r[0]!.from), ['192.0.2.0/25']);
    assert.deepEqual(peerTexts(find('eth3', 'eth0', 443)[0]!.from), ['192.0.2.64/28']);
  });

  test("a flow with both ends behind one interface is not the firewall's business", () => {
    assert.equal(fw.rules.filter((r) => r.ports?.some(([lo]) => lo === 9999)).length, 0);
  });

  test('only the families both ends have: an IPv4-only host and a dual-stack one give IPv4 peers only', () => {
    const r = find('eth2', 'eth1', 514);
    assert.equal(r.length, 1);
    assert.deepEqual([peerTexts(r[0]!.from), peerTexts(r[0]!.to)], [['192.0.2.30/32'], ['203.0.113.25/32']]);
  });

  test('DNS names are placed behind the interface of the default route', () => {
    const site = `site: t\nhosts:\n  m: { addresses: [192.0.2.10] }\ndeployments:\n  - profile: mailstore-spe\n    roles: { mgmt: m }\n    peers: { "*": internet, adm: 192.0.2.128/28 }\nfirewalls:\n  fw: { interfaces: { wan: internet, lan: 192.0.2.0/24 } }\n`;
    const rules = planOf(site).firewalls[0]!.rules.filter((r) => r.to.fqdns.length > 0);
    assert.ok(rules.length > 0);
    for (const r of rules)
      assert.deepEqual([r.from.interface, r.to.interface, r.to.fqdns], ['lan', 'wan', ['my.mailstore.com']]);
  });

  test("every rule keeps its provenance, with the flow's own ports", () => {
    for (const r of fw.rules)
      for (const b of r.because)
        assert.ok(b.ports === null || b.ports!.every(([lo, hi]) => r.ports!.some(([a, z]) => lo >= a && hi <= z)));
  });
});

describe('targets that cannot express a flow fail, naming it', () => {
  test('firewalld has no name for ICMP type 42: an error naming the flow, no files', async () => {
    const site = `site: t\nzones: { adm: [192.0.2.128/28] }\nhosts:\n  h1: { addresses: [203.0.113.10] }\nflows:\n  - { from: adm, to: h1, icmp: [42], why: odd type }\n`;
    const r = await compilePlan(planOf(site), 'firewalld', { resolve: staticResolver({}) });
    assert.equal(r.hosts.length, 0);
    const e = r.diagnostics.find((d) => d.code === 'TARGET_CANNOT_EXPRESS');
    assert.ok(e);
    assert.match(e.message, /icmp type 42.*192\.0\.2\.128\/28 -> h1 icmp types 42 \(t flows\[0\]\)/);
  });

  test('a host-only target asked for a network firewall says which targets can', async () => {
    for (const target of ['windows', 'hosts-allow'] as const) {
      const r = await compileFirewalls(planOf(SITE), target, ['edge'], { resolve: staticResolver({}) });
      assert.equal(r.firewalls.length, 0);
      assert.match(r.diagnostics[0]!.message, new RegExp(`target ${target} .*no forward rules for firewall edge`));
      assert.match(r.diagnostics[0]!.hint, /nftables, iptables, firewalld/);
    }
  });

  test('an IOS interface name is no Linux one: nftables refuses it by name', async () => {
    const site = SITE.replace('eth3: inner', 'GigabitEthernet0/1: inner');
    const r = await compileFirewalls(planOf(site), 'nftables', ['edge'], { resolve: staticResolver({}) });
    assert.equal(r.firewalls.length, 0);
    assert.match(r.diagnostics[0]!.message, /interface name "GigabitEthernet0\/1"/);
    const ios = await compileFirewalls(planOf(site), 'cisco-ios', ['edge'], { resolve: staticResolver({}) });
    assert.equal(ios.firewalls.length, 1);
    assert.match(ios.firewalls[0]!.files[0]!.content, /interface GigabitEthernet0\/1/);
  });

  test('stateless targets always carry the derived return traffic; stateful ones never do', async () => {
    const plan = planOf(SITE);
    const ios = (await compileFirewalls(plan, 'cisco-ios', ['edge'], { resolve: staticResolver({}) })).firewalls[0]!
      .files[0]!.content;
    // Replies to the Internet: the site's own addresses are denied first, then any.
    assert.match(
      ios,
      /deny ip host 203\.0\.113\.25 192\.0\.2\.0 0\.0\.0\.127\n[\s\S]*? permit tcp host 203\.0\.113\.25 eq 25 any range 1024 65535 established/,
    );
    const small = planOf(
      `site: t\nzones: { dmz: [203.0.113.0/24] }\nhosts:\n  mx: { addresses: [203.0.113.30] }\ndeployments:\n  - { profile: mailserver, roles: { server: mx }, peers: { internet: internet } }\nfirewalls:\n  edge: { interfaces: { wan: internet, dmz: dmz } }\n`,
    );
    const nacl = (await compileFirewalls(small, 'aws', ['edge'], { resolve: staticResolver({}) })).firewalls[0]!
      .files[0]!.content;
    // Inbound SMTP and the replies to outbound SMTP (to the client ports) on the DMZ's ACL.
    assert.match(nacl, /"protocol": "tcp",\n\s+"from_port": 25,\n\s+"to_port": 25,\n\s+"cidr_block": "0\.0\.0\.0\/0"/);
    assert.match(nacl, /"from_port": 1024,\n\s+"to_port": 65535/);
    const big = await compileFirewalls(plan, 'aws', ['edge'], { resolve: staticResolver({}) });
    assert.match(
      big.diagnostics[0]!.message,
      /network ACL of eth1 \(dmz\) needs \d+ ingress entries after merging; AWS allows at most 40/,
    );
    const pf = (
      await compilePlan(planOf(`${SITE}options: { stateful: false }\n`), 'pf', { resolve: staticResolver({}) })
    ).hosts
      .map((h) => h.files[0]!.content)
      .join('');
    assert.doesNotMatch(pf, /return traffic/);
    const eph = (
      await compileFirewalls(planOf(`${SITE}options: { ephemeral-ports: 32768-60999 }\n`), 'cisco-ios', ['edge'], {
        resolve: staticResolver({}),
      })
    ).firewalls[0]!.files[0]!.content;
    assert.match(eph, /client \(ephemeral\) ports 32768-60999/);
    assert.match(eph, /range 32768 60999 established/);
  });
});

describe("the router's own traffic (host: under the firewall)", () => {
  const SELF = SITE.replace('hosts:\n', 'hosts:\n  edgefw: { addresses: [203.0.113.1, 192.0.2.1] }\n')
    .replace(
      'flows:\n',
      'flows:\n  - { from: lan, to: edgefw, tcp: 2222, why: router administration }\n  - { from: edgefw, to: mx1, tcp: 2525, why: router reports }\n',
    )
    .replace('  edge:\n', '  edge:\n    host: edgefw\n');
  const FIREWALL_TARGETS = ['nftables', 'iptables', 'firewalld', 'ufw', 'pf', 'cisco-ios'] as const;

  test("flows to or from the router cross none of its interfaces; the router's host plan holds them", () => {
    const plan = planOf(SELF);
    const fw = plan.firewalls[0]!;
    assert.equal(fw.host, 'edgefw');
    assert.deepEqual(
      fw.rules.filter((r) => r.ports?.some(([lo]) => lo === 2222 || lo === 2525)),
      [],
      'a flow of the router itself became a forward rule',
    );
    const self = plan.hosts.find((h) => h.name === 'edgefw')!;
    assert.deepEqual(
      self.rules.map((r) => `${r.direction} ${r.protocol} ${r.ports![0]![0]}`),
      ['in tcp 2222', 'out tcp 2525'],
    );
    // The rest of the firewall's plan is that of the site without the router (its addresses lie in zones already).
    const shape = (rules: typeof fw.rules): string[] =>
      rules.map(
        (r) =>
          `${r.from.interface}>${r.to.interface} ${r.protocol} ${JSON.stringify(r.ports ?? r.icmpTypes)} ${peerTexts(r.from).join()} ${peerTexts(r.to).join()}`,
      );
    assert.deepEqual(shape(fw.rules), shape(planOf(SITE).firewalls[0]!.rules));
    // Without host:, nothing says the addresses are the router's: a flow to its DMZ address from the LAN crosses.
    const unnamed = planOf(SELF.replace('    host: edgefw\n', '')).firewalls[0]!;
    assert.ok(
      unnamed.rules.some((r) => r.from.interface === 'eth2' && r.to.interface === 'eth1' && r.ports?.[0]?.[0] === 2222),
    );
  });

  test('every network-firewall target filters the router itself by that plan, and leaves it alone without it', async () => {
    const resolve = staticResolver({});
    for (const target of FIREWALL_TARGETS) {
      const withSelf = (await compileFirewalls(planOf(SELF), target, ['edge'], { resolve })).firewalls[0]!;
      const alone = (await compileFirewalls(planOf(SITE), target, ['edge'], { resolve })).firewalls[0]!;
      const text = withSelf.files.map((f) => f.content).join('\n');
      const aloneText = alone.files.map((f) => f.content).join('\n');
      assert.match(text, /2222/, `${target}: no rule for the router's administration port`);
      assert.match(text, /plan of host edgefw/, `${target}: the file does not say whose plan it follows`);
      assert.ok(withSelf.ruleCount > alone.ruleCount, `${target}: ${withSelf.ruleCount} <= ${alone.ruleCount}`);
      // What reaches the router and is not planned is refused, in each target's words.
      const refuse: Record<(typeof FIREWALL_TARGETS)[number], RegExp> = {
        nftables: /chain input \{\n\t\ttype filter hook input priority filter; policy drop;/,
        iptables: /-A PORTCULLIS-IN -m comment --comment "default deny" -j DROP/,
        firewalld: /<zone target="DROP">/,
        ufw: /ufw default deny incoming/,
        pf: /block in quick to self/,
        'cisco-ios':
          /permit tcp 192\.0\.2\.0 0\.0\.0\.127 host 192\.0\.2\.1 eq 2222\n[\s\S]*? deny ip any host 192\.0\.2\.1 log/,
      };
      assert.match(text, refuse[target], target);
      assert.doesNotMatch(aloneText, refuse[target], `${target} without host:`);
    }
  });

  test("the router's host gets the lockout warning when the firewall is compiled", async () => {
    const r = await compileFirewalls(planOf(SELF), 'nftables', ['edge'], { resolve: staticResolver({}) });
    assert.ok(r.diagnostics.some((d) => d.code === 'NO_MANAGEMENT_ACCESS' && d.message.includes('host edgefw')));
  });
});
