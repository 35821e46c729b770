import { universeCube, type Cube } from '../../algebra/packet-set.js';
import { memoMatch, type Action, type FwRule, type MatchContext } from '../firewall-model.js';
import { isObj, jsonText, namesOf, NftError, render, unwrapElem, type Json, type Obj } from './json.js';
import { matchCondition, narrow, OPAQUE, type Condition } from './match.js';
import type { NftTable } from './model.js';
import { natAddress, natPorts } from '../nat-to.js';
import type { NatTo } from '../firewall-model.js';

/** One JSON rule as one or more model rules (a verdict map gives one per element). */
export function compileRule(o: Obj, info: NftTable, line: number, file: string, warnings: Set<string>): FwRule[] {
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
      case 'queue': {
        // A program decides each packet (accept or drop); `bypass` lets them pass when none listens.
        const flags = isObj(v) ? v.flags : null;
        const bypass = flags === 'bypass' || (Array.isArray(flags) && flags.includes('bypass'));
        action = { kind: 'queue', bypass };
        texts.push(bypass ? 'queue bypass' : 'queue');
        break;
      }
      case 'dnat':
      case 'redirect': {
        // nat chains only (nft refuses them elsewhere): the connection goes on to a new destination.
        const { to, family } = natToOf(kind, v ?? null);
        action = { kind: 'dnat', to };
        // `dnat ip to ...` in an inet table applies to IPv4 packets only (nft adds that match).
        if (family !== null) conditions.push((ctx) => (ctx.family === family ? { kind: 'any' } : { kind: 'none' }));
        texts.push(`${kind}${to.text ? ` to ${to.text}` : ''}`);
        break;
      }
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

/**
 * A dnat or redirect statement's destination. The address family is the statement's own
 * (`"family": "ip"`) or its address's; an address or port that is an expression (a map on the
 * packet) leaves it unknown (null), which the audit says.
 */
function natToOf(kind: 'dnat' | 'redirect', v: Json): { to: NatTo; family: 4 | 6 | null } {
  const o = isObj(v) ? v : {};
  const port = o.port;
  let ports: [number, number] | null = null;
  let portText = '';
  let known = true;
  if (typeof port === 'number') ports = natPorts(String(port));
  else if (isObj(port) && Array.isArray(port.range) && port.range.length === 2)
    ports = natPorts(port.range.map((x) => jsonText(x)).join('-'));
  if (port !== undefined) {
    portText = `:${render(port)}`;
    if (!ports) known = false;
  }
  const stated = o.family === 'ip' ? 4 : o.family === 'ip6' ? 6 : null;
  if (kind === 'redirect') return { to: { redirect: true, addresses: null, ports, text: portText }, family: stated };
  const addr = o.addr;
  let family: 4 | 6 | null = stated;
  let addresses: [string, string] | null = null;
  const one = (a: Json): string | null => {
    if (typeof a !== 'string') return null;
    const f = a.includes(':') ? 6 : 4;
    family ??= f;
    return natAddress(a, f);
  };
  if (typeof addr === 'string') {
    const a = one(addr);
    if (a !== null) addresses = [a, a];
  } else if (isObj(addr) && Array.isArray(addr.range) && addr.range.length === 2) {
    const a = one(addr.range[0]!);
    const b = one(addr.range[1]!);
    if (a !== null && b !== null && BigInt(a) <= BigInt(b)) addresses = [a, b];
  }
  const text = `${addr === undefined ? '' : family === 6 && portText ? `[${render(addr)}]` : render(addr)}${portText}`;
  return { to: { redirect: false, addresses: known ? addresses : null, ports: known ? ports : null, text }, family };
}

function vmapEntries(data: Json, info: NftTable): [Json, Json][] {
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
