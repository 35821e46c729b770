import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { BACKENDS } from '../../src/backends/registry.js';
import { compileFirewalls, compilePlan } from '../../src/compile/compile.js';
import { staticResolver } from '../../src/net/resolver.js';
import { EXAMPLE, planOf } from '../helpers/fixtures.js';

const resolve = staticResolver({ 'my.mailstore.com': ['198.51.100.7'] });

describe('what an expert expects of each target', () => {
  test('nftables rules count what they accept', async () => {
    const r = await compilePlan(planOf(readFileSync(EXAMPLE, 'utf8')), 'nftables', { hosts: ['trap1'], resolve });
    const text = r.hosts[0]!.files[0]!.content;
    const accepts = text.split('\n').filter((l) => / accept comment "(?!base:)/.test(l));
    assert.ok(accepts.length > 5);
    for (const l of accepts) assert.match(l, / counter accept comment /, l);
  });

  test('a ufw application profile never mixes public ports with ports only some may use', async () => {
    const r = await compilePlan(planOf(readFileSync(EXAMPLE, 'utf8')), 'ufw', { hosts: ['spam1'], resolve });
    const apps = r.hosts[0]!.files.find((f) => f.name.endsWith('.ufw-apps'))!.content;
    const sections = apps.split(/\n(?=\[)/).map((s) => s.trim());
    const pub = sections.find((s) => s.startsWith('[portcullis-spamexperts]'))!;
    const admin = sections.find((s) => s.includes('only from 192.0.2.128/28'))!;
    assert.ok(pub && admin, apps);
    assert.doesNotMatch(pub, /only from/);
    assert.match(admin, /^ports=22\/tcp$/m, 'management (SSH from the administrators) is an app of its own');
    assert.match(admin, /\(restricted\)/);
  });

  test('firewalld: the zone is known (reload) before it is bound, permanently and at runtime, so the binding survives reloads', () => {
    const cmd = BACKENDS.firewalld.loadCommand('mx1');
    const reload = cmd.indexOf('firewall-cmd --reload');
    const permanent = cmd.indexOf('--permanent --zone=pc-mx1 --change-interface=IFACE');
    const runtime = cmd.indexOf('firewall-cmd --zone=pc-mx1 --change-interface=IFACE');
    assert.ok(reload > 0 && permanent > reload && runtime > permanent, cmd);
    assert.equal(cmd.split('--reload').length, 2, 'one reload');
  });

  test('IOS ACLs of a firewall are swapped, never deleted while applied', async () => {
    const r = await compileFirewalls(planOf(readFileSync(EXAMPLE, 'utf8')), 'cisco-ios', ['edge'], { resolve });
    const lines = r.firewalls[0]!.files[0]!.content.split('\n');
    const at = (l: string): number => lines.indexOf(l);
    const acl = 'PC-EDGE-ETH1';
    const steps = [
      `no ip access-list extended ${acl}-NEW`,
      `ip access-list extended ${acl}-NEW`,
      ` ip access-group ${acl}-NEW in`,
      `no ip access-list extended ${acl}`,
      `ip access-list extended ${acl}`,
      ` ip access-group ${acl} in`,
    ];
    const where = steps.map(at);
    assert.ok(
      where.every((i) => i >= 0),
      JSON.stringify(where),
    );
    assert.deepEqual(
      [...where].sort((a, b) => a - b),
      where,
      'in this order',
    );
    // The staging ACL goes once the interface points at the rebuilt one.
    const last = lines.lastIndexOf(`no ip access-list extended ${acl}-NEW`);
    assert.ok(last > where[5]!);
  });
});
