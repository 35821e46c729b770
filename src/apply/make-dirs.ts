import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * `mkdir -p` that fails instead of looping: Node's recursive mkdirSync retries forever when a
 * parent exists but cannot hold new entries (a directory deleted while still a mount point or a
 * working directory answers ENOENT to every mkdir inside it, EEXIST to its own). A rollback
 * watchdog hit exactly that and spun at 91% CPU for an hour; here each missing level is made
 * once, the nearest existing ancestor first, and the first error is thrown.
 */
export function makeDirs(path: string, mode?: number): void {
  const missing: string[] = [];
  for (let p = resolve(path); ;) {
    try {
      statSync(p);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      missing.push(p);
      const up = dirname(p);
      if (up === p) throw err;
      p = up;
    }
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir, mode === undefined ? undefined : { mode });
    } catch (err) {
      // Made meanwhile by someone else: fine, if it is a directory (the next level tells).
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}
