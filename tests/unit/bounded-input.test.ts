import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  ftruncateSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EXAMPLE, ROOT } from '../helpers/fixtures.js';

/** Inputs that are no file, or too big: refused at once with the reason, exit 2, memory bounded. */
const BIN = join(ROOT, 'bin/portcullis.js');

function run(args: string[], input?: Buffer): { code: number | null; err: string; signal: string | null } {
  const r = spawnSync('node', [BIN, ...args], {
    encoding: 'utf8',
    timeout: 20_000,
    ...(input ? { input } : { stdio: ['ignore', 'pipe', 'pipe'] }),
  });
  return { code: r.status, err: r.stderr, signal: r.signal };
}

describe('bounded input (real processes)', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'portcullis-input-'));
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    mkdirSync(join(dir, 'catalog'));
    execFileSync('mkfifo', [join(dir, 'catalog', 'stuck.yaml')]);
    // A sparse file past the limit: its size is checked while reading, not believed.
    const fd = openSync(join(dir, 'huge.rules'), 'w');
    ftruncateSync(fd, 65 * 1024 * 1024);
    closeSync(fd);
    writeFileSync(join(dir, 'site.yaml'), 'site: x\nhosts:\n  h: { addresses: [203.0.113.10] }\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases: [string, () => string[], RegExp][] = [
    [
      'a FIFO as the site (it would wait for a writer forever)',
      () => ['validate', join(dir, 'fifo.yaml')],
      /is a FIFO, not a regular file\)\n {2}hint: give a regular file/,
    ],
    ['/dev/zero as the site', () => ['validate', '/dev/zero'], /\/dev\/zero is a device, not a regular file/],
    [
      'a symlink to /dev/zero as the site',
      () => ['validate', join(dir, 'zero.yaml')],
      /zero\.yaml is a device, not a regular file/,
    ],
    ['a directory as the site', () => ['validate', dir], /is a directory, not a regular file/],
    [
      '/dev/zero as the ruleset (it grew to 16 GB before)',
      () => ['audit', EXAMPLE, '--host', 'mx1', '--ruleset', '/dev/zero'],
      /cannot read ruleset \/dev\/zero \(\/dev\/zero is a device, not a regular file\)/,
    ],
    [
      'a ruleset past the 64 MB limit',
      () => ['audit', EXAMPLE, '--host', 'mx1', '--ruleset', join(dir, 'huge.rules')],
      /huge\.rules is larger than 64 MB, the limit\)\n {2}hint: /,
    ],
    [
      '/dev/zero as an ipset dump',
      () => ['audit', EXAMPLE, '--host', 'mx1', '--ruleset', join(dir, 'site.yaml'), '--ipset', '/dev/zero'],
      /cannot read ipset dump \/dev\/zero/,
    ],
    [
      'a FIFO among the catalog files',
      () => ['--catalog', join(dir, 'catalog'), 'validate', join(dir, 'site.yaml')],
      /stuck\.yaml.*is a FIFO, not a regular file/,
    ],
  ];
  for (const [name, args, message] of cases) {
    test(`${name}: exit 2 at once, with the reason`, () => {
      const r = run(args());
      assert.equal(r.signal, null, 'it did not finish in 20 s');
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, message);
      assert.doesNotMatch(r.err, /internal error|\n {4}at /);
    });
  }

  test('standard input past the limit: exit 2, read no further than the limit', () => {
    const r = run(['audit', EXAMPLE, '--host', 'mx1', '--ruleset', '-'], Buffer.alloc(65 * 1024 * 1024, 0x61));
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /standard input is larger than 64 MB, the limit/);
  });
});
