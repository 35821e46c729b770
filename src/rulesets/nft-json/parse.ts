import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { isObj, jsonText, NftError, type Json, type Obj } from './json.js';
import type { NftDump, NftTable } from './model.js';

/**
 * The first stage of reading `nft -j list ruleset` (libnftables-json(5)): the JSON text into
 * the dump's own model (tables, chains, sets, rules with their places). What cannot be read is a
 * diagnostic with line and column; `dump` is null only when there is nothing to go on (the text
 * is not JSON, or has no `nftables` array).
 */
export function parseNftDump(file: string, text: string): { dump: NftDump | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const fail = (offset: number, message: string, hint: string): void =>
    void diagnostics.push(nftDiagnostic(file, text, offset, message, hint));
  let doc: Json;
  try {
    doc = JSON.parse(text) as Json;
  } catch (err) {
    const message = (err as Error).message;
    const m = /position (\d+)/.exec(message);
    fail(
      m ? Number(m[1]) : 0,
      `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`,
      'give the output of `nft -j list ruleset` unchanged',
    );
    return { dump: null, diagnostics };
  }
  const items = isObj(doc) && Array.isArray(doc.nftables) ? doc.nftables : null;
  if (!items) {
    fail(
      0,
      'not an nft JSON ruleset: the top level has no "nftables" array',
      'give the output of `nft -j list ruleset`',
    );
    return { dump: null, diagnostics };
  }
  const dump: NftDump = { file, text, tables: new Map(), rules: [], offsets: elementOffsets(text), warnings: [] };
  items.forEach((item, index) => {
    try {
      if (!isObj(item)) {
        throw new NftError(
          'an element of "nftables" is not an object',
          'each element is {"table": ...}, {"chain": ...}, {"rule": ...} ...',
        );
      }
      readElement(dump, item, index);
    } catch (err) {
      const [message, hint] = unreadable(err);
      fail(dump.offsets[index] ?? 0, message, hint);
    }
  });
  return { dump, diagnostics };
}

/** The hooks a base chain may name (netfilter's, as nft prints them). */
const NFT_HOOKS = ['prerouting', 'input', 'forward', 'output', 'postrouting', 'ingress', 'egress'];

/** One element: a table, chain or set is recorded now; a rule waits until every set is known. */
function readElement(dump: NftDump, item: Obj, index: number): void {
  const [kind] = Object.keys(item);
  const o = item[kind!];
  if (!isObj(o)) return;
  if (kind === 'table') {
    const family = jsonText(o.family);
    const name = jsonText(o.name);
    // netdev tables see both families on one device (their ingress and egress chains).
    const families: (4 | 6)[] =
      family === 'ip' ? [4] : family === 'ip6' ? [6] : family === 'inet' || family === 'netdev' ? [4, 6] : [];
    if (families.length === 0) {
      dump.warnings.push(
        `table ${family} ${name} is not analysed (only ip, ip6, inet and netdev tables filter a host's own traffic; bridge tables may still drop it)`,
      );
    }
    dump.tables.set(`${family} ${name}`, { family, name, families, chains: new Map(), sets: new Map() });
  } else if (kind === 'chain') {
    const table = tableOf(dump, o);
    if (!table) {
      throw new NftError(
        `chain ${jsonText(o.name)} belongs to table ${jsonText(o.family)} ${jsonText(o.table)}, which is not declared before it`,
        'list the whole ruleset with `nft -j list ruleset`',
      );
    }
    // What `nft -j` prints, and nft itself reads: a hook by name, a policy in lower case. Anything
    // else is refused at its place rather than given a meaning nft would not.
    if (o.hook !== undefined && (typeof o.hook !== 'string' || !NFT_HOOKS.includes(o.hook)))
      throw new NftError(
        `chain ${jsonText(o.name)}: hook ${JSON.stringify(o.hook)} is not one nft knows`,
        `hooks are named: ${NFT_HOOKS.join(', ')}`,
      );
    if (o.policy !== undefined && o.policy !== 'accept' && o.policy !== 'drop')
      throw new NftError(
        `chain ${jsonText(o.name)}: policy ${JSON.stringify(o.policy)} is not "accept" or "drop"`,
        'nft writes the policy in lower case: "accept" or "drop"',
      );
    const hook = typeof o.hook === 'string' ? o.hook : null;
    const dev = o.dev ?? o.device;
    table.chains.set(jsonText(o.name), {
      name: jsonText(o.name),
      hook,
      devices: typeof dev === 'string' ? [dev] : Array.isArray(dev) ? dev.map((d) => jsonText(d)) : [],
      type: o.type,
      prio: o.prio,
      policy: o.policy,
      index,
    });
  } else if (kind === 'set' || kind === 'map') {
    const table = tableOf(dump, o);
    if (!table) {
      throw new NftError(
        `set ${jsonText(o.name)} belongs to a table that is not declared before it`,
        'list the whole ruleset with `nft -j list ruleset`',
      );
    }
    const type = Array.isArray(o.type) ? o.type.map(String) : [jsonText(o.type)];
    const elem = Array.isArray(o.elem) ? o.elem : [];
    const flags = Array.isArray(o.flags) ? o.flags.map(String) : typeof o.flags === 'string' ? [o.flags] : [];
    table.sets.set(jsonText(o.name), {
      type,
      elem,
      verdicts: kind === 'map' && o.map === 'verdict',
      dynamic: flags.includes('dynamic') || flags.includes('timeout') || o.timeout !== undefined,
    });
  } else if (kind === 'rule') dump.rules.push({ body: o, index });
}

/** The table an element names with its `family` and `table` keys. */
export function tableOf(dump: NftDump, o: Obj): NftTable | undefined {
  return dump.tables.get(`${jsonText(o.family)} ${jsonText(o.table)}`);
}

/** Message and hint for an element that could not be read: the reader's own words, or the JavaScript error's. */
export function unreadable(err: unknown): [string, string] {
  if (err instanceof NftError) return [err.message, err.hint];
  return [
    `this element could not be read (${(err as Error).message})`,
    'give the output of `nft -j list ruleset` unchanged; see libnftables-json(5)',
  ];
}

/** A diagnostic at an offset of the dump. */
export function nftDiagnostic(file: string, text: string, offset: number, message: string, hint: string): Diagnostic {
  return {
    code: 'RULESET_SYNTAX',
    severity: 'error',
    file,
    start: lineCol(text, offset),
    offsets: [offset, offset + 1],
    message,
    hint,
  };
}
/** Offsets of the elements of the top-level `nftables` array, for diagnostics with line and column. */
function elementOffsets(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (depth === 2) out.push(i);
      depth++;
    } else if (ch === '}' || ch === ']') depth--;
  }
  return out;
}

export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  return { line, col: offset - last };
}
