import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { EXAMPLE, ROOT } from '../helpers/fixtures.js';

/** The command line as a process, the way shells and scripts see it: exit codes, streams, pipes. */
const BIN = join(ROOT, 'bin/portcullis.js');
const RESOLVE = ['--resolve', 'my.mailstore.com=198.51.100.7'];

function run(args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync('node', [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('command-line conventions (real processes)', () => {
  test('--version prints the package version, exit 0', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = run(['--version']);
    assert.equal(r.code, 0);
    assert.equal(r.out, `${version}\n`);
  });

  test('no arguments: the usage on stderr, nothing on stdout, exit 2', () => {
    const r = run([]);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.match(r.err, /^Usage: portcullis/);
  });

  test('a misspelt option is named, with the near one as a hint; not reported as the option it missed', () => {
    const r = run(['compile', EXAMPLE, '--targt', 'nftables']);
    assert.equal(r.code, 2);
    assert.equal(r.err, "portcullis: error: unknown option '--targt'\n  hint: did you mean --target?\n");
  });

  test('a missing required option, an unknown command: error and hint lines, exit 2', () => {
    const missing = run(['compile', EXAMPLE]);
    assert.equal(missing.code, 2);
    assert.match(
      missing.err,
      /^portcullis: error: required option '--target' not given\n {2}hint: give --target, one of: nftables, /,
    );
    const host = run(['audit', EXAMPLE, '--ruleset', '/dev/null']);
    assert.equal(host.code, 2);
    assert.match(host.err, /required option '--host' not given\n {2}hint: give --host NAME/);
    const unknown = run(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /^portcullis: error: unknown command 'frobnicate'\n {2}hint: /);
  });

  test('a reader that goes away (| head -1) ends the output quietly: no stack trace, the command exit code (0)', async () => {
    const child = spawn('node', [BIN, 'compile', EXAMPLE, '--target', 'cisco-ios', '--host', 'mx1', ...RESOLVE], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    // Like head -1: read the first chunk, then close the pipe.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    assert.equal(code, 0, err);
    assert.doesNotMatch(err, /EPIPE|Error:|at /);
  });

  test('output that cannot be written (/dev/full): exit 2 with the reason', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync('node', [BIN, 'compile', EXAMPLE, '--target', 'nftables', '--host', 'mx1', ...RESOLVE], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
      });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /portcullis: error: cannot write to standard output \(ENOSPC\)\n {2}hint: /);
    } finally {
      closeSync(full);
    }
  });

  test('help names each default once; counts agree with their nouns', () => {
    const help = run(['probe', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /per probe \(default 2000\)\n/);
    assert.doesNotMatch(help.out, /\(default:/);
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-one-'));
    try {
      const site = join(dir, 'one.yaml');
      writeFileSync(
        site,
        'site: one\nzones: { adm: [192.0.2.128/28] }\nmanagement: { from: adm }\nhosts:\n  h: { addresses: [203.0.113.10] }\n',
      );
      const r = run(['compile', site, '--target', 'nftables', '--out', join(dir, 'out')]);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /^h: \d+ rules? -> /);
      assert.match(r.out, /1 file written for 1 host \(nftables\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('diagnostics with the same words are folded after three: /etc/passwd as a ruleset', () => {
    const r = run(['audit', EXAMPLE, '--host', 'mx1', '--ruleset', '/etc/passwd', ...RESOLVE]);
    assert.equal(r.code, 2);
    const errors = r.err.split('\n').filter((l) => /: error: /.test(l));
    assert.ok(errors.length <= 4, r.err);
    assert.match(r.err, /\/etc\/passwd: error: and \d+ more like it \(line outside a table section\)/);
  });

  test('catalog show --json keeps the profile url', () => {
    const r = run(['catalog', 'show', 'os-base', '--json']);
    assert.equal(r.code, 0);
    assert.equal(typeof (JSON.parse(r.out) as { url: unknown }).url, 'string');
  });

  test('--resolve for a name the site does not use is a warning naming the near one', () => {
    const r = run([
      'compile',
      EXAMPLE,
      '--target',
      'nftables',
      '--host',
      'mx1',
      ...RESOLVE,
      '--resolve',
      'my.mailstore.co=198.51.100.7',
    ]);
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.err,
      /warning: --resolve my\.mailstore\.co: no flow of site acme-mail names this DNS name; it is not used\n[\s\S]*hint: did you mean my\.mailstore\.com\?/,
    );
  });
});
