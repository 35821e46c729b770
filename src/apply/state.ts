import { appendFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputFile } from '../backends/backend.js';
import { makeDirs } from './make-dirs.js';

/** Where apply keeps what it needs to roll back (configurable with --state-dir). */
export const DEFAULT_STATE_DIR = '/var/lib/portcullis';

/** How the rollback is armed: a transient systemd timer, or a watchdog process of its own. */
export type Timer = { kind: 'systemd'; unit: string } | { kind: 'watchdog'; pid: number };

/** An apply that waits for its confirmation: everything the rollback and the confirmation need. */
export interface Pending {
  token: string;
  site: string;
  host: string;
  target: 'nftables' | 'iptables' | 'ufw' | 'firewalld';
  /** Milliseconds since the epoch. */
  loadedAt: number;
  deadline: number;
  timer: Timer | null;
  /** The apply process while it loads the rules (a rollback waits for it, or for its death). */
  loading?: { pid: number } | null;
  persist: boolean;
  /** What was there before (the driver's snapshot), and the listing to compare after a rollback. */
  snapshot: unknown;
  listingBefore: string;
  files: OutputFile[];
}

const PENDING = 'pending.json';

export class StateDir {
  constructor(readonly dir: string) {}

  /** Creates the directory (0700) and proves it writable; the reason when not. */
  prepare(): string | null {
    try {
      makeDirs(this.dir, 0o700);
      const probe = join(this.dir, `.probe-${process.pid}`);
      writeFileSync(probe, '');
      rmSync(probe);
      return null;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code ?? String(err);
    }
  }

  pending(): Pending | null {
    try {
      return JSON.parse(readFileSync(join(this.dir, PENDING), 'utf8')) as Pending;
    } catch {
      return null;
    }
  }

  /** Writes the pending record atomically (a rename). */
  save(p: Pending): void {
    const tmp = join(this.dir, `.${PENDING}.${process.pid}`);
    writeFileSync(tmp, JSON.stringify(p, null, 2), { mode: 0o600 });
    renameSync(tmp, join(this.dir, PENDING));
  }

  /**
   * Takes the pending record for one action (confirm or rollback), atomically: of a confirmation
   * and a rollback that race, exactly one gets it (a rename succeeds once). Null when there is
   * none, or it is another apply's (`token`).
   */
  claim(action: 'confirm' | 'rollback', token?: string): Pending | null {
    const p = this.pending();
    if (!p || (token !== undefined && p.token !== token)) return null;
    const taken = join(this.dir, `${action}-${p.token}.json`);
    try {
      renameSync(join(this.dir, PENDING), taken);
    } catch {
      return null;
    }
    return JSON.parse(readFileSync(taken, 'utf8')) as Pending;
  }

  /** The record of a finished action is kept as the last one (`last.json`). */
  finish(action: 'confirm' | 'rollback', p: Pending): void {
    try {
      renameSync(join(this.dir, `${action}-${p.token}.json`), join(this.dir, 'last.json'));
    } catch {
      // already moved
    }
  }

  log(line: string): void {
    try {
      appendFileSync(join(this.dir, 'apply.log'), `${new Date().toISOString()} ${line}\n`);
    } catch {
      // the log is a courtesy; the action itself has happened
    }
  }
}
