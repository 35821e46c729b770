import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** What one command printed, and how it ended (127: not found). */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The machine apply works on: commands it runs, whether it is root, whether systemd runs it.
 * Injected so that the command's logic can be tested without a firewall (tests/unit/apply*).
 */
export interface System {
  run(cmd: string, args: readonly string[], input?: string): RunResult;
  /** Whether a command is on PATH. */
  has(cmd: string): boolean;
  isRoot(): boolean;
  /** systemd is the init system (it runs transient timers). */
  systemd(): boolean;
  /** Starts a process in a session of its own, detached from this one and its terminal; its pid. */
  spawnDetached(cmd: string, args: readonly string[]): number;
  /** Whether a process is alive and its command line contains `mark`. */
  alive(pid: number, mark: string): boolean;
  kill(pid: number): void;
  now(): number;
  env: NodeJS.ProcessEnv;
}

/** A pid that names one process other than init: 0 and -N would name process groups. */
const onePid = (pid: number): boolean => Number.isSafeInteger(pid) && pid > 1;

/** The real machine. */
export function nodeSystem(): System {
  return {
    run(cmd, args, input) {
      const r = spawnSync(cmd, args, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], timeout: 120_000 });
      if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT')
        return { code: 127, stdout: '', stderr: `${cmd}: not found` };
      return { code: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? String(r.error ?? '') };
    },
    has(cmd) {
      return (process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin').split(delimiter).some((d) => {
        try {
          accessSync(join(d, cmd), constants.X_OK);
          return true;
        } catch {
          return false;
        }
      });
    },
    isRoot: () => typeof process.geteuid === 'function' && process.geteuid() === 0,
    systemd: () => existsSync('/run/systemd/system'),
    spawnDetached(cmd, args) {
      // detached: setsid(), a new session and process group with no controlling terminal, so
      // neither a hang-up of the SSH session nor a signal to this process group reaches it.
      const child = spawn(cmd, [...args], { detached: true, stdio: 'ignore' });
      child.unref();
      if (child.pid === undefined) throw new Error(`could not start ${cmd}`);
      return child.pid;
    },
    alive(pid, mark) {
      if (!onePid(pid)) return false;
      try {
        process.kill(pid, 0);
      } catch {
        return false;
      }
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(mark);
      } catch {
        return false;
      }
    },
    kill(pid) {
      if (!onePid(pid)) return;
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // gone already
      }
    },
    now: () => Date.now(),
    env: process.env,
  };
}
