import { complement, intersect, interval, normalize, type IntervalSet } from '../../algebra/interval-set.js';
import {
  maxAddress,
  PROTO,
  STATES,
  tcpFlagValues,
  TCP_FLAGS,
  universeCube,
  type Cube,
  type Dimension,
} from '../../algebra/packet-set.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { cidrLast, parseCidr } from '../../net/addresses.js';
import { ICMP_TYPES, ICMPV6_TYPES, NFT_EXTRA_ICMP_NAMES, NFT_EXTRA_ICMPV6_NAMES } from '../../net/icmp-types.js';
import { IP_PROTOCOLS, SERVICE_PORTS } from '../../net/protocols.js';
import { HOOK_PRIORITIES } from '../netfilter-hooks.js';
import {
  ifaceMatches,
  memoMatch,
  type Action,
  type FwChain,
  type FwRule,
  type FwRuleset,
  type FwTable,
  type MatchContext,
  type PathChain,
  type Side,
} from '../firewall-model.js';

/**
 * Reads `nft -j list ruleset` (libnftables-json(5)) into the evaluator's model.
 *
 * Tables of family ip, ip6 and inet are analysed; each base chain of type filter (or route) on
 * the prerouting, input, output and postrouting hooks is placed on the host's path by hook and
 * priority. Matches become cubes: payload fields (addresses, ports, protocol, ICMP type, TCP
 * flags), `meta l4proto/nfproto/iifname/oifname`, `ct state`, anonymous and named sets, ranges,
 * prefixes and concatenations. A payload match implies its protocol (`tcp dport 22` is only TCP,
 * `ip saddr` only IPv4), as the kernel's dependency expressions do. Verdict maps become one rule
 * per element. Anything else that selects packets (marks, limits, fib, socket, `xt` expressions
 * from iptables-nft ...) makes the rule uncertain: the evaluator tries both readings.
 *
 * `line` of a rule is its position in the `nftables` array (1-based); its text names the table,
 * chain and handle, so `nft delete rule ... handle N` can act on it.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

class NftError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

const HOOK_OF: Record<string, [Side, 0 | 1]> = {
  prerouting: ['in', 0],
  input: ['in', 1],
  output: ['out', 0],
  postrouting: ['out', 1],
};
const CT_STATES: Record<string, bigint> = {
  new: STATES.NEW,
  established: STATES.ESTABLISHED,
  related: STATES.RELATED,
  invalid: STATES.INVALID,
  untracked: STATES.UNTRACKED,
};
const FLAG_BITS: Record<string, number> = {
  fin: TCP_FLAGS.FIN,
  syn: TCP_FLAGS.SYN,
  rst: TCP_FLAGS.RST,
  psh: TCP_FLAGS.PSH,
  ack: TCP_FLAGS.ACK,
  urg: TCP_FLAGS.URG,
  ecn: TCP_FLAGS.ECE,
  cwr: TCP_FLAGS.CWR,
};

/** Statements that rewrite a new connection's destination (their word in a rule's text). */
const REWRITES = /: (.* )?(dnat|redirect)( |$)/;

/** A JSON value as message text: strings as they are, anything else as JSON (never `[object Object]`). */
const jsonText = (v: Json | undefined): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? 'undefined'));
const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What one condition of a rule says about packets in a context. */
type Constraint = { kind: 'dims'; cubes: Partial<Cube>[] } | { kind: 'none' } | { kind: 'any' } | { kind: 'opaque' };
type Condition = (ctx: MatchContext) => Constraint;
/** A condition the text cannot decide (marks, limits, xt, ...): the rule reads two ways. */
const OPAQUE: Condition = () => ({ kind: 'opaque' });

interface NamedSet {
  type: string[];
  elem: Json[];
  verdicts: boolean;
}

interface TableInfo {
  family: string;
  name: string;
  table: FwTable;
  sets: Map<string, NamedSet>;
  families: (4 | 6)[];
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

function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  return { line, col: offset - last };
}

export function parseNftJson(file: string, text: string): { ruleset: FwRuleset | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const fail = (offset: number, message: string, hint: string): void => {
    const start = lineCol(text, offset);
    diagnostics.push({
      code: 'RULESET_SYNTAX',
      severity: 'error',
      file,
      start,
      offsets: [offset, offset + 1],
      message,
      hint,
    });
  };
  let doc: Json;
  try {
    doc = JSON.parse(text) as Json;
  } catch (err) {
    const m = /position (\d+)/.exec((err as Error).message);
    fail(
      m ? Number(m[1]) : 0,
      `not valid JSON: ${(err as Error).message.replace(/ in JSON at position \d+.*$/, '')}`,
      'give the output of `nft -j list ruleset` unchanged',
    );
    return { ruleset: null, diagnostics };
  }
  const items = isObj(doc) && Array.isArray(doc.nftables) ? doc.nftables : null;
  if (!items) {
    fail(
      0,
      'not an nft JSON ruleset: the top level has no "nftables" array',
      'give the output of `nft -j list ruleset`',
    );
    return { ruleset: null, diagnostics };
  }
  const offsets = elementOffsets(text);
  const tables = new Map<string, TableInfo>();
  const warnings = new Set<string>();
  const paths: { info: TableInfo; chain: FwChain; side: Side; hook: 0 | 1; priority: number }[] = [];
  const natChains: { info: TableInfo; chain: FwChain; side: Side }[] = [];
  let ruleCount = 0;
  const tableOf = (o: Obj): TableInfo | undefined => tables.get(`${jsonText(o.family)} ${jsonText(o.table)}`);
  const pendingRules: { o: Obj; index: number }[] = [];
  items.forEach((item, index) => {
    const at = offsets[index] ?? 0;
    try {
      if (!isObj(item))
        throw new NftError(
          'an element of "nftables" is not an object',
          'each element is {"table": ...}, {"chain": ...}, {"rule": ...} ...',
        );
      const [kind] = Object.keys(item);
      const o = item[kind!];
      if (!isObj(o)) return;
      if (kind === 'table') {
        const family = jsonText(o.family);
        const fams: (4 | 6)[] = family === 'ip' ? [4] : family === 'ip6' ? [6] : family === 'inet' ? [4, 6] : [];
        if (fams.length === 0)
          warnings.add(
            `table ${family} ${jsonText(o.name)} is not analysed (only ip, ip6 and inet tables filter a host's own traffic; netdev and bridge tables may still drop it)`,
          );
        tables.set(`${family} ${jsonText(o.name)}`, {
          family,
          name: jsonText(o.name),
          table: { name: `${family} ${jsonText(o.name)}`, chains: new Map() },
          sets: new Map(),
          families: fams,
        });
      } else if (kind === 'chain') {
        const info = tableOf(o);
        if (!info)
          throw new NftError(
            `chain ${jsonText(o.name)} belongs to table ${jsonText(o.family)} ${jsonText(o.table)}, which is not declared before it`,
            'list the whole ruleset with `nft -j list ruleset`',
          );
        const base = typeof o.hook === 'string';
        const policy = base ? (o.policy === 'drop' ? 'DROP' : 'ACCEPT') : null;
        const chain: FwChain = {
          file,
          name: jsonText(o.name),
          base,
          policy,
          side: o.hook === 'output' || o.hook === 'postrouting' ? 'out' : o.hook === 'forward' ? undefined : 'in',
          line: index + 1,
          rules: [],
        };
        info.table.chains.set(chain.name, chain);
        if (base && info.families.length > 0) {
          const hook = HOOK_OF[jsonText(o.hook)];
          const prio = typeof o.prio === 'number' ? o.prio : (HOOK_PRIORITIES[jsonText(o.prio)] ?? 0);
          if (o.type === 'nat') {
            if (o.hook === 'prerouting' || o.hook === 'output')
              natChains.push({ info, chain, side: o.hook === 'prerouting' ? 'in' : 'out' });
          } else if (hook) paths.push({ info, chain, side: hook[0], hook: hook[1], priority: prio });
        }
      } else if (kind === 'set' || kind === 'map') {
        const info = tableOf(o);
        if (!info)
          throw new NftError(
            `set ${jsonText(o.name)} belongs to a table that is not declared before it`,
            'list the whole ruleset with `nft -j list ruleset`',
          );
        const type = Array.isArray(o.type) ? o.type.map(String) : [jsonText(o.type)];
        info.sets.set(jsonText(o.name), {
          type,
          elem: Array.isArray(o.elem) ? o.elem : [],
          verdicts: kind === 'map' && o.map === 'verdict',
        });
      } else if (kind === 'rule') pendingRules.push({ o, index });
    } catch (err) {
      // A shape this reader does not expect is bad input too, never a crash.
      if (err instanceof NftError) fail(at, err.message, err.hint);
      else
        fail(
          at,
          `this element could not be read (${(err as Error).message})`,
          'give the output of `nft -j list ruleset` unchanged; see libnftables-json(5)',
        );
    }
  });
  // Rules after every set is known (a dump lists sets first, but hand-made JSON may not).
  for (const { o, index } of pendingRules) {
    const at = offsets[index] ?? 0;
    try {
      const info = tableOf(o);
      if (!info)
        throw new NftError(
          `rule in table ${jsonText(o.family)} ${jsonText(o.table)}, which is not declared`,
          'list the whole ruleset with `nft -j list ruleset`',
        );
      const chain = info.table.chains.get(jsonText(o.chain));
      if (!chain)
        throw new NftError(
          `rule in chain ${jsonText(o.chain)}, which is not declared in table ${info.family} ${info.name}`,
          'list the whole ruleset with `nft -j list ruleset`',
        );
      const rules = compileRule(o, info, index + 1, file, warnings);
      chain.rules.push(...rules);
      ruleCount++;
    } catch (err) {
      // A shape this reader does not expect is bad input too, never a crash.
      if (err instanceof NftError) fail(at, err.message, err.hint);
      else
        fail(
          at,
          `this element could not be read (${(err as Error).message})`,
          'give the output of `nft -j list ruleset` unchanged; see libnftables-json(5)',
        );
    }
  }
  for (const info of tables.values()) {
    for (const chain of info.table.chains.values()) {
      for (const r of chain.rules) {
        if ((r.action.kind === 'jump' || r.action.kind === 'goto') && !info.table.chains.has(r.action.chain)) {
          diagnostics.push({
            code: 'RULESET_UNKNOWN_CHAIN',
            severity: 'error',
            file,
            start: lineCol(text, offsets[r.line - 1] ?? 0),
            offsets: [offsets[r.line - 1] ?? 0, (offsets[r.line - 1] ?? 0) + 1],
            message: `rule jumps to chain ${r.action.chain}, which table ${info.family} ${info.name} does not declare`,
            hint: 'list the whole ruleset with `nft -j list ruleset`',
          });
        }
      }
    }
  }
  if (diagnostics.length > 0) return { ruleset: null, diagnostics };
  const rewriting = natChains.flatMap((n) =>
    n.chain.rules.filter((r) => REWRITES.test(r.text)).map((r) => ({ ...n, rule: r })),
  );
  if (rewriting.length > 0)
    warnings.add(
      `nat rules rewrite destinations (line ${[...new Set(rewriting.map((r) => r.rule.line))].join(', ')}): flows they touch are marked approximate, the audit does not follow rewrites`,
    );
  // An nft dump is the kernel's whole ruleset: a family without a table is not filtered at all.
  const families: (4 | 6)[] = [4, 6];
  return {
    diagnostics,
    ruleset: {
      file,
      format: 'nft-json',
      families,
      ruleCount,
      tables: [...tables.values()].map((t) => t.table),
      warnings: [...warnings],
      rewrites(family, side): FwRule[] {
        return rewriting.filter((r) => r.side === side && r.info.families.includes(family)).map((r) => r.rule);
      },
      path(family, side): PathChain[] {
        return paths
          .filter((p) => p.side === side && p.info.families.includes(family))
          .sort((a, b) => a.hook - b.hook || a.priority - b.priority)
          .map((p) => ({
            table: p.info.table,
            chain: p.chain,
            hook: p.hook,
            priority: p.priority,
            beforeConntrack: p.priority < -200,
          }));
      },
    },
  };
}

/** One JSON rule as one or more model rules (a verdict map gives one per element). */
function compileRule(o: Obj, info: TableInfo, line: number, file: string, warnings: Set<string>): FwRule[] {
  const exprs = Array.isArray(o.expr) ? o.expr : [];
  const conditions: Condition[] = [];
  const interfaces: string[] = [];
  const texts: string[] = [];
  let action: Action = { kind: 'continue' };
  let vmap: { key: Json; entries: [Json, Json][] } | null = null;
  for (const e of exprs) {
    if (!isObj(e)) throw new NftError('a rule expression is not an object', 'see libnftables-json(5)');
    const [kind] = Object.keys(e);
    const v = e[kind!];
    switch (kind) {
      case 'match': {
        if (!isObj(v))
          throw new NftError('"match" is not an object', 'a match is {"op": ..., "left": ..., "right": ...}');
        conditions.push(matchCondition(v, info));
        if (isObj(v.left) && isObj(v.left.meta) && /^[io]if(name)?$/.test(jsonText(v.left.meta.key)))
          interfaces.push(...namesOf(v.right ?? null).map((n) => (n.endsWith('*') ? `${n.slice(0, -1)}+` : n)));
        texts.push(`${render(v.left)} ${v.op === '==' || v.op === 'in' ? '' : `${jsonText(v.op)} `}${render(v.right)}`);
        break;
      }
      case 'accept':
      case 'drop':
        action = { kind: kind === 'accept' ? 'ACCEPT' : 'DROP' };
        texts.push(kind);
        break;
      case 'reject':
        action = { kind: 'REJECT' };
        texts.push('reject');
        break;
      case 'return':
        action = { kind: 'RETURN' };
        texts.push('return');
        break;
      case 'jump':
      case 'goto': {
        const target = isObj(v) ? jsonText(v.target) : '';
        action = { kind, chain: target };
        texts.push(`${kind} ${target}`);
        break;
      }
      case 'notrack':
        action = { kind: 'NOTRACK' };
        texts.push('notrack');
        break;
      case 'queue':
        action = { kind: 'DROP' };
        texts.push('queue');
        warnings.add('a rule queues packets to user space: read as drop (what the kernel does with no listener)');
        break;
      case 'vmap': {
        if (!isObj(v)) throw new NftError('"vmap" is not an object', 'a verdict map is {"key": ..., "data": ...}');
        vmap = { key: v.key ?? null, entries: vmapEntries(v.data ?? null, info) };
        texts.push(`${render(v.key)} vmap ${render(v.data)}`);
        break;
      }
      case 'xt':
        conditions.push(OPAQUE);
        texts.push(`xt ${isObj(v) ? jsonText(v.name) : ''}`);
        warnings.add(
          'rules made by iptables-nft contain xt expressions that nft cannot show: audit those tables from the `iptables-save` output instead',
        );
        break;
      case 'limit':
      case 'quota':
      case 'connlimit':
      case 'meter':
        conditions.push(OPAQUE);
        texts.push(kind);
        break;
      case 'counter':
      case 'log':
      case 'comment':
        if (kind === 'log') texts.push('log');
        break;
      default:
        // Statements that change but do not select packets (mangle, meta set, nat, ...): the
        // packet goes on. Keep a word of them in the text.
        texts.push(kind!);
        break;
    }
  }
  const where = `table ${info.family} ${info.name} chain ${jsonText(o.chain)} handle ${jsonText(o.handle ?? '?')}`;
  const text = `${where}: ${texts.join(' ').replace(/\s+/g, ' ').trim()}`;
  const tableFamilies = info.families;
  const uncertain = conditions.includes(OPAQUE);
  const matchOf = (extra: Condition[]) =>
    memoMatch(
      (ctx: MatchContext): readonly Cube[] => {
        if (!tableFamilies.includes(ctx.family)) return [];
        let cubes: Cube[] = [universeCube(ctx.family)];
        for (const cond of [...conditions, ...extra]) {
          const c = cond(ctx);
          if (c.kind === 'none') return [];
          if (c.kind === 'opaque') {
            if (!ctx.assumeOpaque) return [];
            continue;
          }
          if (c.kind === 'any') continue;
          cubes = narrow(cubes, c.cubes);
          if (cubes.length === 0) return [];
        }
        return cubes;
      },
      { iface: interfaces.length > 0, uncertain },
    );
  if (!vmap) return [{ file, line, text, action, interfaces, match: matchOf([]) }];
  const key = vmap.key;
  return vmap.entries.map(([k, verdict]) => ({
    file,
    line,
    text,
    action: verdictOf(verdict),
    interfaces,
    match: matchOf([matchCondition({ op: '==', left: key, right: k }, info)]),
  }));
}

function verdictOf(v: Json): Action {
  if (!isObj(v)) throw new NftError('a verdict map element has no verdict', 'elements are [key, {"accept": null}]');
  const [kind] = Object.keys(v);
  const data = v[kind!];
  if (kind === 'accept') return { kind: 'ACCEPT' };
  if (kind === 'drop') return { kind: 'DROP' };
  if (kind === 'return') return { kind: 'RETURN' };
  if ((kind === 'jump' || kind === 'goto') && isObj(data)) return { kind, chain: jsonText(data.target) };
  if (kind === 'continue') return { kind: 'continue' };
  throw new NftError(
    `verdict "${kind}" in a verdict map is not understood`,
    'verdicts are accept, drop, return, jump, goto, continue',
  );
}

function vmapEntries(data: Json, info: TableInfo): [Json, Json][] {
  let list: Json[];
  if (typeof data === 'string' && data.startsWith('@')) {
    const set = info.sets.get(data.slice(1));
    if (!set)
      throw new NftError(
        `verdict map ${data} is not declared in table ${info.family} ${info.name}`,
        'list the whole ruleset with `nft -j list ruleset`',
      );
    list = set.elem;
  } else if (isObj(data) && Array.isArray(data.set)) list = data.set;
  else throw new NftError('verdict map data is neither a named map nor an anonymous set', 'see libnftables-json(5)');
  return list.map((e) => {
    if (!Array.isArray(e) || e.length !== 2)
      throw new NftError('a verdict map element is not a [key, verdict] pair', 'see libnftables-json(5)');
    return [unwrapElem(e[0]!), e[1]!];
  });
}

/** Intersects each partial cube of a condition with each cube so far. */
function narrow(cubes: Cube[], parts: Partial<Cube>[]): Cube[] {
  const out: Cube[] = [];
  for (const c of cubes) {
    for (const p of parts) {
      const n: Cube = { ...c };
      let empty = false;
      for (const [d, set] of Object.entries(p) as [Dimension, IntervalSet][]) {
        n[d] = intersect(n[d], set);
        if (n[d].length === 0) {
          empty = true;
          break;
        }
      }
      if (!empty) out.push(n);
    }
  }
  return out;
}

function unwrapElem(e: Json): Json {
  return isObj(e) && isObj(e.elem) && 'val' in e.elem ? e.elem.val! : e;
}

/** One field of a match: where it lands in a cube and how its values read. */
interface Field {
  /** The dimension, or a function of the context (addresses depend on the side). */
  dim: (ctx: MatchContext) => Dimension;
  family?: 4 | 6;
  /** Protocol implied by the field (`tcp dport` is TCP only). */
  protocol?: (ctx: MatchContext) => bigint;
  /** The values, read when the rule is read (so bad values are diagnostics, not crashes). */
  values: (v: Json) => IntervalSet;
  max: (ctx: MatchContext) => bigint;
}

const num = (v: Json, names: Record<string, number | bigint>, what: string): bigint => {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return BigInt(v);
  if (typeof v === 'string' && v in names) return BigInt(names[v]!);
  if (typeof v === 'string' && /^\d+$/.test(v)) return BigInt(v);
  throw new NftError(
    `${JSON.stringify(v)} is not a ${what}`,
    `use a number or one of: ${Object.keys(names).slice(0, 12).join(', ')}`,
  );
};

/** Values of a field: a value, a range, a prefix, an anonymous set, or a list. */
function rangeValues(v: Json, one: (x: Json) => [bigint, bigint]): IntervalSet {
  if (Array.isArray(v)) return normalize(v.map((x) => one(unwrapElem(x))));
  if (isObj(v) && Array.isArray(v.set)) return normalize(v.set.map((x) => one(unwrapElem(x))));
  return normalize([one(v)]);
}

function addressValue(family: 4 | 6): (x: Json) => [bigint, bigint] {
  return (x) => {
    if (isObj(x) && isObj(x.prefix)) return cidrRange(`${jsonText(x.prefix.addr)}/${jsonText(x.prefix.len)}`, family);
    if (isObj(x) && Array.isArray(x.range))
      return [cidrRange(jsonText(x.range[0]), family)[0], cidrRange(jsonText(x.range[1]), family)[0]];
    return cidrRange(jsonText(x), family);
  };
}

function cidrRange(s: string, family: 4 | 6): [bigint, bigint] {
  const c = parseCidr(s);
  if (!c) throw new NftError(`"${s}" is not an address`, 'addresses are 192.0.2.1, 2001:db8::1 or {"prefix": {...}}');
  if (c.family !== family)
    throw new NftError(`"${s}" is an IPv${c.family} address in an IPv${family} match`, 'check the ruleset');
  return [c.base, cidrLast(c)];
}

function numberValue(names: Record<string, number | bigint>, what: string): (x: Json) => [bigint, bigint] {
  return (x) => {
    if (isObj(x) && Array.isArray(x.range)) return [num(x.range[0]!, names, what), num(x.range[1]!, names, what)];
    const n = num(x, names, what);
    return [n, n];
  };
}

const addrDim =
  (field: string) =>
  (ctx: MatchContext): Dimension =>
    (field === 'saddr') === (ctx.side === 'in') ? 'remote' : 'local';
const icmpNames = (family: 4 | 6): Record<string, number> =>
  Object.fromEntries([
    ...(family === 4 ? ICMP_TYPES : ICMPV6_TYPES).map((t) => [t.nft, t.type] as const),
    ...Object.entries(family === 4 ? NFT_EXTRA_ICMP_NAMES : NFT_EXTRA_ICMPV6_NAMES),
  ]);

function payloadField(protocol: string, field: string): Field | null {
  const fixed = (d: Dimension) => (): Dimension => d;
  const proto = (p: bigint) => (): bigint => p;
  if ((protocol === 'ip' || protocol === 'ip6') && (field === 'saddr' || field === 'daddr')) {
    const family = protocol === 'ip' ? 4 : 6;
    return {
      dim: addrDim(field),
      family,
      values: (v) => rangeValues(v, addressValue(family)),
      max: () => maxAddress(family),
    };
  }
  if ((protocol === 'ip' && field === 'protocol') || (protocol === 'ip6' && field === 'nexthdr')) {
    return {
      dim: fixed('protocol'),
      family: protocol === 'ip' ? 4 : 6,
      values: (v) => rangeValues(v, numberValue(IP_PROTOCOLS, 'protocol')),
      max: () => 255n,
    };
  }
  if (['tcp', 'udp', 'sctp', 'udplite', 'dccp', 'th'].includes(protocol) && (field === 'sport' || field === 'dport')) {
    return {
      dim: fixed(field),
      protocol: protocol === 'th' ? undefined : proto(BigInt(IP_PROTOCOLS[protocol]!)),
      values: (v) => rangeValues(v, numberValue(SERVICE_PORTS, 'port')),
      max: () => 65535n,
    };
  }
  if ((protocol === 'icmp' || protocol === 'icmpv6') && (field === 'type' || field === 'code')) {
    const family = protocol === 'icmp' ? 4 : 6;
    return {
      dim: fixed(field === 'type' ? 'icmpType' : 'icmpCode'),
      family,
      protocol: proto(family === 4 ? PROTO.icmp : PROTO.icmpv6),
      values: (v) => rangeValues(v, numberValue(field === 'type' ? icmpNames(family) : {}, `ICMP ${field}`)),
      max: () => 255n,
    };
  }
  return null;
}

function flagBits(v: Json): number {
  if (Array.isArray(v)) return v.reduce<number>((n, x) => n | flagBits(x), 0);
  if (isObj(v) && Array.isArray(v['|'])) return v['|'].reduce<number>((n, x) => n | flagBits(x), 0);
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v in FLAG_BITS) return FLAG_BITS[v]!;
  throw new NftError(`${JSON.stringify(v)} is not a TCP flag`, `flags are ${Object.keys(FLAG_BITS).join(', ')}`);
}

/** A `match` expression as a condition on packets. */
function matchCondition(m: Obj, info: TableInfo): Condition {
  const op = jsonText(m.op);
  const left = m.left ?? null;
  let right = m.right ?? null;
  if (!['==', '!=', 'in', '<', '>', '<=', '>='].includes(op))
    throw new NftError(`match operator "${op}" is not understood`, 'operators are ==, !=, in, <, >, <=, >=');
  const neg = op === '!=';
  // Named sets: their elements, read like an anonymous set.
  if (typeof right === 'string' && right.startsWith('@')) {
    const set = info.sets.get(right.slice(1));
    if (!set)
      throw new NftError(
        `set ${right} is not declared in table ${info.family} ${info.name}`,
        'list the whole ruleset with `nft -j list ruleset`',
      );
    right = { set: set.elem };
  }
  const bound = (set: IntervalSet, max: bigint): IntervalSet => {
    if (op === '<' || op === '<=' || op === '>' || op === '>=') {
      const v = set[0]![0];
      if (op === '<') return interval(0n, v - 1n);
      if (op === '<=') return interval(0n, v);
      if (op === '>') return interval(v + 1n, max);
      return interval(v, max);
    }
    return neg ? complement(set, 0n, max) : set;
  };
  if (isObj(left) && isObj(left.payload)) {
    const p = left.payload;
    const field = payloadField(jsonText(p.protocol), jsonText(p.field));
    if (!field) return OPAQUE;
    const values = field.values(right);
    return (ctx) => {
      if (field.family && field.family !== ctx.family) return { kind: 'none' };
      const set = bound(values, field.max(ctx));
      const part: Partial<Cube> = { [field.dim(ctx)]: set };
      if (field.protocol) part.protocol = interval(field.protocol(ctx), field.protocol(ctx));
      return set.length === 0 ? { kind: 'none' } : { kind: 'dims', cubes: [part] };
    };
  }
  if (isObj(left) && Array.isArray(left['&'])) {
    const [inner, mask] = left['&'];
    if (isObj(inner) && isObj(inner.payload) && inner.payload.protocol === 'tcp' && inner.payload.field === 'flags') {
      const maskBits = flagBits(mask ?? 0);
      const comp = flagBits(right);
      const values = tcpFlagValues(maskBits, comp);
      const set = neg ? complement(values, 0n, 255n) : values;
      return () => ({ kind: 'dims', cubes: [{ tcpFlags: set, protocol: interval(PROTO.tcp, PROTO.tcp) }] });
    }
    return OPAQUE;
  }
  if (isObj(left) && isObj(left.meta)) {
    const key = jsonText(left.meta.key);
    if (key === 'l4proto') {
      const set = bound(rangeValues(right, numberValue(IP_PROTOCOLS, 'protocol')), 255n);
      return () => ({ kind: 'dims', cubes: [{ protocol: set }] });
    }
    if (key === 'nfproto' || key === 'protocol') {
      const names: Record<string, number> = key === 'nfproto' ? { ipv4: 4, ipv6: 6 } : { ip: 4, ip6: 6 };
      const fams = rangeValues(right, numberValue(names, 'family'));
      return (ctx) => {
        const inSet = fams.some(([lo, hi]) => lo <= BigInt(ctx.family) && BigInt(ctx.family) <= hi);
        return inSet !== neg ? { kind: 'any' } : { kind: 'none' };
      };
    }
    if (key === 'iifname' || key === 'oifname' || key === 'iif' || key === 'oif') {
      const names = namesOf(right);
      const inbound = key.startsWith('i');
      return (ctx) => {
        let hit: boolean | null;
        const matches = (name: string): boolean =>
          names.some((n) => ifaceMatches(n.endsWith('*') ? `${n.slice(0, -1)}+` : n, name));
        if (inbound !== (ctx.side === 'in')) hit = matches('');
        else if (ctx.iface !== null) hit = matches(ctx.iface);
        else if (names.every((n) => n === 'lo') && !ctx.loopback) hit = false;
        else hit = null;
        if (hit === null) return { kind: 'opaque' };
        return hit !== neg ? { kind: 'any' } : { kind: 'none' };
      };
    }
    return OPAQUE;
  }
  if (isObj(left) && isObj(left.ct) && left.ct.key === 'state' && left.ct.dir === undefined) {
    const list = namesOf(right);
    for (const s of list)
      if (!(s in CT_STATES))
        throw new NftError(`"${s}" is not a connection state`, `states are ${Object.keys(CT_STATES).join(', ')}`);
    const set = normalize(list.map((s) => [CT_STATES[s]!, CT_STATES[s]!] as const));
    return () => ({ kind: 'dims', cubes: [{ state: neg ? complement(set, 0n, 4n) : set }] });
  }
  if (isObj(left) && Array.isArray(left.concat) && !neg && (op === '==' || op === 'in')) {
    const fields = left.concat.map((f) =>
      isObj(f) && isObj(f.payload) ? payloadField(jsonText(f.payload.protocol), jsonText(f.payload.field)) : null,
    );
    if (fields.some((f) => f === null)) return OPAQUE;
    const elems = isObj(right) && Array.isArray(right.set) ? right.set : [right];
    const tuples = elems.map((e0) => {
      const e = unwrapElem(e0);
      const parts = isObj(e) && Array.isArray(e.concat) ? e.concat : null;
      if (!parts || parts.length !== fields.length)
        throw new NftError('a concatenation set element does not have one value per field', 'see libnftables-json(5)');
      return parts.map((p, i) => fields[i]!.values(p));
    });
    return (ctx) => {
      if (fields.some((f) => f!.family && f!.family !== ctx.family)) return { kind: 'none' };
      const cubes: Partial<Cube>[] = [];
      for (const values of tuples) {
        const cube: Partial<Cube> = {};
        fields.forEach((f, i) => {
          const d = f!.dim(ctx);
          cube[d] = cube[d] ? intersect(cube[d], values[i]!) : values[i]!;
          if (f!.protocol) cube.protocol = interval(f!.protocol(ctx), f!.protocol(ctx));
        });
        cubes.push(cube);
      }
      return cubes.length === 0 ? { kind: 'none' } : { kind: 'dims', cubes };
    };
  }
  return OPAQUE;
}

function namesOf(right: Json): string[] {
  return (Array.isArray(right) ? right : isObj(right) && Array.isArray(right.set) ? right.set : [right]).map((x) =>
    jsonText(unwrapElem(x)),
  );
}

/** A short nft-like text of an expression, for reports. */
function render(v: Json | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return jsonText(v);
  if (Array.isArray(v)) return v.map(render).join(',');
  const [k] = Object.keys(v);
  const x = v[k!];
  switch (k) {
    case 'payload':
      return isObj(x) ? `${jsonText(x.protocol)} ${jsonText(x.field)}` : k;
    case 'meta':
    case 'ct':
      return isObj(x) ? `${k} ${jsonText(x.key)}` : k;
    case 'prefix':
      return isObj(x) ? `${jsonText(x.addr)}/${jsonText(x.len)}` : k;
    case 'range':
      return Array.isArray(x) ? `${render(x[0])}-${render(x[1])}` : k;
    case 'set':
      return Array.isArray(x)
        ? `{ ${x.map((e) => (Array.isArray(e) ? `${render(e[0])} : ${render(e[1])}` : render(e))).join(', ')} }`
        : k;
    case 'concat':
      return Array.isArray(x) ? x.map(render).join(' . ') : k;
    case '&':
      return Array.isArray(x) ? `${render(x[0])} & (${render(x[1])})` : k;
    case '|':
      return Array.isArray(x) ? x.map(render).join('|') : k;
    case 'elem':
      return isObj(x) ? render(x.val) : k;
    case 'accept':
    case 'drop':
    case 'return':
      return k;
    case 'jump':
    case 'goto':
      return isObj(x) ? `${k} ${jsonText(x.target)}` : k;
    default:
      return k!;
  }
}
