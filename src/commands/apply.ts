import { randomBytes } from 'node:crypto';
import { compilePlan } from '../compile/compile.js';
import { staticResolver } from '../net/resolver.js';
import { cidrContains, parseCidr } from '../net/addresses.js';
import type { HostPlan } from '../plan/plan-types.js';
import { ApplyError, DEFAULT_PERSIST, type Driver, type PersistPaths } from '../apply/driver.js';
import { iptablesDriver } from '../apply/iptables-driver.js';
import { firewalldDriver } from '../apply/firewalld-driver.js';
import { nftablesDriver } from '../apply/nftables-driver.js';
import { ufwDriver } from '../apply/ufw-driver.js';
import { armRollback, disarm } from '../apply/rollback-timer.js';
import { DEFAULT_STATE_DIR, StateDir, type Pending, type Timer } from '../apply/state.js';
import { nodeSystem, type System } from '../apply/system.js';
import type { CommandEnv } from './environment.js';
import { hostOf, loadPlan, type SiteInput } from './load-plan.js';
import { runCommand, usageError, type Outcome } from './outcome.js';

/** The targets apply loads on this machine. */
export const APPLY_TARGETS = ['nftables', 'iptables', 'ufw', 'firewalld'] as const;
export type ApplyTarget = (typeof APPLY_TARGETS)[number];

export interface ApplyRequest extends SiteInput {
  host: string;
  target: string;
  /** Seconds until the rollback (default 60). */
  confirmTimeout?: number;
  /** Keep the rules across reboot once confirmed. */
  persist?: boolean;
  /** Load even when the plan would lock the administrator out. */
  force?: boolean;
  stateDir?: string;
  /** firewalld: the interfaces to bind to the host's zone (default: those holding its addresses). */
  interfaces?: string[];
  /** How the rollback is armed (default: a systemd timer where systemd runs, else a watchdog). */
  rollbackBy?: 'auto' | 'watchdog' | 'systemd';
}

export interface ApplyReport {
  action: 'applied' | 'confirmed' | 'rolled-back' | 'status';
  pending: Pending | null;
  /** Where --persist wrote. */
  persisted: string[];
  /** What loading cost others, said before it (firewalld's reload, for one). */
  warnings: string[];
  /** After a rollback: whether the listing equals the one taken before the apply. */
  sameAsBefore?: boolean;
  stateDir: string;
}

export interface ApplyDeps {
  sys?: System;
  persistPaths?: PersistPaths;
  /** firewalld's configuration directory (default /etc/firewalld). */
  firewalldEtc?: string;
}

function driverFor(target: ApplyTarget, sys: System, deps: ApplyDeps, interfaces?: readonly string[]): Driver {
  switch (target) {
    case 'nftables':
      return nftablesDriver(sys);
    case 'iptables':
      return iptablesDriver(sys);
    case 'ufw':
      return ufwDriver(sys);
    case 'firewalld':
      return firewalldDriver(sys, { etc: deps.firewalldEtc, interfaces });
  }
}

/**
 * The interfaces that hold one of the host's addresses here (`ip -o addr show`): where firewalld
 * binds the host's zone. None: exit 2, give --interface.
 */
function interfacesHolding(sys: System, host: HostPlan): string[] {
  const r = sys.run('ip', ['-o', 'addr', 'show']);
  const found = new Set<string>();
  for (const line of r.code === 0 ? r.stdout.split('\n') : []) {
    const m = /^\d+:\s+(\S+?)(?:@\S+)?\s+inet6?\s+([0-9a-fA-F.:]+)\//.exec(line);
    const at = m ? parseCidr(m[2]!) : null;
    if (m && at && m[1] !== 'lo' && host.addresses.some((c) => c.prefix === at.prefix && cidrContains(c, at)))
      found.add(m[1]!);
  }
  if (found.size === 0)
    usageError(
      `none of host ${host.name}'s addresses (${host.addresses.map((a) => a.text.replace(/\/(32|128)$/, '')).join(', ')}) is on an interface of this machine`,
      'run apply on the host itself, or give --interface NAME (the interface to bind to its firewalld zone)',
    );
  return [...found].sort();
}

/** The Debian package of each tool apply runs (the iptables family is `iptables`). */
const PACKAGE_OF: Record<string, string> = {
  nft: 'nftables',
  sh: 'dash',
  ip: 'iproute2',
  'firewall-cmd': 'firewalld',
  'firewall-offline-cmd': 'firewalld',
};

/** Root, the tools, a usable state directory: or exit 2 with what is missing. */
function environment(sys: System, dir: string, tools: readonly string[]): StateDir {
  if (!sys.isRoot())
    usageError(
      "apply changes this machine's firewall and must run as root",
      'run it as root on the host itself (sudo portcullis apply ...)',
    );
  for (const t of tools)
    if (!sys.has(t))
      usageError(
        `${t} is not installed (apply needs it)`,
        `install it (Debian: apt-get install ${PACKAGE_OF[t] ?? (t.startsWith('ip') ? 'iptables' : t)})`,
      );
  const state = new StateDir(dir);
  const problem = state.prepare();
  if (problem)
    usageError(
      `the state directory ${dir} cannot be written (${problem})`,
      'give --state-dir a directory root can write to',
    );
  return state;
}

/**
 * `portcullis apply`: compiles the host's rules, checks them with the target's own tool and for
 * a lockout, snapshots portcullis's part of the firewall, arms the rollback, then loads. The
 * rules stay only if `apply --confirm` runs before the deadline, from a new connection.
 */
export function apply(req: ApplyRequest, env: CommandEnv, deps: ApplyDeps = {}): Promise<Outcome<ApplyReport>> {
  return runCommand(async (scope) => {
    const sys = deps.sys ?? nodeSystem();
    if (!(APPLY_TARGETS as readonly string[]).includes(req.target))
      usageError(
        `apply loads ${APPLY_TARGETS.join(', ')} rules, not ${req.target}`,
        `compile --target ${req.target} --out DIR writes the files; load them by hand as their header says`,
      );
    const target = req.target as ApplyTarget;
    const timeout = req.confirmTimeout ?? 60;
    const dir = req.stateDir ?? DEFAULT_STATE_DIR;
    const tools = driverFor(target, sys, deps).tools;
    const state = environment(sys, dir, target === 'firewalld' && !req.interfaces?.length ? [...tools, 'ip'] : tools);
    const waiting = state.pending();
    if (waiting)
      usageError(
        `an apply of ${waiting.host} (${waiting.target}) is pending until ${clock(waiting.deadline)}`,
        `confirm it from a new session (portcullis apply --confirm${dirFlag(dir)}) or roll it back (portcullis apply --rollback${dirFlag(dir)}) first`,
      );
    const { plan } = loadPlan(scope, env, req);
    const host = hostOf(plan, req.host);
    const compiled = await compilePlan(plan, target, {
      resolve: staticResolver(req.resolve ?? {}, env.resolve),
      hosts: [host.name],
    });
    scope.check(compiled.diagnostics);
    // The rules only: a file that goes beside them (the dns-sync service) is never loaded.
    const files = compiled.hosts[0]!.files.filter((f) => !f.companion);
    const driver = driverFor(
      target,
      sys,
      deps,
      target === 'firewalld' ? (req.interfaces?.length ? req.interfaces : interfacesHolding(sys, host)) : undefined,
    );
    if (!req.force)
      refuseLockout(
        host,
        compiled.diagnostics.map((d) => d.code),
        sys.env,
      );
    try {
      driver.check(files);
    } catch (err) {
      return failed(err);
    }
    const warnings = driver.warnings?.(files) ?? [];
    const snapshot = driver.snapshot(files);
    const listingBefore = driver.listing();
    const token = randomBytes(6).toString('hex');
    const now = sys.now();
    const pending: Pending = {
      token,
      site: req.site,
      host: host.name,
      target,
      loadedAt: now,
      deadline: now + timeout * 1000,
      timer: null,
      persist: req.persist === true,
      snapshot,
      listingBefore,
      files,
    };
    // The record first, then the timer that reads it, then the rules: whatever dies after this
    // point, the rollback finds what it needs.
    state.save(pending);
    let timer: Timer;
    try {
      timer = armRollback(sys, dir, token, pending.deadline, req.rollbackBy ?? 'auto');
    } catch (err) {
      // Nothing was loaded: the record goes, as if no apply had begun.
      const taken = state.claim('rollback', token);
      if (taken) state.finish('rollback', taken);
      return failed(err);
    }
    pending.timer = timer;
    // While the rules load (ufw's script takes seconds), no rollback runs: it waits for this
    // process, or for its death.
    pending.loading = { pid: process.pid };
    state.save(pending);
    try {
      driver.load(files, snapshot);
    } catch (err) {
      const taken = state.claim('rollback', token);
      if (taken) {
        disarm(sys, timer, token);
        driver.restore(snapshot);
        state.finish('rollback', taken);
      }
      return failed(err);
    }
    // The window to confirm starts when the rules are in place.
    pending.loading = null;
    pending.loadedAt = sys.now();
    pending.deadline = pending.loadedAt + timeout * 1000;
    state.save(pending);
    state.log(
      `applied ${host.name} (${target}) token ${token}; rollback at ${new Date(pending.deadline).toISOString()}`,
    );
    return { action: 'applied', pending, persisted: [], warnings, stateDir: dir } satisfies ApplyReport;
  });
}

/** `apply --confirm`: keeps what apply loaded (and with --persist, across reboot). */
export function confirmApply(
  req: { stateDir?: string; persist?: boolean },
  deps: ApplyDeps = {},
): Promise<Outcome<ApplyReport>> {
  return runCommand(() => {
    const sys = deps.sys ?? nodeSystem();
    const dir = req.stateDir ?? DEFAULT_STATE_DIR;
    const state = environment(sys, dir, []);
    const p = state.claim('confirm');
    if (!p) return nothingPending(dir);
    disarm(sys, p.timer, p.token);
    let persisted: string[] = [];
    if (p.persist || req.persist) {
      const driver = driverFor(p.target, sys, deps);
      try {
        persisted = driver.persist(p.files, deps.persistPaths ?? DEFAULT_PERSIST, p.snapshot);
      } catch (err) {
        state.finish('confirm', p);
        return failed(err);
      }
    }
    state.log(
      `confirmed ${p.host} (${p.target}) token ${p.token}${persisted.length ? `; persisted ${persisted.join(', ')}` : ''}`,
    );
    state.finish('confirm', p);
    return { action: 'confirmed', pending: p, persisted, warnings: [], stateDir: dir } satisfies ApplyReport;
  });
}

/**
 * `apply --rollback`: restores the snapshot now. With `ifToken` (the armed timer's call) only
 * that apply's, and quietly nothing when it was confirmed; with `at`, it first waits until then
 * (the watchdog), immune to the session's hang-up.
 */
export function rollbackApply(
  req: { stateDir?: string; ifToken?: string; at?: number },
  env: CommandEnv,
  deps: ApplyDeps = {},
): Promise<Outcome<ApplyReport>> {
  return runCommand(async () => {
    const sys = deps.sys ?? nodeSystem();
    const dir = req.stateDir ?? DEFAULT_STATE_DIR;
    const state = environment(sys, dir, []);
    const idle = { action: 'status', pending: null, persisted: [], warnings: [], stateDir: dir } satisfies ApplyReport;
    if (req.at !== undefined) {
      const wait = req.at - sys.now();
      if (wait > 0) await env.sleep(wait, env.signal);
      if (env.signal.aborted) return idle;
    }
    // The timer's rollback waits for the deadline the record now says (it moves to the end of a
    // slow load); any rollback waits while an apply is still loading (unless it died).
    for (;;) {
      const now = state.pending();
      if (!now || (req.ifToken !== undefined && now.token !== req.ifToken)) break;
      const loading = now.loading && sys.alive(now.loading.pid, 'apply');
      const wait = loading ? 200 : req.ifToken !== undefined ? now.deadline - sys.now() : 0;
      if (wait <= 0) break;
      await env.sleep(Math.min(wait, 1000), env.signal);
      if (env.signal.aborted) return idle;
    }
    const p = state.claim('rollback', req.ifToken);
    if (!p) {
      if (req.ifToken !== undefined) return idle;
      return nothingPending(dir);
    }
    // A rollback run by hand stops the armed timer; the timer's own run is that timer.
    if (req.ifToken === undefined) disarm(sys, p.timer, p.token);
    const driver = driverFor(p.target, sys, deps);
    try {
      driver.restore(p.snapshot);
    } catch (err) {
      state.log(`rollback of ${p.host} token ${p.token} FAILED: ${(err as Error).message}`);
      state.finish('rollback', p);
      return failed(err);
    }
    const sameAsBefore = driver.listing() === p.listingBefore;
    state.log(
      `rolled back ${p.host} (${p.target}) token ${p.token}${req.ifToken ? ' (not confirmed in time)' : ''}; listing ${sameAsBefore ? 'equals' : 'differs from'} the one before`,
    );
    state.finish('rollback', p);
    return {
      action: 'rolled-back',
      pending: p,
      persisted: [],
      warnings: [],
      sameAsBefore,
      stateDir: dir,
    } satisfies ApplyReport;
  });
}

/** `apply --status`: what is pending, if anything. */
export function applyStatus(req: { stateDir?: string }, deps: ApplyDeps = {}): Promise<Outcome<ApplyReport>> {
  return runCommand(() => {
    const sys = deps.sys ?? nodeSystem();
    const dir = req.stateDir ?? DEFAULT_STATE_DIR;
    const state = environment(sys, dir, []);
    return {
      action: 'status',
      pending: state.pending(),
      persisted: [],
      warnings: [],
      stateDir: dir,
    } satisfies ApplyReport;
  });
}

function nothingPending(dir: string): never {
  return usageError(
    'no apply is pending (it was confirmed, or rolled back: see apply.log in the state directory)',
    `portcullis apply --status${dirFlag(dir)} shows what is pending`,
  );
}

function failed(err: unknown): never {
  if (err instanceof ApplyError) return usageError(err.message, err.hint);
  throw err;
}

export const dirFlag = (dir: string): string => (dir === DEFAULT_STATE_DIR ? '' : ` --state-dir ${dir}`);

export function clock(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
}

/**
 * The lockout check: a plan that lets no administrator reach the host's management port (the
 * compile's warning), or that does not let this SSH session's own address reach the port it
 * came in on (SSH_CONNECTION), is refused: the new rules would end the way back in.
 */
function refuseLockout(host: HostPlan, codes: readonly string[], environ: NodeJS.ProcessEnv): void {
  if (codes.includes('NO_MANAGEMENT_ACCESS'))
    usageError(
      `host ${host.name}: no planned flow lets administrators reach it (SSH): loading these rules locks you out`,
      'add `management:` (or a flow to port 22) to the site; or run again with --force, and the rollback restores the old rules unless you confirm',
    );
  const ssh = (environ.SSH_CONNECTION ?? '').trim().split(/\s+/);
  if (ssh.length !== 4) return;
  const [client, , , portText] = ssh;
  const at = parseCidr(client!);
  const port = Number(portText);
  if (!at || !Number.isInteger(port)) return;
  const reaches = host.rules.some(
    (r) =>
      r.direction === 'in' &&
      r.protocol === 'tcp' &&
      (r.ports === null || r.ports.some(([a, b]) => a <= port && port <= b)) &&
      r.peers.some((c) => cidrContains(c, at)),
  );
  if (!reaches)
    usageError(
      `host ${host.name}: this SSH session comes from ${client} to port ${port}, which the new rules do not let in: a new session could not confirm`,
      `let ${client} reach tcp/${port} in the site (management:), or run again with --force, and the rollback restores the old rules unless you confirm`,
    );
}
