import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import type { PlanRule } from '../../src/plan/plan-types.js';
import { peerTexts, siteOf } from '../helpers/fixtures.js';

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

function only(ds: readonly Diagnostic[], code: Diagnostic['code']): Diagnostic {
  const found = ds.filter((d) => d.code === code);
  assert.equal(found.length, 1, `${code}: ${JSON.stringify(ds.map((d) => d.message))}`);
  return found[0]!;
}

const has = (rules: PlanRule[], dir: string, port: number, peer: string): boolean =>
  rules.some(
    (r) => r.direction === dir && r.ports?.some(([lo, hi]) => lo <= port && port <= hi) && peerTexts(r).includes(peer),
  );

describe('no vanishing flows', () => {
  test('a peer mapped to a host of the site gives that host the other end of the flow', () => {
    const site = `site: t
hosts:
  trap1: { addresses: [203.0.113.25] }
  exch: { addresses: [192.0.2.50] }
deployments:
  - profile: spammertrap
    roles: { appliance: trap1 }
    peers: { internet: internet, lan: exch }
    features: [ldap-lookup]
`;
    const plan = buildPlan(siteOf(site));
    const exch = plan.hosts.find((h) => h.name === 'exch')!;
    // trap1 -> lan (LDAP, SMTP delivery): exch takes them; lan -> trap1 (quarantine web): exch opens them.
    assert.ok(has(exch.rules, 'in', 389, '203.0.113.25/32'), 'exch is the LDAP server trap1 asks');
    assert.ok(has(exch.rules, 'in', 25, '203.0.113.25/32'), 'exch receives the mail trap1 delivers');
    assert.ok(has(exch.rules, 'out', 443, '203.0.113.25/32'), 'exch reaches the quarantine web interface');
    assert.ok(exch.rules.every((r) => r.because.every((b) => b.profile === 'spammertrap')));
    // Nothing beyond the flows whose other end exch is.
    assert.ok(!has(exch.rules, 'in', 80, '203.0.113.25/32'));
  });

  test('a profile flow that gives no rule anywhere is a warning at the mapping that makes it so', () => {
    const site = `site: t
zones: { adm: [192.0.2.128/28], empty: [198.51.100.0/24] }
hosts:
  m1: { addresses: [192.0.2.10] }
deployments:
  - profile: mailstore-spe
    roles: { mgmt: m1, cas: m1, ih: m1 }
    peers: { "*": internet, any: empty, adm: adm }
    features: all
`;
    const plan = buildPlan(siteOf(site));
    const d = only(plan.diagnostics, 'FLOW_GIVES_NO_RULE');
    assert.equal(d.severity, 'warning');
    assert.equal(d.start?.line, lineOf(site, 'any: empty'));
    assert.match(
      d.message,
      /flow crl-http of mailstore-spe .*gives no rule: .*no host of the deployment lies in any \(empty\)/,
    );
    assert.match(d.hint, /any: any/);
    // Mapped to every address, the deployment's hosts are inside it: each checks revocation itself.
    const fixed = buildPlan(siteOf(site.replace('any: empty', 'any: any')));
    assert.equal(fixed.diagnostics.filter((x) => x.code === 'FLOW_GIVES_NO_RULE').length, 0);
    assert.ok(fixed.hosts[0]!.rules.some((r) => r.direction === 'out' && r.ports?.some(([lo]) => lo === 80)));
  });

  test('a feature whose flows give no rule is a warning at the feature', () => {
    // Initial pairing runs between roles that one host holds: nothing crosses a firewall.
    const site = `site: t
zones: { adm: [192.0.2.128/28] }
hosts:
  m1: { addresses: [192.0.2.10] }
deployments:
  - profile: mailstore-spe
    roles: { mgmt: m1, cas: m1, ih: m1 }
    peers: { "*": internet, any: any, adm: adm }
    features: [initial-pairing]
`;
    const d = only(buildPlan(siteOf(site)).diagnostics, 'UNUSED_FEATURE');
    assert.equal(d.start?.line, lineOf(site, 'features: [initial-pairing]'));
    assert.match(d.message, /feature initial-pairing of mailstore-spe gives no rule: none of its flows \(pairing\)/);
  });
});
