import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { ApplyError } from './driver.js';
import type { Timer } from './state.js';
import type { System } from './system.js';

/** The command that rolls back a pending apply (`apply --rollback --if-token T`), as argv. */
export function rollbackCommand(stateDir: string, token: string): string[] {
  return [
    process.execPath,
    join(PACKAGE_ROOT, 'bin', 'portcullis.js'),
    'apply',
    '--rollback',
    '--if-token',
    token,
    '--state-dir',
    stateDir,
  ];
}

/**
 * Arms the rollback so that it outlives the apply process, the SSH session and the terminal.
 * Where systemd runs: a transient timer (`systemd-run --on-active`), whose service the system
 * manager starts, outside any login session. Elsewhere (or with `watchdog`): a process of
 * portcullis's own in a new session, with no controlling terminal, ignoring SIGHUP, that waits
 * until the deadline.
 */
export function armRollback(
  sys: System,
  stateDir: string,
  token: string,
  deadline: number,
  how: 'auto' | 'watchdog' | 'systemd',
): Timer {
  const argv = rollbackCommand(stateDir, token);
  const useSystemd = how === 'systemd' || (how === 'auto' && sys.systemd() && sys.has('systemd-run'));
  if (useSystemd) {
    const unit = `portcullis-rollback-${token}`;
    const seconds = Math.max(1, Math.ceil((deadline - sys.now()) / 1000));
    const r = sys.run('systemd-run', [
      '--quiet',
      `--unit=${unit}`,
      `--on-active=${seconds}s`,
      '--timer-property=AccuracySec=100ms',
      `--description=portcullis: roll back the apply ${token} unless confirmed`,
      ...argv,
    ]);
    if (r.code !== 0)
      throw new ApplyError(
        `could not arm the rollback timer: systemd-run: ${(r.stderr || r.stdout).trim()}`,
        'nothing was loaded; run again with --watchdog to use a watchdog process instead of systemd',
      );
    return { kind: 'systemd', unit };
  }
  const pid = sys.spawnDetached(argv[0]!, [...argv.slice(1), '--at', String(deadline)]);
  return { kind: 'watchdog', pid };
}

/** Stops the armed rollback (after a confirmation, or a rollback run by hand). */
export function disarm(sys: System, timer: Timer | null, token: string): void {
  if (!timer) return;
  if (timer.kind === 'systemd') {
    sys.run('systemctl', ['stop', `${timer.unit}.timer`, `${timer.unit}.service`]);
    return;
  }
  // Only our own watchdog: a pid can be reused once the process is gone.
  if (sys.alive(timer.pid, token)) sys.kill(timer.pid);
}
