import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  linkSync,
  copyFileSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { OutputFile } from '../backends/backend.js';

/** Create only, never through a link: a planted symlink or an existing file at the name is an error (EEXIST, ELOOP). */
const EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/** What portcullis names its own entries beside (or, in place mode, inside) an output directory. */
const MARK = '.portcullis-';

/** Why the files cannot be written, said to the user (exit 2): the message and what to do. */
export class OutputError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/**
 * Writes a set of files into `dir` so that `dir` holds either the previous set or the new one,
 * never a mix, whatever stops the run (an error, a signal, kill -9, a full disk):
 *
 * 1. A lock beside `dir` (a directory made atomically, holding the writer's pid) keeps two runs
 *    from interleaving; a second run fails at once, naming the first (a lock whose writer is dead
 *    is taken over).
 * 2. The new set is staged in a sibling directory: the new files (each created exclusively under
 *    a name no one can guess, never through a symlink), and every other entry of `dir` linked in
 *    (hard links; copies where the file system refuses a link), so nothing of the user's is lost.
 * 3. `dir` is renamed aside, the staging directory renamed into its place, the old one removed.
 *    For an instant `dir` is absent; a kill -9 in that instant leaves both complete sets beside it,
 *    and the next run puts the previous one back before it starts (the same for stale staging
 *    directories, which it removes).
 *
 * Where `dir` cannot be renamed (its parent is not writable, it is a mount point, or it holds the
 * working directory), the files
 * are staged inside it and renamed one by one: each file is replaced atomically, the set is not
 * (the README says so). Returns the paths written.
 */
export function writeFilesAtomically(dir: string, files: readonly OutputFile[]): string[] {
  const out = followLink(resolve(dir));
  makeDirectories(dirname(out));
  const parent = dirname(out);
  const name = basename(out);
  const swap = canSwap(out, parent);
  const lockDir = swap ? join(parent, `.${name}${MARK}lock`) : join(mkdirIfMissing(out), `${MARK}lock`);
  const unlock = lock(lockDir, out);
  try {
    if (swap) {
      recover(parent, name, out);
      return swapIn(out, parent, name, files);
    }
    return replaceInPlace(out, files);
  } finally {
    unlock();
  }
}

/** `--out` given as a symlink: the directory it points at (a dangling one is an error). */
function followLink(path: string): string {
  try {
    if (!lstatSync(path).isSymbolicLink()) return path;
  } catch {
    return path;
  }
  try {
    return realpathSync(path);
  } catch {
    throw new OutputError(`${path} is a symlink to nothing`, 'point it at a directory, or give --out a directory');
  }
}

/**
 * Can the whole directory be swapped: its parent is writable, it is no mount point, and it is not
 * where this run (and so, most likely, the user's shell) stands: renaming the working directory
 * away would leave the shell in a deleted one (`--out .`).
 */
function canSwap(out: string, parent: string): boolean {
  const cwd = process.cwd();
  if (cwd === out || cwd.startsWith(`${out}${sep}`)) return false;
  const probe = join(parent, `.${basename(out)}${MARK}probe-${randomBytes(6).toString('hex')}`);
  try {
    mkdirSync(probe);
  } catch {
    return false;
  }
  rmSync(probe, { recursive: true, force: true });
  try {
    const s = statSync(out);
    if (!s.isDirectory()) throw notDirectory(out);
    return s.dev === statSync(parent).dev;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw err;
  }
}

/** The new set in a sibling directory, then swapped in for `out`. */
function swapIn(out: string, parent: string, name: string, files: readonly OutputFile[]): string[] {
  const tag = randomBytes(8).toString('hex');
  const stage = join(parent, `.${name}${MARK}new-${tag}`);
  const old = join(parent, `.${name}${MARK}old-${tag}`);
  // A directory where the set has a file is the user's: refused, not replaced.
  for (const f of files) {
    const at = join(out, f.name);
    if (entry(at)?.isDirectory())
      throw new OutputError(`${at} is a directory`, `move it away: the new ${f.name} is written there`);
  }
  mkdirSync(stage, { mode: 0o755 });
  try {
    const written = files.map((f) => f.name);
    if (exists(out)) linkTree(out, stage, new Set(written), '');
    for (const f of files) {
      const path = join(stage, f.name);
      makeDirectories(dirname(path));
      writeExclusive(path, f.content);
    }
    if (exists(out)) {
      renameSync(out, old);
      try {
        renameSync(stage, out);
      } catch (err) {
        renameSync(old, out);
        throw err;
      }
      rmSync(old, { recursive: true, force: true });
    } else renameSync(stage, out);
    return written.map((n) => join(out, n));
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/**
 * Every entry of `from` (below `rel`) that the new set does not replace, linked into `to`:
 * directories made anew, files hard-linked (copied where linking is refused), symlinks made
 * again as they are; portcullis's own entries are left out.
 */
function linkTree(from: string, to: string, replaced: ReadonlySet<string>, rel: string): void {
  for (const entry of readdirSync(join(from, rel))) {
    const path = rel ? `${rel}/${entry}` : entry;
    if (replaced.has(path) || entry.startsWith(MARK)) continue;
    const source = join(from, path);
    const target = join(to, path);
    const s = lstatSync(source);
    if (s.isDirectory()) {
      mkdirSync(target, { mode: s.mode & 0o7777 });
      linkTree(from, to, replaced, path);
    } else if (s.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else if (s.isFile()) {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target, constants.COPYFILE_EXCL);
      }
    } else
      throw new OutputError(
        `${source} is neither a file, a directory nor a symlink`,
        'move it out of the output directory, or give --out another directory',
      );
  }
}

/** Each file staged inside `out` and renamed into place: atomic per file, not for the set. */
function replaceInPlace(out: string, files: readonly OutputFile[]): string[] {
  const stage = join(out, `${MARK}new-${randomBytes(8).toString('hex')}`);
  mkdirSync(stage);
  try {
    files.forEach((f, i) => writeExclusive(join(stage, String(i)), f.content));
    return files.map((f, i) => {
      const final = join(out, f.name);
      makeDirectories(dirname(final));
      renameSync(join(stage, String(i)), final);
      return final;
    });
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/**
 * Puts back what a killed run left of `dir` (see writeFilesAtomically): every compile into it
 * does this first; exported for tools and tests that read `dir` after such a run.
 */
export function recoverOutput(dir: string): void {
  const out = resolve(dir);
  // Under the lock, as a compile would (a stale one, its writer killed, is taken over and removed).
  const unlock = lock(join(dirname(out), `.${basename(out)}${MARK}lock`), out);
  try {
    recover(dirname(out), basename(out), out);
  } finally {
    unlock();
  }
}

/**
 * What a killed run left beside `out`: staging directories are removed; when `out` itself is
 * missing (killed between the two renames), the previous set is put back first.
 */
function recover(parent: string, name: string, out: string): void {
  const prefix = `.${name}${MARK}`;
  const left = readdirSync(parent).filter((e) => e.startsWith(`${prefix}new-`) || e.startsWith(`${prefix}old-`));
  if (!exists(out)) {
    const old = left.find((e) => e.startsWith(`${prefix}old-`));
    if (old) renameSync(join(parent, old), out);
  }
  for (const e of left) rmSync(join(parent, e), { recursive: true, force: true });
}

/** Takes the lock `lockDir` for `out`, or fails naming the run that holds it; returns the release. */
function lock(lockDir: string, out: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      mkdirSync(lockDir, { mode: 0o700 });
      writeExclusive(join(lockDir, 'pid'), `${process.pid}\n`);
      return () => rmSync(lockDir, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = lockHolder(lockDir);
    if (holder !== null)
      throw new OutputError(
        `another portcullis run (pid ${holder}) is writing into ${out}`,
        'wait for it to finish, or give --out another directory',
      );
    // Its writer is gone (killed): the lock is stale.
    rmSync(lockDir, { recursive: true, force: true });
  }
  throw new OutputError(`cannot take the lock ${lockDir}`, 'remove it if no portcullis run is writing there');
}

/** The pid of a live writer holding the lock; null when it is dead (or wrote no pid long ago). */
function lockHolder(lockDir: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lockDir, 'pid'), 'utf8').trim());
  } catch {
    // Made, its pid not written yet: a writer that is starting, unless that was long ago.
    try {
      return Date.now() - statSync(lockDir).mtimeMs < 10_000 ? -1 : null;
    } catch {
      return null;
    }
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

/**
 * Makes `dir` and its missing parents one level at a time (mkdir's own recursion spins on
 * /proc); an ancestor that is no directory is an error naming it.
 */
function makeDirectories(dir: string): void {
  const missing: string[] = [];
  let at = dir;
  for (;;) {
    try {
      if (!statSync(at).isDirectory()) throw notDirectory(at);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      missing.unshift(at);
      const up = dirname(at);
      if (up === at) break;
      at = up;
    }
  }
  for (const d of missing) mkdirIfMissing(d);
}

function mkdirIfMissing(dir: string): string {
  try {
    mkdirSync(dir, { mode: 0o755 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    if (!statSync(dir).isDirectory()) throw notDirectory(dir);
  }
  return dir;
}

function notDirectory(path: string): OutputError {
  return new OutputError(`${path} is not a directory`, 'give --out a directory (it is made if missing)');
}

/** The entry at `path` itself (a link is not followed), or null when there is none. */
function entry(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

function exists(path: string): boolean {
  return entry(path) !== null;
}

/** Creates `path` (it must not exist, nor be a link) with `content`; removes it again if writing fails. */
function writeExclusive(path: string, content: string): void {
  const fd = openSync(path, EXCLUSIVE, 0o644);
  try {
    const bytes = Buffer.from(content, 'utf8');
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
  } catch (err) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw err;
  }
  closeSync(fd);
}
