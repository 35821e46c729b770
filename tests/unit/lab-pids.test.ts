import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { nodeSystem } from '../../src/apply/system.js';
import { pidIn } from '../kernel/ssh-lab.js';

// The kernel labs kill what their pid files name: a file not yet written must name no pid, never
// 0 (process.kill(0) signals the test runner's whole process group) or 1.
test('lab pid files: only a whole number above 1 is a pid; absent, empty, half-written or 0 is none', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-pids-'));
  try {
    const at = (text: string | null): number | null => {
      const f = join(dir, 'x.pid');
      rmSync(f, { force: true });
      if (text !== null) writeFileSync(f, text);
      return pidIn(f);
    };
    assert.equal(at(null), null, 'absent');
    assert.equal(at(''), null, 'empty (sshd has opened it, not yet written it)');
    assert.equal(at('\n'), null);
    assert.equal(at('0\n'), null);
    assert.equal(at('1\n'), null);
    assert.equal(at('-12\n'), null);
    assert.equal(at('12ab'), null);
    assert.equal(at('99999999999999999999'), null);
    assert.equal(at('4242\n'), 4242);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("apply's own system: a watchdog pid of 0, -1 or 1 is never alive and never signalled", async () => {
  const sys = nodeSystem();
  // process.argv holds the test file's own path: the mark a live pid (this process) is checked with.
  const mark = process.argv[1]!;
  assert.equal(sys.alive(process.pid, mark), true, 'the control: this process is alive with its mark');
  for (const pid of [0, -1, 1, -process.pid, Number.NaN]) assert.equal(sys.alive(pid, ''), false, `pid ${pid}`);
  // kill(0) and kill(-pgid), in a child in a process group of its own: were they not refused, the
  // child's group (and only it) would get SIGTERM, which the child reports.
  const system = new URL('../../src/apply/system.js', import.meta.url).href;
  const code = `
    const { nodeSystem } = await import(${JSON.stringify(system)});
    process.on('SIGTERM', () => console.log('SIGTERM'));
    nodeSystem().kill(0);
    nodeSystem().kill(-process.pid);
    setTimeout(() => console.log('done'), 200);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { detached: true });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise((resolve) => child.on('close', resolve));
  assert.equal(out.trim(), 'done');
});
