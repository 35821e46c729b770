import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BACKENDS, TARGETS } from '../../src/backends/registry.js';
import type { Target } from '../../src/backends/backend.js';
import { compileFirewalls, compilePlan } from '../../src/compile/compile.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { staticResolver } from '../../src/net/resolver.js';
import { catalog, peerTexts, planOf, siteOf } from '../helpers/fixtures.js';
import { loadSite } from '../../src/site/load-site.js';
import { buildPlan } from '../../src/plan/build-plan.js';

/** The line of the first line of `text` that contains `needle` (1-based). */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `no line with ${needle}`);
  return i + 1;
}

function only(ds: readonly Diagnostic[], code: Diagnostic['code']): Diagnostic {
  const found = ds.filter((d) => d.code === code);
  assert.equal(found.length, 1, `${code} in ${JSON.stringify(ds.map((d) => d.message))}`);
  return found[0]!;
}

describe('diagnostics about a flow point at its line in the site', () => {
  test('TARGET_CANNOT_EXPRESS: an ICMP type firewalld has no name for, at the site flow that asks for it', async () => {
    const site = [
      'site: t',
      'zones: { adm: [192.0.2.128/28] }',
      'hosts:',
      '  h1: { addresses: [203.0.113.10] }',
      'flows:',
      '  - { from: adm, to: h1, tcp: 22, why: ssh }',
      '  - { from: adm, to: h1, icmp: [42], why: odd type }',
      '',
    ].join('\n');
    const r = await compilePlan(planOf(site), 'firewalld', { resolve: staticResolver({}) });
    const d = only(r.diagnostics, 'TARGET_CANNOT_EXPRESS');
    assert.equal(d.file, 'test-site.yaml');
    assert.equal(d.start?.line, lineOf(site, 'icmp: [42]'));
    assert.equal(d.start?.col, 5);
    assert.equal(r.hosts.length, 0);
  });

  test('TARGET_CANNOT_EXPRESS: a catalog flow points at the peer mapping that produced it', async () => {
    // mailserver's inbound ICMP is planned from the `internet` mapping; make the type one firewalld lacks.
    const site = [
      'site: t',
      'hosts:',
      '  mx: { addresses: [203.0.113.30] }',
      'deployments:',
      '  - profile: mailserver',
      '    roles: { server: mx }',
      '    peers:',
      '      internet: internet',
      'flows:',
      '  - { from: internet, to: mx, icmp: [42], why: odd type }',
      '',
    ].join('\n');
    const plan = planOf(site);
    const tcp = plan.hosts[0]!.rules.find(
      (r) => r.protocol === 'tcp' && r.because.some((b) => b.profile === 'mailserver'),
    )!;
    assert.equal(
      tcp.because.find((b) => b.profile === 'mailserver')!.origin.start.line,
      lineOf(site, 'internet: internet'),
    );
    const r = await compilePlan(plan, 'firewalld', { resolve: staticResolver({}) });
    assert.equal(only(r.diagnostics, 'TARGET_CANNOT_EXPRESS').start?.line, lineOf(site, 'icmp: [42]'));
  });

  test('TARGET_CANNOT_EXPRESS: a bad interface name at the interface, a host-only target at the firewall', async () => {
    const site = [
      'site: t',
      'zones: { dmz: [203.0.113.0/24] }',
      'hosts:',
      '  mx: { addresses: [203.0.113.30] }',
      'deployments:',
      '  - { profile: mailserver, roles: { server: mx }, peers: { internet: internet } }',
      'firewalls:',
      '  edge:',
      '    interfaces:',
      '      wan: internet',
      '      GigabitEthernet0/1: dmz',
      '',
    ].join('\n');
    const plan = planOf(site);
    const nft = await compileFirewalls(plan, 'nftables', ['edge'], { resolve: staticResolver({}) });
    assert.equal(only(nft.diagnostics, 'TARGET_CANNOT_EXPRESS').start?.line, lineOf(site, 'GigabitEthernet0/1'));
    const win = await compileFirewalls(plan, 'windows', ['edge'], { resolve: staticResolver({}) });
    assert.equal(only(win.diagnostics, 'TARGET_CANNOT_EXPRESS').start?.line, lineOf(site, 'edge:'));
  });

  test('UNRESOLVED_FQDN: at the mapping that names the DNS peer, with words for how the target writes it', async () => {
    const site = [
      'site: t',
      'hosts:',
      '  mx: { addresses: [203.0.113.30] }',
      'deployments:',
      '  - profile: mailserver',
      '    roles: { server: mx }',
      '    peers:',
      '      internet: relay.example.net',
      'firewalls:',
      '  edge: { interfaces: { wan: internet, dmz: [203.0.113.0/24] } }',
      '',
    ].join('\n');
    const plan = planOf(site);
    // A network firewall's sets are filled at compile time.
    const fwd = await compileFirewalls(plan, 'nftables', ['edge'], { resolve: staticResolver({}) });
    const d = only(fwd.diagnostics, 'UNRESOLVED_FQDN');
    assert.equal(d.start?.line, lineOf(site, 'relay.example.net'));
    assert.match(d.message, /empty set/);
    // A host's sets are filled by dns-sync on the host: empty at compile time is no warning.
    for (const target of ['nftables', 'iptables', 'firewalld', 'pf'] as const) {
      const host = await compilePlan(plan, target, { resolve: staticResolver({}) });
      assert.equal(host.diagnostics.filter((x) => x.code === 'UNRESOLVED_FQDN').length, 0, target);
    }
    const pinned = await compilePlan(plan, 'ufw', {
      resolve: staticResolver({ 'relay.example.net': ['198.51.100.9'] }),
    });
    assert.equal(only(pinned.diagnostics, 'PINNED_FQDN').start?.line, lineOf(site, 'relay.example.net'));
    const ufw = await compilePlan(plan, 'ufw', { resolve: staticResolver({}) });
    assert.match(only(ufw.diagnostics, 'UNRESOLVED_FQDN').message, /no rule is written for it/);
  });

  test('NO_ADDRESS_FAMILY: a flow that gives a host no rule (no address of its family) is a warning at the flow', () => {
    const site = [
      'site: t',
      'zones: { v6only: [2001:db8:9::/48] }',
      'hosts:',
      '  h: { addresses: [203.0.113.1] }',
      'flows:',
      '  - { from: v6only, to: h, tcp: 22, why: ssh }',
      '',
    ].join('\n');
    const plan = buildPlan(siteOf(site));
    assert.equal(plan.hosts[0]!.rules.length, 0);
    const d = only(plan.diagnostics, 'NO_ADDRESS_FAMILY');
    assert.equal(d.severity, 'warning');
    assert.equal(d.start?.line, lineOf(site, 'from: v6only'));
    assert.match(d.message, /site flow flows\[0\] gives host h no inbound tcp rule: v6only has no IPv4 address/);
  });
});

describe('the Backend contract', () => {
  test('a target has forward capabilities exactly when it renders network firewalls', () => {
    for (const t of TARGETS) {
      const b = BACKENDS[t];
      assert.equal(b.capabilities.firewall !== null, b.renderFirewall !== undefined, t);
    }
  });

  test('capabilities are what the targets can do: stateless IOS and AWS NACLs, sets on nftables, iptables, firewalld and pf hosts kept current by dns-sync', () => {
    assert.equal(BACKENDS['cisco-ios'].capabilities.host.tracking, 'stateless');
    assert.equal(BACKENDS.aws.capabilities.firewall?.sourcePorts, false);
    assert.deepEqual(
      TARGETS.filter((t) => BACKENDS[t].capabilities.host.dnsNames === 'sets'),
      [],
    );
    assert.deepEqual(
      TARGETS.filter((t) => BACKENDS[t].capabilities.host.dnsNames === 'synced'),
      ['nftables', 'iptables', 'firewalld', 'pf'],
    );
  });
});

test('AWS network ACLs say that their return traffic is wider than planned (no source ports, no TCP flags)', async () => {
  const site = `site: t\nzones: { dmz: [203.0.113.0/24] }\nhosts:\n  mx: { addresses: [203.0.113.30] }\ndeployments:\n  - { profile: mailserver, roles: { server: mx }, peers: { internet: internet } }\nfirewalls:\n  edge: { interfaces: { wan: internet, dmz: dmz } }\n`;
  const aws = await compileFirewalls(planOf(site), 'aws', ['edge'], { resolve: staticResolver({}) });
  assert.equal(aws.firewalls.length, 1);
  assert.match(only(aws.diagnostics, 'TARGET_WIDENS').message, /cannot match source ports or TCP flags/);
  const ios = await compileFirewalls(planOf(site), 'cisco-ios', ['edge'], { resolve: staticResolver({}) });
  assert.equal(ios.diagnostics.filter((d) => d.code === 'TARGET_WIDENS').length, 0);
});

describe('names that collide once a target writes them are refused, naming both', () => {
  const firewall = (a: string, b: string): string =>
    [
      'site: t',
      'zones: { dmz: [203.0.113.0/24], lan: [192.0.2.0/24] }',
      'hosts:',
      '  mx: { addresses: [203.0.113.30] }',
      'deployments:',
      '  - { profile: mailserver, roles: { server: mx }, peers: { internet: internet } }',
      'firewalls:',
      '  edge:',
      '    interfaces:',
      '      wan: internet',
      `      ${a}: dmz`,
      `      ${b}: lan`,
      '',
    ].join('\n');

  test('IOS ACL names: Gi0/0/0 and Gi0/0.0 both give PC-EDGE-GI0_0_0', async () => {
    const site = firewall('Gi0/0/0', 'Gi0/0.0');
    const r = await compileFirewalls(planOf(site), 'cisco-ios', ['edge'], { resolve: staticResolver({}) });
    assert.equal(r.firewalls.length, 0);
    const d = only(r.diagnostics, 'TARGET_CANNOT_EXPRESS');
    assert.match(d.message, /interfaces Gi0\/0\/0 and Gi0\/0\.0 both give ACL name PC-EDGE-GI0_0_0/);
    assert.equal(d.start?.line, lineOf(site, 'Gi0/0.0'));
    // Names that stay apart compile.
    const ok = await compileFirewalls(planOf(firewall('Gi0/0/0', 'Gi0/0/1')), 'cisco-ios', ['edge'], {
      resolve: staticResolver({}),
    });
    assert.equal(ok.firewalls.length, 1);
  });

  test("IOS: an interface whose ACL would be another's IPv6 or staging ACL is refused too", async () => {
    for (const [a, b, name] of [
      ['eth0', 'eth0-v6', 'PC-EDGE-ETH0-V6'],
      ['eth0', 'eth0-new', 'PC-EDGE-ETH0-NEW'],
    ] as const) {
      const site = firewall(a, b);
      const r = await compileFirewalls(planOf(site), 'cisco-ios', ['edge'], { resolve: staticResolver({}) });
      assert.equal(r.firewalls.length, 0, `${a} ${b}`);
      assert.match(only(r.diagnostics, 'TARGET_CANNOT_EXPRESS').message, new RegExp(`both give ACL name ${name}`));
    }
  });

  test('AWS network ACLs: eth1.5 and eth1_5 both give one resource', async () => {
    const r = await compileFirewalls(planOf(firewall('eth1.5', 'eth1_5')), 'aws', ['edge'], {
      resolve: staticResolver({}),
    });
    assert.equal(r.firewalls.length, 0);
    assert.match(
      only(r.diagnostics, 'TARGET_CANNOT_EXPRESS').message,
      /eth1\.5 and eth1_5 both give network ACL pc_edge_eth1_5/,
    );
  });

  test('file names that differ only in case: hosts A.B and a.b, no file for either', async () => {
    const site = `site: t\nhosts:\n  A.B: { addresses: [203.0.113.1] }\n  a.b: { addresses: [203.0.113.2] }\nflows:\n  - { from: internet, to: [A.B, a.b], tcp: 25, why: mail }\n`;
    const r = await compilePlan(planOf(site), 'nftables', { resolve: staticResolver({}) });
    assert.equal(r.hosts.length, 0);
    assert.match(
      only(r.diagnostics, 'TARGET_CANNOT_EXPRESS').message,
      /host A\.B and host a\.b write A\.B\.nft and a\.b\.nft/,
    );
  });

  test('firewalld policies of {a-b -> c} and {a -> b-c} would share one name: refused', async () => {
    const site = [
      'site: t',
      'hosts:',
      '  h1: { addresses: [192.0.2.1] }',
      '  h2: { addresses: [198.51.100.1] }',
      '  h3: { addresses: [203.0.113.1] }',
      '  h4: { addresses: [192.0.2.129] }',
      'flows:',
      '  - { from: h1, to: h2, tcp: 25, why: one }',
      '  - { from: h3, to: h4, tcp: 25, why: two }',
      'firewalls:',
      '  fw:',
      '    interfaces: { a-b: h3, c: h4, a: h1, b-c: h2 }',
      '',
    ].join('\n');
    const r = await compileFirewalls(planOf(site), 'firewalld', ['fw'], { resolve: staticResolver({}) });
    assert.equal(r.firewalls.length, 0);
    assert.match(
      only(r.diagnostics, 'TARGET_CANNOT_EXPRESS').message,
      /firewall fw writes \S*policies\/\S+\.xml twice/,
    );
  });
});

describe('what a host would lose under its rules is a warning naming the host and the fix', () => {
  const site = (flows: string): string =>
    `site: t\nzones: { adm: [192.0.2.128/28], resolvers: [192.0.2.53/32] }\nhosts:\n  mx: { addresses: [203.0.113.30] }\ndeployments:\n  - { profile: mailserver, roles: { server: mx }, peers: { internet: internet } }\n${flows}`;
  const codes = async (text: string, target: Target): Promise<Diagnostic[]> =>
    (await compilePlan(planOf(text), target, { resolve: staticResolver({}) })).diagnostics.filter(
      (d) => d.code === 'NO_MANAGEMENT_ACCESS' || d.code === 'NO_DNS_FLOW',
    );

  test('no SSH and no DNS: two warnings at the host, with a flow to add', async () => {
    const text = site('');
    const ds = await codes(text, 'nftables');
    assert.deepEqual(ds.map((d) => d.code).sort(), ['NO_DNS_FLOW', 'NO_MANAGEMENT_ACCESS']);
    assert.ok(ds.every((d) => d.severity === 'warning' && d.start?.line === lineOf(text, 'mx: {')));
    assert.match(ds.find((d) => d.code === 'NO_MANAGEMENT_ACCESS')!.hint, /to: mx, tcp: 22/);
  });

  test('planned SSH and DNS silence them; Windows asks for RDP or WinRM; the handout warns of nothing', async () => {
    const flows =
      'flows:\n  - { from: adm, to: mx, tcp: 22, why: ssh }\n  - { from: mx, to: resolvers, udp: 53, tcp: 53, why: dns }\n';
    assert.deepEqual(await codes(site(flows), 'iptables'), []);
    const win = await codes(site(flows), 'windows');
    assert.match(only(win, 'NO_MANAGEMENT_ACCESS').message, /RDP or WinRM \(tcp 3389,5985,5986\)/);
    assert.deepEqual(await codes(site(''), 'handout'), []);
    // hosts.allow lines refuse nothing outbound: no DNS warning, but the SSH one.
    assert.deepEqual(
      (await codes(site(''), 'hosts-allow')).map((d) => d.code),
      ['NO_MANAGEMENT_ACCESS'],
    );
  });
});

describe('management: declared once for every host', () => {
  const site = (management: string): string =>
    `site: t\nzones: { adm: [192.0.2.128/28] }\nhosts:\n  mx: { addresses: [203.0.113.30] }\n  mx2: { addresses: [203.0.113.31] }\ndeployments:\n  - { profile: mailserver, roles: { server: [mx, mx2] }, peers: { internet: internet } }\n${management}`;

  test('every host gets its SSH from the administrators, named as the site’s management, and no lockout warning', async () => {
    const plan = planOf(site('management: { from: adm }\n'));
    for (const h of plan.hosts) {
      const ssh = h.rules.find(
        (r) => r.direction === 'in' && r.protocol === 'tcp' && r.because.some((b) => b.flow === 'management'),
      );
      assert.ok(ssh, h.name);
      assert.deepEqual(ssh.ports, [[22, 22]]);
      assert.deepEqual(peerTexts(ssh), ['192.0.2.128/28']);
    }
    const r = await compilePlan(plan, 'nftables', { resolve: staticResolver({}) });
    assert.equal(r.diagnostics.filter((d) => d.code === 'NO_MANAGEMENT_ACCESS').length, 0);
  });

  test('other ports when the site says so; a bad endpoint is an error at its place', () => {
    const win = planOf(site('management: { from: adm, tcp: [3389, 5986] }\n'));
    const rule = win.hosts[0]!.rules.find((r) => r.because.some((b) => b.flow === 'management'))!;
    assert.deepEqual(rule.ports, [
      [3389, 3389],
      [5986, 5986],
    ]);
    const text = site('management: { from: admz }\n');
    assert.throws(
      () => planOf(text),
      new RegExp(`test-site\\.yaml:${lineOf(text, 'management:')}:\\d+: error: "admz" is not a zone`),
    );
  });
});

test('a peer mapping no enabled flow uses is a warning at the mapping, naming the feature that would use it', () => {
  const text = [
    'site: t',
    'zones: { lan: [192.0.2.0/24] }',
    'hosts:',
    '  seg: { addresses: [203.0.113.5] }',
    'deployments:',
    '  - profile: clearswift-seg',
    '    roles: { gateway: seg }',
    '    peers:',
    '      "*": internet',
    '      ldap-servers: lan',
    '',
  ].join('\n');
  const { diagnostics } = loadSite('test-site.yaml', catalog(), text);
  const d = only(diagnostics, 'UNUSED_PEER');
  assert.equal(d.severity, 'warning');
  assert.equal(d.start?.line, lineOf(text, 'ldap-servers: lan'));
  assert.match(d.hint, /\bldap\b/);
  // With the feature on, the mapping is used: no warning.
  const on = loadSite('test-site.yaml', catalog(), text.replace('    peers:', '    features: [ldap]\n    peers:'));
  assert.equal(on.diagnostics.filter((x) => x.code === 'UNUSED_PEER').length, 0);
});
