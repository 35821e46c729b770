import { addressSet, valueSet } from '../algebra/field-sets.js';
import { DIMENSIONS, maxAddress, PROTO, STATES, TCP_FLAGS, universeCube, type Cube } from '../algebra/cube.js';
import { interval, normalize, subtract, union, type IntervalSet } from '../algebra/interval-set.js';
import { Region } from '../algebra/rank-cube.js';
import { normalizeRanks, type RankSet } from '../algebra/rank-set.js';
import type { RCube, Space } from '../algebra/space.js';
import { cidrsOf, type Family } from '../net/addresses.js';
import { NDP_TYPES } from '../net/icmp-types.js';
import { legCube } from '../flow/leg-cube.js';
import { requestLeg } from '../flow/legs.js';
import type { PortRange } from '../net/port-ranges.js';
import type { HostPlan } from '../plan/plan-types.js';
import {
  addReason,
  auditFlows,
  flowQueries,
  toCidrs,
  type ApproximateReason,
  type AuditOptions,
  type FlowAudit,
} from './audit-flows.js';
import { auditSpace, interfaceClasses } from './audit-space.js';
import { followNat, natTargets, type NatLeg } from './nat.js';
import {
  acceptSites,
  DIFFERENT,
  ENDS,
  evaluatePath,
  forkContext,
  matchOf,
  RuleMarks,
  SAME,
  viewOf,
  walkUniverse,
  type DecisionSite,
  type EvalContext,
  type Fork,
} from './evaluate.js';
import { pathOf, type FwChain, type FwRuleset, type Side } from '../rulesets/firewall-model.js';

export interface ExposureEntry {
  direction: Side;
  protocol: string;
  ports: PortRange[] | null;
  /** The client's source ports, where the accepting rules condition on them; null for any. */
  sourcePorts: PortRange[] | null;
  icmpTypes: number[] | null;
  peers: string[];
  decidedBy: { file: string; line: number; text: string }[];
  /** True when some of it is accepted only in some reading of the uncertain matches (it may be closed). */
  approximate: boolean;
  /** What made it approximate: the uncertain rules these packets meet, or nat that rewrites them. */
  approximateBecause: ApproximateReason[];
  /**
   * Where DNAT or REDIRECT sends these connections (null when nothing rewrites them): the rule,
   * the new destination as written, its addresses and ports, whether the connection is
   * delivered to this host or forwarded, and the host addresses it arrives at.
   */
  rewrittenTo: {
    via: 'host' | 'forward' | 'unknown';
    to: string;
    addresses: string[];
    ports: PortRange[] | null;
    hostAddresses: string[];
    rule: { file: string; line: number; text: string };
  } | null;
}

export interface DeadRule {
  file: string;
  line: number;
  text: string;
  reason: string;
}

export interface AuditReport {
  host: string;
  ruleset: { format: 'iptables-save' | 'nft-json' | 'mixed'; files: string[]; rules: number };
  /** What the analysis could not read in the rulesets. */
  warnings: string[];
  flows: FlowAudit[];
  exposure: ExposureEntry[];
  deadRules: DeadRule[];
  /** Rules that are reached but whose removal changes no verdict. */
  redundantRules: DeadRule[];
  /** Address families of the host that no given ruleset covers: its flows there are not judged. */
  notJudged: string[];
  summary: {
    required: number;
    open: number;
    blocked: number;
    partial: number;
    /** Flows of a family no given ruleset speaks for: not a finding, the report says which family. */
    notJudged: number;
    /** Open flows that refuse some listed single addresses (a ban list). */
    listed: number;
    exposed: number;
    dead: number;
    redundant: number;
    approximate: number;
  };
}

/** The full audit of a host: required flows, exposure beyond the plan, dead rules. */
export function auditHost(host: HostPlan, rulesets: FwRuleset[], options: AuditOptions = {}): AuditReport {
  const families = ([4, 6] as Family[]).filter((f) => rulesets.some((r) => r.families.includes(f)));
  // One space per family for every question of the audit: rule cubes are encoded once.
  const spaces = new Map<Family, Space>();
  for (const family of families) {
    const queries = [
      ...flowQueries(host, family, options),
      ...(['in', 'out'] as Side[]).flatMap((side) => {
        const q = exposureQueries(host, family, side, options);
        return [q.everyNew, ...q.attempts, ...q.planned];
      }),
      ...natTargets(rulesets, family),
    ];
    spaces.set(family, auditSpace(rulesets, family, options.iface ?? null, queries));
  }
  const flows = auditFlows(host, rulesets, options, spaces);
  const exposure: ExposureEntry[] = [];
  for (const family of families) {
    for (const side of ['in', 'out'] as Side[])
      exposure.push(...exposureOf(host, rulesets, family, side, options, spaces.get(family)!));
  }
  const unused = rulesets.map((rs) => deadRulesOf(rs, options.iface ?? null, spaces));
  const deadRules = unused.flatMap((u) => u.dead);
  const redundantRules = unused.flatMap((u) => u.redundant);
  const formats = [...new Set(rulesets.map((r) => r.format))];
  const count = (v: string): number => flows.filter((f) => f.verdict === v).length;
  return {
    host: host.name,
    ruleset: {
      format: formats.length === 1 ? formats[0]! : 'mixed',
      files: rulesets.map((r) => r.file),
      rules: rulesets.reduce((n, r) => n + r.ruleCount, 0),
    },
    warnings: rulesets.flatMap((r) => r.warnings),
    flows,
    exposure,
    deadRules,
    redundantRules,
    notJudged: [...new Set(host.addresses.map((c) => c.family))]
      .filter((f) => !families.includes(f))
      .map((f) => `IPv${f}: the host has IPv${f} addresses but no IPv${f} ruleset was given`),
    summary: {
      required: flows.length,
      open: count('open'),
      blocked: count('blocked'),
      partial: count('partial'),
      notJudged: count('not-judged'),
      listed: flows.filter((f) => f.refusedListed.length > 0).length,
      exposed: exposure.length,
      dead: deadRules.length,
      redundant: redundantRules.length,
      approximate: flows.filter((f) => f.approximate).length + exposure.filter((e) => e.approximate).length,
    },
  };
}

/** Every new connection attempt of one family: TCP SYNs, UDP, ICMP, other protocols (disjoint). */
function newConnections(family: Family, local: IntervalSet, selfRemote: IntervalSet): Cube[] {
  const all = universeCube(family);
  const base: Cube = {
    ...all,
    remote: subtract(all.remote, selfRemote),
    local,
    state: interval(STATES.NEW, STATES.NEW),
    sport: interval(0n, 65535n),
    dport: interval(0n, 65535n),
    icmpType: interval(0n, 0n),
    icmpCode: interval(0n, 0n),
    tcpFlags: interval(0n, 0n),
  };
  const icmp = family === 4 ? PROTO.icmp : PROTO.icmpv6;
  const otherProtos = subtract(interval(0n, 255n), normalize([PROTO.tcp, PROTO.udp, icmp].map((p) => [p, p] as const)));
  return [
    {
      ...base,
      protocol: interval(PROTO.tcp, PROTO.tcp),
      tcpFlags: interval(BigInt(TCP_FLAGS.SYN), BigInt(TCP_FLAGS.SYN)),
    },
    { ...base, protocol: interval(PROTO.udp, PROTO.udp) },
    {
      ...base,
      protocol: interval(icmp, icmp),
      sport: interval(0n, 0n),
      dport: interval(0n, 0n),
      icmpType: interval(0n, 255n),
      icmpCode: interval(0n, 255n),
    },
    { ...base, protocol: otherProtos, sport: interval(0n, 0n), dport: interval(0n, 0n) },
  ];
}

/** What the plan allows to open in one direction, from any source port. */
function plannedOpenings(
  host: HostPlan,
  family: Family,
  side: Side,
  local: IntervalSet,
  fqdns: Record<string, string[]>,
): Cube[] {
  const set: Cube[] = [];
  if (family === 6) {
    // Neighbour discovery is part of every IPv6 host's plan (RFC 4890): solicits and adverts
    // both ways, router adverts in, router solicits out.
    const nd =
      side === 'in'
        ? [NDP_TYPES.solicit, NDP_TYPES.advert, NDP_TYPES.routerAdvert]
        : [NDP_TYPES.solicit, NDP_TYPES.advert, NDP_TYPES.routerSolicit];
    set.push({
      ...universeCube(6),
      local,
      state: interval(STATES.NEW, STATES.NEW),
      sport: interval(0n, 0n),
      dport: interval(0n, 0n),
      protocol: interval(PROTO.icmpv6, PROTO.icmpv6),
      icmpType: valueSet(nd),
      icmpCode: interval(0n, 255n),
      tcpFlags: interval(0n, 0n),
    });
  }
  for (const r of host.rules) {
    if (r.direction !== side) continue;
    const peers = [...r.peers, ...cidrsOf(r.fqdns.flatMap((f) => fqdns[f] ?? []))].filter((c) => c.family === family);
    if (peers.length === 0) continue;
    const cube = legCube(requestLeg(r, null), family, addressSet(peers), local);
    if (cube) set.push(cube);
  }
  return set;
}

/** The host's own addresses in a family (every address when it has none there). */
function localSet(host: HostPlan, family: Family): IntervalSet {
  const mine = host.addresses.filter((c) => c.family === family);
  return mine.length > 0 ? addressSet(mine) : interval(0n, maxAddress(family));
}

/** The questions exposure asks in one direction: every new packet, the attempts, the plan's openings. */
function exposureQueries(
  host: HostPlan,
  family: Family,
  side: Side,
  options: AuditOptions,
): { everyNew: Cube; attempts: Cube[]; planned: Cube[]; selfRemote: IntervalSet } {
  const local = localSet(host, family);
  const everyNew: Cube = { ...universeCube(family), local, state: interval(STATES.NEW, STATES.NEW) };
  // A host with addresses of the family never sees them as a remote: its traffic to itself is loopback.
  const selfRemote = host.addresses.some((c) => c.family === family) ? local : [];
  const attempts = newConnections(family, local, selfRemote);
  const planned = plannedOpenings(host, family, side, local, options.fqdns ?? {});
  return { everyNew, attempts, planned, selfRemote };
}

function exposureOf(
  host: HostPlan,
  rulesets: FwRuleset[],
  family: Family,
  side: Side,
  options: AuditOptions,
  space: Space,
): ExposureEntry[] {
  const q = exposureQueries(host, family, side, options);
  const attempts = Region.disjoint(q.attempts.map((c) => space.encode(c)));
  const planned = Region.of(...q.planned.map((c) => space.encode(c)));
  // Both readings of the uncertain matches at once: exposure is every packet some reading
  // accepts (an upper bound); what no reading refuses is exposed for sure.
  const iface = options.iface ?? null;
  const ctx = forkContext({ family, side, iface, space });
  const path = pathOf(rulesets, family, side, iface);
  // One walk over every new packet (one cube, not one per kind of attempt: a ruleset's
  // any-protocol rules would otherwise be split four ways), then the attempts are cut out.
  const everyNew = Region.disjoint([space.encode(q.everyNew)]);
  const walked = evaluatePath(path, everyNew, ctx, { refused: false });
  // New inbound connections that DNAT or REDIRECT rewrite are followed to where they go; those
  // surely rewritten never meet the input chains as they arrived.
  const hostKnown = host.addresses.some((c) => c.family === family);
  const nat = side === 'in' ? followNat(rulesets, everyNew, ctx, localSet(host, family), hostKnown) : null;
  let hostAccepted = walked.accepted;
  for (const l of nat?.legs ?? [])
    if (!l.surelyReached.isEmpty()) hostAccepted = hostAccepted.subtract(l.surelyReached);
  const out: ExposureEntry[] = [];
  const exposed = hostAccepted.intersect(attempts).subtract(planned);
  if (!exposed.isEmpty()) {
    const groups = exposureGroups(exposed, space, family);
    // Outbound connections that nat OUTPUT rewrites are not followed: entries they touch are approximate.
    const rewrites =
      side === 'out'
        ? rulesets.flatMap((rs) => rs.rewrites(family, side)).map((r) => ({ r, cubes: matchOf(r, ctx) }))
        : [];
    const regions = groups.map((g) => Region.disjoint(g.cubes)); // parts of the disjoint exposed set
    const sites = acceptSites(walked.accepts, regions, space);
    groups.forEach((g, i) => {
      const region = regions[i]!;
      const because: ApproximateReason[] = [];
      // Exposed for sure where no reading of the uncertain matches refuses it (asked per entry:
      // each is small, the whole accepted set is not).
      const uncertain = walked.forks.length > 0 && !region.isSubsetOf(walked.surely(region));
      if (uncertain)
        for (const f of walked.forks)
          if (!region.intersect(Region.disjoint(f.set)).isEmpty()) addReason(because, f.rule, f.why);
      for (const { r, cubes } of rewrites)
        if (cubes.some((c) => !region.intersectCube(c).isEmpty()))
          addReason(because, r, 'nat rewrites the destination, which the audit does not follow outbound');
      // Packets a nat rule may rewrite (its match is uncertain) may never meet these chains.
      for (const l of nat?.legs ?? [])
        if (l.surelyReached !== l.reached && !region.intersect(l.reached.subtract(l.surelyReached)).isEmpty())
          addReason(because, l.rule, 'nat may rewrite these connections (its match, or an earlier one, is uncertain)');
      natReasons(because, nat?.forks ?? [], region);
      out.push(
        exposureEntry(g, side, family, space, sites[i]!, because.length > 0 || uncertain, because, q.selfRemote),
      );
    });
  }
  for (const l of nat?.legs ?? [])
    out.push(...rewrittenExposure(l, attempts, planned, space, family, q.selfRemote, nat!.forks));
  return out.sort((a, b) =>
    a.protocol < b.protocol ? -1 : a.protocol > b.protocol ? 1 : (a.ports?.[0]?.[0] ?? 0) - (b.ports?.[0]?.[0] ?? 0),
  );
}

/** The uncertain nat rules whose split touches a region, as reasons. */
function natReasons(because: ApproximateReason[], forks: readonly Fork[], region: Region): void {
  for (const f of forks)
    if (!region.intersect(Region.disjoint(f.set)).isEmpty())
      addReason(
        because,
        f.rule,
        f.why ?? 'whether nat rewrites these connections depends on a match the rules alone cannot tell',
      );
}

/**
 * Exposure of the connections one DNAT or REDIRECT rewrites, stated as they arrive (the host's
 * ports), with where they go: the new destination, the rule that sends them there and the rules
 * that accept them after. Forwarded ones are always approximate: they reach their destination
 * only if this host forwards the family and routes it there, which the rules do not say.
 */
function rewrittenExposure(
  l: NatLeg,
  attempts: Region,
  planned: Region,
  space: Space,
  family: Family,
  selfRemote: IntervalSet,
  natForks: readonly Fork[],
): ExposureEntry[] {
  const exposed = l.accepted.intersect(attempts).subtract(planned);
  if (exposed.isEmpty()) return [];
  const groups = exposureGroups(exposed, space, family);
  const regions = groups.map((g) => Region.disjoint(g.cubes));
  const sites = acceptSites(
    l.accepts,
    regions.map((r) => l.translate(r)),
    space,
  );
  const ruleSite = { file: l.rule.file, line: l.rule.line, text: l.rule.text };
  const destination = l.destination ? toCidrs(l.destination, family) : [];
  return groups.map((g, i) => {
    const region = regions[i]!;
    const because: ApproximateReason[] = [];
    if (l.via === 'forward')
      addReason(
        because,
        l.rule,
        `forwarded to ${l.to.text}: it arrives there only when this host forwards IPv${family} and routes ${destination.join(', ')} (routes and sysctls are not in the rules)`,
      );
    if (l.via === 'unknown')
      addReason(
        because,
        l.rule,
        `the new destination (${l.to.text || 'not given'}) cannot be read from the rule: not followed`,
      );
    const uncertain = !region.isSubsetOf(l.surely(region));
    if (uncertain) {
      const moved = l.translate(region);
      for (const f of l.forks)
        if (!moved.intersect(Region.disjoint(f.set)).isEmpty())
          addReason(
            because,
            f.rule,
            f.why ??
              (l.via === 'forward' && f.rule.interfaces.length > 0
                ? 'its match depends on the interface the forwarded connection leaves by, which the routes choose (not in the rules)'
                : undefined),
          );
      if (!region.isSubsetOf(l.surelyReached))
        addReason(because, l.rule, 'nat may not rewrite all of these connections (an uncertain match decides)');
      natReasons(because, natForks, region);
    }
    const e = exposureEntry(
      g,
      'in',
      family,
      space,
      [ruleSite, ...sites[i]!],
      because.length > 0 || uncertain,
      because,
      selfRemote,
    );
    const hostAddresses = toCidrs(
      space.axes[LOCAL]!.decode(normalizeRanks(g.cubes.flatMap((c) => [...c[LOCAL]!]))),
      family,
    );
    e.rewrittenTo = {
      via: l.via,
      to: l.to.text,
      addresses: l.to.redirect ? hostAddresses : destination,
      ports: l.to.ports ? [[l.to.ports[0], l.to.ports[1]]] : null,
      hostAddresses,
      rule: ruleSite,
    };
    return e;
  });
}

/** Exposed packets of one protocol and service, with their peers (in ranks until decoded). */
interface ExposureGroup {
  protocolParts: number[];
  service: IntervalSet;
  /** The client's ports, where the accepting rules name them (`--sport 5432`); all ports otherwise. */
  sourcePorts: IntervalSet;
  remoteParts: number[];
  cubes: RCube[];
  kind: 'port' | 'icmp' | 'other';
}

/**
 * One group per (protocol, service) with its peers; protocols without ports or types (GRE,
 * ESP, ...) share one group, so a wide-open chain reads as a few lines, not 250. Each exposed
 * cube lies within one attempt, so it has one kind: TCP, UDP, ICMP or the other protocols.
 * Cubes are grouped in ranks and only each group's merged fields are decoded: an exposed set can
 * hold tens of thousands of cubes (everything but a block list). Peers are gathered as parts and
 * merged once per group (merging per cube was quadratic).
 */
function exposureGroups(exposed: Region, space: Space, family: Family): ExposureGroup[] {
  const icmpProto = family === 4 ? PROTO.icmp : PROTO.icmpv6;
  const axes = space.axes;
  const decoded = new Map<RankSet, IntervalSet>();
  const valuesOf = (d: number, ranks: RankSet): IntervalSet => {
    let v = decoded.get(ranks);
    if (!v) decoded.set(ranks, (v = axes[d]!.decode(ranks)));
    return v;
  };
  const groups = new Map<string, ExposureGroup>();
  for (const ranked of exposed.cubes) {
    const protocols = valuesOf(PROTOCOL, ranked[PROTOCOL]!);
    const p = protocols.length === 1 && protocols[0]![0] === protocols[0]![1] ? protocols[0]![0] : null;
    const kind = p === PROTO.tcp || p === PROTO.udp ? 'port' : p === icmpProto ? 'icmp' : 'other';
    const serviceDim = kind === 'port' ? DPORT : ICMP_TYPE;
    // Source ports are part of the key: two entries never differ only in a hidden source port.
    const key =
      kind === 'other'
        ? 'other'
        : `${p}|${ranked[serviceDim]!.join(',')}${kind === 'port' ? `|${ranked[SPORT]!.join(',')}` : ''}`;
    const g = groups.get(key);
    if (g) {
      for (const v of ranked[REMOTE]!) g.remoteParts.push(v);
      if (kind === 'other') for (const v of ranked[PROTOCOL]!) g.protocolParts.push(v);
      g.cubes.push(ranked);
    } else {
      const service = kind === 'other' ? interval(0n, 0n) : valuesOf(serviceDim, ranked[serviceDim]!);
      groups.set(key, {
        protocolParts: [...ranked[PROTOCOL]!],
        service,
        sourcePorts: kind === 'port' ? valuesOf(SPORT, ranked[SPORT]!) : interval(0n, 65535n),
        remoteParts: [...ranked[REMOTE]!],
        cubes: [ranked],
        kind,
      });
    }
  }
  // Parts of one port that differ only in source ports, for the same peers, are one entry
  // (the space splits 8080 at 5432 when another rule accepts from port 5432).
  const merged = new Map<string, ExposureGroup>();
  for (const g of groups.values()) {
    if (g.kind !== 'port') {
      merged.set(`${merged.size}`, g);
      continue;
    }
    const key = `${g.protocolParts.join(',')}|${g.cubes[0]![DPORT]!.join(',')}|${normalizeRanks(g.remoteParts).join(',')}`;
    const m = merged.get(key);
    if (!m) merged.set(key, g);
    else {
      m.sourcePorts = union(m.sourcePorts, g.sourcePorts);
      m.cubes.push(...g.cubes);
    }
  }
  return [...merged.values()];
}

/** One group as a report entry: its protocol, ports or types, peers and deciding lines. */
function exposureEntry(
  g: ExposureGroup,
  side: Side,
  family: Family,
  space: Space,
  sites: readonly DecisionSite[],
  approximate: boolean,
  approximateBecause: ApproximateReason[],
  selfRemote: IntervalSet,
): ExposureEntry {
  const axes = space.axes;
  const protocols = axes[PROTOCOL]!.decode(normalizeRanks(g.protocolParts));
  const lines = new Map<string, { file: string; line: number; text: string }>();
  for (const site of sites) lines.set(`${site.file}:${site.line}`, site);
  const all = g.service.length === 1 && g.service[0]![0] === 0n && g.service[0]![1] === 255n;
  return {
    direction: side,
    protocol:
      g.kind === 'other'
        ? `other (protocol ${protocols.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',')})`
        : protocolName(protocols[0]![0], family),
    ports: g.kind === 'port' ? g.service.map(([a, b]) => [Number(a), Number(b)] as PortRange) : null,
    sourcePorts:
      g.kind === 'port' &&
      !(g.sourcePorts.length === 1 && g.sourcePorts[0]![0] === 0n && g.sourcePorts[0]![1] === 65535n)
        ? g.sourcePorts.map(([a, b]) => [Number(a), Number(b)] as PortRange)
        : null,
    icmpTypes:
      g.kind === 'icmp' && !all
        ? g.service.flatMap(([a, b]) => Array.from({ length: Number(b - a) + 1 }, (_, i) => Number(a) + i))
        : null,
    peers: shorterPeers(axes[REMOTE]!.decode(normalizeRanks(g.remoteParts)), selfRemote, family),
    decidedBy: [...lines.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)),
    approximate,
    approximateBecause,
    rewrittenTo: null,
  };
}

/**
 * Exposed peers as CIDRs. The host's own addresses are never a remote (that traffic stays on
 * loopback), so where adding them back gives fewer CIDRs ("everyone" rather than everyone but
 * this host, in 32 pieces), the entry says so.
 */
function shorterPeers(remote: IntervalSet, selfRemote: IntervalSet, family: Family): string[] {
  const exact = toCidrs(remote, family);
  if (selfRemote.length === 0) return exact;
  const wider = toCidrs(union(remote, selfRemote), family);
  return wider.length < exact.length ? wider : exact;
}

const PROTOCOL = DIMENSIONS.indexOf('protocol');
const REMOTE = DIMENSIONS.indexOf('remote');
const DPORT = DIMENSIONS.indexOf('dport');
const SPORT = DIMENSIONS.indexOf('sport');
const LOCAL = DIMENSIONS.indexOf('local');
const ICMP_TYPE = DIMENSIONS.indexOf('icmpType');

function protocolName(p: bigint, family: Family): string {
  if (p === PROTO.tcp) return 'tcp';
  if (p === PROTO.udp) return 'udp';
  if (p === PROTO.icmp && family === 4) return 'icmp';
  if (p === PROTO.icmpv6 && family === 6) return 'icmpv6';
  return `proto-${p}`;
}

/**
 * Rules that no packet reaches, and rules whose removal would change nothing. Every base chain
 * is walked with every packet of each family (all states, both readings of uncertain matches):
 * a rule that is never matched is dead. A rule is redundant when, wherever it matches and in
 * both readings, the rules after it in its chain decide the same.
 */
function deadRulesOf(
  rs: FwRuleset,
  iface: string | null,
  spaces: Map<Family, Space>,
): { dead: DeadRule[]; redundant: DeadRule[] } {
  const hit = new RuleMarks();
  const redundant = new RuleMarks();
  const reachedChains = new Set<string>();
  for (const family of rs.families) {
    for (const table of rs.tables) {
      for (const chain of table.chains.values()) {
        if (!chain.base) continue;
        // The chain's own side: an INPUT rule's source is the remote end. (Walking it from the
        // other side would see the same packets under other names, at twice the cost.)
        const space = spaces.get(family)!;
        const contexts: EvalContext[] = [];
        if (chain.side) {
          // Both readings at once: a rule is dead only when no reading of the uncertain matches
          // reaches it, redundant only when every reading decides its packets alike.
          for (const name of interfaceClasses(rs, iface))
            contexts.push(forkContext({ family, side: chain.side, iface: name, loopback: true, space }));
        } else {
          // A forward chain: packets between any two interfaces (Docker's bridges, not only the
          // host's own interface), leaving by one the routes choose (out-interface matches uncertain).
          for (const name of interfaceClasses(rs, null))
            contexts.push(
              forkContext({ family, side: 'in', iface: name, loopback: false, space, forward: { outIface: null } }),
            );
        }
        for (const ctx of contexts) {
          const walk = walkUniverse(table, chain, ctx);
          for (const [c, marks] of walk.redundant.chains()) {
            const all = redundant.of(c);
            for (let i = 0; i < marks.length; i++) if (marks[i] !== 0 && all[i] !== DIFFERENT) all[i] = marks[i]!;
          }
          for (const [c, marks] of walk.hit.chains()) {
            const all = hit.of(c);
            for (let i = 0; i < marks.length; i++) {
              if (marks[i] === 0) continue;
              all[i] = 1;
              const a = c.rules[i]!.action;
              if (a.kind === 'jump' || a.kind === 'goto') reachedChains.add(`${table.name}/${a.chain}`);
            }
          }
        }
      }
    }
  }
  const dead: DeadRule[] = [];
  const extra: DeadRule[] = [];
  for (const table of rs.tables) {
    for (const chain of table.chains.values()) {
      chain.rules.forEach((rule, i) => {
        if (hit.get(chain, i)) {
          // Of a duplicate pair, the later rule is dead: flagging the earlier one as redundant
          // too would invite removing both.
          if (redundant.get(chain, i) === SAME && !laterTwin(chain, i, hit, rs.families, iface, spaces))
            extra.push({ file: rule.file, line: rule.line, text: rule.text, reason: redundancyReason(chain, i) });
          return;
        }
        let reason: string;
        if (!chain.base && !reachedChains.has(`${table.name}/${chain.name}`))
          reason = `in chain ${chain.name}, which no reachable rule jumps to`;
        else reason = shadowReason(chain, i, rs.families, iface, spaces);
        dead.push({ file: rule.file, line: rule.line, text: rule.text, reason });
      });
    }
  }
  const order = (a: DeadRule, b: DeadRule): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
  return { dead: dead.sort(order), redundant: extra.sort(order) };
}

/** A chain's own side in the strict reading (uncertain matches taken as not matching): what "covers" is judged in. */
function strictContext(chain: FwChain, family: 4 | 6, iface: string | null, spaces: Map<Family, Space>): EvalContext {
  const space = spaces.get(family)!;
  if (!chain.side) return { family, side: 'in', iface, assumeOpaque: false, space, forward: { outIface: null } };
  return { family, side: chain.side, iface, assumeOpaque: false, loopback: true, space };
}

/** A later rule of the chain that no packet reaches, with the same action, that matches all rule i matches: its twin. */
function laterTwin(
  chain: FwChain,
  i: number,
  hit: RuleMarks,
  families: (4 | 6)[],
  iface: string | null,
  spaces: Map<Family, Space>,
): boolean {
  const action = JSON.stringify(chain.rules[i]!.action);
  const views = families.map((family) => viewOf(chain, strictContext(chain, family, iface, spaces)));
  // Candidates: the later rules whose box meets rule i's (found through the chain's index).
  const [first] = views;
  if (!first) return false;
  for (const j of first.index.queryEntry(i, undefined, i + 1)) {
    if (j <= i || hit.get(chain, j) || JSON.stringify(chain.rules[j]!.action) !== action) continue;
    if (views.every((v) => Region.disjoint(v.cubes[i]!).isSubsetOf(Region.disjoint(v.cubes[j]!)))) return true;
  }
  return false;
}

/** Why a reachable chain's rule is never matched: the earlier rule that covers it, or those that do together. */
function shadowReason(
  chain: FwChain,
  i: number,
  families: (4 | 6)[],
  iface: string | null,
  spaces: Map<Family, Space>,
): string {
  for (const family of families) {
    // Covering is judged on the strict reading: an uncertain rule covers nothing for sure.
    const view = viewOf(chain, strictContext(chain, family, iface, spaces));
    const mine = view.cubes[i]!;
    if (mine.length === 0) continue;
    const own = Region.disjoint(mine);
    const earlier = view.index.queryEntry(i, i).filter((j) => ENDS.has(chain.rules[j]!.action.kind));
    const cover = earlier.find((j) => own.isSubsetOf(Region.disjoint(view.cubes[j]!)));
    if (cover !== undefined) return `shadowed by line ${chain.rules[cover]!.line}`;
    const parts = earlier
      .filter((j) => !own.intersect(Region.disjoint(view.cubes[j]!)).isEmpty())
      .map((j) => chain.rules[j]!.line);
    if (parts.length > 0)
      return `shadowed by lines ${parts.slice(0, 8).join(', ')}${parts.length > 8 ? ` and ${parts.length - 8} more` : ''} together`;
    return 'no packet reaches it';
  }
  return `matches nothing for IPv${families.join('/IPv')}`;
}

function redundancyReason(chain: FwChain, i: number): string {
  const rule = chain.rules[i]!;
  if (rule.action.kind === 'RETURN')
    return `redundant: the packets it returns would fall through the rest of chain ${chain.name} anyway`;
  return `redundant: the rules after it in chain ${chain.name} give the same packets the same verdict (${rule.action.kind})`;
}
