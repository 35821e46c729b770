/**
 * The library as a user's project sees it: everything comes from the package name, resolved
 * through package.json's `exports` (the package's self-reference), never from a source path.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  auditHost,
  buildPlan,
  compile,
  compilePlan,
  EXIT,
  formatDiagnostic,
  hasErrors,
  loadCatalog,
  loadSite,
  nodeEnv,
  parseRuleset,
  staticResolver,
  validate,
  type OutputFile,
} from 'portcullis';
import { asLoadedIptables, EXAMPLE, ROOT } from '../helpers/fixtures.js';

test('load, plan, compile and audit an iptables dump with nothing but the package', async () => {
  const { catalog, diagnostics } = loadCatalog();
  assert.ok(!hasErrors(diagnostics));
  const loaded = loadSite(EXAMPLE, catalog);
  assert.ok(loaded.site, loaded.diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
  const plan = buildPlan(loaded.site);
  const compiled = await compilePlan(plan, 'iptables', { hosts: ['mx1'], resolve: staticResolver({}) });
  assert.equal(compiled.hosts.length, 1);
  const v4 = compiled.hosts[0]!.files.find((f) => f.name === 'mx1.v4.rules')!;
  assert.match(v4.content, /^\*filter$/m);
  // The compiled rules, read back as the dump iptables-save would print, open every planned flow.
  const mx1 = plan.hosts.find((h) => h.name === 'mx1')!;
  const parsed = parseRuleset('mx1.v4.rules', asLoadedIptables(v4.content), 'iptables-save');
  assert.ok(parsed.ruleset);
  const report = auditHost(mx1, [parsed.ruleset], { ephemeral: plan.ephemeralPorts });
  assert.ok(report.summary.required > 0);
  assert.equal(report.summary.open, report.summary.required);
  assert.equal(report.exposure.length, 0);
  // The example's nft dump (format told apart by its text) has a gap and extra ports: found, not hidden.
  const dump = parseRuleset('mx1.nft.json', readFileSync(`${ROOT}examples/audit/mx1.nft.json`, 'utf8'));
  const audited = auditHost(mx1, [dump.ruleset!]);
  assert.equal(audited.summary.partial, 1);
  assert.ok(audited.exposure.length > 0);
});

test('the commands run as library functions with an environment of their own', async () => {
  const files: Record<string, string> = { 'site.yaml': readFileSync(EXAMPLE, 'utf8') };
  const written: OutputFile[] = [];
  const env = nodeEnv({
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return Buffer.from(text);
    },
    writeFiles: (dir, out) => {
      written.push(...out);
      return out.map((f) => `${dir}/${f.name}`);
    },
    resolve: staticResolver({ 'my.mailstore.com': ['198.51.100.7'] }),
  });
  const ok = await compile({ site: 'site.yaml', target: 'ufw', out: 'rules' }, env);
  assert.equal(ok.exit, EXIT.ok);
  assert.equal(ok.value?.written.length, written.length);
  // ufw pins the name's addresses, from the environment's resolver.
  assert.ok(written.some((f) => f.name === 'mgmt1.ufw.sh' && f.content.includes('198.51.100.7')));
  // nftables asks no DNS: --resolve seeds its set (dns-sync keeps it current on the host).
  const seeded = await compile(
    { site: 'site.yaml', target: 'nftables', out: 'nft', resolve: { 'my.mailstore.com': ['198.51.100.8'] } },
    env,
  );
  assert.equal(seeded.exit, EXIT.ok);
  const mgmt1 = written.find((f) => f.name === 'mgmt1.nft')!;
  assert.ok(mgmt1.content.includes('198.51.100.8') && !mgmt1.content.includes('198.51.100.7'));
  const missing = await validate({ files: ['nowhere.yaml'] }, env);
  assert.equal(missing.exit, EXIT.badInput);
  assert.equal(missing.diagnostics[0]?.code, 'READ_FAILED');
  const usage = await compile({ site: 'site.yaml', target: 'nftables', host: 'nobody' }, env);
  assert.equal(usage.exit, EXIT.badInput);
  assert.match(usage.usage?.message ?? '', /no host "nobody"/);
});
