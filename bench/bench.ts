/**
 * `npm run bench`: the figures issues 2, 3, 4 and 5 ask for (compile for every target and
 * network firewall, audit, probe). Prints a table; nothing is asserted here (the
 * tests assert behaviour), but each figure states its goal beside it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../src/catalog/load-catalog.js';
import { compileFirewalls, compilePlan } from '../src/compile/compile.js';
import { staticResolver } from '../src/net/resolver.js';
import type { Target } from '../src/backends/backend.js';
import { BACKENDS, TARGETS } from '../src/backends/registry.js';
import { buildPlan } from '../src/plan/build-plan.js';
import { loadSite } from '../src/site/load-site.js';
import { probeBench } from './probe-bench.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESOLVE = staticResolver({ 'my.mailstore.com': ['198.51.100.7', '2001:db8:77::7'] });
const catalog = loadCatalog().catalog;

/** 10,000 hosts: one deployment per host (three per MailStore group), profiles in turn. */
function bigSite(n: number): string {
  const lines = [
    'site: bench',
    'zones:',
    '  lan: [198.18.0.0/16, 2001:db8:1::/48]',
    '  adm: [198.19.0.0/24]',
    'hosts:',
  ];
  for (let i = 0; i < n; i++)
    lines.push(`  h${i}: { addresses: [198.18.${i >> 8}.${i & 255}, 2001:db8:2::${i.toString(16)}] }`);
  lines.push('deployments:');
  const kinds = [
    ['spamexperts', 'server', '{ "*": internet }'],
    ['spammertrap', 'appliance', '{ internet: internet, lan: lan }'],
    ['mailserver', 'server', '{ internet: internet }'],
    ['clearswift-seg', 'gateway', '{ "*": internet, admins: adm, dns-servers: lan }'],
  ];
  let i = 0;
  let k = 0;
  while (i < n) {
    if (k % 5 === 4 && i + 3 <= n) {
      lines.push(
        `  - { profile: mailstore-spe, name: ms${i}, roles: { mgmt: h${i}, cas: h${i + 1}, ih: h${i + 2} }, peers: { "*": internet, adm: adm }, features: all }`,
      );
      i += 3;
    } else {
      const [p, role, peers] = kinds[k % 4]!;
      lines.push(`  - { profile: ${p}, name: d${i}, roles: { ${role}: h${i} }, peers: ${peers}, features: all }`);
      i += 1;
    }
    k++;
  }
  return `${lines.join('\n')}\n`;
}

/** One host with 2,000 distinct peer/port terms (a 2,000-rule policy). */
function bigPolicy(n: number): string {
  const lines = ['site: policy', 'hosts:', '  h: { addresses: [203.0.113.10, 2001:db8::10] }', 'flows:'];
  for (let i = 0; i < n; i++) {
    const peer = i % 2 === 0 ? `198.18.${i >> 8}.${i & 255}` : `2001:db8:${(i + 1).toString(16)}::/64`;
    lines.push(`  - { from: "${peer}", to: h, ${i % 3 === 0 ? 'udp' : 'tcp'}: ${1024 + i}, why: term ${i} }`);
  }
  return `${lines.join('\n')}\n`;
}

async function compileAll(text: string, target: Target): Promise<{ ms: number; hosts: number; rules: number }> {
  const t0 = performance.now();
  const { site, diagnostics } = loadSite('bench.yaml', catalog, text);
  if (!site) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  const plan = buildPlan(site);
  const out = await compilePlan(plan, target, { resolve: RESOLVE });
  const ms = performance.now() - t0;
  return { ms, hosts: out.hosts.length, rules: out.hosts.reduce((n, h) => n + h.ruleCount, 0) };
}

const rows: string[][] = [];
const big = bigSite(10_000);
for (const target of TARGETS) {
  await compileAll(bigSite(50), target); // warm-up
  const r = await compileAll(big, target);
  rows.push([
    `10,000-host site -> ${target}`,
    `${(r.ms / 1000).toFixed(2)} s`,
    `${Math.round(r.hosts / (r.ms / 1000)).toLocaleString('en')} hosts/s, ${r.rules.toLocaleString('en')} rules`,
    'goal < 10 s',
  ]);
}

// Issue 5: the forward rules of one network firewall in front of the 10,000 hosts.
const fwSite = `${big}firewalls:\n  edge: { interfaces: { eth0: internet, eth1: lan, eth2: adm } }\n`;
{
  const t0 = performance.now();
  const { site } = loadSite('bench.yaml', catalog, fwSite);
  const plan = buildPlan(site!);
  const planMs = performance.now() - t0;
  const fw = plan.firewalls[0]!;
  rows.push([
    '10,000-host site, plan with firewall',
    `${(planMs / 1000).toFixed(2)} s`,
    `${fw.rules.length.toLocaleString('en')} forward rules planned`,
    '',
  ]);
  for (const target of TARGETS.filter((t) => BACKENDS[t].renderFirewall)) {
    const t1 = performance.now();
    const out = await compileFirewalls(plan, target, ['edge'], { resolve: RESOLVE });
    const ms = performance.now() - t1;
    const error = out.diagnostics.find((d) => d.severity === 'error');
    if (error) {
      rows.push([
        `  firewall edge -> ${target}`,
        `${(ms / 1000).toFixed(2)} s`,
        `refused: ${error.message.slice(0, 90)}`,
        '',
      ]);
      continue;
    }
    const bytes = out.firewalls[0]!.files.reduce((n, f) => n + f.content.length, 0);
    rows.push([
      `  firewall edge -> ${target}`,
      `${(ms / 1000).toFixed(2)} s`,
      `${out.firewalls[0]!.ruleCount.toLocaleString('en')} rules, ${(bytes / 1e6).toFixed(1)} MB`,
      'goal < 10 s',
    ]);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'portcullis-bench-'));
try {
  const policy = join(dir, 'policy.yaml');
  writeFileSync(policy, bigPolicy(2000));
  for (const target of TARGETS) {
    const inproc = await compileAll(bigPolicy(2000), target);
    const runs: number[] = [];
    let refused = false;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      try {
        execFileSync(
          process.execPath,
          [`${ROOT}bin/portcullis.js`, 'compile', policy, '--target', target, '--out', join(dir, target)],
          { stdio: 'ignore' },
        );
      } catch (err) {
        // A target that cannot hold the policy (2,000 rules in one AWS security group) refuses it: exit 2.
        if ((err as { status?: number }).status !== 2) throw err;
        refused = true;
      }
      runs.push(performance.now() - t0);
    }
    runs.sort((a, b) => a - b);
    rows.push([
      `2,000-term host -> ${target}`,
      `${runs[2]!.toFixed(0)} ms`,
      `median of 5 CLI runs incl. start-up; ${inproc.ms.toFixed(0)} ms in-process, ${refused ? 'refused (more rules than the target holds)' : `${inproc.rules} rules`}`,
      'goal well under 1 s',
    ]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// validate is linear in the size of the site: 10,000 and 40,000 hosts, the CLI as a user runs it.
const vdir = mkdtempSync(join(tmpdir(), 'portcullis-bench-validate-'));
try {
  const medians: number[] = [];
  for (const n of [10_000, 40_000]) {
    const file = join(vdir, `site-${n}.yaml`);
    writeFileSync(file, bigSite(n));
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      execFileSync(process.execPath, [`${ROOT}bin/portcullis.js`, 'validate', file], { stdio: 'ignore' });
      runs.push(performance.now() - t0);
    }
    runs.sort((a, b) => a - b);
    medians.push(runs[1]!);
    rows.push([
      `validate ${n.toLocaleString('en')} hosts`,
      `${(runs[1]! / 1000).toFixed(2)} s`,
      `median of 3 CLI runs incl. start-up${medians.length === 2 ? `; 4x the hosts took ${(medians[1]! / medians[0]!).toFixed(1)}x the time` : ''}`,
      'goal linear',
    ]);
  }
} finally {
  rmSync(vdir, { recursive: true, force: true });
}

const roles: Record<string, string> = {
  spamexperts: 'server',
  spammertrap: 'appliance',
  mailserver: 'server',
  'clearswift-seg': 'gateway',
};
const counts: string[][] = [];
for (const [profile, role] of Object.entries(roles)) {
  const site = `site: c\nhosts:\n  h1: { addresses: [203.0.113.10, 2001:db8:10::10] }\ndeployments:\n  - { profile: ${profile}, roles: { ${role}: h1 }, peers: { "*": internet }, features: all }\n`;
  counts.push([
    profile,
    ...(await Promise.all(
      TARGETS.map(async (t) => {
        const r = await compileAll(site, t);
        return r.hosts === 0 ? 'refused' : String(r.rules);
      }),
    )),
  ]);
}
const ms = `site: c\nzones: { adm: [192.0.2.128/28] }\nhosts:\n  m: { addresses: [192.0.2.10, 2001:db8::10] }\n  c: { addresses: [192.0.2.11, 2001:db8::11] }\n  i: { addresses: [192.0.2.12, 2001:db8::12] }\ndeployments:\n  - { profile: mailstore-spe, roles: { mgmt: m, cas: c, ih: i }, peers: { "*": internet, adm: adm }, features: all }\n`;
for (const h of ['m', 'c', 'i']) {
  const per = await Promise.all(
    TARGETS.map(async (t) => {
      const { site } = loadSite('ms.yaml', catalog, ms);
      const out = await compilePlan(buildPlan(site!), t, { resolve: RESOLVE, hosts: [h] });
      // A target that cannot hold the host's rules (an AWS security group over its limit) refuses it.
      return out.hosts[0] ? String(out.hosts[0].ruleCount) : 'refused';
    }),
  );
  counts.push([`mailstore-spe (${{ m: 'mgmt', c: 'cas', i: 'ih' }[h]})`, ...per]);
}

const pad = (r: string[], w: number[]): string =>
  r
    .map((c, i) => c.padEnd(w[i]!))
    .join('  ')
    .trimEnd();
const widths = (t: string[][]): number[] => t[0]!.map((_, i) => Math.max(...t.map((r) => r[i]!.length)));
const t1 = [['benchmark', 'time', 'detail', 'goal'], ...rows];
console.log(t1.map((r) => pad(r, widths(t1))).join('\n'));
console.log('');
const t2 = [['rules per host (all features)', ...TARGETS], ...counts];
console.log(t2.map((r) => pad(r, widths(t2))).join('\n'));

// Audit (issue 3): synthetic dumps, each audited in its own process so that its peak memory is
// its own. PORTCULLIS_BENCH_AUDIT_MAX caps the largest size (the 100,000-rule run takes minutes).
const auditMax = Number(process.env.PORTCULLIS_BENCH_AUDIT_MAX ?? 100_000);
const auditRows: string[][] = [];
let previous: { rules: number; ms: number } | null = null;
for (const [size, format] of [
  [1_000, 'iptables'],
  [10_000, 'iptables'],
  [100_000, 'iptables'],
  [10_000, 'nft'],
] as const) {
  if (size > auditMax) continue;
  const out = execFileSync(
    process.execPath,
    [fileURLToPath(new URL('./audit-one.js', import.meta.url)), String(size), format],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  const r = JSON.parse(out.trim().split('\n').pop()!) as {
    rules: number;
    bytes: number;
    parseMs: number;
    auditMs: number;
    maxRssMB: number;
    exposure: number;
    dead: number;
    redundant: number;
  };
  const total = r.parseMs + r.auditMs;
  // Growth exponent against the previous iptables size: 1.0 is linear, 1.1 is about n log n here.
  const growth =
    format === 'iptables' && previous
      ? (Math.log(total / previous.ms) / Math.log(r.rules / previous.rules)).toFixed(2)
      : '';
  if (format === 'iptables') previous = { rules: r.rules, ms: total };
  auditRows.push([
    `${format === 'nft' ? 'nft JSON' : 'iptables-save'} ${r.rules.toLocaleString('en')} rules`,
    `${r.parseMs} ms`,
    `${r.auditMs} ms`,
    `${r.maxRssMB} MB`,
    growth,
    `${r.exposure} exposure, ${r.dead} dead, ${r.redundant} redundant`,
    size === 100_000 ? '< 3 s, < 1 GB' : '',
  ]);
}
if (auditRows.length > 0) {
  console.log('');
  const t3 = [
    ['audit (flows + exposure + dead + redundant)', 'parse', 'audit', 'peak RSS', 'growth', 'found', 'goal'],
    ...auditRows,
  ];
  console.log(t3.map((r) => pad(r, widths(t3))).join('\n'));
}

if (process.env.PORTCULLIS_BENCH_PROBE !== '0') {
  const probeRows = await probeBench();
  const t4 = [['probe benchmark (namespace lab)', 'time', 'detail', 'goal'], ...probeRows];
  console.log('');
  console.log(t4.map((r) => pad(r, widths(t4))).join('\n'));
}
