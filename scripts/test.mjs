// `npm test` (after the build): every test file of dist/tests, in two lanes at once, so that the
// suite uses both cores of a CI machine. The host-firewall kernel suite (the longest: it mostly
// waits on probes and on ufw, which runs once per rule) and dns-sync's (its 1,000-cycle runs
// wait on firewalld) go in one lane; every other file runs one at a time in the other, its
// output shown as it comes. The first lane's output is shown
// when it ends. The tests must hold on a busy machine anyway: this runs them on one.
// Exit code: that of the first lane that failed, else 0.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../dist/tests/', import.meta.url).pathname;
const BESIDE = ['kernel/dns-sync.test.js', 'kernel/host-firewall.test.js'];

/**
 * @param {string} dir
 * @returns {string[]}
 */
function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.js') ? [join(dir, e.name)] : [],
    )
    .sort();
}

const all = testFiles(root);
const beside = all.filter((f) => BESIDE.includes(relative(root, f)));
const rest = all.filter((f) => !beside.includes(f));

/**
 * @param {string[]} files
 * @param {boolean} live
 */
function lane(files, live) {
  const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
    stdio: ['ignore', live ? 'inherit' : 'pipe', live ? 'inherit' : 'pipe'],
  });
  let out = '';
  if (!live) {
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
  }
  let how = '';
  /** @type {Promise<number>} */
  const done = new Promise((resolve) =>
    child.on('close', (code, signal) => {
      // A lane ended by a signal says which (a signal to the whole process group reads like a crash).
      if (signal) how = `, killed by ${signal}`;
      resolve(code ?? 1);
    }),
  );
  return { child, done, output: () => out, how: () => how };
}

const a = lane(beside, false);
const b = lane(rest, true);
for (const sig of ['SIGINT', 'SIGTERM'])
  process.on(sig, () => {
    process.stdout.write(`\n# npm test got ${sig}: passing it to both lanes\n`);
    a.child.kill(sig);
    b.child.kill(sig);
  });
const codeB = await b.done;
const codeA = await a.done;
process.stdout.write(`\n# ---- ${beside.map((f) => relative(root, f)).join(', ')} (run beside the files above) ----\n`);
process.stdout.write(a.output());
process.stdout.write(
  `# lanes: ${rest.length} files one at a time (exit ${codeB}${b.how()}); ${beside.length} beside them (exit ${codeA}${a.how()})\n`,
);
process.exit(codeA !== 0 ? codeA : codeB);
