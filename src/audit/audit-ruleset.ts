import { addressSet, portSet, valueSet } from '../algebra/field-sets.js';
import { interval, intersect, normalize, subtract, union, type IntervalSet } from '../algebra/interval-set.js';
import { maxAddress, PacketSet, PROTO, STATES, TCP_FLAGS, universeCube, type Cube } from '../algebra/packet-set.js';
import { cidrsOf, type Family } from '../net/addresses.js';
import { NDP_TYPES } from '../net/icmp-types.js';
import type { PortRange } from '../net/port-ranges.js';
import type { HostPlan } from '../plan/plan-types.js';
import { auditFlows, toCidrs, type AuditOptions, type FlowAudit } from './audit-flows.js';
import { evaluatePath, walkChain } from './evaluate-iptables.js';
import { ruleCube, type MatchContext, type Side } from './iptables-cube.js';
import type { IptRule, IptRuleset } from './iptables-model.js';

export interface ExposureEntry {
  direction: Side;
  protocol: string;
  ports: PortRange[] | null;
  icmpTypes: number[] | null;
  peers: string[];
  decidedBy: { file: string; line: number; text: string }[];
  approximate: boolean;
}

export interface DeadRule {
  file: string;
  line: number;
  text: string;
  reason: string;
}

export interface AuditReport {
  host: string;
  ruleset: { format: 'iptables-save'; files: string[]; rules: number };
  flows: FlowAudit[];
  exposure: ExposureEntry[];
  deadRules: DeadRule[];
  /** Address families of the host that no given ruleset covers: its flows there are not judged. */
  notJudged: string[];
  summary: { required: number; open: number; blocked: number; partial: number; exposed: number; dead: number; approximate: number };
}

/** The full audit of a host: required flows, exposure beyond the plan, dead rules. */
export function auditHost(host: HostPlan, rulesets: IptRuleset[], options: AuditOptions = {}): AuditReport {
  const flows = auditFlows(host, rulesets, options);
  const exposure: ExposureEntry[] = [];
  for (const rs of rulesets) {
    const family = rs.family;
    for (const side of ['in', 'out'] as Side[]) exposure.push(...exposureOf(host, rs, family, side, options));
  }
  const deadRules = rulesets.flatMap((rs) => deadRulesOf(rs, rs.family, options.iface ?? null));
  const count = (v: string): number => flows.filter((f) => f.verdict === v).length;
  return {
    host: host.name,
    ruleset: { format: 'iptables-save', files: rulesets.map((r) => r.file), rules: rulesets.reduce((n, r) => n + r.ruleCount, 0) },
    flows,
    exposure,
    deadRules,
    notJudged: [...new Set(cidrsOf(host.addresses).map((c) => c.family))].filter((f) => !rulesets.some((r) => r.family === f)).map((f) => `IPv${f}: the host has IPv${f} addresses but no IPv${f} ruleset was given`),
    summary: { required: flows.length, open: count('open'), blocked: count('blocked'), partial: count('partial'), exposed: exposure.length, dead: deadRules.length, approximate: flows.filter((f) => f.approximate).length + exposure.filter((e) => e.approximate).length },
  };
}

/** Every new connection attempt of one family: TCP SYNs, UDP, ICMP, other protocols. */
function newConnections(family: Family, local: IntervalSet): PacketSet {
  const base: Cube = { ...universeCube(family), local, state: interval(STATES.NEW, STATES.NEW), sport: interval(0n, 65535n), dport: interval(0n, 65535n), icmpType: interval(0n, 0n), icmpCode: interval(0n, 0n), tcpFlags: interval(0n, 0n) };
  const icmp = family === 4 ? PROTO.icmp : PROTO.icmpv6;
  const otherProtos = subtract(interval(0n, 255n), normalize([PROTO.tcp, PROTO.udp, icmp].map((p) => [p, p] as const)));
  return PacketSet.of(
    { ...base, protocol: interval(PROTO.tcp, PROTO.tcp), tcpFlags: interval(BigInt(TCP_FLAGS.SYN), BigInt(TCP_FLAGS.SYN)) },
    { ...base, protocol: interval(PROTO.udp, PROTO.udp) },
    { ...base, protocol: interval(icmp, icmp), sport: interval(0n, 0n), dport: interval(0n, 0n), icmpType: interval(0n, 255n), icmpCode: interval(0n, 255n) },
    { ...base, protocol: otherProtos, sport: interval(0n, 0n), dport: interval(0n, 0n) },
  );
}

/** What the plan allows to open in one direction, from any source port. */
function plannedOpenings(host: HostPlan, family: Family, side: Side, local: IntervalSet, fqdns: Record<string, string[]>): PacketSet {
  let set = PacketSet.empty();
  if (family === 6) {
    // Neighbour discovery is part of every IPv6 host's plan (RFC 4890): solicits and adverts
    // both ways, router adverts in, router solicits out.
    const nd = side === 'in' ? [NDP_TYPES.solicit, NDP_TYPES.advert, NDP_TYPES.routerAdvert] : [NDP_TYPES.solicit, NDP_TYPES.advert, NDP_TYPES.routerSolicit];
    set = PacketSet.of({ ...universeCube(6), local, state: interval(STATES.NEW, STATES.NEW), sport: interval(0n, 0n), dport: interval(0n, 0n), protocol: interval(PROTO.icmpv6, PROTO.icmpv6), icmpType: valueSet(nd), icmpCode: interval(0n, 255n), tcpFlags: interval(0n, 0n) });
  }
  for (const r of host.rules) {
    if (r.direction !== side) continue;
    const peers = cidrsOf([...r.peers, ...r.fqdns.flatMap((f) => fqdns[f] ?? [])]).filter((c) => c.family === family);
    if (peers.length === 0) continue;
    const remote = addressSet(peers);
    const base: Cube = { ...universeCube(family), remote, local, state: interval(STATES.NEW, STATES.NEW), sport: interval(0n, 65535n), dport: interval(0n, 0n), icmpType: interval(0n, 0n), icmpCode: interval(0n, 0n), tcpFlags: interval(0n, 0n) };
    if (r.protocol === 'tcp' || r.protocol === 'udp') {
      const ports = portSet(r.ports ?? []);
      set = set.union(PacketSet.of({ ...base, protocol: interval(PROTO[r.protocol], PROTO[r.protocol]), dport: ports, tcpFlags: r.protocol === 'tcp' ? interval(BigInt(TCP_FLAGS.SYN), BigInt(TCP_FLAGS.SYN)) : interval(0n, 0n) }));
    } else if ((r.protocol === 'icmp') === (family === 4)) {
      const p = family === 4 ? PROTO.icmp : PROTO.icmpv6;
      const types = r.icmpTypes === null ? interval(0n, 255n) : valueSet(r.icmpTypes);
      set = set.union(PacketSet.of({ ...base, protocol: interval(p, p), sport: interval(0n, 0n), icmpType: types, icmpCode: interval(0n, 255n) }));
    }
  }
  return set;
}

function exposureOf(host: HostPlan, rs: IptRuleset, family: Family, side: Side, options: AuditOptions): ExposureEntry[] {
  const mine = cidrsOf(host.addresses).filter((c) => c.family === family);
  const local = mine.length > 0 ? addressSet(mine) : interval(0n, maxAddress(family));
  const attempts = newConnections(family, local);
  const planned = plannedOpenings(host, family, side, local, options.fqdns ?? {});
  const ctx = (assumeOpaque: boolean): MatchContext => ({ family, side, iface: options.iface ?? null, assumeOpaque });
  // The loose reading (uncertain matches taken as matching) is what could be exposed.
  const loose = evaluatePath(rs, side, attempts, ctx(true));
  const strict = evaluatePath(rs, side, attempts, ctx(false));
  const exposed = loose.accepted.subtract(planned);
  if (exposed.isEmpty()) return [];
  const certain = strict.accepted.subtract(planned);
  // One entry per (protocol, service) with its peers; protocols without ports or types (GRE,
  // ESP, ...) share one entry, so a wide-open chain reads as a few lines, not 250.
  const icmpProto = family === 4 ? PROTO.icmp : PROTO.icmpv6;
  const groups = new Map<string, { protocols: IntervalSet; service: IntervalSet; remote: IntervalSet; cubes: Cube[]; kind: 'port' | 'icmp' | 'other' }>();
  const add = (key: string, kind: 'port' | 'icmp' | 'other', protocols: IntervalSet, service: IntervalSet, cube: Cube): void => {
    const g = groups.get(key);
    if (g) {
      g.remote = union(g.remote, cube.remote);
      g.protocols = union(g.protocols, protocols);
      g.cubes.push(cube);
    } else groups.set(key, { protocols, service, remote: cube.remote, cubes: [cube], kind });
  };
  for (const cube of exposed.cubes) {
    for (const p of [PROTO.tcp, PROTO.udp]) {
      if (cube.protocol.some(([lo, hi]) => lo <= p && p <= hi)) add(`${p}|${cube.dport.map(([a, b]) => `${a}-${b}`).join(',')}`, 'port', interval(p, p), cube.dport, cube);
    }
    if (cube.protocol.some(([lo, hi]) => lo <= icmpProto && icmpProto <= hi)) add(`icmp|${cube.icmpType.map(([a, b]) => `${a}-${b}`).join(',')}`, 'icmp', interval(icmpProto, icmpProto), cube.icmpType, cube);
    const others = subtract(cube.protocol, normalize([PROTO.tcp, PROTO.udp, icmpProto].map((p) => [p, p] as const)));
    if (others.length > 0) add('other', 'other', others, interval(0n, 0n), cube);
  }
  const out: ExposureEntry[] = [];
  for (const g of groups.values()) {
    const region = PacketSet.of(...g.cubes.map((c) => ({ ...c, protocol: intersect(c.protocol, g.protocols) }))).intersect(exposed);
    const lines = new Map<number, string>();
    for (const o of loose.accepts) {
      if (o.set.intersect(region).isEmpty()) continue;
      for (const r of o.decidedBy.slice(0, 1)) lines.set(r.line, r.text);
      if (o.policyLine !== null) lines.set(o.policyLine, `policy ACCEPT of the chain (line ${o.policyLine})`);
    }
    const all = g.service.length === 1 && g.service[0]![0] === 0n && g.service[0]![1] === 255n;
    out.push({
      direction: side,
      protocol: g.kind === 'other' ? `other (protocol ${g.protocols.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',')})` : protocolName(g.protocols[0]![0], family),
      ports: g.kind === 'port' ? g.service.map(([a, b]) => [Number(a), Number(b)] as PortRange) : null,
      icmpTypes: g.kind === 'icmp' && !all ? g.service.flatMap(([a, b]) => Array.from({ length: Number(b - a) + 1 }, (_, i) => Number(a) + i)) : null,
      peers: toCidrs(g.remote, family),
      decidedBy: [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([line, text]) => ({ file: rs.file, line, text })),
      approximate: !region.isSubsetOf(certain),
    });
  }
  return out.sort((a, b) => (a.protocol < b.protocol ? -1 : a.protocol > b.protocol ? 1 : (a.ports?.[0]?.[0] ?? 0) - (b.ports?.[0]?.[0] ?? 0)));
}

function protocolName(p: bigint, family: Family): string {
  if (p === PROTO.tcp) return 'tcp';
  if (p === PROTO.udp) return 'udp';
  if (p === PROTO.icmp && family === 4) return 'icmp';
  if (p === PROTO.icmpv6 && family === 6) return 'icmpv6';
  return `proto-${p}`;
}

/**
 * Rules that no packet reaches. Every built-in chain is walked with every packet of the family
 * (all states, both readings of uncertain matches); a rule that is never matched is dead.
 */
function deadRulesOf(rs: IptRuleset, family: Family, iface: string | null): DeadRule[] {
  const hit = new Set<IptRule>();
  const reachedChains = new Set<string>();
  for (const table of rs.tables.values()) {
    for (const chain of table.chains.values()) {
      if (!chain.builtin) continue;
      for (const side of ['in', 'out'] as Side[]) {
        for (const assumeOpaque of [true, false]) {
          const r = walkChain(table, chain, PacketSet.of(universeCube(family)), { family, side, iface, assumeOpaque, loopback: true });
          for (const rule of r.hit) {
            hit.add(rule);
            if (rule.target.kind === 'jump' || rule.target.kind === 'goto') reachedChains.add(`${table.name}/${rule.target.chain}`);
          }
        }
      }
    }
  }
  const out: DeadRule[] = [];
  for (const table of rs.tables.values()) {
    for (const chain of table.chains.values()) {
      chain.rules.forEach((rule, i) => {
        if (hit.has(rule)) return;
        let reason: string;
        if (!chain.builtin && !reachedChains.has(`${table.name}/${chain.name}`)) reason = `in chain ${chain.name}, which no reachable rule jumps to`;
        else {
          // Covering is judged on the strict reading: an uncertain rule covers nothing for sure.
          const ctx: MatchContext = { family, side: 'in', iface, assumeOpaque: false, loopback: true };
          const mine = ruleCube(rule.match, ctx);
          const earlier = chain.rules.slice(0, i).filter((e) => ['ACCEPT', 'DROP', 'REJECT', 'RETURN', 'goto'].includes(e.target.kind));
          const cover = mine ? earlier.find((e) => { const c = ruleCube(e.match, ctx); return c !== null && PacketSet.of(mine).isSubsetOf(PacketSet.of(c)); }) : undefined;
          if (!mine) reason = `matches nothing for IPv${family}`;
          else if (cover) reason = `shadowed by line ${cover.line}`;
          else {
            const parts = earlier.filter((e) => { const c = ruleCube(e.match, ctx); return c !== null && !PacketSet.of(mine).intersectCube(c).isEmpty(); }).map((e) => e.line);
            reason = parts.length > 0 ? `shadowed by lines ${parts.join(', ')} together` : 'no packet reaches it';
          }
        }
        out.push({ file: rs.file, line: rule.line, text: rule.text, reason });
      });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}
