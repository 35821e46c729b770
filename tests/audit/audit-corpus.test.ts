import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseRuleset } from '../../src/rulesets/registry.js';
import { auditHost } from '../../src/audit/audit-ruleset.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { ROOT, siteOf } from '../helpers/fixtures.js';

/**
 * Hand-made tricky rulesets with their expected reports (`*.expected.json`, reviewed by eye):
 * goto and RETURN, shadowing, a drop in another table, negation, an IPv6-only gap; and nft
 * JSON dumps (`*.json`, made by loading the `*.nft` beside them and running `nft -j list
 * ruleset`): several base chains on one hook, named sets, verdict maps.
 * UPDATE_GOLDEN=1 rewrites the expectations.
 */
const DIR = `${ROOT}tests/audit/corpus`;
const plan = buildPlan(siteOf(readFileSync(`${DIR}/site.yaml`, 'utf8'), 'site.yaml'));
const cases = [
  ...new Set(
    readdirSync(DIR)
      .filter((f) => /\.(v[46]|json)$/.test(f) && !f.endsWith('.expected.json'))
      .map((f) => f.replace(/\.(v[46]|json)$/, '')),
  ),
].sort();

for (const name of cases) {
  test(`audit corpus: ${name}`, () => {
    const files = ['v4', 'v6', 'json'].map((v) => `${name}.${v}`).filter((f) => existsSync(`${DIR}/${f}`));
    const rulesets = files.map((f) => {
      const { ruleset, diagnostics } = parseRuleset(f, readFileSync(`${DIR}/${f}`, 'utf8'));
      assert.deepEqual(diagnostics, []);
      return ruleset!;
    });
    const r = auditHost(plan.hosts[0]!, rulesets);
    const summary = {
      flows: r.flows.map((f) => ({
        flow: `${f.direction} ${f.protocol} ${JSON.stringify(f.ports)} ${f.peers.join(' ')}`,
        verdict: f.verdict,
        notOpen: f.notOpen.map(
          (n) =>
            `${n.leg} ${JSON.stringify(n.ports)} ${n.peers.length > 3 ? `${n.peers.slice(0, 3).join(' ')} +${n.peers.length - 3}` : n.peers.join(' ')}`,
        ),
        decidedBy: f.decidedBy.map((d) => `${d.file}:${d.line}`),
      })),
      exposure: r.exposure.map(
        (e) =>
          `${e.direction} ${e.protocol} ${JSON.stringify(e.ports ?? e.icmpTypes?.length ?? 'all')} peers=${e.peers.length} by ${e.decidedBy.map((d) => `${d.file}:${d.line}`).join(',')}`,
      ),
      deadRules: r.deadRules.map((d) => `${d.file}:${d.line} ${d.reason}`),
      redundantRules: r.redundantRules.map((d) => `${d.file}:${d.line} ${d.reason}`),
    };
    const ref = `${DIR}/${name}.expected.json`;
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(ref))
      writeFileSync(ref, `${JSON.stringify(summary, null, 2)}\n`);
    assert.deepEqual(summary, JSON.parse(readFileSync(ref, 'utf8')));
  });
}
