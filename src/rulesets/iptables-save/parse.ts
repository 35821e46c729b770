import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { ICMP_TYPES, ICMPV6_TYPES } from '../../net/icmp-types.js';
import { parseCidr } from '../../net/addresses.js';
import type { PortRange } from '../../net/port-ranges.js';
import type { CtState, IptMatch, IptRule, IptRuleset, IptTable, IptTarget, Neg } from './model.js';

const BUILTIN: Record<string, string[]> = {
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
  raw: ['PREROUTING', 'OUTPUT'],
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
  security: ['INPUT', 'FORWARD', 'OUTPUT'],
};
const CT_STATES: CtState[] = ['NEW', 'ESTABLISHED', 'RELATED', 'INVALID', 'UNTRACKED', 'SNAT', 'DNAT'];
const SIMPLE_TARGETS = ['ACCEPT', 'DROP', 'RETURN', 'LOG', 'NOTRACK', 'NFLOG', 'MARK', 'CT'] as const;
const NAT_TARGETS = ['DNAT', 'SNAT', 'MASQUERADE', 'REDIRECT'] as const;

interface Token {
  text: string;
  col: number;
}

class ParseError extends Error {
  constructor(
    message: string,
    readonly col: number,
    readonly hint: string,
  ) {
    super(message);
  }
}

/**
 * Parses `iptables-save` / `ip6tables-save` output (with or without `-c` counters). Returns the
 * tables with their chains and rules, each rule keeping its line and text for reports.
 * Diagnostics point at the line and column of the offending token.
 */
export function parseIptablesSave(
  file: string,
  text: string,
): { ruleset: IptRuleset | null; diagnostics: Diagnostic[] } {
  const reader = new DumpReader(file);
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    reader.line(i + 1, lines[i]!.replace(/\r$/, ''), offset);
    offset += lines[i]!.length + 1;
  }
  return reader.finish(lines.length, Math.max(0, offset - 1), text);
}

/** The state of reading one dump, line by line: the tables so far, the open one, the jumps to check. */
class DumpReader {
  readonly diagnostics: Diagnostic[] = [];
  private readonly tables = new Map<string, IptTable>();
  private table: IptTable | null = null;
  private family: 4 | 6 | null = null;
  private ruleCount = 0;
  private readonly pendingJumps: { rule: IptRule; table: IptTable; col: number; offset: number }[] = [];
  /** Extension targets the audit does not know, by name. */
  private readonly unknownTargets = new Set<string>();

  constructor(readonly file: string) {}

  line(lineNo: number, raw: string, lineOffset: number): void {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const at = new LineAt(this, lineNo, lineOffset);
    const indent = raw.length - raw.trimStart().length;
    if (line.startsWith('*')) return this.tableLine(at, line, indent);
    if (line === 'COMMIT') {
      if (!this.table) at.fail(indent + 1, 'COMMIT outside a table', 'a table section starts with a "*filter" line');
      this.table = null;
      return;
    }
    if (!this.table) {
      return at.fail(
        indent + 1,
        'line outside a table section',
        'iptables-save output starts each table with a "*filter" (or *raw, *nat, ...) line',
      );
    }
    if (line.startsWith(':')) return this.chainLine(at, this.table, line, indent);
    this.ruleLine(at, this.table, raw, line, indent);
  }

  private tableLine(at: LineAt, line: string, indent: number): void {
    const name = line.slice(1).trim();
    if (!/^[a-z]+$/.test(name)) {
      return at.fail(indent + 2, `"${name}" is not a table name`, 'tables are filter, raw, mangle, nat or security');
    }
    if (this.table) {
      at.fail(
        indent + 1,
        `table ${name} starts before table ${this.table.name} ended with COMMIT`,
        'each table section ends with a COMMIT line',
      );
    }
    this.table = this.tables.get(name) ?? { name, line: at.lineNo, chains: new Map() };
    this.tables.set(name, this.table);
  }

  private chainLine(at: LineAt, table: IptTable, line: string, indent: number): void {
    const m = /^:(\S+)\s+(\S+)(?:\s+\[\d+:\d+\])?$/.exec(line);
    if (!m)
      return at.fail(
        indent + 1,
        `chain declaration "${line}" does not parse`,
        'expected ":CHAIN POLICY [packets:bytes]"',
      );
    const [, name, policy] = m as unknown as [string, string, string];
    const builtin = (BUILTIN[table.name] ?? []).includes(name);
    if (builtin && policy !== 'ACCEPT' && policy !== 'DROP') {
      return at.fail(
        indent + name.length + 3,
        `built-in chain ${name} has policy "${policy}"`,
        'built-in chains have policy ACCEPT or DROP',
      );
    }
    const chainPolicy = builtin ? (policy as 'ACCEPT' | 'DROP') : null;
    table.chains.set(name, { name, builtin, policy: chainPolicy, line: at.lineNo, rules: [] });
  }

  private ruleLine(at: LineAt, table: IptTable, raw: string, line: string, indent: number): void {
    let tokens: Token[];
    try {
      tokens = tokenize(raw);
    } catch (err) {
      const e = err as ParseError;
      return at.fail(e.col, e.message, e.hint);
    }
    let counters: [number, number] | null = null;
    if (tokens[0] && /^\[\d+:\d+\]$/.test(tokens[0].text)) {
      const [p, b] = tokens[0].text.slice(1, -1).split(':').map(Number) as [number, number];
      counters = [p, b];
      tokens = tokens.slice(1);
    }
    // iptables-restore input may flush a chain (`-F CHAIN`, as `--noflush` files do): the rules
    // given so far for it are gone.
    if ((tokens[0]?.text === '-F' || tokens[0]?.text === '--flush') && tokens.length === 2) {
      return this.flush(at, table, tokens[1]!);
    }
    if (tokens[0]?.text !== '-A' && tokens[0]?.text !== '--append') {
      return at.fail(
        tokens[0]?.col ?? indent + 1,
        `unexpected "${tokens[0]?.text ?? line}"`,
        'rule lines start with "-A CHAIN" (optionally after [packets:bytes])',
      );
    }
    const chainTok = tokens[1];
    if (!chainTok) return at.fail(tokens[0].col, '-A without a chain', 'write -A CHAIN ...');
    const chain = table.chains.get(chainTok.text);
    if (!chain) {
      return at.unknownChain(
        chainTok,
        `rule added to chain ${chainTok.text}, which table ${table.name} does not declare`,
        `declare it with ":${chainTok.text} - [0:0]" before the rules`,
      );
    }
    try {
      const { match, target, targetCol, fam, counters: c2 } = parseRule(tokens.slice(2));
      this.noteFamily(fam, tokens[2]?.col ?? 1);
      const text = raw.slice((tokens[0].col ?? 1) - 1).trim();
      const rule: IptRule = { line: at.lineNo, text, chain: chain.name, match, target, counters: counters ?? c2 };
      chain.rules.push(rule);
      this.ruleCount++;
      if (target.kind === 'jump' || target.kind === 'goto') {
        this.pendingJumps.push({ rule, table, col: targetCol, offset: at.lineOffset });
      }
    } catch (err) {
      if (!(err instanceof ParseError)) throw err;
      at.fail(err.col, err.message, err.hint);
    }
  }

  private flush(at: LineAt, table: IptTable, name: Token): void {
    const flushed = table.chains.get(name.text);
    if (!flushed) {
      return at.unknownChain(
        name,
        `flush of chain ${name.text}, which table ${table.name} does not declare`,
        `declare it with ":${name.text} - [0:0]" first`,
      );
    }
    this.ruleCount -= flushed.rules.length;
    flushed.rules.length = 0;
  }

  /** A dump is of one family: a rule's addresses or ICMP say which. */
  private noteFamily(fam: 4 | 6 | null, col: number): void {
    if (fam === null) return;
    if (this.family !== null && this.family !== fam) {
      throw new ParseError(
        'this dump mixes IPv4 and IPv6 addresses',
        col,
        'audit the iptables-save and ip6tables-save dumps as two --ruleset files',
      );
    }
    this.family = fam;
  }

  /** The end of the dump: an unfinished table, jumps to undeclared chains, and the ruleset. */
  finish(
    lastLine: number,
    lastOffset: number,
    text: string,
  ): { ruleset: IptRuleset | null; diagnostics: Diagnostic[] } {
    const { file, diagnostics, tables } = this;
    if (this.table) {
      new LineAt(this, lastLine, lastOffset).fail(
        1,
        `table ${this.table.name} has no COMMIT line`,
        'the dump is cut short; save it again',
      );
    }
    for (const { rule, table: t, col, offset: lineOffset } of this.pendingJumps) {
      const target = rule.target as { chain: string };
      if (t.chains.has(target.chain)) continue;
      // An undeclared name in capitals is an extension target (xtables-addons' TARPIT, DELUDE,
      // CHAOS; DNPT ...): iptables-save declares every user chain, so it cannot be one.
      if (rule.target.kind === 'jump' && /^[A-Z][A-Z0-9_]*$/.test(target.chain)) {
        rule.target = { kind: 'unknown', name: target.chain };
        this.unknownTargets.add(target.chain);
        continue;
      }
      new LineAt(this, rule.line, lineOffset).unknownChain(
        { text: target.chain, col },
        `rule jumps to chain ${target.chain}, which table ${t.name} does not declare`,
        'declare the chain, or check the target name',
      );
    }
    if (diagnostics.some((d) => d.severity === 'error')) return { ruleset: null, diagnostics };
    // A dump without addresses or ICMP says nothing of its family: its header does
    // ("Generated by ip6tables-save"); failing that, it is IPv4, as iptables-save is.
    const family = this.family ?? (/^#.*\bip6tables(-save|-restore)?\b/m.test(text) ? 6 : 4);
    if (tables.size === 0) {
      const message = 'no table in this dump';
      const hint = 'give the output of iptables-save (or ip6tables-save)';
      return {
        ruleset: null,
        diagnostics: [{ code: 'RULESET_SYNTAX', severity: 'error', file, start: { line: 1, col: 1 }, message, hint }],
      };
    }
    return {
      ruleset: { file, family, tables, ruleCount: this.ruleCount, unknownTargets: [...this.unknownTargets].sort() },
      diagnostics,
    };
  }
}

/** Diagnostics at a line of the dump. */
class LineAt {
  constructor(
    private readonly reader: DumpReader,
    readonly lineNo: number,
    readonly lineOffset: number,
  ) {}

  fail(col: number, message: string, hint: string): void {
    this.push('RULESET_SYNTAX', col, 1, message, hint);
  }

  unknownChain(tok: { text: string; col: number }, message: string, hint: string): void {
    this.push('RULESET_UNKNOWN_CHAIN', tok.col, tok.text.length, message, hint);
  }

  private push(
    code: 'RULESET_SYNTAX' | 'RULESET_UNKNOWN_CHAIN',
    col: number,
    width: number,
    message: string,
    hint: string,
  ): void {
    const start = this.lineOffset + col - 1;
    this.reader.diagnostics.push({
      code,
      severity: 'error',
      file: this.reader.file,
      start: { line: this.lineNo, col },
      offsets: [start, start + width],
      message,
      hint,
    });
  }
}

/** Splits a line like a shell would for iptables-save: double quotes with backslash escapes. */
function tokenize(line: string): Token[] {
  const out: Token[] = [];
  // Words without quotes (nearly all) are sliced whole: building them character by character
  // left long chains of one-character strings in every rule.
  const word = /[^\s"]+/y;
  const space = /\s+/y;
  let i = 0;
  while (i < line.length) {
    space.lastIndex = i;
    if (space.test(line)) i = space.lastIndex;
    if (i >= line.length) break;
    const col = i + 1;
    let text = '';
    while (i < line.length && !isSpace(line.charCodeAt(i))) {
      word.lastIndex = i;
      if (word.test(line)) {
        text += line.slice(i, word.lastIndex);
        i = word.lastIndex;
        continue;
      }
      // A double quote: up to the closing one, backslash escapes the next character.
      i++;
      let closed = false;
      let start = i;
      while (i < line.length) {
        const ch = line[i];
        if (ch === '\\' && i + 1 < line.length) {
          text += line.slice(start, i) + line[i + 1];
          i += 2;
          start = i;
        } else if (ch === '"') {
          text += line.slice(start, i);
          closed = true;
          i++;
          break;
        } else i++;
      }
      if (!closed) throw new ParseError('unterminated quoted string', col, 'close the double quote');
    }
    out.push({ text, col });
  }
  return out;
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 160 ||
    c === 0xfeff ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

const ARITY_KNOWN: Record<string, number> = { '--tcp-flags': 2, '--syn': 0 };

function parseRule(tokens: Token[]): {
  match: IptMatch;
  target: IptTarget;
  targetCol: number;
  fam: 4 | 6 | null;
  counters: [number, number] | null;
} {
  const match: IptMatch = { opaque: [] };
  let target: IptTarget = { kind: 'none' };
  let targetCol = 0;
  let fam: 4 | 6 | null = null;
  let counters: [number, number] | null = null;
  let module = '';
  let neg = false;
  let i = 0;
  const value = (t: Token): string => {
    const v = tokens[i + 1];
    if (!v || (v.text.startsWith('-') && v.text.length > 1 && !/^-\d/.test(v.text)))
      throw new ParseError(`${t.text} needs a value`, t.col, `write ${t.text} VALUE`);
    i++;
    return v.text;
  };
  const set = <K extends keyof IptMatch>(key: K, v: IptMatch[K] extends Neg<infer T> | undefined ? T : never): void => {
    (match as unknown as Record<string, Neg<unknown>>)[key] = { neg, value: v };
    neg = false;
  };
  const setFamily = (f: 4 | 6, t: Token): void => {
    if (fam !== null && fam !== f) throw new ParseError('rule mixes IPv4 and IPv6', t.col, 'one rule is one family');
    fam = f;
  };
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.text) {
      case '!':
        neg = true;
        continue;
      case '-s':
      case '--source':
      case '-d':
      case '--destination': {
        const v = tokens[i + 1];
        const c = v ? parseCidr(withPrefix(value(t))) : null;
        if (!c)
          throw new ParseError(
            `"${v?.text ?? ''}" is not an address or CIDR`,
            v?.col ?? t.col,
            'iptables-save writes addresses as 192.0.2.0/24 or 2001:db8::/32',
          );
        setFamily(c.family, v!);
        set(t.text === '-s' || t.text === '--source' ? 'src' : 'dst', c);
        continue;
      }
      case '-i':
      case '--in-interface':
        set('inIface', value(t));
        continue;
      case '-o':
      case '--out-interface':
        set('outIface', value(t));
        continue;
      case '-p':
      case '--protocol': {
        const p = value(t).toLowerCase();
        const name =
          p === '6'
            ? 'tcp'
            : p === '17'
              ? 'udp'
              : p === '1'
                ? 'icmp'
                : p === '58' || p === 'icmpv6' || p === 'ipv6-icmp' || p === 'icmp6'
                  ? 'ipv6-icmp'
                  : p;
        if (name === 'icmp') setFamily(4, t);
        if (name === 'ipv6-icmp') setFamily(6, t);
        set('protocol', name);
        continue;
      }
      case '-m':
      case '--match':
        module = value(t);
        // Modules of one family only tell a dump's family when no address does (ip6tables-save
        // without its header line).
        if (IPV6_MODULES.includes(module)) setFamily(6, t);
        if (IPV4_MODULES.includes(module)) setFamily(4, t);
        if (EXTENSION_HEADERS.includes(module)) {
          match.extensionHeader = module;
          continue;
        }
        if (
          !['tcp', 'udp', 'icmp', 'icmp6', 'multiport', 'conntrack', 'state', 'comment', 'set', 'addrtype'].includes(
            module,
          )
        )
          match.opaque.push(`-m ${module}`);
        continue;
      case '-c':
      case '--set-counters': {
        const p = Number(value(t));
        const b = Number(value(t));
        counters = [p, b];
        continue;
      }
      case '-f':
      case '--fragment':
        match.opaque.push(`${neg ? '! ' : ''}-f`);
        neg = false;
        continue;
      case '-j':
      case '--jump':
      case '-g':
      case '--goto': {
        targetCol = tokens[i + 1]?.col ?? t.col;
        const name = value(t);
        const isGoto = t.text === '-g' || t.text === '--goto';
        if (isGoto) target = { kind: 'goto', chain: name };
        else if ((SIMPLE_TARGETS as readonly string[]).includes(name))
          target = { kind: name as (typeof SIMPLE_TARGETS)[number] };
        else if (name === 'REJECT') target = { kind: 'REJECT', with: null };
        else if ((NAT_TARGETS as readonly string[]).includes(name))
          target = { kind: 'nat', name: name as (typeof NAT_TARGETS)[number], to: null };
        else if (isExtensionTarget(name)) target = { kind: 'other', name };
        else target = { kind: 'jump', chain: name };
        // The rest of the line is the target's own options.
        const rest = tokens.slice(i + 1);
        const rw = rest.findIndex((x) => x.text === '--reject-with');
        if (target.kind === 'REJECT' && rw >= 0) {
          const how = rest[rw + 1]?.text ?? null;
          target = { kind: 'REJECT', with: how };
          // icmp6-* answers exist in ip6tables only, icmp-* in iptables only (tcp-reset in both).
          if (how?.startsWith('icmp6-')) setFamily(6, rest[rw + 1]!);
          else if (how?.startsWith('icmp-')) setFamily(4, rest[rw + 1]!);
        }
        if (target.kind === 'nat') {
          const opt = target.name === 'REDIRECT' ? '--to-ports' : '--to-destination';
          const at = rest.findIndex((x) => x.text === opt || (opt === '--to-ports' && x.text === '--to-port'));
          target = { ...target, to: at >= 0 ? (rest[at + 1]?.text ?? null) : null };
        }
        // `-j CT --notrack` is NOTRACK written the newer way.
        if (name === 'CT' && rest.some((x) => x.text === '--notrack')) target = { kind: 'NOTRACK' };
        if (name === 'NFQUEUE') target = { kind: 'queue', bypass: rest.some((x) => x.text === '--queue-bypass') };
        i = tokens.length;
        continue;
      }
      default:
        break;
    }
    if (!t.text.startsWith('--')) throw new ParseError(`unexpected "${t.text}"`, t.col, 'options start with - or --');
    // Module options: the current -m module first, then the matches that -p loads implicitly
    // (iptables resolves an option against every loaded match, so `--dport` may follow -m multiport).
    const opt = t.text;
    const proto = match.protocol?.value ?? '';
    if (
      module === 'multiport' &&
      ['--dports', '--destination-ports', '--sports', '--source-ports', '--ports'].includes(opt)
    ) {
      const v = tokens[i + 1];
      const list = value(t)
        .split(',')
        .map((p) => portRange(p, v!));
      if (opt === '--ports') {
        match.opaque.push(`${neg ? '! ' : ''}--ports ${v!.text}`);
        neg = false;
      } else set(opt.startsWith('--d') ? 'dports' : 'sports', list);
      continue;
    }
    if ((module === 'conntrack' && opt === '--ctstate') || (module === 'state' && opt === '--state')) {
      const v = tokens[i + 1];
      const states = value(t)
        .split(',')
        .map((s) => s.toUpperCase());
      for (const s of states)
        if (!(CT_STATES as string[]).includes(s))
          throw new ParseError(`unknown connection state "${s}"`, v!.col, `states: ${CT_STATES.join(', ')}`);
      set('ctstate', states as CtState[]);
      continue;
    }
    if (module === 'set' && opt === '--match-set') {
      const name = value(t);
      const flags = value(t).split(',');
      (match.sets ??= []).push({ neg, value: { name, dirs: flags } });
      neg = false;
      continue;
    }
    if (module === 'addrtype' && (opt === '--src-type' || opt === '--dst-type')) {
      (match.addrTypes ??= []).push({
        neg,
        value: { dir: opt === '--src-type' ? 'src' : 'dst', types: value(t).toUpperCase().split(',') },
      });
      neg = false;
      continue;
    }
    if (module === 'comment' && opt === '--comment') {
      match.comment = value(t);
      continue;
    }
    const portProto = ['tcp', 'udp', 'udplite', 'sctp', 'dccp'].includes(proto) || module === 'tcp' || module === 'udp';
    if (
      portProto &&
      (opt === '--dport' || opt === '--destination-port' || opt === '--sport' || opt === '--source-port')
    ) {
      const v = tokens[i + 1];
      set(opt.startsWith('--d') ? 'dports' : 'sports', [portRange(value(t), v!)]);
      continue;
    }
    if ((proto === 'tcp' || module === 'tcp') && (opt === '--tcp-flags' || opt === '--syn')) {
      if (opt === '--syn') set('tcpFlags', { mask: ['FIN', 'SYN', 'RST', 'ACK'], comp: ['SYN'] });
      else {
        const mask = value(t).split(',');
        const comp = value(t).split(',');
        set('tcpFlags', { mask, comp: comp[0] === 'NONE' ? [] : comp });
      }
      continue;
    }
    if (
      (proto === 'icmp' || proto === 'ipv6-icmp' || module === 'icmp' || module === 'icmp6') &&
      (opt === '--icmp-type' || opt === '--icmpv6-type')
    ) {
      const v = tokens[i + 1];
      setFamily(opt === '--icmp-type' ? 4 : 6, t);
      set('icmpType', icmpTypeOf(value(t), opt === '--icmp-type' ? 'icmp' : 'icmpv6', v!));
      continue;
    }
    // An extension header's options (`--rt-type 0`): the rule matches no ordinary packet anyway.
    if (EXTENSION_HEADERS.includes(module)) {
      while (tokens[i + 1] && !tokens[i + 1]!.text.startsWith('-') && tokens[i + 1]!.text !== '!') i++;
      neg = false;
      continue;
    }
    // Anything else cannot be decided from the text: keep it verbatim.
    const arity = ARITY_KNOWN[opt];
    const parts = [`${neg ? '! ' : ''}${opt}`];
    if (arity !== undefined) for (let k = 0; k < arity; k++) parts.push(value(t));
    else
      while (tokens[i + 1] && !tokens[i + 1]!.text.startsWith('-') && tokens[i + 1]!.text !== '!')
        parts.push(tokens[++i]!.text);
    match.opaque.push(module ? `${module}: ${parts.join(' ')}` : parts.join(' '));
    neg = false;
  }
  return { match, target, targetCol, fam, counters };
}

/**
 * `192.0.2.0/255.255.255.0` (older iptables-save writes masks dotted) as `192.0.2.0/24`; a mask
 * that is not a prefix is left as it is, and refused as an address.
 */
function withPrefix(text: string): string {
  const m = /^([\d.]+)\/(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (!m) return text;
  const octets = m[2]!.split('.').map(Number);
  if (octets.some((o) => o > 255)) return text;
  const mask = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  const prefix = 32 - Math.log2((~mask >>> 0) + 1);
  return Number.isInteger(prefix) ? `${m[1]}/${prefix}` : text;
}

/** Match modules that exist in ip6tables only, and in iptables only. */
const IPV6_MODULES = ['rt', 'frag', 'hbh', 'dst', 'ipv6header', 'eui64', 'mh', 'hl', 'srh'];
const IPV4_MODULES = ['ttl', 'icmp'];
/** IPv6 extension-header matches: false for a packet without the header (xt_rt, xt_frag, ...). */
const EXTENSION_HEADERS = ['rt', 'frag', 'hbh', 'dst', 'mh'];

/** Targets provided by extensions (not user chains): upper case and known to iptables. */
function isExtensionTarget(name: string): boolean {
  return [
    'TCPMSS',
    'CONNMARK',
    'TRACE',
    'AUDIT',
    'CHECKSUM',
    'CLASSIFY',
    'DSCP',
    'TOS',
    'TTL',
    'HL',
    'SET',
    'TPROXY',
    'SECMARK',
    'CONNSECMARK',
    'ULOG',
    'LED',
    'IDLETIMER',
    'TEE',
    'NETMAP',
    'SYNPROXY',
  ].includes(name);
}

function portRange(text: string, tok: Token): PortRange {
  const m = /^(\d{0,5})(?::(\d{0,5}))?$/.exec(text);
  if (!m || (m[1] === '' && m[2] === undefined))
    throw new ParseError(`"${text}" is not a port or range`, tok.col, 'ports are N or LOW:HIGH');
  const lo = m[1] === '' ? 0 : Number(m[1]);
  const hi = m[2] === undefined ? lo : m[2] === '' ? 65535 : Number(m[2]);
  if (lo > 65535 || hi > 65535) throw new ParseError(`port "${text}" is above 65535`, tok.col, 'ports are 0-65535');
  // iptables accepts a reversed range and swaps it.
  return lo <= hi ? [lo, hi] : [hi, lo];
}

function icmpTypeOf(
  text: string,
  protocol: 'icmp' | 'icmpv6',
  tok: Token,
): { type: number; code: number | null } | 'any' {
  if (text === 'any') return 'any';
  const m = /^(\d{1,3})(?:\/(\d{1,3}))?$/.exec(text);
  if (m) {
    const type = Number(m[1]);
    const code = m[2] === undefined ? null : Number(m[2]);
    if (type > 255 || (code !== null && code > 255))
      throw new ParseError(`ICMP type "${text}" is above 255`, tok.col, 'types and codes are 0-255');
    return { type, code };
  }
  const table = protocol === 'icmp' ? ICMP_TYPES : ICMPV6_TYPES;
  const hit = table.find((t) => t.iptables === text || t.nft === text);
  if (hit) return { type: hit.type, code: null };
  // Names that mean one code of a type (port-unreachable ...) are kept as their type with a code.
  const codes: Record<string, [number, number]> =
    protocol === 'icmp'
      ? {
          'network-unreachable': [3, 0],
          'host-unreachable': [3, 1],
          'protocol-unreachable': [3, 2],
          'port-unreachable': [3, 3],
          'fragmentation-needed': [3, 4],
          'communication-prohibited': [3, 13],
          'ttl-zero-during-transit': [11, 0],
          'ttl-exceeded': [11, 0],
        }
      : {
          'no-route': [1, 0],
          'communication-prohibited': [1, 1],
          'address-unreachable': [1, 3],
          'port-unreachable': [1, 4],
          'ttl-zero-during-transit': [3, 0],
        };
  const c = codes[text];
  if (c) return { type: c[0], code: c[1] };
  throw new ParseError(
    `unknown ${protocol} type "${text}"`,
    tok.col,
    'use a number (8, 3/3) or a name iptables prints',
  );
}
