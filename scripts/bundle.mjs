// `npm run bundle` (part of `npm run build`): the command line as one ES module per command, so
// that a command loads a few files instead of some 150 modules (most of its start-up time). The
// bin prefers it when it is at least as new as the compiled modules (dist/src).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = new URL('../dist/bundle/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [new URL('../dist/src/cli/cli.js', import.meta.url).pathname],
  outdir,
  bundle: true,
  // Each verb's command is imported when it runs: a chunk of its own.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  // commander is CommonJS: its require() of Node's modules needs a require in the ES module.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
});
