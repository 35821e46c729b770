import assert from 'node:assert/strict';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { recoverOutput, writeFilesAtomically } from '../../src/commands/write-files.js';

describe('writing the output files', () => {
  const scratch = (): string => mkdtempSync(join(tmpdir(), 'portcullis-write-'));

  test('a symlink planted in --out is never written through', () => {
    const dir = scratch();
    try {
      const out = join(dir, 'out');
      mkdirSync(out);
      const victim = join(dir, 'victim');
      writeFileSync(victim, 'precious\n');
      // The names an earlier version used (pid-based), and the final name's neighbours.
      for (let pid = process.pid - 50; pid <= process.pid + 50; pid++)
        symlinkSync(victim, join(out, `.mx1.nft.${pid}.tmp`));
      writeFilesAtomically(out, [{ name: 'mx1.nft', content: 'table inet portcullis {}\n' }]);
      assert.equal(readFileSync(victim, 'utf8'), 'precious\n');
      assert.equal(readFileSync(join(out, 'mx1.nft'), 'utf8'), 'table inet portcullis {}\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a rename that fails leaves no temporary file behind', () => {
    const dir = scratch();
    try {
      for (let i = 0; i < 2; i++) {
        const out = join(dir, `o${i}`);
        mkdirSync(out);
        // A directory at the final name makes the rename fail after the temporary file was made.
        mkdirSync(join(out, 'b.nft'));
        assert.throws(() =>
          writeFilesAtomically(out, [
            { name: 'a.nft', content: 'a\n' },
            { name: 'b.nft', content: 'b\n' },
          ]),
        );
        // No temporary file is left behind on failure.
        assert.deepEqual(
          readdirSync(out).filter((n) => n.endsWith('.tmp')),
          [],
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('killed between the two renames: the previous set is put back, the staged one removed', () => {
    const dir = scratch();
    try {
      const out = join(dir, 'out');
      writeFilesAtomically(out, [{ name: 'a.nft', content: 'old\n' }]);
      // The state a kill -9 leaves in that instant: no out, the old set and the new one beside it.
      const old = join(dir, '.out.portcullis-old-0123');
      const stage = join(dir, '.out.portcullis-new-0123');
      renameSync(out, old);
      mkdirSync(stage);
      writeFileSync(join(stage, 'a.nft'), 'new\n');
      recoverOutput(out);
      assert.equal(readFileSync(join(out, 'a.nft'), 'utf8'), 'old\n');
      assert.deepEqual(readdirSync(dir), ['out']);
      // A compile does the same first, then writes its set; other files of the directory are kept.
      writeFileSync(join(out, 'notes.txt'), 'mine\n');
      renameSync(out, old);
      writeFilesAtomically(out, [{ name: 'b.nft', content: 'b\n' }]);
      assert.deepEqual(readdirSync(out).sort(), ['a.nft', 'b.nft', 'notes.txt']);
      assert.deepEqual(readdirSync(dir), ['out']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--out that is a file, a dangling symlink, or under /proc: a clear error, at once', () => {
    const dir = scratch();
    try {
      writeFileSync(join(dir, 'plain'), 'x');
      assert.throws(() => writeFilesAtomically(join(dir, 'plain'), []), /plain is not a directory/);
      assert.throws(() => writeFilesAtomically(join(dir, 'plain', 'sub'), []), /plain is not a directory/);
      symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
      assert.throws(() => writeFilesAtomically(join(dir, 'dangling'), []), /dangling is a symlink to nothing/);
      // mkdir's own recursion spins on /proc; this fails at once.
      assert.throws(() => writeFilesAtomically('/proc/portcullis-nope/out', [{ name: 'a', content: '' }]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--out . (the working directory) is written in place: the shell is not left in a deleted directory', () => {
    const dir = scratch();
    const before = process.cwd();
    try {
      const out = join(dir, 'rules');
      mkdirSync(out);
      process.chdir(out);
      writeFilesAtomically('.', [{ name: 'a.nft', content: 'a\n' }]);
      writeFilesAtomically('.', [{ name: 'a.nft', content: 'b\n' }]);
      // Still the same directory, not a removed one.
      assert.equal(readFileSync(join(process.cwd(), 'a.nft'), 'utf8'), 'b\n');
      assert.deepEqual(readdirSync(out), ['a.nft']);
      assert.deepEqual(readdirSync(dir), ['rules']);
    } finally {
      process.chdir(before);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
