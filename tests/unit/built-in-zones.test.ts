import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeAddresses } from '../../src/net/addresses.js';
import { loadSite } from '../../src/site/load-site.js';
import { catalog, siteOf } from '../helpers/fixtures.js';

const SITE = `site: t
zones:
  lan: [192.0.2.0/25, 2001:db8:1::/64]
  world: [0.0.0.0/0]
hosts:
  mx1: { addresses: [203.0.113.30, 2001:db8:25::30] }
firewalls:
  edge: { interfaces: { wan: internet, dmz: 198.51.100.0/24, lan: lan } }
`;

test('internet is every address but the zones, host addresses and firewall networks of the site; any is every address', () => {
  const site = siteOf(SITE);
  assert.deepEqual(describeAddresses(site.zones.get('internet')!), [
    'every IPv4 address except 192.0.2.0/25 198.51.100.0/24 203.0.113.30/32',
    'every IPv6 address except 2001:db8:1::/64 2001:db8:25::30/128',
  ]);
  assert.deepEqual(
    site.zones.get('any')!.map((c) => c.text),
    ['0.0.0.0/0', '::/0'],
  );
  // A zone of every address is no one's own: it does not empty internet.
  assert.equal(
    site.own.some((c) => c.prefix === 0),
    false,
  );
  assert.equal(site.firewalls.get('edge')!.interfaces.find((i) => i.name === 'wan')!.outside, true);
  assert.equal(site.firewalls.get('edge')!.interfaces.find((i) => i.name === 'dmz')!.outside, false);
});

test('any and internet are built in: a zone of that name is refused at its line', () => {
  for (const name of ['any', 'internet']) {
    const text = `site: t\nzones:\n  ${name}: [192.0.2.0/24]\nhosts:\n  h: { addresses: [192.0.2.1] }\n`;
    const { site, diagnostics } = loadSite('t.yaml', catalog(), text);
    assert.equal(site, null);
    const d = diagnostics.find((x) => x.code === 'DUPLICATE_NAME')!;
    assert.equal(d.start?.line, 3);
    assert.match(d.message, new RegExp(`zone "${name}" is built in`));
  }
});

test("MailStore's and Clearswift's any peers default to any unless the site maps them", () => {
  const base = (peers: string) => `site: t
zones: { adm: [192.0.2.128/28] }
hosts:
  m1: { addresses: [192.0.2.10] }
deployments:
  - profile: mailstore-spe
    roles: { mgmt: m1, cas: m1, ih: m1 }
    peers: ${peers}
`;
  const unmapped = siteOf(base('{ adm: adm, ca: 198.51.100.0/24 }'));
  assert.deepEqual(
    unmapped.deployments[0]!.peers.get('any')!.cidrs.map((c) => c.text),
    ['0.0.0.0/0', '::/0'],
  );
  // "*" is the site's own word for the peers it does not name: it wins over the profile's default.
  const star = siteOf(base('{ "*": internet, adm: adm }'));
  assert.equal(star.deployments[0]!.peers.get('any')!.label, 'internet');
});
