import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { normalizePorts, type PortRange } from '../../src/net/port-ranges.js';
import type { HostPlan, PlanRule } from '../../src/plan/plan-types.js';
import { loadSite } from '../../src/site/load-site.js';
import { catalog, EXAMPLE, planOf, singleHostSite, peerTexts } from '../helpers/fixtures.js';

/** Every port a host's plan opens for (direction, protocol), whatever the peer. */
function portsOf(h: HostPlan, direction: 'in' | 'out', protocol: 'tcp' | 'udp'): PortRange[] {
  return normalizePorts(
    h.rules.filter((r) => r.direction === direction && r.protocol === protocol).flatMap((r) => r.ports ?? []),
  );
}
const P = (...xs: (number | [number, number])[]): PortRange[] =>
  normalizePorts(xs.map((x) => (typeof x === 'number' ? [x, x] : x)));

describe('the catalog is faithful to its documents', () => {
  test('spamexperts (000): the three lists, TCP unless marked, ICMP both ways', () => {
    const h = planOf(singleHostSite('spamexperts', 'server')).hosts[0]!;
    const both = [80, 443, 8443, 25, 143, 993, 3306, 10050, 873, 30443, [10045, 10049]] as (
      number | [number, number]
    )[];
    assert.deepEqual(portsOf(h, 'in', 'tcp'), P(...both, 22, 465, 587));
    assert.deepEqual(portsOf(h, 'in', 'udp'), P(123, [10045, 10049]));
    assert.deepEqual(portsOf(h, 'out', 'tcp'), P(...both, 53, 4121, 10051, 2703, [61380, 61399]));
    assert.deepEqual(portsOf(h, 'out', 'udp'), P(123, [10045, 10049], 53, 6568, 6569, 1600, 24441, [61380, 61399]));
    for (const d of ['in', 'out'] as const)
      for (const p of ['icmp', 'icmpv6'] as const)
        assert.ok(
          h.rules.some((r) => r.direction === d && r.protocol === p && r.icmpTypes === null),
          `${d} ${p}`,
        );
  });

  test('spammertrap (001): Internet and LAN lists, ICMP by type, conditions as features', () => {
    const all = planOf(singleHostSite('spammertrap', 'appliance')).hosts[0]!;
    assert.deepEqual(portsOf(all, 'in', 'tcp'), P(25, 113, 80, 443));
    assert.deepEqual(portsOf(all, 'out', 'tcp'), P(25, 53, 43, 80, 443, 2703, 587, 110, 143, 389, 636));
    assert.deepEqual(portsOf(all, 'out', 'udp'), P(53, 123, 6277));
    const icmpIn = all.rules
      .filter((r) => r.direction === 'in' && r.protocol === 'icmp')
      .flatMap((r) => r.icmpTypes ?? []);
    assert.deepEqual(
      [...new Set(icmpIn)].sort((a, b) => a - b),
      [3, 4, 5, 8, 11, 12],
    );
    assert.ok(!all.rules.some((r) => r.protocol === 'icmpv6'), 'the document lists no ICMPv6');
    const none = planOf(singleHostSite('spammertrap', 'appliance').replace('features: all', 'features: []')).hosts[0]!;
    assert.deepEqual(portsOf(none, 'out', 'tcp'), P(25, 53, 43, 80, 443, 2703, 587));
    assert.ok(
      !none.rules.some(
        (r) =>
          r.direction === 'in' && r.ports?.some(([lo]) => lo === 25) && r.because.some((b) => b.flow === 'lan-in-smtp'),
      ),
    );
  });

  test('mailserver (002): 25 always, the rest only when used', () => {
    const all = planOf(singleHostSite('mailserver', 'server')).hosts[0]!;
    assert.deepEqual(portsOf(all, 'in', 'tcp'), P(25, 143, 110, 465, 993, 995, 80, 443));
    assert.deepEqual(portsOf(all, 'out', 'tcp'), P(25));
    const none = planOf(singleHostSite('mailserver', 'server').replace('features: all', 'features: []')).hosts[0]!;
    assert.deepEqual(portsOf(none, 'in', 'tcp'), P(25));
  });

  test('clearswift-seg (004): In/Out rows give both directions; FTP, FTPS and SFTP are TCP', () => {
    const all = planOf(singleHostSite('clearswift-seg', 'gateway')).hosts[0]!;
    assert.deepEqual(portsOf(all, 'in', 'tcp'), P(20, 21, 22, 25, 53, 80, 389, 443, 636, 990, 3269, 9090, 11371));
    assert.deepEqual(
      portsOf(all, 'out', 'tcp'),
      P(20, 21, 22, 25, 53, 80, 135, 139, 389, 443, 445, 514, 636, 990, 3268, 3269, 9090, 11371),
    );
    assert.deepEqual(portsOf(all, 'in', 'udp'), P(53, 123, 19200));
    assert.deepEqual(portsOf(all, 'out', 'udp'), P(53, 123, 137, 161, 162, 19200));
  });

  test('every profile cites its document, and every check the SPEC names exists', () => {
    const c = catalog();
    assert.deepEqual([...c.profiles.keys()].sort(), [
      'clearswift-seg',
      'mailserver',
      'mailstore-spe',
      'os-base',
      'spamexperts',
      'spammertrap',
    ]);
    const checks = (id: string): string[] => c.profiles.get(id)!.checks.map((k) => k.name);
    assert.deepEqual(checks('spamexperts').sort(), ['nat-source-equals-external', 'smtp-unaltered', 'ssh-hosts-allow']);
    assert.ok(checks('spammertrap').includes('stateless-return-traffic'));
    assert.ok(checks('mailstore-spe').includes('dns-named-peer'));
    assert.ok(checks('clearswift-seg').includes('ftp-data-channel'));
    for (const p of c.profiles.values()) {
      // The base profile encodes no vendor document: it cites the RFCs and manual pages it follows.
      if (p.file.includes('/catalog/base/')) assert.match(p.source, /RFC \d+/, `${p.id} cites its standards`);
      else assert.match(p.source, /^00[0-4]_[0-9a-f]{16}\.txt$/, `${p.id} cites its document by file name`);
      for (const f of p.flows) assert.ok(f.cite.length > 0 && f.why.length > 0, `${p.id} ${f.id}`);
    }
  });
});

describe('plans', () => {
  const plan = planOf(readFileSync(EXAMPLE, 'utf8'));
  const host = (n: string): HostPlan => plan.hosts.find((h) => h.name === n)!;
  const find = (h: string, pred: (r: PlanRule) => boolean): PlanRule[] => host(h).rules.filter(pred);

  test('a flow between two roles is an egress rule on the source and an ingress rule on the target', () => {
    const has = (h: string, dir: string, port: number, peer: string): boolean =>
      find(
        h,
        (r) =>
          r.direction === dir &&
          r.protocol === 'tcp' &&
          r.ports!.some(([lo, hi]) => lo <= port && port <= hi) &&
          peerTexts(r).includes(peer),
      ).length > 0;
    assert.ok(has('cas1', 'out', 8471, '192.0.2.10/32'));
    assert.ok(has('ih1', 'out', 8471, '192.0.2.10/32'));
    assert.ok(has('mgmt1', 'in', 8471, '192.0.2.11/32'));
    assert.ok(has('mgmt1', 'in', 8471, '192.0.2.12/32'));
    assert.ok(has('ih1', 'in', 8472, '192.0.2.11/32') && has('ih1', 'in', 8472, '192.0.2.10/32'));
    assert.ok(!has('mgmt1', 'in', 8472, '192.0.2.10/32'));
  });

  test('a DNS-named peer stays a name', () => {
    const r = find('mgmt1', (x) => x.fqdns.length > 0);
    assert.equal(r.length, 1);
    assert.deepEqual(r[0]!.fqdns, ['my.mailstore.com']);
    assert.deepEqual(peerTexts(r[0]!), []);
    assert.equal(find('cas1', (x) => x.fqdns.length > 0).length, 0);
  });

  test('merging keeps every flow as provenance', () => {
    const r = find(
      'trap1',
      (x) => x.direction === 'in' && x.protocol === 'tcp' && peerTexts(x).includes('0.0.0.0/1'),
    )[0]!;
    assert.deepEqual(r.ports, [
      [25, 25],
      [80, 80],
      [113, 113],
      [443, 443],
    ]);
    assert.deepEqual(r.because.map((b) => b.flow).sort(), ['in-http', 'in-https', 'in-ident', 'in-smtp']);
    assert.ok(r.because.every((b) => b.source === '001_76538751056343b5.txt'));
  });

  test('each family is used for itself only: an IPv4-only host gets no IPv6 peer and no ICMPv6', () => {
    assert.ok(host('seg1').rules.every((r) => r.peers.every((p) => p.family !== 6) && r.protocol !== 'icmpv6'));
    const lan = find('trap1', (x) => peerTexts(x).includes('192.0.2.0/25'));
    assert.ok(lan.filter((x) => x.protocol === 'tcp').every((x) => peerTexts(x).includes('2001:db8:1::/64')));
    assert.ok(lan.filter((x) => x.protocol === 'icmp').every((x) => !peerTexts(x).includes('2001:db8:1::/64')));
  });

  test('a zone with only IPv4 gives no IPv6 rule', () => {
    const p = planOf(
      `site: t\nzones: { v4only: [198.51.100.0/24] }\nhosts:\n  h: { addresses: [203.0.113.1, 2001:db8::1] }\nflows:\n  - { from: v4only, to: h, tcp: 22, why: ssh }\n`,
    );
    assert.deepEqual(p.hosts[0]!.rules.map(peerTexts), [['198.51.100.0/24']]);
  });

  test("the site's own flows join the plan", () => {
    const r = find('mgmt1', (x) => x.because.some((b) => b.profile === 'site'));
    assert.ok(r[0]!.ports!.some(([lo]) => lo === 22));
    assert.deepEqual(peerTexts(r[0]!), ['192.0.2.128/28']);
  });

  test('peer to peer (ANY -> CA) gives each host of the deployment its egress rule', () => {
    for (const h of ['mgmt1', 'cas1', 'ih1'])
      assert.ok(find(h, (x) => x.direction === 'out' && x.because.some((b) => b.flow === 'crl-http')).length === 1, h);
  });

  test('an unmapped peer is an error that lists what is needed', () => {
    const text = singleHostSite('spammertrap', 'appliance').replace(
      'peers: { "*": internet }',
      'peers: { internet: internet }',
    );
    const { site, diagnostics } = loadSite('s.yaml', catalog(), text);
    assert.equal(site, null);
    assert.equal(diagnostics[0]!.code, 'UNMAPPED_PEER');
    assert.match(diagnostics[0]!.message, /"lan"/);
    assert.match(diagnostics[0]!.hint, /lan: ZONE\|HOST\|CIDR\|FQDN/);
  });
});
