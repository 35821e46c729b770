import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { OutputFile } from '../backends/backend.js';

/**
 * Writes every file or none: each goes to a temporary name in the target directory first, and
 * only when all are written are they renamed into place (rename is atomic on one filesystem).
 */
export function writeFilesAtomically(dir: string, files: readonly OutputFile[]): string[] {
  mkdirSync(dir, { recursive: true });
  const temps: [string, string][] = [];
  try {
    for (const f of files) {
      // A name may hold a subdirectory (firewalld's zones/, policies/, ipsets/).
      const final = join(dir, f.name);
      mkdirSync(dirname(final), { recursive: true });
      const temp = join(dirname(final), `.${basename(f.name)}.${process.pid}.tmp`);
      writeFileSync(temp, f.content, { mode: 0o644 });
      temps.push([temp, final]);
    }
  } catch (err) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw err;
  }
  for (const [temp, final] of temps) renameSync(temp, final);
  return temps.map(([, final]) => final);
}
