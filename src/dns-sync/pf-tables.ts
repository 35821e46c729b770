import type { System } from '../apply/system.js';
import { pfTable } from '../backends/pf.js';
import { memberOf, type SetStore } from './nft-sets.js';

/**
 * pf: the host's DNS-named peers' tables (`pc_fqdn4_0`, `persist` in the host's pf.conf). A
 * table is replaced whole by `pfctl -t NAME -T replace ADDR...`, one ioctl that sets the
 * table's addresses in one step: it never passes through empty.
 */
export function pfTableStore(sys: System): SetStore {
  const prefix = pfTable('');
  return {
    readAll() {
      const r = sys.run('pfctl', ['-s', 'Tables']);
      if (r.code !== 0) return null;
      const out = new Map<string, string[]>();
      for (const name of r.stdout.split('\n').map((l) => l.trim())) {
        if (!name.startsWith(`${prefix}fqdn`)) continue;
        const t = sys.run('pfctl', ['-t', name, '-T', 'show']);
        if (t.code !== 0) continue;
        out.set(
          name.slice(prefix.length),
          t.stdout
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
            .map(memberOf),
        );
      }
      return out.size === 0 ? null : out;
    },
    update(_family, changes) {
      for (const c of changes) {
        // An empty replace would flush the table: dns-sync never asks for one (a set, once filled, keeps addresses).
        if (c.members.length === 0) continue;
        const r = sys.run('pfctl', ['-t', pfTable(c.set), '-T', 'replace', ...c.members]);
        if (r.code !== 0) throw new Error(`pfctl: ${(r.stderr || r.stdout).trim()}`);
      }
    },
  };
}

/** pf says nothing when pf.conf is loaded again (which resets the tables): looked at every 5 s. */
export function pfWatch(wake: () => void): () => void {
  const timer = setInterval(wake, 5_000);
  return () => clearInterval(timer);
}
