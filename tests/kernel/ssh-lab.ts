import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lab } from './lab.js';

/**
 * The pid a pid file names, or null while it names none (absent, empty, half-written). Never 0:
 * `process.kill(0, sig)` signals the whole process group, the test runner and CI's shell with it,
 * and `pgrep -P 0` lists init. (sshd writes its pid file after it logs that it listens: read
 * at that moment, it was absent in 19 of 40 starts, and an empty one read as 0. A CI run that
 * ended with exit 143 a minute in, all lanes at once, fits that.)
 */
export function pidIn(file: string): number | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
  const pid = /^\d+$/.test(text) ? Number(text) : NaN;
  return Number.isSafeInteger(pid) && pid > 1 ? pid : null;
}

/**
 * An SSH server inside one lab namespace, as on a real host, that never touches this machine:
 * a throwaway host key and authorised key, its own configuration, and a private view of the
 * paths apply writes (a copy of /etc bind-mounted over /etc, and of /lib/ufw over /lib/ufw,
 * fresh tmpfs on /run and /var/lib for the state directory). The sessions it starts share that view: what `apply --persist`
 * writes lands in `etc` here, and the machine's /etc is never written.
 */
export class SshServer {
  readonly dir = mkdtempSync(join(tmpdir(), 'portcullis-ssh-'));
  readonly etc = join(this.dir, 'etc');
  private proc: ChildProcessWithoutNullStreams | null = null;
  private readonly key = join(this.dir, 'client');
  private readonly pidFile = join(this.dir, 'sshd.pid');

  constructor(
    private readonly lab: Lab,
    private readonly host: string,
    private readonly addresses: readonly string[],
    /** Also run a private D-Bus system bus and firewalld there, as on a firewalld host. */
    private readonly firewalld = false,
  ) {}

  /** Starts sshd and waits until it listens. */
  async start(): Promise<void> {
    execFileSync('cp', ['-a', '/etc', this.etc]);
    // ufw keeps its rules in /lib/ufw: a private copy too.
    if (existsSync('/lib/ufw')) execFileSync('cp', ['-a', '/lib/ufw', join(this.dir, 'lib-ufw')]);
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(this.dir, 'hostkey')]);
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', this.key]);
    writeFileSync(join(this.dir, 'authorized_keys'), readFileSync(`${this.key}.pub`));
    mkdirSync(join(this.etc, 'iptables'), { recursive: true });
    const config = [
      ...this.addresses.map((a) => `ListenAddress ${a.includes(':') ? `[${a}]` : a}`),
      `HostKey ${join(this.dir, 'hostkey')}`,
      `AuthorizedKeysFile ${join(this.dir, 'authorized_keys')}`,
      'PermitRootLogin prohibit-password',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'StrictModes no',
      `PidFile ${this.pidFile}`,
      `SetEnv PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
      '',
    ].join('\n');
    writeFileSync(join(this.dir, 'sshd_config'), config);
    const script = [
      'set -e',
      `mount -n --bind ${this.etc} /etc`,
      'mount -n -t tmpfs tmpfs /run',
      'mount -n -t tmpfs tmpfs /var/lib',
      ...(existsSync('/lib/ufw') ? [`mount -n --bind ${join(this.dir, 'lib-ufw')} /lib/ufw`] : []),
      'mkdir -p /run/sshd',
      ...(this.firewalld
        ? [
            'mkdir -p /run/dbus',
            `dbus-daemon --system --fork --print-pid > ${join(this.dir, 'dbus.pid')}`,
            // In a subshell that exits: firewalld is no child of sshd (a test kills sshd's children).
            `( firewalld --nofork --nopid >${join(this.dir, 'firewalld.log')} 2>&1 & echo $! > ${join(this.dir, 'firewalld.pid')} )`,
            'for i in $(seq 1 200); do [ "$(firewall-cmd --state 2>/dev/null)" = running ] && break; sleep 0.1; done',
            '[ "$(firewall-cmd --state 2>/dev/null)" = running ] || { echo "firewalld did not start" >&2; exit 1; }',
          ]
        : []),
      `exec /usr/sbin/sshd -D -e -f ${join(this.dir, 'sshd_config')}`,
    ].join('; ');
    const proc = spawn('ip', ['netns', 'exec', this.lab.ns(this.host), 'sh', '-c', script], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.proc = proc;
    await new Promise<void>((resolve, reject) => {
      let log = '';
      let listening = false;
      let exited = false;
      const timer = setTimeout(() => reject(new Error(`sshd did not start: ${log}`)), 20_000);
      proc.stderr.on('data', (d: Buffer) => {
        log += d.toString();
        // One line per listening address: wait for all of them.
        if (!listening && (log.match(/Server listening on/g) ?? []).length >= this.addresses.length) {
          listening = true;
          // sshd writes its pid file after it logs the listening addresses: wait for that too,
          // since everything here (nsenter, the sessions, stop) goes by that pid.
          const poll = (): void => {
            if (pidIn(this.pidFile) !== null) {
              clearTimeout(timer);
              resolve();
            } else if (!exited) setTimeout(poll, 10);
          };
          poll();
        }
      });
      proc.on('exit', (code) => {
        exited = true;
        clearTimeout(timer);
        reject(new Error(`sshd exited (${code}): ${log}`));
      });
    });
  }

  /** Runs a command on the host over a NEW SSH connection from a lab node. */
  ssh(
    from: string,
    addr: string,
    command: string,
    timeoutMs = 30_000,
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    const args = this.sshArgs(from, addr, command, ['-o', 'ConnectTimeout=2']);
    return new Promise((resolve) => {
      const p = spawn('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      let killed = false;
      const timer = setTimeout(() => {
        killed = true;
        p.kill('SIGKILL');
      }, timeoutMs);
      // 'close', not 'exit': the output may still be arriving when the process has exited.
      p.on('close', (code) => {
        clearTimeout(timer);
        // A session the test gave up on says so (a bare 255 reads like a refused connection).
        if (killed) stderr += `\n(the test killed this SSH session after ${timeoutMs} ms: ${command})`;
        resolve({ code: code ?? 255, stdout, stderr });
      });
    });
  }

  /** Starts a command over SSH and leaves the session open (for killing it); resolves once it printed `ready`. */
  sshHeld(
    from: string,
    addr: string,
    command: string,
    ready: RegExp,
    timeoutMs = 30_000,
  ): Promise<ChildProcessWithoutNullStreams> {
    const p = spawn('ip', this.sshArgs(from, addr, command, []), { stdio: ['pipe', 'pipe', 'pipe'] });
    return new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => {
        p.kill('SIGKILL');
        reject(new Error(`no "${ready.source}" over ssh within ${timeoutMs} ms: ${out}`));
      }, timeoutMs);
      const seen = (d: Buffer): void => {
        out += d.toString();
        if (ready.test(out)) {
          clearTimeout(timer);
          resolve(p);
        }
      };
      p.stdout.on('data', seen);
      p.stderr.on('data', seen);
    });
  }

  /** `ip netns exec FROM ssh ... root@ADDR COMMAND`, with the throwaway key and no host-key questions. */
  private sshArgs(from: string, addr: string, command: string, extra: string[]): string[] {
    const opts = ['StrictHostKeyChecking=no', 'UserKnownHostsFile=/dev/null', 'BatchMode=yes', 'LogLevel=ERROR'];
    return [
      'netns',
      'exec',
      this.lab.ns(from),
      'ssh',
      '-i',
      this.key,
      ...opts.flatMap((o) => ['-o', o]),
      ...extra,
      `root@${addr}`,
      command,
    ];
  }

  /** The listening sshd's pid (start() waited for its pid file). */
  private master(): number {
    const pid = pidIn(this.pidFile);
    if (pid === null) throw new Error(`sshd names no pid in ${this.pidFile} (not started, or gone)`);
    return pid;
  }

  /** The sshd processes that serve sessions (children of the listening one). */
  sessionPids(): number[] {
    const master = this.master();
    try {
      return execFileSync('pgrep', ['-P', String(master)], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  }

  /**
   * Starts a program inside the host's namespaces (network and the private mounts sshd sees),
   * not over SSH: a daemon of the host's own (Docker-like) that no session owns.
   */
  spawnInside(command: string): ChildProcessWithoutNullStreams {
    // A process group of its own: stop() ends the whole pipeline.
    const p = spawn('nsenter', ['-t', String(this.master()), '-m', '-n', 'sh', '-c', command], {
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    this.inside.push(p);
    return p;
  }

  private readonly inside: ChildProcessWithoutNullStreams[] = [];

  /** Runs a shell command inside the host's namespaces (as spawnInside) and returns its output; throws if it fails. */
  runInside(command: string): string {
    return execFileSync('nsenter', ['-t', String(this.master()), '-m', '-n', 'sh', '-c', command], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  /**
   * Ends everything the lab started. Every pid comes through pidIn (a pid file not yet written
   * names none, never 0) and the sweep of the private mounts never takes this machine's own.
   */
  stop(): void {
    for (const p of this.inside)
      try {
        if (p.pid !== undefined && p.pid > 1) process.kill(-p.pid, 'SIGKILL');
      } catch {
        // gone
      }
    for (const f of ['firewalld.pid', 'dbus.pid']) {
      const pid = pidIn(join(this.dir, f));
      try {
        if (pid !== null) process.kill(pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
    const master = pidIn(this.pidFile);
    // Every other process still in the host's private mounts: a rollback watchdog that apply left
    // armed when a test failed half-way would otherwise outlive the lab (one ran for an hour).
    try {
      const mounts = master === null ? null : readlinkSync(`/proc/${master}/ns/mnt`);
      if (mounts !== null && mounts !== readlinkSync('/proc/self/ns/mnt'))
        for (const pid of readdirSync('/proc')
          .filter((e) => /^\d+$/.test(e))
          .map(Number)) {
          if (pid === master || pid === process.pid) continue;
          try {
            if (readlinkSync(`/proc/${pid}/ns/mnt`) === mounts) process.kill(pid, 'SIGKILL');
          } catch {
            // gone meanwhile, or not ours to read
          }
        }
    } catch {
      // sshd gone
    }
    this.proc?.kill('SIGTERM');
    try {
      if (master !== null) process.kill(master, 'SIGTERM');
    } catch {
      // gone
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
