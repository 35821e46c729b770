import { chmodSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { makeDirs } from './make-dirs.js';

export const BEGIN = '# portcullis: begin (written by portcullis apply --persist; edit the site, not these lines)';
export const END = '# portcullis: end';

/** Writes a file whole or not at all (a temporary file beside it, then a rename). */
export function writeFileAtomic(path: string, content: string, mode = 0o644): void {
  makeDirs(dirname(path));
  const tmp = join(dirname(path), `.${basename(path)}.portcullis-${process.pid}`);
  writeFileSync(tmp, content, { mode });
  chmodSync(tmp, mode);
  renameSync(tmp, path);
}

/** A file's text, or `fallback` when it cannot be read (not there yet). */
export function readOr(path: string, fallback: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
}

/** A configuration file as it was, to put back exactly: its text and mode, or null when it was not there. */
export type SavedFile = { text: string; mode: number } | null;

export function saveFile(path: string): SavedFile {
  try {
    return { text: readFileSync(path, 'utf8'), mode: statSync(path).mode & 0o7777 };
  } catch {
    return null;
  }
}

/** Puts a saved file back (atomically, with its mode), or removes it when it was not there. */
export function putBack(path: string, saved: SavedFile): void {
  if (saved === null) rmSync(path, { force: true });
  else writeFileAtomic(path, saved.text, saved.mode);
}

/**
 * Puts `lines` between portcullis's markers in a configuration file, replacing an earlier
 * block and leaving every other line as it is; a file that does not exist starts as `initial`.
 */
export function ensureBlock(path: string, lines: readonly string[], initial: string): void {
  const text = readOr(path, initial);
  writeFileAtomic(path, withBlock(text, lines));
}

/** The text with portcullis's block (at the end) holding `lines`. */
export function withBlock(text: string, lines: readonly string[]): string {
  const kept: string[] = [];
  let inside = false;
  for (const l of text.split('\n')) {
    if (l === BEGIN) inside = true;
    else if (l === END) inside = false;
    else if (!inside) kept.push(l);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return `${[...kept, BEGIN, ...lines, END].join('\n')}\n`;
}
