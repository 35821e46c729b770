import { portSet } from '../algebra/field-sets.js';
import { complement, EMPTY, intersect, interval, normalize, type IntervalSet } from '../algebra/interval-set.js';
import type { IpSet } from './parse-ipset-save.js';
import { maxAddress, PROTO, STATES, tcpFlagValues, TCP_FLAGS, universeCube, type Cube } from '../algebra/packet-set.js';
import { cidrLast } from '../net/addresses.js';
import type { IptMatch } from './iptables-model.js';
import type { MatchContext } from './firewall-model.js';

export type { MatchContext, Side } from './firewall-model.js';

const PROTOCOL_NUMBERS: Record<string, number> = { tcp: 6, udp: 17, icmp: 1, 'ipv6-icmp': 58, sctp: 132, udplite: 136, gre: 47, esp: 50, ah: 51, ipip: 4, ipv6: 41, igmp: 2 };

/**
 * The cube of packets a rule's matches select, or `null` when it selects none in this context
 * (another family, an interface it cannot see). Exact for every field portcullis models; the
 * context decides the rest.
 */
export function ruleCube(m: IptMatch, ctx: MatchContext, ipsets: ReadonlyMap<string, IpSet | null> = new Map()): Cube | null {
  const c: Cube = { ...universeCube(ctx.family) };
  const neg = (set: IntervalSet, isNeg: boolean, min: bigint, max: bigint): IntervalSet => (isNeg ? complement(set, min, max) : set);
  if (m.opaque.length > 0 && !ctx.assumeOpaque) return null;
  for (const [key, value] of [['inIface', m.inIface], ['outIface', m.outIface]] as const) {
    if (!value) continue;
    // Inbound packets have an in-interface only, outbound an out-interface only (filter INPUT / OUTPUT).
    const relevant = (key === 'inIface') === (ctx.side === 'in');
    if (!relevant) return null;
    let hit: boolean;
    if (ctx.iface !== null) hit = ifaceMatches(value.value, ctx.iface);
    else if (value.value === 'lo' && !ctx.loopback) hit = false; // remote traffic never uses loopback
    else hit = ctx.assumeOpaque;
    if (hit === value.neg) return null;
  }
  if (m.protocol && m.protocol.value !== 'all' && m.protocol.value !== '0') {
    const n = PROTOCOL_NUMBERS[m.protocol.value] ?? (/^\d+$/.test(m.protocol.value) ? Number(m.protocol.value) : null);
    if (n === null) return ctx.assumeOpaque ? c : null;
    c.protocol = neg(interval(BigInt(n), BigInt(n)), m.protocol.neg, 0n, 255n);
  }
  const max = maxAddress(ctx.family);
  for (const [field, value] of [['src', m.src], ['dst', m.dst]] as const) {
    if (!value) continue;
    if (value.value.family !== ctx.family) return null;
    const dim = (field === 'src') === (ctx.side === 'in') ? 'remote' : 'local';
    c[dim] = neg(interval(value.value.base, cidrLast(value.value)), value.neg, 0n, max);
  }
  for (const s of m.sets ?? []) {
    const set = ipsets.get(s.value.name);
    // Unknown sets, other types and two-dimension matches (src,dst) cannot be read: uncertain.
    if (!set || s.value.dirs.length !== 1) {
      if (!ctx.assumeOpaque) return null;
      continue;
    }
    if (set.family !== ctx.family) return null;
    const dim = (s.value.dirs[0] === 'src') === (ctx.side === 'in') ? 'remote' : 'local';
    c[dim] = intersect(c[dim], neg(set.addresses, s.neg, 0n, max));
    if (c[dim].length === 0) return null;
  }
  if (m.sports) c.sport = neg(portSet(m.sports.value), m.sports.neg, 0n, 65535n);
  if (m.dports) c.dport = neg(portSet(m.dports.value), m.dports.neg, 0n, 65535n);
  if (m.icmpType && m.icmpType.value !== 'any') {
    const { type, code } = m.icmpType.value;
    // A negated type/code pair is "not (type and code)": not expressible as one cube unless
    // the code is absent; keep it uncertain otherwise.
    if (m.icmpType.neg && code !== null) {
      if (!ctx.assumeOpaque) return null;
    } else {
      c.icmpType = neg(interval(BigInt(type), BigInt(type)), m.icmpType.neg, 0n, 255n);
      if (code !== null) c.icmpCode = interval(BigInt(code), BigInt(code));
    }
    c.protocol = interval(ctx.family === 4 ? PROTO.icmp : PROTO.icmpv6, ctx.family === 4 ? PROTO.icmp : PROTO.icmpv6);
  }
  if (m.ctstate) {
    const known = m.ctstate.value.filter((s): s is keyof typeof STATES => s in STATES);
    if (known.length < m.ctstate.value.length && !ctx.assumeOpaque) return null;
    c.state = neg(normalize(known.map((s) => [STATES[s], STATES[s]] as const)), m.ctstate.neg, 0n, 4n);
  }
  if (m.tcpFlags) {
    const bits = (names: string[]): number => names.reduce((n, f) => n | (f === 'ALL' ? 255 : (TCP_FLAGS[f as keyof typeof TCP_FLAGS] ?? 0)), 0);
    c.tcpFlags = neg(tcpFlagValues(bits(m.tcpFlags.value.mask), bits(m.tcpFlags.value.comp)), m.tcpFlags.neg, 0n, 255n);
  }
  for (const d of Object.keys(c) as (keyof Cube)[]) if (c[d] === EMPTY || c[d].length === 0) return null;
  return c;
}

/** Whether `ruleCube` can read the match differently under the two readings. */
export function isUncertain(m: IptMatch, ipsets: ReadonlyMap<string, IpSet | null> = new Map()): boolean {
  if (m.opaque.length > 0) return true;
  if (m.sets?.some((s) => !ipsets.get(s.value.name) || s.value.dirs.length !== 1)) return true;
  if (m.protocol && m.protocol.value !== 'all' && m.protocol.value !== '0' && PROTOCOL_NUMBERS[m.protocol.value] === undefined && !/^\d+$/.test(m.protocol.value)) return true;
  if (m.icmpType && m.icmpType.value !== 'any' && m.icmpType.neg && m.icmpType.value.code !== null) return true;
  return !!m.ctstate && m.ctstate.value.some((s) => !(s in STATES));
}

/** iptables interface names: a trailing `+` matches any suffix. */
export function ifaceMatches(pattern: string, name: string): boolean {
  return pattern.endsWith('+') ? name.startsWith(pattern.slice(0, -1)) : pattern === name;
}
