import { normalize, subtract, type Interval, type IntervalSet } from '../../algebra/interval-set.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { cidrLast, parseCidr } from '../../net/addresses.js';

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
  const sets = new Map<string, { type: string; family: 4 | 6; members: Interval[]; except: Interval[] } | null>();
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
      sets.set(words[1]!, ADDRESS_TYPES.has(words[2]!) ? { type: words[2]!, family, members: [], except: [] } : null);
    } else if (words[0] === 'add') {
      if (words.length < 3) return fail(0, 'add needs a set name and an entry', 'ipset save writes "add NAME ENTRY"');
      if (!sets.has(words[1]!))
        return fail(1, `set ${words[1]} is added to before it is created`, 'give the whole output of `ipset save`');
      const s = sets.get(words[1]!);
      if (!s) return; // a set type portcullis does not read: matches on it stay uncertain
      const entry = words[2]!;
      const range = /^([^-]+)-([^-]+)$/.exec(entry);
      let iv: Interval | null = null;
      if (range) {
        const a = parseCidr(range[1]!);
        const b = parseCidr(range[2]!);
        if (a && b && a.family === s.family && b.family === s.family) iv = [a.base, b.base];
      } else {
        const c = parseCidr(entry);
        if (c && c.family === s.family) iv = [c.base, cidrLast(c)];
      }
      if (!iv)
        return fail(
          2,
          `"${entry}" is not an IPv${s.family} address, network or range`,
          `set ${words[1]} is ${s.type} family ${s.family === 4 ? 'inet' : 'inet6'}`,
        );
      (words.includes('nomatch') ? s.except : s.members).push(iv);
    } else fail(0, `"${words[0]}" is not an ipset save command`, 'lines start with create or add');
  });
  const out = new Map<string, IpSet | null>();
  for (const [name, s] of sets)
    out.set(
      name,
      s
        ? { name, type: s.type, family: s.family, addresses: subtract(normalize(s.members), normalize(s.except)) }
        : null,
    );
  return { sets: out, diagnostics };
}
