import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** The most any input file may hold (rulesets and ipset dumps are the large ones). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Why a file was not read, in words (its `code` is `ENOTREG` or `EFBIG`, else the system's). */
export class ReadRefused extends Error {
  constructor(
    readonly code: 'ENOTREG' | 'EFBIG',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a regular file, at most `limit` bytes: the size is checked while reading (a file that
 * grows, or lies about its size, stops at the limit), and devices, FIFOs, sockets and
 * directories are refused before anything is read (a FIFO is opened without waiting for a writer).
 */
export function readBounded(path: string, limit = MAX_INPUT_BYTES): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const kind = specialKind(fstatSync(fd));
    if (kind) throw new ReadRefused('ENOTREG', `${path} is ${kind}, not a regular file`);
    return readAll(fd, limit, path);
  } finally {
    closeSync(fd);
  }
}

/** Standard input, at most `limit` bytes (a pipe or a file given on purpose with `-`). */
export function readStdinBounded(limit = MAX_INPUT_BYTES): Buffer {
  return readAll(0, limit, 'standard input');
}

/** The reason a read failed, for a diagnostic: the refusal's words, or the system's code. */
export function readFailure(err: unknown): string {
  if (err instanceof ReadRefused) return err.message;
  return (err as NodeJS.ErrnoException).code ?? String(err);
}

/** What to do about a failed read. */
export function readHint(err: unknown, otherwise: string): string {
  if (err instanceof ReadRefused)
    return err.code === 'ENOTREG'
      ? 'give a regular file (for standard input, give - where the command takes it)'
      : 'this is far larger than any site, profile or ruleset: check that it is the file you meant';
  return otherwise;
}

function readAll(fd: number, limit: number, what: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      // A non-blocking pipe with nothing yet: wait a little, without spinning.
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      throw err;
    }
    if (n === 0) break;
    total += n;
    if (total > limit)
      throw new ReadRefused('EFBIG', `${what} is larger than ${Math.round(limit / 1024 / 1024)} MB, the limit`);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks, total);
}

function specialKind(s: Stats): string | null {
  if (s.isFile()) return null;
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a FIFO';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  return 'a special file';
}
