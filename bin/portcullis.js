#!/usr/bin/env node
// Thin shell: all behaviour lives in the library's cli(argv, io).
import { statSync } from 'node:fs';

// The command runs from the bundle (`npm run build`: one module per command to load, which is
// most of its start-up time); from the compiled modules when the bundle is missing or older
// than they are (after a bare `tsc`), so that what runs is always what was last compiled.
const mtime = (/** @type {string} */ path) => {
  try {
    return statSync(new URL(path, import.meta.url)).mtimeMs;
  } catch {
    return -1;
  }
};
const bundled = mtime('../dist/bundle/cli.mjs') >= mtime('../dist/src/cli/cli.js');
/** @returns {Promise<typeof import('../dist/src/cli/cli.js')>} */
const load = () => import(bundled ? '../dist/bundle/cli.mjs' : '../dist/src/cli/cli.js');
const { cli } = await load();

// Ctrl-C, a hangup or a TERM end the run between two steps, never inside one: the output files are
// written synchronously, so such a signal waits until the set is swapped in (or cleaned up). A verb
// that listens for a signal itself (listen) handles it instead.
/** @type {Record<string, number>} */
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
for (const signal of Object.keys(SIGNALS)) {
  process.on(signal, () => {
    if (process.listenerCount(signal) === 1) process.exit(128 + (SIGNALS[signal] ?? 0));
  });
}

// A reader that went away (`| head`) ends what is printed, not the run: the command finishes with
// its own exit code. Any other failure to write the output is an environment the run cannot use.
process.stdout.on('error', (/** @type {NodeJS.ErrnoException} */ err) => {
  if (err.code === 'EPIPE') return;
  process.stderr.write(
    `portcullis: error: cannot write to standard output (${err.code ?? err.message})\n  hint: write to a file or a pipe that accepts it, or give --out DIR\n`,
  );
  process.exit(2);
});

process.exitCode = await cli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
