import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/fixtures.js';

/**
 * The README's examples are the tool's output: every command in a block (`$ npx portcullis ...`)
 * is run in a scratch directory that sees examples/ and tests/, and the lines shown under it must
 * appear in what it prints, in that order (blocks are abridged: lines may be left out between
 * them), where `...` in a line stands for any text and a trailing `   # note` is the README's
 * annotation. A `$ #` line shows output of a variant the README describes: not run. So a figure
 * shown (a rule count, a file name, a message) cannot go stale.
 */
const BIN = join(ROOT, 'bin/portcullis.js');

interface Example {
  line: number;
  args: string[];
  expected: string[];
}

function examples(readme: string): Example[] {
  const out: Example[] = [];
  const lines = readme.split('\n');
  let inBlock = false;
  let current: Example | null = null;
  lines.forEach((l, i) => {
    if (l.startsWith('```')) {
      inBlock = !inBlock;
      current = null;
      return;
    }
    if (!inBlock) return;
    if (l.startsWith('$ npx portcullis ')) {
      current = { line: i + 1, args: l.slice('$ npx portcullis '.length).split(' '), expected: [] };
      out.push(current);
    } else if (l.startsWith('$')) current = null;
    else if (current && l.trim() !== '' && l !== '...') current.expected.push(l.replace(/ {3,}# .*$/, ''));
  });
  return out;
}

/** The first expected line that does not appear (in order) in `actual`, or null. */
function missing(expected: readonly string[], actual: readonly string[]): string | null {
  let at = 0;
  for (const want of expected) {
    const re = new RegExp(
      `^${want
        .split('...')
        .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    while (at < actual.length && !re.test(actual[at]!)) at++;
    if (at === actual.length) return want;
    at++;
  }
  return null;
}

/** The text of every file under `dir`, one after another. */
function filesUnder(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

test("the README's example outputs are what the tool prints", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const found = examples(readme);
  assert.ok(found.length >= 15, `only ${found.length} examples found`);
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-readme-'));
  try {
    symlinkSync(join(ROOT, 'examples'), join(dir, 'examples'));
    symlinkSync(join(ROOT, 'tests'), join(dir, 'tests'));
    const problems: string[] = [];
    for (const ex of found) {
      const r = spawnSync('node', [BIN, ...ex.args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
      // With --out, what is shown may be the files' text as well.
      const out = ex.args.indexOf('--out');
      const files = out >= 0 ? filesUnder(join(dir, ex.args[out + 1]!)) : '';
      const printed = `${r.stdout}\n${r.stderr}\n${files}`.split('\n');
      const m = missing(ex.expected, printed);
      if (m !== null) problems.push(`README.md:${ex.line}: portcullis ${ex.args.join(' ')}\n  not printed: ${m}`);
    }
    assert.deepEqual(problems, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
