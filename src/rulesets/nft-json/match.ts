import { complement, intersect, interval, normalize, type IntervalSet } from '../../algebra/interval-set.js';
import {
  maxAddress,
  PROTO,
  STATES,
  tcpFlagValues,
  TCP_FLAGS,
  type Cube,
  type Dimension,
} from '../../algebra/packet-set.js';
import { cidrLast, parseCidr } from '../../net/addresses.js';
import { ICMP_TYPES, ICMPV6_TYPES, NFT_EXTRA_ICMP_NAMES, NFT_EXTRA_ICMPV6_NAMES } from '../../net/icmp-types.js';
import { IP_PROTOCOLS, SERVICE_PORTS } from '../../net/protocols.js';
import { ifaceMatches, type MatchContext } from '../firewall-model.js';
import { isObj, jsonText, namesOf, NftError, unwrapElem, type Json, type Obj } from './json.js';
import type { NftTable } from './model.js';

/** What one condition of a rule says about packets in a context. */
export type Constraint =
  { kind: 'dims'; cubes: Partial<Cube>[] } | { kind: 'none' } | { kind: 'any' } | { kind: 'opaque' };
export type Condition = (ctx: MatchContext) => Constraint;
/** A condition the text cannot decide (marks, limits, xt, ...): the rule reads two ways. */
export const OPAQUE: Condition = () => ({ kind: 'opaque' });

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
  if (typeof v === 'string' && Object.hasOwn(names, v)) return BigInt(names[v]!);
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

function numberValue(
  names: Record<string, number | bigint>,
  what: string,
  max?: bigint,
): (x: Json) => [bigint, bigint] {
  // A value nft itself refuses (port 70000) is an error, never a silent other meaning.
  const bounded = (v: Json): bigint => {
    const n = num(v, names, what);
    if (max !== undefined && n > max)
      throw new NftError(`${JSON.stringify(v)} is not a ${what} (at most ${max})`, 'nft refuses it: check the ruleset');
    return n;
  };
  return (x) => {
    if (isObj(x) && Array.isArray(x.range)) return [bounded(x.range[0]!), bounded(x.range[1]!)];
    const n = bounded(x);
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
      values: (v) => rangeValues(v, numberValue(SERVICE_PORTS, 'port', 65535n)),
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
export function matchCondition(m: Obj, info: NftTable): Condition {
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
    // A set the packet path fills: its elements when a packet arrives are not the dump's.
    if (set.dynamic) return OPAQUE;
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
        if (ctx.forward && !inbound) {
          // A forwarded packet leaves by an interface the routes choose (unknown: uncertain).
          const out = ctx.forward.outIface;
          hit = out !== null ? matches(out) : names.every((n) => n === 'lo') ? false : null;
        } else if (!ctx.forward && inbound !== (ctx.side === 'in')) hit = matches('');
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

/** Intersects each partial cube of a condition with each cube so far. */
export function narrow(cubes: Cube[], parts: Partial<Cube>[]): Cube[] {
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
