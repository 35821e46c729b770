import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { System } from '../apply/system.js';
import type { Family } from '../net/addresses.js';
import { NFT_TABLE } from '../backends/nftables.js';

/** Where dns-sync writes: the named sets of one target, read and changed as a whole. */
export interface SetStore {
  /** The addresses each loaded set holds now (one read); null when none is loaded (the rules are not). */
  readAll(): Map<string, string[]> | null;
  /** Adds and removes addresses in several sets of one family in one atomic step (`members`: each set's content after it). */
  update(
    family: Family,
    changes: readonly { set: string; add: readonly string[]; remove: readonly string[]; members: readonly string[] }[],
  ): void;
}

/** A set's entry as dns-sync writes it: a single address without its /32 or /128 (198.51.100.7/32 -> 198.51.100.7). */
export const memberOf = (entry: string): string => entry.replace(/\/(32|128)$/, '');

/** Each set's elements from `nft -j list table`: plain addresses, or ADDR/LEN for a prefix. */
function setsOf(json: string): Map<string, string[]> {
  const doc = JSON.parse(json) as { nftables?: { set?: { name: string; elem?: unknown[] } }[] };
  const out = new Map<string, string[]>();
  for (const o of doc.nftables ?? []) if (o.set) out.set(o.set.name, elements(o.set.elem ?? []));
  return out;
}

function elements(elem: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const e of elem) {
    if (typeof e === 'string') out.push(e);
    else if (e && typeof e === 'object' && 'prefix' in e) {
      const p = (e as { prefix: { addr: string; len: number } }).prefix;
      out.push(`${p.addr}/${p.len}`);
    } else if (e && typeof e === 'object' && 'elem' in e) {
      const v = (e as { elem: { val: unknown } }).elem.val;
      if (typeof v === 'string') out.push(v);
    }
  }
  return out;
}

/** nftables: the sets of table inet portcullis; each update is one `nft -f` transaction. */
export function nftSetStore(sys: System): SetStore {
  return {
    readAll() {
      const r = sys.run('nft', ['-j', 'list', 'table', 'inet', NFT_TABLE]);
      if (r.code !== 0) return null;
      try {
        return setsOf(r.stdout);
      } catch {
        return null;
      }
    },
    update(_family, changes) {
      const lines: string[] = [];
      for (const c of changes) {
        // Adding first: within the one transaction the set never passes through empty.
        if (c.add.length > 0) lines.push(`add element inet ${NFT_TABLE} ${c.set} { ${c.add.join(', ')} }`);
        if (c.remove.length > 0) lines.push(`delete element inet ${NFT_TABLE} ${c.set} { ${c.remove.join(', ')} }`);
      }
      if (lines.length === 0) return;
      const r = sys.run('nft', ['-f', '/dev/stdin'], `${lines.join('\n')}\n`);
      if (r.code !== 0) throw new Error(`nft: ${(r.stderr || r.stdout).trim()}`);
    },
  };
}

/**
 * Calls `wake` whenever table inet portcullis is (re)created: a reload of the rules has emptied
 * its sets, which dns-sync fills again at once. `nft monitor` reports each committed change.
 */
export function nftWatch(wake: () => void): () => void {
  const p = spawn('nft', ['monitor', 'tables'], { stdio: ['ignore', 'pipe', 'ignore'] });
  p.on('error', () => undefined);
  createInterface({ input: p.stdout }).on('line', (l) => {
    if (new RegExp(`^add table inet ${NFT_TABLE}\\b`).test(l)) wake();
  });
  return () => void p.kill();
}
