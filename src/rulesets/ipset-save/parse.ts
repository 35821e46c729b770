import { normalize, subtract, union, type Interval, type IntervalSet } from '../../algebra/interval-set.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { cidrLast, makeCidr, parseCidr, rangeCidrs, type Cidr } from '../../net/addresses.js';

/** An address set from `ipset save`, as intervals of one family. */
export interface IpSet {
  name: string;
  type: string;
  family: 4 | 6;
  addresses: IntervalSet;
}

/** Types whose members are plain addresses or networks; others (ip,port ...) stay uncertain. */
const ADDRESS_TYPES = new Set(['hash:ip', 'hash:net', 'bitmap:ip']);

/**
 * Reads `ipset save` output: `create NAME TYPE [family inet|inet6] ...` and `add NAME ENTRY
 * [nomatch] [timeout N] ...` lines. Entries are addresses, CIDRs or `A-B` ranges; `nomatch`
 * entries are exceptions (hash:net). Sets of other types are kept by name so that a match on
 * them is reported as uncertain rather than as "no such set".
 */
export function parseIpsetSave(
  file: string,
  text: string,
): { sets: Map<string, IpSet | null>; diagnostics: Diagnostic[] } {
  // Entries as CIDRs with their flag: hash:net matches by the most specific entry (a member
  // inside a `nomatch` network matches, and a `nomatch` inside a member does not).
  const sets = new Map<
    string,
    { type: string; family: 4 | 6; netmask: number | null; entries: { cidr: Cidr; nomatch: boolean }[] } | null
  >();
  const diagnostics: Diagnostic[] = [];
  let offset = 0;
  text.split('\n').forEach((raw, i) => {
    const lineOffset = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const words = line.trim().split(/\s+/);
    const fail = (word: number, message: string, hint: string): void => {
      const col = line.indexOf(words[word] ?? '') + 1;
      diagnostics.push({
        code: 'RULESET_SYNTAX',
        severity: 'error',
        file,
        start: { line: i + 1, col },
        offsets: [lineOffset + col - 1, lineOffset + col],
        message,
        hint,
      });
    };
    if (words[0] === 'create') {
      if (words.length < 3)
        return fail(0, 'create needs a set name and a type', 'ipset save writes "create NAME TYPE [options]"');
      const f = words.indexOf('family');
      const family = f > 0 && words[f + 1] === 'inet6' ? 6 : 4;
      // `netmask N` (hash:ip): every entry, and every packet's address, is its /N network.
      const nm = words.indexOf('netmask');
      const netmask = nm > 0 && /^\d{1,3}$/.test(words[nm + 1] ?? '') ? Number(words[nm + 1]) : null;
      if (netmask !== null && netmask > (family === 4 ? 32 : 128))
        return fail(
          nm + 1,
          `netmask ${netmask} is longer than an IPv${family} address`,
          'ipset save writes the netmask the set was created with',
        );
      sets.set(words[1]!, ADDRESS_TYPES.has(words[2]!) ? { type: words[2]!, family, netmask, entries: [] } : null);
    } else if (words[0] === 'add') {
      if (words.length < 3) return fail(0, 'add needs a set name and an entry', 'ipset save writes "add NAME ENTRY"');
      if (!sets.has(words[1]!))
        return fail(1, `set ${words[1]} is added to before it is created`, 'give the whole output of `ipset save`');
      const s = sets.get(words[1]!);
      if (!s) return; // a set type portcullis does not read: matches on it stay uncertain
      const entry = words[2]!;
      const range = /^([^-]+)-([^-]+)$/.exec(entry);
      let cidrs: Cidr[] | null = null;
      if (range) {
        const a = parseCidr(range[1]!);
        const b = parseCidr(range[2]!);
        if (a && b && a.family === s.family && b.family === s.family) cidrs = rangeCidrs(a.base, b.base, s.family);
      } else {
        const c = parseCidr(entry);
        if (c && c.family === s.family) cidrs = [c];
      }
      if (!cidrs)
        return fail(
          2,
          `"${entry}" is not an IPv${s.family} address, network or range`,
          `set ${words[1]} is ${s.type} family ${s.family === 4 ? 'inet' : 'inet6'}`,
        );
      const nomatch = words.includes('nomatch');
      for (const c of cidrs) {
        const masked = s.netmask !== null && c.prefix > s.netmask ? widen(c, s.netmask) : c;
        s.entries.push({ cidr: masked, nomatch });
      }
    } else fail(0, `"${words[0]}" is not an ipset save command`, 'lines start with create or add');
  });
  const out = new Map<string, IpSet | null>();
  for (const [name, s] of sets)
    out.set(name, s ? { name, type: s.type, family: s.family, addresses: addressesOf(s.entries) } : null);
  return { sets: out, diagnostics };
}

/**
 * The addresses a set matches: entries from the least specific to the most specific, each
 * member adding its network and each `nomatch` taking its own out, so that the most specific
 * entry decides (networks nest or are apart), as the kernel's hash:net lookup does.
 */
function addressesOf(entries: readonly { cidr: Cidr; nomatch: boolean }[]): IntervalSet {
  let set: IntervalSet = [];
  const byPrefix = [...entries].sort((a, b) => a.cidr.prefix - b.cidr.prefix || Number(a.nomatch) - Number(b.nomatch));
  for (const { cidr, nomatch } of byPrefix) {
    const iv: Interval = [cidr.base, cidrLast(cidr)];
    set = nomatch ? subtract(set, [iv]) : union(set, [iv]);
  }
  return normalize(set);
}

/** The /N network an address or narrower network lies in. */
function widen(c: Cidr, prefix: number): Cidr {
  const host = BigInt((c.family === 4 ? 32 : 128) - prefix);
  return makeCidr((c.base >> host) << host, prefix, c.family);
}
