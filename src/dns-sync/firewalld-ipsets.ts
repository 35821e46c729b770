import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { System } from '../apply/system.js';
import { zoneName } from '../backends/firewalld.js';
import { memberOf, type SetStore } from './nft-sets.js';

const BUS = ['org.fedoraproject.FirewallD1', '/org/fedoraproject/FirewallD1'] as const;
const IPSET = 'org.fedoraproject.FirewallD1.ipset';

/**
 * firewalld: the host's DNS-named peers' ipsets (`pc-mx1-fqdn4_0`, as compile writes them),
 * changed at runtime through firewalld's D-Bus interface (`busctl`, JSON replies), so firewalld
 * knows what they hold. firewalld has no atomic replace of an ipset's entries (its setEntries
 * flushes first), so each set gets its new addresses first and loses its old ones after:
 * it never passes through empty, and an address that stays is never taken out.
 */
export function firewalldIpsetStore(sys: System, host: string): SetStore {
  const prefix = `${zoneName(host)}-`;
  /** Each entry as firewalld holds it (198.51.100.7/32), by its address (198.51.100.7). */
  const held = new Map<string, Map<string, string>>();
  const busctl = (method: string, signature: string, args: string[]) =>
    sys.run('busctl', ['--json=short', 'call', ...BUS, IPSET, method, signature, ...args]);
  const call = (method: string, signature: string, ...args: string[]): unknown[] | null => {
    const r = busctl(method, signature, args);
    if (r.code !== 0) return null;
    try {
      const reply = JSON.parse(r.stdout) as { data?: unknown[] };
      return reply.data ?? [];
    } catch {
      return null;
    }
  };
  const must = (method: string, set: string, entry: string): void => {
    const r = busctl(method, 'ss', [set, entry]);
    if (r.code !== 0) throw new Error(`firewalld ${method} ${set} ${entry}: ${(r.stderr || r.stdout).trim()}`);
  };
  return {
    readAll() {
      const names = call('getIPSets', '')?.[0];
      if (!Array.isArray(names)) return null;
      const out = new Map<string, string[]>();
      held.clear();
      for (const name of names) {
        // The DNS-named peers' sets only (pc-mx1-fqdn4_0), not the host's other ipsets (pc-mx1-1).
        if (typeof name !== 'string' || !name.startsWith(`${prefix}fqdn`)) continue;
        const entries = call('getEntries', 's', name)?.[0];
        if (!Array.isArray(entries)) continue;
        const set = name.slice(prefix.length);
        const byAddress = new Map<string, string>();
        for (const e of entries) if (typeof e === 'string') byAddress.set(memberOf(e), e);
        held.set(set, byAddress);
        out.set(set, [...byAddress.keys()]);
      }
      return out.size === 0 ? null : out;
    },
    update(_family, changes) {
      for (const c of changes) for (const a of c.add) must('addEntry', `${prefix}${c.set}`, a);
      for (const c of changes)
        for (const a of c.remove) must('removeEntry', `${prefix}${c.set}`, held.get(c.set)?.get(a) ?? a);
    },
  };
}

/**
 * Calls `wake` when firewalld reloads (its `Reloaded` signal) or starts again (its bus name gets
 * a new owner): either way its ipsets hold only their permanent entries, which dns-sync corrects
 * at once.
 */
export function firewalldWatch(wake: () => void): () => void {
  const p = spawn(
    'busctl',
    [
      '--json=short',
      'monitor',
      '--match',
      `type='signal',interface='${BUS[0]}',member='Reloaded'`,
      '--match',
      `type='signal',member='NameOwnerChanged',arg0='${BUS[0]}'`,
    ],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  p.on('error', () => undefined);
  createInterface({ input: p.stdout }).on('line', (l) => {
    if (/"member":"(Reloaded|NameOwnerChanged)"/.test(l)) wake();
  });
  return () => void p.kill();
}
