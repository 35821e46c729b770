import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { TARGETS } from '../../src/backends/registry.js';
import { compilePlan, staticResolver } from '../../src/compile/compile.js';
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
  { name: 'spammertrap-stateless', site: `${singleHostSite('spammertrap', 'appliance')}options: { stateful: false }\n` },
  { name: 'example', site: readFileSync(EXAMPLE, 'utf8') },
];

for (const target of TARGETS) {
  for (const c of cases) {
    test(`golden: ${c.name} on ${target}`, async () => {
      const plan = planOf(c.site);
      const { hosts } = await compilePlan(plan, target, { resolve: RESOLVE });
      const dir = `${DIR}/${target}/${c.name}`;
      mkdirSync(dir, { recursive: true });
      const problems: string[] = [];
      for (const h of hosts) {
        for (const f of h.files) {
          const ref = `${dir}/${f.name}`;
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
      }
      assert.deepEqual(problems, []);
    });
  }
}
