import type { System } from '../apply/system.js';
import { ipsetName } from '../backends/iptables.js';
import type { Family } from '../net/addresses.js';
import { memberOf, type SetStore } from './nft-sets.js';

/**
 * iptables: the DNS-named peers' ipsets of portcullis's own (`portcullis-fqdn4_0`, ...). A set is
 * replaced whole in one step: a scratch set of the same type is filled and `ipset swap`ped in
 * (atomic in the kernel), so a set never passes through empty, and then destroyed.
 */
export function ipsetStore(sys: System): SetStore {
  return {
    readAll() {
      const r = sys.run('ipset', ['save']);
      if (r.code !== 0) return null;
      const out = new Map<string, string[]>();
      const prefix = ipsetName('');
      for (const line of r.stdout.split('\n')) {
        const w = line.trim().split(/\s+/);
        if (w[1]?.startsWith(prefix) !== true || w[1].endsWith('-n')) continue;
        const set = w[1].slice(prefix.length);
        if (w[0] === 'create') out.set(set, out.get(set) ?? []);
        else if (w[0] === 'add' && w[2]) out.set(set, [...(out.get(set) ?? []), memberOf(w[2])]);
      }
      return out.size === 0 ? null : out;
    },
    update(family: Family, changes) {
      const lines: string[] = [];
      for (const c of changes) {
        const name = ipsetName(c.set);
        const scratch = `${name}-n`;
        lines.push(`create ${scratch} hash:net family ${family === 4 ? 'inet' : 'inet6'}`);
        lines.push(`flush ${scratch}`);
        for (const a of c.members) lines.push(`add ${scratch} ${a}`);
        lines.push(`swap ${scratch} ${name}`, `destroy ${scratch}`);
      }
      if (lines.length === 0) return;
      const r = sys.run('ipset', ['-exist', 'restore'], `${lines.join('\n')}\n`);
      if (r.code !== 0) throw new Error(`ipset: ${(r.stderr || r.stdout).trim()}`);
    },
  };
}
