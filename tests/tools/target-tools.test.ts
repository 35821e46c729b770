import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { compileFirewalls, compilePlan } from '../../src/compile/compile.js';
import { staticResolver } from '../../src/net/resolver.js';
import { writeFilesAtomically } from '../../src/commands/write-files.js';
import { EXAMPLE, planOf, singleHostSite } from '../helpers/fixtures.js';
import { onPath } from '../kernel/lab.js';
import { ROUTED_SITE } from '../kernel/sites.js';

/**
 * The targets' own tools accept what portcullis writes: firewalld's XML loads with
 * `firewall-offline-cmd` (into a scratch configuration directory, never /etc/firewalld) with
 * every rich rule kept, and every `ufw` command of the script passes `ufw --dry-run` (inside a
 * network namespace, which writes nothing). In CI the tools are installed and required.
 */
const RESOLVE = staticResolver({ 'my.mailstore.com': ['198.51.100.7', '2001:db8:77::7'] });
const required = process.env.CI !== undefined || process.env.PORTCULLIS_KERNEL_TESTS === '1';
const firewalld = onPath('firewall-offline-cmd');
const ufw = onPath('ufw') && process.getuid?.() === 0;

const SITES: { name: string; text: string }[] = [
  { name: 'example', text: readFileSync(EXAMPLE, 'utf8') },
  { name: 'spamexperts', text: singleHostSite('spamexperts', 'server') },
  { name: 'spammertrap', text: singleHostSite('spammertrap', 'appliance') },
  { name: 'mailserver', text: singleHostSite('mailserver', 'server') },
  { name: 'clearswift-seg', text: singleHostSite('clearswift-seg', 'gateway') },
];

const PIECES = ['"', "'", '\\', '\n', '`reboot`', '$(reboot)', ';', '<!-- -->', '&', '</zone>', ']]>', '--', 'é', '💣'];
const hostile = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((xs) => `x${xs.join('')}`);
const hostileSite = (why: string): string =>
  `site: t\nzones: { adm: [192.0.2.128/28, 2001:db8:1::/64] }\nhosts:\n  h1: { addresses: [203.0.113.10, 2001:db8:10::10] }\nflows:\n  - { from: adm, to: h1, tcp: 22, udp: [53, 123], icmp: [8], why: ${JSON.stringify(why)} }\nfirewalls:\n  fw: { interfaces: { eth0: internet, eth1: adm } }\n`;

/** Loads each host's firewalld files of a site into a scratch config; returns the problems firewalld reports. */
async function firewalldProblems(siteText: string): Promise<string[]> {
  const { hosts } = await compilePlan(planOf(siteText), 'firewalld', { resolve: RESOLVE });
  const out: string[] = [];
  for (const h of hosts) out.push(...(await loadProblems(h.host, h.files)));
  return out;
}

/** The same for a network firewall's zones, policies and ipsets. */
async function firewalldFirewallProblems(siteText: string, name: string): Promise<string[]> {
  const { firewalls, diagnostics } = await compileFirewalls(planOf(siteText), 'firewalld', [name], {
    resolve: RESOLVE,
  });
  assert.deepEqual(
    diagnostics.filter((d) => d.severity === 'error'),
    [],
  );
  const out: string[] = [];
  for (const f of firewalls) out.push(...(await loadProblems(f.host, f.files)));
  return out;
}

/** Writes one unit's files into a scratch configuration directory and has firewalld read each of them. */
async function loadProblems(
  unit: string,
  compiled: readonly { name: string; content: string; companion?: boolean }[],
): Promise<string[]> {
  // The firewalld files only: the dns-sync service beside them is no part of firewalld's configuration.
  const files = compiled.filter((f) => !f.companion);
  const problems: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-firewalld-'));
  try {
    writeFilesAtomically(
      dir,
      files.map((f) => ({ name: f.name.replace(`${unit}/`, ''), content: f.content })),
    );
    if (existsSync('/usr/lib/firewalld/firewalld.conf'))
      copyFileSync('/usr/lib/firewalld/firewalld.conf', join(dir, 'firewalld.conf'));
    else if (existsSync('/etc/firewalld/firewalld.conf'))
      copyFileSync('/etc/firewalld/firewalld.conf', join(dir, 'firewalld.conf'));
    const offline = async (args: string[]): Promise<string> => {
      const r = await run('firewall-offline-cmd', ['--system-config', dir, ...args]);
      const complaints = r.stderr.split('\n').filter((l) => /ERROR|WARNING/.test(l) && !/firewalld\.conf/.test(l));
      if (r.code !== 0 || complaints.length > 0)
        problems.push(`${unit}: firewall-offline-cmd ${args.join(' ')}: exit ${r.code}: ${complaints.join(' / ')}`);
      return r.stdout;
    };
    await offline(['--check-config']);
    for (const f of files) {
      const kind = f.name.includes('/zones/') ? 'zone' : f.name.includes('/policies/') ? 'policy' : 'ipset';
      const name = f.name.replace(/^.*\//, '').replace(/\.xml$/, '');
      const info = await offline([`--info-${kind}=${name}`]);
      if (kind !== 'ipset') {
        const written = (f.content.match(/<rule[ >]/g) ?? []).length;
        const loaded = (info.match(/^\s+rule /gm) ?? []).length;
        if (written !== loaded)
          problems.push(`${unit}: ${kind} ${name}: ${written} rich rules written, firewalld kept ${loaded}`);
        if (kind === 'zone' && f.content.includes('<interface ') && !/interfaces: \S/.test(info))
          problems.push(`${unit}: zone ${name} binds no interface`);
      } else {
        // Every entry written is kept (a DNS-named peer's ipset, which dns-sync fills, may have none yet).
        const written = (f.content.match(/<entry>/g) ?? []).length;
        const loaded = (/^\s*entries:(.*)$/m.exec(info)?.[1] ?? '').trim().split(/\s+/).filter(Boolean).length;
        if (written !== loaded)
          problems.push(`${unit}: ipset ${name}: ${written} entries written, firewalld kept ${loaded}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}

/** A rule line of a ufw script: `  "$@" allow ...`, `  "$@" deny ...`, `  "$@" route ...`. */
const UFW_RULE = /^\s*"\$@" (allow|deny|route) /;

/** Runs every `ufw allow` / `ufw route` line of the compiled scripts with --dry-run; returns failures. */
async function ufwProblems(ns: string, texts: string[]): Promise<string[]> {
  const lines = texts.flatMap((text) => text.split('\n').filter((l) => UFW_RULE.test(l)));
  const problems: string[] = [];
  // Two at a time: each is a ufw process of its own (python starting up), and they share nothing.
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < lines.length) {
      const line = lines[next++]!;
      const r = await run('ip', ['netns', 'exec', ns, 'sh', '-c', line.replace(UFW_RULE, 'ufw --dry-run $1 ')]);
      if (r.code !== 0) problems.push(`${line}: ${r.stdout}${r.stderr}`.trim());
    }
  };
  await Promise.all([worker(), worker()]);
  return problems.sort();
}

/** Runs a command to its end; its exit code and output. */
function run(cmd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { encoding: 'utf8' }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe(
  'firewalld accepts the XML files (firewall-offline-cmd)',
  // Each test reads its own scratch directory: two at a time.
  { skip: !firewalld && !required ? 'firewall-offline-cmd is not installed' : false, concurrency: 2 },
  () => {
    for (const s of SITES) {
      test(`${s.name}: zones, policies and ipsets load, every rich rule kept`, async () => {
        assert.deepEqual(await firewalldProblems(s.text), []);
      });
    }
    test('hostile descriptions still give files firewalld loads whole', async () => {
      for (const why of fc.sample(hostile, { numRuns: 8, seed: 5 })) {
        assert.deepEqual(await firewalldProblems(hostileSite(why)), [], JSON.stringify(why));
        assert.deepEqual(await firewalldFirewallProblems(hostileSite(why), 'fw'), [], JSON.stringify(why));
      }
    });
    test('network firewalls: the zones, policies and ipsets of the example and the routed lab load whole', async () => {
      assert.deepEqual(await firewalldFirewallProblems(readFileSync(EXAMPLE, 'utf8'), 'edge'), []);
      assert.deepEqual(await firewalldFirewallProblems(ROUTED_SITE, 'edge'), []);
    });
  },
);

describe(
  'ufw accepts every command of the scripts (ufw --dry-run in a namespace)',
  { skip: !ufw && !required ? 'ufw is not installed (or not root)' : false },
  () => {
    test('hosts and firewalls of every profile, the example and the routed lab, and hostile descriptions', async () => {
      const ns = `pc${process.pid % 100000}-ufw`;
      execFileSync('ip', ['netns', 'add', ns]);
      try {
        const texts: string[] = [];
        for (const s of SITES)
          texts.push(
            ...(await compilePlan(planOf(s.text), 'ufw', { resolve: RESOLVE })).hosts.flatMap((h) =>
              h.files.filter((f) => f.name.endsWith('.ufw.sh')).map((f) => f.content),
            ),
          );
        texts.push(
          (await compileFirewalls(planOf(readFileSync(EXAMPLE, 'utf8')), 'ufw', ['edge'], { resolve: RESOLVE }))
            .firewalls[0]!.files[0]!.content,
        );
        texts.push(
          (await compileFirewalls(planOf(ROUTED_SITE), 'ufw', ['edge'], { resolve: RESOLVE })).firewalls[0]!.files[0]!
            .content,
        );
        for (const why of fc.sample(hostile, { numRuns: 8, seed: 6 })) {
          texts.push(
            (await compilePlan(planOf(hostileSite(why)), 'ufw', { resolve: RESOLVE })).hosts[0]!.files[0]!.content,
          );
          texts.push(
            (await compileFirewalls(planOf(hostileSite(why)), 'ufw', ['fw'], { resolve: RESOLVE })).firewalls[0]!
              .files[0]!.content,
          );
        }
        const count = texts.reduce((n, t) => n + t.split('\n').filter((l) => UFW_RULE.test(l)).length, 0);
        assert.ok(count > 100, `only ${count} ufw commands checked`);
        assert.deepEqual((await ufwProblems(ns, texts)).slice(0, 10), []);
      } finally {
        execFileSync('ip', ['netns', 'del', ns]);
      }
    });
  },
);
