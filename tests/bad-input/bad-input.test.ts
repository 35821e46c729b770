import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadProfile } from '../../src/catalog/load-profile.js';
import { cli } from '../../src/cli/cli.js';
import { loadSite } from '../../src/site/load-site.js';
import { catalog, ROOT } from '../helpers/fixtures.js';

/**
 * The corpus of malformed files: each must give its expected code at its expected place,
 * exit code 2, a `FILE:LINE:COL: error:` line with a hint, nothing on stdout, no stack trace,
 * and no output file.
 */
const DIR = `${ROOT}tests/bad-input`;
const expected = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Record<string, { code: string; line: number; col: number }>;

function buffers(): { io: Parameters<typeof cli>[1]; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, resolve: async () => [] }, out: () => out, err: () => err };
}

test('every corpus file has an expectation', () => {
  const files = ['sites', 'profiles'].flatMap((k) => readdirSync(`${DIR}/${k}`).map((f) => `${k}/${f}`)).sort();
  assert.deepEqual(files, Object.keys(expected).sort());
});

for (const [name, want] of Object.entries(expected)) {
  test(`bad input: ${name} -> ${want.code} at ${want.line}:${want.col}`, async () => {
    const file = `${DIR}/${name}`;
    const diags = name.startsWith('sites/') ? loadSite(file, catalog()).diagnostics : loadProfile(file).diagnostics;
    const first = diags.find((d) => d.severity === 'error');
    assert.ok(first, 'no error reported');
    assert.deepEqual({ code: first.code, line: first.start?.line, col: first.start?.col }, want);
    assert.ok(first.hint.length > 0, 'no hint');

    const b = buffers();
    assert.equal(await cli(['validate', file], b.io), 2);
    assert.equal(b.out(), '');
    assert.ok(b.err().startsWith(`${file}:${want.line}:${want.col}: error: `), b.err());
    assert.match(b.err(), /\n {2}hint: /);
    assert.doesNotMatch(b.err(), /\n\s+at .*\(.*:\d+:\d+\)/, 'stack trace');

    if (name.startsWith('sites/')) {
      const out = mkdtempSync(join(tmpdir(), 'portcullis-bad-'));
      try {
        const c = buffers();
        assert.equal(await cli(['compile', file, '--target', 'nftables', '--out', out], c.io), 2);
        assert.equal(c.out(), '');
        assert.deepEqual(readdirSync(out), [], 'partial output written');
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    }
  });
}
