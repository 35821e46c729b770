import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../apply/persist-files.js';
import { DEFAULT_STATE_DIR, StateDir } from '../apply/state.js';
import { nodeSystem, type System } from '../apply/system.js';
import { fqdnOrigins, resolveFqdnSets } from '../compile/fqdn-sets.js';
import { DEFAULT_POLICY, step, type Policy } from '../dns-sync/membership.js';
import type { SetStore } from '../dns-sync/nft-sets.js';
import { DNS_SYNC_TARGETS, SYNC_TARGETS, type SyncTargetName } from '../dns-sync/targets.js';
import { dnsQuery, type Query } from '../dns-sync/query.js';
import type { Family } from '../net/addresses.js';
import type { CommandEnv } from './environment.js';
import { hostOf, loadPlan, type SiteInput } from './load-plan.js';
import { runCommand, usageError, type Outcome } from './outcome.js';

export { DNS_SYNC_TARGETS } from '../dns-sync/targets.js';

export interface DnsSyncRequest extends SiteInput {
  host: string;
  target: string;
  /** One refresh of every name, then exit (for a timer); otherwise run until stopped. */
  once?: boolean;
  /** DNS servers to ask instead of the host's resolver. */
  servers?: string[];
  policy?: Partial<Policy>;
  stateDir?: string;
}

/** One change of one set, as logged. */
export interface SetChange {
  fqdn: string;
  family: Family;
  set: string;
  added: string[];
  removed: string[];
  ttl: number | null;
}

export interface DnsSyncReport {
  /** The named sets of the host: DNS name, family, set name and the addresses it holds now. */
  sets: { fqdn: string; family: Family; set: string; addresses: string[] }[];
  changes: SetChange[];
  cycles: number;
}

export interface DnsSyncDeps {
  sys?: System;
  query?: Query;
  store?: SetStore;
  /** Called with each log line (changes, warnings) as it happens. */
  log?: (line: string) => void;
  /** Wakes the loop at once (a reload of the rules emptied the sets); returns a stop function. */
  watch?: (wake: () => void) => () => void;
}

interface NamedSet {
  fqdn: string;
  family: Family;
  set: string;
  label: string;
}

/** What dns-sync keeps between runs (--once from a timer): each set's addresses and their keep-until times. */
interface Saved {
  members: Record<string, Record<string, number>>;
  refreshAt: Record<string, number>;
}

/**
 * `portcullis dns-sync`: keeps the named sets of the host's DNS-named peers current. Each name is
 * asked for A and AAAA when its TTL (clamped) runs out; every family's sets change in one atomic
 * step; an address goes only after its TTL plus the grace period, never on a failed or empty
 * answer (a set that had addresses is never emptied); the sets are compared with what the kernel
 * holds each time, so a reload of the rules (which empties them) is filled again at once.
 */
export function dnsSync(req: DnsSyncRequest, env: CommandEnv, deps: DnsSyncDeps = {}): Promise<Outcome<DnsSyncReport>> {
  return runCommand(async (scope) => {
    if (!(DNS_SYNC_TARGETS as readonly string[]).includes(req.target))
      usageError(
        `dns-sync fills nftables sets, iptables and firewalld ipsets and pf tables; ${req.target} is not supported`,
        `for ${req.target}, compile pins the addresses the names have at compile time: compile again (from a timer) to follow them`,
      );
    const target = SYNC_TARGETS[req.target as SyncTargetName];
    const policy: Policy = { ...DEFAULT_POLICY, ...req.policy };
    if (policy.minTtl > policy.maxTtl)
      usageError(
        `--min-ttl ${policy.minTtl} is above --max-ttl ${policy.maxTtl}`,
        'give a minimum at or below the maximum',
      );
    const sys = deps.sys ?? nodeSystem();
    const log = deps.log ?? (() => undefined);
    const { plan } = loadPlan(scope, env, req);
    const host = hostOf(plan, req.host);
    const families = [...new Set(host.addresses.map((c) => c.family))].sort();
    // The set names exactly as compile writes them (no DNS asked here).
    const { sets } = await resolveFqdnSets(
      fqdnOrigins(host.rules),
      families,
      () => Promise.resolve([]),
      'fqdn',
      'sets',
    );
    const named: NamedSet[] = [...sets.values()].map((s) => ({
      fqdn: s.fqdn,
      family: s.family,
      set: s.name,
      label: `${s.fqdn} (IPv${s.family}, set ${s.name})`,
    }));
    if (named.length === 0)
      usageError(
        `host ${host.name} has no DNS-named peer: there is no set to keep current`,
        'dns-sync is for hosts with a peer given by DNS name (a profile peer with fqdn:, or peers: { internet: relay.example.net } in the site)',
      );
    if (!sys.isRoot())
      usageError(
        "dns-sync changes the firewall's sets and must run as root",
        'run it as root (the units compile writes do)',
      );
    const tool = target.tool;
    if (!sys.has(tool.cmd))
      usageError(`${tool.cmd} is not installed (dns-sync needs it)`, `install it (${tool.install})`);
    const dir = req.stateDir ?? DEFAULT_STATE_DIR;
    const problem = new StateDir(dir).prepare();
    if (problem)
      usageError(
        `the state directory ${dir} cannot be written (${problem})`,
        'give --state-dir a directory root can write to',
      );
    const statePath = join(dir, `dns-sync-${host.name.replace(/[^A-Za-z0-9_.-]/g, '_')}.json`);
    const saved = readSaved(statePath);
    const store = deps.store ?? target.store(sys, host.name);
    let query: Query;
    try {
      query = deps.query ?? dnsQuery(req.servers ?? []);
    } catch {
      return usageError(
        `--server ${(req.servers ?? []).join(', ')}: not an address (ADDR, ADDR:PORT or [IPv6]:PORT)`,
        'e.g. --server 192.0.2.53 or --server [2001:db8::53]:53',
      );
    }
    const members = new Map(named.map((n) => [n.set, new Map(Object.entries(saved.members[n.set] ?? {}))]));
    const refreshAt = new Map(named.map((n) => [n.fqdn, saved.refreshAt[n.fqdn] ?? 0]));
    const changes: SetChange[] = [];
    let cycles = 0;
    let woken = new AbortController();
    // A reload that empties the sets wakes the loop (ipsets outlive a reload of the iptables rules).
    const watch = deps.watch ?? target.watch ?? (() => () => undefined);
    const stopWatch = req.once ? () => undefined : watch(() => woken.abort());
    try {
      for (;;) {
        const now = Date.now();
        // Every name that is due, both families at once.
        const due = [...new Set(named.map((n) => n.fqdn))].filter((f) => req.once || refreshAt.get(f)! <= now);
        const answers = await Promise.all(
          named.filter((n) => due.includes(n.fqdn)).map(async (n) => ({ n, answer: await query(n.fqdn, n.family) })),
        );
        for (const fqdn of due) refreshAt.set(fqdn, Infinity);
        // Each answered set's TTL (clamped), for the log.
        const ttls: { set: string; ttl: number | null }[] = [];
        for (const { n, answer } of answers) {
          const s = step(members.get(n.set)!, answer, Date.now(), policy, n.label);
          for (const w of s.warnings) log(`warning: ${w}`);
          members.set(n.set, s.members);
          refreshAt.set(n.fqdn, Math.min(refreshAt.get(n.fqdn)!, s.refreshAt));
          ttls.push({ set: n.set, ttl: s.ttl });
        }
        // A name that gives no address of any family, with nothing kept from before: said once per refresh.
        for (const fqdn of due) {
          const mine = answers.filter((a) => a.n.fqdn === fqdn);
          const empty = named.filter((n) => n.fqdn === fqdn).every((n) => members.get(n.set)!.size === 0);
          if (empty && mine.length > 0 && mine.every((a) => a.answer.kind === 'none'))
            log(
              `warning: ${fqdn} does not resolve (${mine.map((a) => (a.answer.kind === 'none' ? a.answer.why : '')).join(', ')}): its sets stay empty and the rules for it match nothing until it does`,
            );
        }
        const cycleChanges = syncKernel(named, members, store, log, ttls, (set) => target.loadedName(host.name, set));
        if (cycleChanges === null) {
          if (req.once) {
            const { message, hint } = target.notLoaded(
              host.name,
              named.map((n) => target.loadedName(host.name, n.set)),
            );
            usageError(message, hint);
          }
        } else changes.push(...cycleChanges);
        cycles++;
        writeSaved(statePath, named, members, refreshAt);
        if (req.once || env.signal.aborted) break;
        // Sleep until the next name is due, or a reload wakes us, or we are stopped.
        const next = Math.min(...refreshAt.values());
        const wait = Math.max(0, Math.min(next - Date.now(), 60_000));
        woken = new AbortController();
        const both = AbortSignal.any([env.signal, woken.signal]);
        await env.sleep(wait, both);
        if (env.signal.aborted) break;
      }
    } finally {
      stopWatch();
    }
    return {
      sets: named.map((n) => ({
        fqdn: n.fqdn,
        family: n.family,
        set: n.set,
        addresses: [...members.get(n.set)!.keys()].sort(),
      })),
      changes,
      cycles,
    } satisfies DnsSyncReport;
  });
}

/**
 * Makes the kernel's sets hold what `members` says, one atomic step per family; the changes
 * made (logged), or null when none of the sets is loaded.
 */
function syncKernel(
  named: readonly NamedSet[],
  members: ReadonlyMap<string, ReadonlyMap<string, number>>,
  store: SetStore,
  log: (line: string) => void,
  ttls: readonly { set: string; ttl: number | null }[],
  /** A set's name on the firewall (portcullis-fqdn4_0 for an ipset), for the warning. */
  shown: (set: string) => string,
): SetChange[] | null {
  const out: SetChange[] = [];
  let loaded = 0;
  const kernel = store.readAll();
  if (kernel === null) return null;
  for (const family of [4, 6] as const) {
    const batch: { set: string; add: string[]; remove: string[]; members: string[] }[] = [];
    for (const n of named.filter((x) => x.family === family)) {
      const now = kernel.get(n.set) ?? null;
      if (now === null) {
        log(
          `warning: set ${shown(n.set)} (${n.fqdn}) is not loaded: load the rules; it is filled as soon as it is there`,
        );
        continue;
      }
      loaded++;
      const want = new Set(members.get(n.set)!.keys());
      const have = new Set(now);
      const add = [...want].filter((a) => !have.has(a)).sort();
      const remove = [...have].filter((a) => !want.has(a)).sort();
      if (add.length > 0 || remove.length > 0) {
        batch.push({ set: n.set, add, remove, members: [...want].sort() });
        out.push({
          fqdn: n.fqdn,
          family,
          set: n.set,
          added: add,
          removed: remove,
          ttl: ttls.find((t) => t.set === n.set)?.ttl ?? null,
        });
      }
    }
    if (batch.length > 0) store.update(family, batch);
  }
  for (const c of out)
    log(
      `${c.fqdn} (IPv${c.family}) set ${c.set}: added [${c.added.join(', ')}] removed [${c.removed.join(', ')}]${c.ttl !== null ? ` ttl ${c.ttl}` : ''}`,
    );
  return loaded === 0 ? null : out;
}

function readSaved(path: string): Saved {
  try {
    const s = JSON.parse(readFileSync(path, 'utf8')) as Saved;
    if (s && typeof s.members === 'object' && typeof s.refreshAt === 'object') return s;
  } catch {
    // none yet, or unreadable: start afresh (the kernel's sets are compared anyway)
  }
  return { members: {}, refreshAt: {} };
}

function writeSaved(
  path: string,
  named: readonly NamedSet[],
  members: ReadonlyMap<string, ReadonlyMap<string, number>>,
  refreshAt: ReadonlyMap<string, number>,
): void {
  const saved: Saved = {
    members: Object.fromEntries(named.map((n) => [n.set, Object.fromEntries(members.get(n.set)!)])),
    refreshAt: Object.fromEntries([...refreshAt].map(([k, v]) => [k, Number.isFinite(v) ? v : 0])),
  };
  writeFileAtomic(path, `${JSON.stringify(saved)}\n`, 0o600);
}
