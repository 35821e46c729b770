/**
 * One audit benchmark run in its own process, so that peak memory (maxRSS) belongs to it alone:
 * `node dist/bench/audit-one.js RULES iptables|nft`. Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { auditHost } from '../src/audit/audit-ruleset.js';
import { parseRuleset } from '../src/rulesets/registry.js';
import { loadCatalog } from '../src/catalog/load-catalog.js';
import { buildPlan } from '../src/plan/build-plan.js';
import { loadSite } from '../src/site/load-site.js';
import { syntheticIptablesSave, syntheticNftJson } from './synthetic-rulesets.js';

const [sizeArg, format] = process.argv.slice(2);
const size = Number(sizeArg);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const example = `${ROOT}examples/acme-mail.yaml`;
const site = loadSite(example, loadCatalog().catalog, readFileSync(example, 'utf8'));
if (!site.site) throw new Error('example site does not load');
const host = buildPlan(site.site).hosts.find((h) => h.name === 'mx1')!;

const dump = format === 'nft' ? syntheticNftJson(size) : syntheticIptablesSave(size);
const t0 = performance.now();
const { ruleset, diagnostics } = parseRuleset('bench', dump.text, format === 'nft' ? 'nft-json' : 'iptables-save');
const t1 = performance.now();
if (!ruleset) throw new Error(JSON.stringify(diagnostics.slice(0, 3)));
const report = auditHost(host, [ruleset], { fqdns: {} });
const t2 = performance.now();
console.log(
  JSON.stringify({
    rules: dump.rules,
    bytes: dump.text.length,
    parseMs: Math.round(t1 - t0),
    auditMs: Math.round(t2 - t1),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    flows: report.flows.length,
    exposure: report.exposure.length,
    dead: report.deadRules.length,
    redundant: report.redundantRules.length,
  }),
);
