import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planOf } from '../helpers/fixtures.js';

test('a YAML merge key ("the same as above, but") works, the explicit keys winning', () => {
  const plan = planOf(
    'site: x\nzones: { adm: [192.0.2.128/28] }\nmanagement: { from: adm }\nhosts:\n  mx1: &mail { addresses: [203.0.113.10], description: mail }\n  mx2: { <<: *mail, addresses: [203.0.113.11] }\n',
  );
  assert.deepEqual(
    plan.hosts.map((h) => `${h.name} ${h.addresses.map((c) => c.text).join()}`),
    ['mx1 203.0.113.10/32', 'mx2 203.0.113.11/32'],
  );
});

test('one scalar anchor used 250 times is fine (aliases add 250 nodes, not a bomb)', () => {
  const lines = ['site: x', 'zones:', '  adm: [&a 192.0.2.128/28]', 'hosts:'];
  for (let i = 0; i < 250; i++) lines.push(`  h${i}: { addresses: [203.0.113.${(i % 250) + 1}] }`);
  lines.push('flows:');
  for (let i = 0; i < 250; i++) lines.push(`  - { from: *a, to: h${i}, tcp: 22, why: ssh }`);
  const plan = planOf(`${lines.join('\n')}\n`);
  assert.equal(plan.hosts.length, 250);
  assert.ok(plan.hosts.every((h) => h.rules.some((r) => r.ports?.[0]?.[0] === 22)));
});
