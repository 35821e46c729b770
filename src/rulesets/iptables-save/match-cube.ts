import { portSet } from '../../algebra/field-sets.js';
import { complement, intersect, interval, normalize, union, type IntervalSet } from '../../algebra/interval-set.js';
import type { IpSet } from '../ipset-save/parse.js';
import {
  maxAddress,
  PROTO,
  STATES,
  tcpFlagValues,
  TCP_FLAGS,
  universeCube,
  type Cube,
} from '../../algebra/packet-set.js';
import { cidrLast } from '../../net/addresses.js';
import { IP_PROTOCOLS } from '../../net/protocols.js';
import type { IptMatch, Neg } from './model.js';
import { ifaceMatches, type MatchContext } from '../firewall-model.js';

export type { MatchContext, Side } from '../firewall-model.js';

/**
 * Small field sets (a protocol, a port list, a state list, flag patterns) interned by their text,
 * one interner per ruleset read: thousands of rules share one set object, so a space adds and
 * encodes it once. Bounded; when it fills it starts over (equal sets in two objects are still
 * equal, only cached less).
 */
export class SetInterner {
  private readonly sets = new Map<string, IntervalSet>();

  intern(key: string, make: () => IntervalSet): IntervalSet {
    let s = this.sets.get(key);
    if (s === undefined) {
      if (this.sets.size >= 65_536) this.sets.clear();
      this.sets.set(key, (s = make()));
    }
    return s;
  }
}

const portsKey = (ranges: readonly (readonly [number, number])[]): string =>
  ranges.map(([a, b]) => `${a}-${b}`).join(',');

/**
 * The cube of packets a rule's matches select, or `null` when it selects none in this context
 * (another family, an interface it cannot see). Exact for every field portcullis models; the
 * context decides the rest.
 */
export function ruleCube(
  m: IptMatch,
  ctx: MatchContext,
  ipsets: ReadonlyMap<string, IpSet | null> = new Map(),
  sets: SetInterner = new SetInterner(),
): Cube | null {
  const intern = (key: string, make: () => IntervalSet): IntervalSet => sets.intern(key, make);
  if (m.opaque.length > 0 && !ctx.assumeOpaque) return null;
  // No packet the audit asks about carries an IPv6 extension header (see IptMatch.extensionHeader).
  if (m.extensionHeader) return null;
  if (m.inIface && !ifaceHit(m.inIface, true, ctx)) return null;
  if (m.outIface && !ifaceHit(m.outIface, false, ctx)) return null;
  const c: Cube = universeCube(ctx.family);
  if (m.protocol && m.protocol.value !== 'all' && m.protocol.value !== '0') {
    const n = IP_PROTOCOLS[m.protocol.value] ?? (/^\d+$/.test(m.protocol.value) ? Number(m.protocol.value) : null);
    if (n === null) return ctx.assumeOpaque ? c : null;
    const neg = m.protocol.neg;
    c.protocol = intern(`p${neg ? '!' : ''}${n}`, () => negated(interval(BigInt(n), BigInt(n)), neg, 255n));
    if (c.protocol.length === 0) return null;
  }
  const max = maxAddress(ctx.family);
  if (m.src) {
    if (m.src.value.family !== ctx.family) return null;
    c[ctx.side === 'in' ? 'remote' : 'local'] = negated(
      interval(m.src.value.base, cidrLast(m.src.value)),
      m.src.neg,
      max,
    );
  }
  if (m.dst) {
    if (m.dst.value.family !== ctx.family) return null;
    c[ctx.side === 'in' ? 'local' : 'remote'] = negated(
      interval(m.dst.value.base, cidrLast(m.dst.value)),
      m.dst.neg,
      max,
    );
  }
  if (c.remote.length === 0 || c.local.length === 0) return null;
  for (const s of m.sets ?? []) {
    const set = ipsets.get(s.value.name);
    // Unknown sets, other types and two-dimension matches (src,dst) cannot be read: uncertain.
    if (!set || s.value.dirs.length !== 1) {
      if (!ctx.assumeOpaque) return null;
      continue;
    }
    if (set.family !== ctx.family) return null;
    const dim = (s.value.dirs[0] === 'src') === (ctx.side === 'in') ? 'remote' : 'local';
    c[dim] = intersect(c[dim], negated(set.addresses, s.neg, max));
    if (c[dim].length === 0) return null;
  }
  for (const a of m.addrTypes ?? []) {
    // The address of this host (local side) or of the peer (remote side) that the type names.
    const dim = (a.value.dir === 'src') === (ctx.side === 'in') ? 'remote' : 'local';
    const set = addrTypeSet(a.value.types, dim, ctx);
    if (set === null) {
      if (!ctx.assumeOpaque) return null;
      continue;
    }
    c[dim] = intersect(c[dim], negated(set, a.neg, max));
    if (c[dim].length === 0) return null;
  }
  if (m.sports) {
    const { neg, value } = m.sports;
    c.sport = intern(`s${neg ? '!' : ''}${portsKey(value)}`, () => negated(portSet(value), neg, 65535n));
    if (c.sport.length === 0) return null;
  }
  if (m.dports) {
    const { neg, value } = m.dports;
    c.dport = intern(`s${neg ? '!' : ''}${portsKey(value)}`, () => negated(portSet(value), neg, 65535n));
    if (c.dport.length === 0) return null;
  }
  if (m.icmpType && m.icmpType.value !== 'any') {
    const { type, code } = m.icmpType.value;
    const neg = m.icmpType.neg;
    // A negated type/code pair is "not (type and code)": not expressible as one cube unless
    // the code is absent; keep it uncertain otherwise.
    if (neg && code !== null) {
      if (!ctx.assumeOpaque) return null;
    } else {
      c.icmpType = intern(`t${neg ? '!' : ''}${type}`, () => negated(interval(BigInt(type), BigInt(type)), neg, 255n));
      if (code !== null) c.icmpCode = intern(`t${code}`, () => interval(BigInt(code), BigInt(code)));
      if (c.icmpType.length === 0 || c.icmpCode.length === 0) return null;
    }
    const p = ctx.family === 4 ? PROTO.icmp : PROTO.icmpv6;
    c.protocol = intern(`p${p}`, () => interval(p, p));
  }
  if (m.ctstate) {
    const known = m.ctstate.value.filter((s): s is keyof typeof STATES => Object.hasOwn(STATES, s));
    if (known.length < m.ctstate.value.length && !ctx.assumeOpaque) return null;
    const neg = m.ctstate.neg;
    c.state = intern(`c${neg ? '!' : ''}${known.join(',')}`, () =>
      negated(normalize(known.map((s) => [STATES[s], STATES[s]] as const)), neg, 4n),
    );
    if (c.state.length === 0) return null;
  }
  if (m.tcpFlags) {
    const bits = (names: string[]): number =>
      names.reduce((n, f) => n | (f === 'ALL' ? 255 : (TCP_FLAGS[f as keyof typeof TCP_FLAGS] ?? 0)), 0);
    const mask = bits(m.tcpFlags.value.mask);
    const comp = bits(m.tcpFlags.value.comp);
    const neg = m.tcpFlags.neg;
    c.tcpFlags = intern(`f${neg ? '!' : ''}${mask}/${comp}`, () => negated(tcpFlagValues(mask, comp), neg, 255n));
    if (c.tcpFlags.length === 0) return null;
  }
  return c;
}

/** The multicast range and the limited broadcast address of a family. */
function specialRanges(family: 4 | 6): { multicast: IntervalSet; broadcast: IntervalSet } {
  if (family === 4)
    return { multicast: interval(0xe0000000n, 0xefffffffn), broadcast: interval(0xffffffffn, 0xffffffffn) };
  return { multicast: interval(0xffn << 120n, (1n << 128n) - 1n), broadcast: [] };
}

/**
 * The addresses of a side that have one of the route types `-m addrtype` names. The local side
 * is this host: its addresses are LOCAL (multicast and broadcast aside), never UNICAST. The
 * remote side is a peer: UNICAST (multicast and broadcast aside), never LOCAL, except on the
 * loopback interface, where the peer is this host. Subnet broadcasts are not known here, and
 * route types that depend on the routing table (blackhole, unreachable, ...) make the match
 * uncertain (`null`). Known approximation: a UNICAST source on loopback traffic (really LOCAL)
 * is read as UNICAST, so that the sets do not depend on the reading (the audit's space is built
 * from one reading of each rule).
 */
function addrTypeSet(types: readonly string[], side: 'local' | 'remote', ctx: MatchContext): IntervalSet | null {
  const max = maxAddress(ctx.family);
  const { multicast, broadcast } = specialRanges(ctx.family);
  const ordinary = complement(union(multicast, broadcast), 0n, max);
  let out: IntervalSet = [];
  for (const t of types) {
    if (t === 'MULTICAST') out = union(out, multicast);
    else if (t === 'BROADCAST') out = union(out, broadcast);
    else if (t === 'LOCAL') {
      if (side === 'local') out = union(out, ordinary);
      else if (ctx.loopback && ctx.iface === 'lo') out = union(out, interval(0n, max));
      else if (ctx.loopback && ctx.iface === null) return null; // lo or not: undecided
    } else if (t === 'UNICAST') {
      if (side === 'remote') out = union(out, ordinary);
    } else return null;
  }
  return out;
}

function negated(set: IntervalSet, isNeg: boolean, max: bigint): IntervalSet {
  return isNeg ? complement(set, 0n, max) : set;
}

/** Whether an interface match lets the context's packets through. */
function ifaceHit(value: Neg<string>, inbound: boolean, ctx: MatchContext): boolean {
  let hit: boolean;
  // A forwarded packet has both: it comes in by ctx.iface and leaves by the out-interface.
  if (ctx.forward && !inbound) {
    const out = ctx.forward.outIface;
    if (out !== null) hit = ifaceMatches(value.value, out);
    else if (value.value === 'lo')
      hit = false; // nothing is forwarded to loopback
    else return ctx.assumeOpaque; // unknown, negated or not: the loose reading takes it
    return hit !== value.neg;
  }
  // Inbound packets have an in-interface only, outbound an out-interface only (filter INPUT / OUTPUT).
  // (A user chain jumped to from OUTPUT may say `! -i eth0`: no in-interface, so the negation holds.)
  if (!ctx.forward && inbound !== (ctx.side === 'in')) return value.neg;
  if (ctx.iface !== null) hit = ifaceMatches(value.value, ctx.iface);
  else if (value.value === 'lo' && !ctx.loopback)
    hit = false; // remote traffic never uses loopback
  else return ctx.assumeOpaque; // unknown, negated or not: the loose reading takes it
  return hit !== value.neg;
}

/** Whether `ruleCube` can read the match differently under the two readings. */
export function isUncertain(m: IptMatch, ipsets: ReadonlyMap<string, IpSet | null> = new Map()): boolean {
  if (m.opaque.length > 0) return true;
  if (m.sets?.some((s) => !ipsets.get(s.value.name) || s.value.dirs.length !== 1)) return true;
  if (m.addrTypes?.some((a) => a.value.types.some((t) => !['LOCAL', 'UNICAST', 'MULTICAST', 'BROADCAST'].includes(t))))
    return true;
  if (
    m.protocol &&
    m.protocol.value !== 'all' &&
    m.protocol.value !== '0' &&
    IP_PROTOCOLS[m.protocol.value] === undefined &&
    !/^\d+$/.test(m.protocol.value)
  )
    return true;
  if (m.icmpType && m.icmpType.value !== 'any' && m.icmpType.neg && m.icmpType.value.code !== null) return true;
  return !!m.ctstate && m.ctstate.value.some((s) => !Object.hasOwn(STATES, s));
}
