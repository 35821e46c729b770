import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { makeDirs } from '../../src/apply/make-dirs.js';

const MODULE = fileURLToPath(new URL('../../src/apply/make-dirs.js', import.meta.url));

/**
 * Runs `call` in a child whose working directory is deleted (as /etc was for a rollback watchdog
 * whose lab went away under it): mkdir of anything inside answers ENOENT, the directory itself
 * EEXIST. The child's status, or null when it was still running after `ms`.
 */
function inDeletedDirectory(call: string, ms: number): { status: number | null; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-gone-'));
  const script = `import { rmdirSync, mkdirSync } from 'node:fs'; import { makeDirs } from ${JSON.stringify(MODULE)};
process.chdir(${JSON.stringify(dir)}); rmdirSync(${JSON.stringify(dir)}); ${call};`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: ms });
  rmSync(dir, { recursive: true, force: true });
  return { status: r.error ? null : r.status, stderr: r.stderr };
}

describe('making directories (apply, dns-sync state)', () => {
  test('every missing level is made, with the mode asked; an existing one is fine', () => {
    const root = mkdtempSync(join(tmpdir(), 'portcullis-dirs-'));
    try {
      const deep = join(root, 'a', 'b', 'c');
      makeDirs(deep, 0o700);
      assert.ok(statSync(deep).isDirectory());
      assert.equal(statSync(join(root, 'a')).mode & 0o777, 0o700);
      makeDirs(deep);
      makeDirs(root);
      writeFileSync(join(root, 'file'), '');
      assert.throws(() => makeDirs(join(root, 'file', 'x')), /ENOTDIR/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("inside a deleted directory it fails at once, where Node's own recursive mkdir never returns", () => {
    const ours = inDeletedDirectory(
      "try { makeDirs('ufw/applications.d'); } catch (e) { console.error(e.code); process.exit(3); }",
      30_000,
    );
    assert.equal(ours.status, 3, `makeDirs must throw (${ours.stderr})`);
    assert.match(ours.stderr, /ENOENT/);
    assert.ok(!existsSync('ufw'), 'nothing made elsewhere');
    // The control: what the watchdog ran before (if Node ever fixes this, the control says so).
    // Still going after 3 s: a loop (the same call returns in milliseconds anywhere else).
    const node = inDeletedDirectory("mkdirSync('ufw/applications.d', { recursive: true })", 3_000);
    assert.equal(node.status, null, `Node's recursive mkdir returned (${node.status}): the helper may be retired`);
  });
});
