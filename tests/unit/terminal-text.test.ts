import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { mdText, csvCell } from '../../src/backends/handout.js';
import { cli } from '../../src/cli/cli.js';
import { visible } from '../../src/cli/visible.js';

/** Text from profiles, sites and arguments never acts on the terminal, nor hides in a handout. */
const ACTIVE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|\r(?!\n)/;

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await cli(argv, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    resolve: async () => ['198.51.100.7'],
  });
  return { code, out, err };
}

const HOSTILE = 'x\u001b]52;c;ZWNobyBoaQ==\u0007\u001b[2J\u202eevil\u2066\r\u0085y';

describe('terminal text', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'portcullis-tty-'));
    mkdirSync(join(dir, 'catalog'));
    writeFileSync(
      join(dir, 'catalog', 'hostile.yaml'),
      `id: hostile\ntitle: ${JSON.stringify(`Hostile ${HOSTILE}`)}\nsource: h.txt\ndescription: ${JSON.stringify(HOSTILE)}\nroles: { server: ${JSON.stringify(HOSTILE)} }\npeers: { internet: { description: ${JSON.stringify(HOSTILE)} } }\nflows:\n  - { from: internet, to: server, tcp: 25, why: ${JSON.stringify(HOSTILE)}, cite: here }\n`,
    );
    writeFileSync(
      join(dir, 'site.yaml'),
      `site: x\nhosts:\n  h1: { addresses: [203.0.113.10], description: "${HOSTILE.replace(/\r/g, '\\r')}" }\n  bad: { addresses: ["${'\u001b[31m'}nope"] }\n`,
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('visible(): every active character written out, the rest untouched', () => {
    assert.equal(visible('a\u001b[2Jb\u202ec\r\nd\te'), 'a\\x1b[2Jb\\u202ec\r\nd\te');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const v = visible(s);
        assert.doesNotMatch(v, ACTIVE);
        // Nothing else changes: without the active characters, the text is the same.
        assert.equal(
          v.replace(/\\x[0-9a-f]{2}|\\u[0-9a-f]{4}/g, ''),
          s.replace(new RegExp(ACTIVE.source, 'g'), '').replace(/\\x[0-9a-f]{2}|\\u[0-9a-f]{4}/g, ''),
        );
      }),
    );
  });

  test('catalog show and list, plain and JSON: profile texts reach the terminal visible, the JSON still parses', async () => {
    for (const argv of [
      ['--catalog', join(dir, 'catalog'), 'catalog', 'show', 'hostile'],
      ['--catalog', join(dir, 'catalog'), 'catalog', 'list'],
      ['--catalog', join(dir, 'catalog'), 'catalog', 'show', 'hostile', '--json'],
    ]) {
      const r = await run(argv);
      assert.equal(r.code, 0, r.err);
      assert.doesNotMatch(r.out + r.err, ACTIVE, argv.join(' '));
      if (argv.includes('--json')) {
        const json = JSON.parse(r.out) as { description: string };
        // The JSON keeps the data: the escapes are JSON escapes.
        assert.ok(json.description.includes('\u202e'));
      }
    }
    const shown = await run(['--catalog', join(dir, 'catalog'), 'catalog', 'show', 'hostile']);
    assert.match(shown.out, /\\x1b\]52;c;ZWNobyBoaQ==\\x07/);
  });

  test('a diagnostic quoting a source line, and an argument echoed back, are visible', async () => {
    const r = await run(['validate', join(dir, 'site.yaml')]);
    assert.equal(r.code, 2);
    assert.doesNotMatch(r.err, ACTIVE);
    // YAML refuses the raw escape sequence in the text; the diagnostic quotes the line, made visible.
    assert.match(r.err, /:3:\d+: error: control character U\+001B/);
    assert.match(r.err, /\\x1b\]52;c;ZWNobyBoaQ==\\x07/);
    const arg = await run(['compile', join(dir, 'site.yaml'), '--target', `nft\u001b[2Jables`]);
    assert.equal(arg.code, 2);
    assert.doesNotMatch(arg.err, ACTIVE);
  });

  test('the handout shows bidi controls and leaves no link to follow', () => {
    const md = mdText('see https://evil.example and www.evil.example \u202etxt.exe');
    assert.doesNotMatch(md, /https:\/\/|www\.e|\u202e/);
    assert.match(md, /U\+202E/);
    assert.doesNotMatch(csvCell('a\u2066b'), /\u2066/);
  });
});
