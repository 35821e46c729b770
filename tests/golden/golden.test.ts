import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { test } from 'node:test';
import { BACKENDS, TARGETS } from '../../src/backends/registry.js';
import { compileFirewalls, compilePlan, compileSite } from '../../src/compile/compile.js';
import { staticResolver } from '../../src/net/resolver.js';
import type { OutputFile } from '../../src/backends/backend.js';
import { ROUTED_SELF_SITE, ROUTED_SITE } from '../kernel/sites.js';
import { ROOT, planOf, singleHostSite, EXAMPLE } from '../helpers/fixtures.js';

/**
 * Golden files: the exact text of each target for each catalog profile (all features on) and
 * for the example site. On a mismatch the actual text is written beside the reference as
 * `.actual` for review; UPDATE_GOLDEN=1 rewrites the references (review the diff like code).
 */
const DIR = `${ROOT}tests/golden/files`;
const RESOLVE = staticResolver({ 'my.mailstore.com': ['198.51.100.7', '2001:db8:77::7'] });

const cases: { name: string; site: string }[] = [
  { name: 'spamexperts', site: singleHostSite('spamexperts', 'server') },
  { name: 'spammertrap', site: singleHostSite('spammertrap', 'appliance') },
  { name: 'mailserver', site: singleHostSite('mailserver', 'server') },
  { name: 'clearswift-seg', site: singleHostSite('clearswift-seg', 'gateway') },
  {
    name: 'spammertrap-stateless',
    site: `${singleHostSite('spammertrap', 'appliance')}options: { stateful: false }\n`,
  },
  { name: 'example', site: readFileSync(EXAMPLE, 'utf8') },
  // Every address, the site's own included: what a target without an "every address but" match
  // (AWS security groups) can write in few rules.
  { name: 'mailserver-any', site: singleHostSite('mailserver', 'server').replace('"*": internet', '"*": any') },
];

/** Network firewalls: the example's DMZ firewall, and the kernel lab's router, stateless. */
const firewallCases: { name: string; site: string; firewall: string }[] = [
  { name: 'example-edge', site: readFileSync(EXAMPLE, 'utf8'), firewall: 'edge' },
  {
    name: 'routed-edge-stateless',
    site: ROUTED_SITE.replace('zones:', 'options: { stateful: false }\nzones:'),
    firewall: 'edge',
  },
  // The router itself named (host:): every target filters its own traffic by that host's plan.
  { name: 'routed-edge-self', site: ROUTED_SELF_SITE, firewall: 'edge' },
  {
    name: 'mailserver-edge',
    site: singleHostSite(
      'mailserver',
      'server',
      'zones: { dmz: [203.0.113.0/24, 2001:db8:10::/64] }\nfirewalls:\n  edge: { interfaces: { wan: internet, dmz: dmz } }\n',
    ),
    firewall: 'edge',
  },
];

/** Compares files with their references; returns what differs. */
function compare(dir: string, files: readonly OutputFile[]): string[] {
  const problems: string[] = [];
  for (const f of files) {
    const ref = `${dir}/${f.name}`;
    mkdirSync(dirname(ref), { recursive: true });
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(ref)) {
      if (process.env.UPDATE_GOLDEN !== '1' && process.env.CI !== undefined) problems.push(`${ref} is missing`);
      writeFileSync(ref, f.content);
      continue;
    }
    if (readFileSync(ref, 'utf8') !== f.content) {
      writeFileSync(`${ref}.actual`, f.content);
      problems.push(`${ref} differs (see ${ref}.actual)`);
    } else rmSync(`${ref}.actual`, { force: true });
  }
  return problems;
}

for (const target of TARGETS) {
  for (const c of cases) {
    test(`golden: ${c.name} on ${target}`, async () => {
      const plan = planOf(c.site);
      const { hosts, diagnostics } = await compilePlan(plan, target, { resolve: RESOLVE });
      const errors = diagnostics.filter((d) => d.severity === 'error');
      // A target that cannot express the host's rules: its error message is the reference.
      const files =
        errors.length > 0
          ? [
              {
                name: 'error.txt',
                content: errors.map((d) => `${d.code}: ${d.message}\n  hint: ${d.hint}\n`).join(''),
              },
            ]
          : hosts.flatMap((h) => h.files);
      assert.deepEqual(compare(`${DIR}/${target}/${c.name}`, files), []);
    });
  }
  if (BACKENDS[target].renderFirewall) {
    for (const c of firewallCases) {
      test(`golden: firewall ${c.name} on ${target}`, async () => {
        const plan = planOf(c.site);
        const { firewalls, diagnostics } = await compileFirewalls(plan, target, [c.firewall], { resolve: RESOLVE });
        const errors = diagnostics.filter((d) => d.severity === 'error');
        // A target that cannot express the firewall: its error message is the reference.
        const files =
          errors.length > 0
            ? [
                {
                  name: 'error.txt',
                  content: errors.map((d) => `${d.code}: ${d.message}\n  hint: ${d.hint}\n`).join(''),
                },
              ]
            : firewalls[0]!.files;
        assert.equal(firewalls.length, errors.length > 0 ? 0 : 1);
        assert.deepEqual(compare(`${DIR}/${target}/${c.name}`, files), []);
      });
    }
  }
  if (BACKENDS[target].renderSite) {
    test(`golden: site document of the example on ${target}`, async () => {
      const { files, diagnostics } = await compileSite(planOf(readFileSync(EXAMPLE, 'utf8')), target, {
        resolve: RESOLVE,
      });
      assert.deepEqual(
        diagnostics.filter((d) => d.severity === 'error'),
        [],
      );
      assert.deepEqual(compare(`${DIR}/${target}/example-site`, files), []);
    });
  }
}
