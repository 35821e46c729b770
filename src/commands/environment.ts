import { readBounded, readFailure, readHint, readStdinBounded } from '../load/read-bounded.js';
import type { OutputFile } from '../backends/backend.js';
import { writeFilesAtomically } from './write-files.js';
import { systemResolver, type Resolver } from '../net/resolver.js';

/**
 * Everything a command needs from the world, injected so that tests (and library users) can
 * give their own: reading and writing files, DNS, a clock and a way to be stopped.
 */
export interface CommandEnv {
  /** Reads a regular file, bounded in size (throws as `fs.readFileSync` does, or ReadRefused). */
  readFile: (path: string) => Buffer;
  /** Reads standard input (`--ruleset -`). */
  readStdin: () => string;
  /** Writes every file into `dir` or none (see writeFilesAtomically); returns the paths. */
  writeFiles: (dir: string, files: readonly OutputFile[]) => string[];
  /** Addresses of DNS-named peers. */
  resolve: Resolver;
  /** Waits `ms` milliseconds, or less when `signal` aborts. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Aborted when the user asks the command to stop (Ctrl-C). */
  signal: AbortSignal;
}

/** The real world: the file system, the system resolver, timers; never aborted unless `signal` is given. */
export function nodeEnv(overrides: Partial<CommandEnv> = {}): CommandEnv {
  return {
    readFile: (path) => readBounded(path),
    readStdin: () => readStdinBounded().toString('utf8'),
    writeFiles: writeFilesAtomically,
    resolve: systemResolver(),
    sleep: sleepUnlessAborted,
    signal: new AbortController().signal,
    ...overrides,
  };
}

function sleepUnlessAborted(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** A file's text, or a usage-style reason why it cannot be read (`ENOENT`). */
export function readText(env: CommandEnv, path: string): { text: string } | { error: string; hint: string } {
  try {
    return { text: path === '-' ? env.readStdin() : env.readFile(path).toString('utf8') };
  } catch (err) {
    return { error: readFailure(err), hint: readHint(err, 'check the path') };
  }
}
