import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { recoverOutput } from '../../src/commands/write-files.js';
import { rng } from '../kernel/expect.js';
import { ROOT } from '../helpers/fixtures.js';

/**
 * `compile --out` as real processes: a compile killed (kill -9) at random points while it swaps
 * its files in, two compiles into one directory, a full disk. The directory holds the previous
 * complete set or the new one, never a mix, and nothing of portcullis's is left beside it.
 */
const BIN = join(ROOT, 'bin/portcullis.js');
const HOSTS = 2000;

function bigSite(name: string, hosts: number): string {
  const lines = [`site: ${name}`, 'zones: { adm: [192.0.2.128/28] }', 'management: { from: adm }', 'hosts:'];
  for (let i = 0; i < hosts; i++)
    lines.push(`  h${i}: { addresses: [198.18.${Math.floor(i / 250)}.${(i % 250) + 1}] }`);
  return `${lines.join('\n')}\n`;
}

/**
 * Which site's whole set `out` holds ('alpha', 'beta'), or what is wrong with it. A set is the
 * files its compile writes (h0 .. h(n-1)); files of the previous set that the new one does not
 * write are the user's, kept as they were.
 */
function setOf(out: string, sizes: Record<string, number> = { alpha: HOSTS, beta: HOSTS }): string {
  if (!existsSync(out)) return 'missing';
  const files = readdirSync(out).filter((f) => f.endsWith('.nft'));
  const siteOf = new Map(
    files.map((f) => [f, /of site (\w+)/.exec(readFileSync(join(out, f), 'utf8'))?.[1] ?? '?'] as const),
  );
  for (const [site, n] of Object.entries(sizes)) {
    const mine = (f: string): boolean => Number(f.slice(1, -4)) < n;
    if (
      files.filter(mine).length === n &&
      files.every((f) => (mine(f) ? siteOf.get(f) === site : siteOf.get(f) === 'alpha'))
    )
      return site;
  }
  return `a mix of ${[...new Set(siteOf.values())].join(', ')} (${files.length} files)`;
}

/** portcullis's own entries beside (or inside) `out`. */
function leftovers(dir: string, out: string): string[] {
  const inside = existsSync(out) ? readdirSync(out).filter((e) => e.startsWith('.')) : [];
  return [...readdirSync(dir).filter((e) => e.startsWith(`.${basename(out)}.portcullis-`)), ...inside];
}

function compile(site: string, out: string): { code: number | null; err: string } {
  // 2,000 hosts without DNS give 2,000 warnings: room for them.
  const r = spawnSync('node', [BIN, 'compile', site, '--target', 'nftables', '--out', out], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return { code: r.status, err: r.stderr };
}

describe('compile --out writes the whole set or nothing (real processes)', () => {
  let dir = '';
  let alpha = '';
  let beta = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'portcullis-set-'));
    alpha = join(dir, 'alpha.yaml');
    beta = join(dir, 'beta.yaml');
    writeFileSync(alpha, bigSite('alpha', HOSTS));
    writeFileSync(beta, bigSite('beta', HOSTS));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('kill -9 at random points of the swap, random sites: the previous complete set or the new one, never a mix', async () => {
    const random = rng(Number(process.env.PORTCULLIS_KILL_SEED ?? 17));
    const seen = new Map<string, number>();
    const base = join(dir, 'base');
    assert.equal(compile(alpha, base).code, 0);
    for (let run = 0; run < 6; run++) {
      const out = join(dir, `out${run}`);
      execFileSync('cp', ['-a', base, out]);
      // A new site of random size (fewer or more files than the set it replaces).
      const size = 500 + Math.floor(random() * 2000);
      const site = join(dir, `beta${run}.yaml`);
      writeFileSync(site, bigSite('beta', size));
      const sizes = { alpha: HOSTS, beta: size };
      // Kill once the staging directory appears (the write has begun), after a random delay.
      const child = spawn('node', [BIN, 'compile', site, '--target', 'nftables', '--out', out], { stdio: 'ignore' });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      // From the first staged file to past the swap (staging 500-2,500 files takes a few hundred ms).
      const delay = Math.floor(random() * 400);
      let staged = false;
      for (let i = 0; i < 5000 && child.exitCode === null; i++) {
        if (readdirSync(dir).some((e) => e.startsWith(`.out${run}.portcullis-new-`))) {
          staged = true;
          break;
        }
        await new Promise((r) => setTimeout(r, 1));
      }
      if (staged) await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      const state = setOf(out, sizes);
      // Killed between the two renames: the directory is absent for that instant, both sets beside it.
      assert.ok(['alpha', 'beta', 'missing'].includes(state), `run ${run} (delay ${delay} ms): ${state}`);
      seen.set(state, (seen.get(state) ?? 0) + 1);
      recoverOutput(out);
      assert.ok(['alpha', 'beta'].includes(setOf(out, sizes)), `run ${run} after recovery: ${setOf(out, sizes)}`);
      assert.deepEqual(leftovers(dir, out), [], `run ${run}: leftovers`);
      if (run === 0) {
        // The next compile after a kill (its lock left stale) just works.
        assert.equal(compile(site, out).code, 0);
        assert.equal(setOf(out, sizes), 'beta');
        assert.deepEqual(leftovers(dir, out), []);
      }
      rmSync(out, { recursive: true, force: true });
    }
    console.log(`# after kill -9: ${[...seen].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  });

  test('Ctrl-C or TERM once the write has begun waits for the swap: the new set, whole', async () => {
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const) {
      const out = join(dir, `sig-${signal}`);
      assert.equal(compile(alpha, out).code, 0);
      const child = spawn('node', [BIN, 'compile', beta, '--target', 'nftables', '--out', out], { stdio: 'ignore' });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      let staged = false;
      for (let i = 0; i < 5000 && child.exitCode === null && !staged; i++) {
        staged = readdirSync(dir).some((e) => e.startsWith(`.sig-${signal}.portcullis-new-`));
        if (!staged) await new Promise((r) => setTimeout(r, 1));
      }
      assert.ok(staged, 'the staging directory never appeared');
      child.kill(signal);
      // It ends with 128+n, or 0 when it had nothing left to do after the swap.
      const exit = await exited;
      assert.ok(exit === code || exit === 0, `exit ${exit}`);
      assert.equal(setOf(out), 'beta');
      assert.deepEqual(leftovers(dir, out), []);
    }
  });

  test('a second compile into a directory being written fails with exit 2 and names the first', () => {
    const out = join(dir, 'busy');
    assert.equal(compile(alpha, out).code, 0);
    // A live writer holds the lock (this test process stands in for it).
    const lock = join(dir, '.busy.portcullis-lock');
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), `${process.pid}\n`);
    const r = compile(beta, out);
    assert.equal(r.code, 2);
    assert.match(
      r.err,
      new RegExp(`another portcullis run \\(pid ${process.pid}\\) is writing into .*busy\\n {2}hint: `),
    );
    assert.equal(setOf(out), 'alpha');
    // A lock whose writer is dead is taken over.
    writeFileSync(join(lock, 'pid'), '999999999\n');
    assert.equal(compile(beta, out).code, 0);
    assert.equal(setOf(out), 'beta');
    assert.deepEqual(leftovers(dir, out), []);
  });

  test('two compiles at once into one directory: one set or the other, whole', async () => {
    const out = join(dir, 'both');
    const run = (site: string): Promise<{ code: number | null; err: string }> =>
      new Promise((resolve) => {
        const child = spawn('node', [BIN, 'compile', site, '--target', 'nftables', '--out', out], {
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let err = '';
        child.stderr.on('data', (d: Buffer) => (err += d.toString()));
        child.on('exit', (code) => resolve({ code, err }));
      });
    const results = await Promise.all([run(alpha), run(beta)]);
    for (const r of results) {
      assert.ok(r.code === 0 || r.code === 2, r.err);
      if (r.code === 2) assert.match(r.err, /another portcullis run \(pid \d+\) is writing into/);
    }
    assert.ok(['alpha', 'beta'].includes(setOf(out)), setOf(out));
    assert.deepEqual(leftovers(dir, out), []);
  });

  test('a full disk (a small tmpfs): exit 2 naming ENOSPC, the previous set intact, nothing left behind', (t) => {
    if (process.getuid?.() !== 0) return t.skip('mounting a tmpfs needs root');
    const mnt = join(dir, 'small');
    mkdirSync(mnt);
    // A private mount namespace: the tmpfs is seen by this command only. 1 MB holds the example's
    // seven files, not the 2,000 of the big site.
    const script = [
      'set -e',
      `mount -t tmpfs -o size=1m tmpfs ${mnt}`,
      `node ${BIN} compile ${join(ROOT, 'examples/acme-mail.yaml')} --target nftables --out ${mnt}/out --resolve my.mailstore.com=198.51.100.7 >/dev/null 2>&1`,
      `node ${BIN} compile ${alpha} --target nftables --out ${mnt}/out > /dev/null 2> ${dir}/enospc.err && echo code=0 || echo code=$?`,
      `ls -a ${mnt} ${mnt}/out | tr '\\n' ' '`,
      'echo',
      `grep -l 'site acme-mail' ${mnt}/out/*.nft | wc -l`,
    ].join('\n');
    const out = execFileSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', script], {
      encoding: 'utf8',
    });
    const err = readFileSync(join(dir, 'enospc.err'), 'utf8');
    assert.match(out, /code=2/, `${out}\n${err}`);
    assert.match(err, /ENOSPC/);
    assert.doesNotMatch(out, /\.portcullis-/, 'a staging directory or lock was left behind');
    // The example's seven host files are still there, whole.
    assert.match(out, /\n7\n$/);
  });
});
