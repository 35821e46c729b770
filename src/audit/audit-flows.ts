import { addressSet, valueSet } from '../algebra/field-sets.js';
import { normalize, type Interval, type IntervalSet } from '../algebra/interval-set.js';
import { cubeIsEmpty, STATES, type Cube } from '../algebra/cube.js';
import { Region } from '../algebra/rank-cube.js';
import type { Space } from '../algebra/space.js';
import { cidrsOf, formatIPv4, makeCidr, parseCidr, type Family } from '../net/addresses.js';
import type { PortRange } from '../net/port-ranges.js';
import type { HostPlan, PlanRule } from '../plan/plan-types.js';
import { legCube } from '../flow/leg-cube.js';
import { flowLegs } from '../flow/legs.js';
import { auditSpace } from './audit-space.js';
import {
  acceptSites,
  evaluatePath,
  forkContext,
  matchOf,
  type DecisionSite,
  type EvalContext,
  type Fork,
  type Outcome,
} from './evaluate.js';
import { followNat, natTargets, type NatLeg } from './nat.js';
import { pathOf, type FwRule, type FwRuleset, type PathChain } from '../rulesets/firewall-model.js';

/** `not-judged`: no given ruleset speaks for any family of the flow (or its DNS names did not resolve). */
export type FlowVerdict = 'open' | 'blocked' | 'partial' | 'not-judged';

export interface FlowAudit {
  direction: 'in' | 'out';
  protocol: PlanRule['protocol'];
  ports: PortRange[] | null;
  icmpTypes: number[] | null;
  peers: string[];
  verdict: FlowVerdict;
  /** Ports (or ICMP types) and peers that are refused, in either leg of the exchange. */
  notOpen: { ports: PortRange[] | null; icmpTypes: number[] | null; peers: string[]; leg: 'request' | 'reply' }[];
  /**
   * Single addresses refused while the rest of the flow's peers pass (a fail2ban-like ban list):
   * the flow is `open` for everyone else, and these are reported apart (`--fail-on bans` counts them).
   */
  refusedListed: string[];
  decidedBy: { file: string; line: number; text: string }[];
  /** True when a match the text cannot decide (rate limits, marks, interfaces ...) could change the verdict. */
  approximate: boolean;
  /** What made it approximate: the rules whose match is uncertain for these packets, or that nat rewrites. */
  approximateBecause: ApproximateReason[];
  /** DNS names of the rule that could not be judged (no addresses). */
  unjudged: string[];
}

/** A rule that makes a claim approximate, and why. */
export interface ApproximateReason {
  file: string;
  line: number;
  text: string;
  why: string;
}

/** Why a rule the walk forked on is uncertain. */
export const UNCERTAIN_MATCH =
  'its match depends on what the rules alone cannot tell (a rate limit, a recent list, a mark, rpfilter, the interface, a dynamic set)';

/** Adds a reason once per rule. */
export function addReason(list: ApproximateReason[], rule: FwRule, why = UNCERTAIN_MATCH): void {
  if (!list.some((r) => r.file === rule.file && r.line === rule.line))
    list.push({ file: rule.file, line: rule.line, text: rule.text, why });
}

export interface AuditOptions {
  /** Client ports of the other end (default 1024-65535). */
  ephemeral?: PortRange;
  iface?: string | null;
  /** Addresses of the DNS names in the plan, to judge rules that name peers by DNS. */
  fqdns?: Record<string, string[]>;
}

/** The packets of every exchange of a host's plan in one family (what the space must hold). */
export function flowQueries(host: HostPlan, family: Family, options: AuditOptions = {}): Cube[] {
  return host.rules.flatMap((rule) =>
    legsOf(host, rule, family, options).flatMap((l, i) => (i === 0 ? [l.cube] : [l.cube, untrackedLater(l.cube)])),
  );
}

/**
 * A later packet of an exchange whose opening packets are not tracked (`notrack` in raw):
 * conntrack meets it without the connection, so it may be NEW (a UDP reply starts an entry of
 * its own), INVALID (a TCP SYN/ACK without its SYN) or ESTABLISHED (an ACK picked up mid-stream).
 */
function untrackedLater(cube: Cube): Cube {
  return { ...cube, state: valueSet([STATES.NEW, STATES.ESTABLISHED, STATES.INVALID]) };
}

/** The legs of one planned rule in one family; none when the rule has no peer or address there. */
function legsOf(host: HostPlan, rule: PlanRule, family: Family, options: AuditOptions): Leg[] {
  const resolved = rule.fqdns.flatMap((f) => options.fqdns?.[f] ?? []);
  const peers = [...rule.peers, ...cidrsOf(resolved)].filter((c) => c.family === family);
  const mine = host.addresses.filter((c) => c.family === family);
  if (peers.length === 0 || mine.length === 0) return [];
  if ((rule.protocol === 'icmp' && family !== 4) || (rule.protocol === 'icmpv6' && family !== 6)) return [];
  const eph = options.ephemeral ?? [1024, 65535];
  const [remote, local] = [addressSet(peers), addressSet(mine)];
  const back = rule.direction === 'in' ? 'out' : 'in';
  // The request opens the exchange; the opener's later segments are judged like it, the replies the other way.
  return flowLegs(rule, { requestsFrom: eph, repliesTo: eph }).flatMap((leg): Leg[] => {
    const cube = legCube(leg, family, remote, local);
    if (!cube || cubeIsEmpty(cube)) return [];
    return [
      { kind: leg.kind === 'reply' ? 'reply' : 'request', side: leg.way === 'forward' ? rule.direction : back, cube },
    ];
  });
}

/**
 * Judges every rule of a host's plan against the rulesets. `spaces` (one per family, from
 * auditSpace) are built here when the caller has none to share.
 */
export function auditFlows(
  host: HostPlan,
  rulesets: FwRuleset[],
  options: AuditOptions = {},
  spaces: Map<Family, Space> = new Map(),
): FlowAudit[] {
  const auditor = new FlowAuditor(host, rulesets, options, spaces);
  return host.rules.map((rule) => auditor.audit(rule));
}

/** What judging one planned rule found so far, leg by leg. */
interface Judged {
  result: FlowAudit;
  /** A notrack rule may have matched the opening packets (then later packets have no connection). */
  untrackedOpening?: boolean;
  notrackRules: FwRule[];
  legs: number;
  refusedAll: boolean;
  refusedAny: boolean;
  lines: Map<string, { file: string; line: number; text: string }>;
}

/** Judges planned rules against rulesets, with the spaces and reading checks shared by all of them. */
class FlowAuditor {
  constructor(
    private readonly host: HostPlan,
    private readonly rulesets: FwRuleset[],
    private readonly options: AuditOptions,
    private readonly spaces: Map<Family, Space>,
  ) {}

  private spaceOf(family: Family): Space {
    let s = this.spaces.get(family);
    if (!s) {
      const queries = [...flowQueries(this.host, family, this.options), ...natTargets(this.rulesets, family)];
      this.spaces.set(family, (s = auditSpace(this.rulesets, family, this.options.iface ?? null, queries)));
    }
    return s;
  }

  audit(rule: PlanRule): FlowAudit {
    const unjudged = rule.fqdns.filter((f) => !this.options.fqdns?.[f]?.length);
    const result: FlowAudit = {
      direction: rule.direction,
      protocol: rule.protocol,
      ports: rule.ports,
      icmpTypes: rule.icmpTypes,
      peers: rule.peers.map((c) => c.text),
      verdict: 'open',
      notOpen: [],
      decidedBy: [],
      approximate: false,
      approximateBecause: [],
      refusedListed: [],
      unjudged,
    };
    const judged: Judged = { result, legs: 0, refusedAll: true, refusedAny: false, lines: new Map(), notrackRules: [] };
    for (const family of [4, 6] as Family[]) {
      if (!this.rulesets.some((r) => r.families.includes(family))) continue;
      const legs = legsOf(this.host, rule, family, this.options);
      if (legs.length === 0) continue;
      const route = this.natRoute(family, legs[0]!);
      if (route.kind === 'other') {
        // Where nat sends these connections is not followed for flows: this family is not
        // judged (never a guess), and the rules are named.
        result.approximate = true;
        for (const r of route.rules) {
          judged.lines.set(`${r.file}:${r.line}`, { file: r.file, line: r.line, text: r.text });
          addReason(result.approximateBecause, r, route.why);
        }
        continue;
      }
      for (const [i, leg] of legs.entries())
        this.judgeLeg(rule, family, leg, i === 0, judged, route.kind === 'host' ? route.leg : null);
    }
    // Nothing of the flow could be judged: no ruleset of its family, or names that did not resolve.
    if (judged.legs === 0) {
      result.verdict = 'not-judged';
      return result;
    }
    result.verdict = !judged.refusedAny ? 'open' : judged.refusedAll ? 'blocked' : 'partial';
    const listed = result.verdict === 'partial' ? listedAddresses(result.notOpen, rule) : null;
    if (listed) {
      result.verdict = 'open';
      result.refusedListed = listed;
      result.notOpen = [];
    }
    result.approximateBecause.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    result.decidedBy = [...judged.lines.values()].sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line,
    );
    return result;
  }

  /**
   * What nat does with a flow's opening packets in one family: nothing; all of them rewritten to
   * this host by one rule (REDIRECT, DNAT to an own address: the flow is judged as rewritten);
   * or something the flow judgement does not follow (a forward, a computed destination, part of
   * the packets rewritten, notrack before it), with the rules and why.
   */
  private natRoute(
    family: Family,
    opening: Leg,
  ): { kind: 'none' } | { kind: 'host'; leg: NatLeg } | { kind: 'other'; rules: FwRule[]; why: string } {
    if (opening.side !== 'in' || !this.rulesets.some((rs) => rs.natPath(family).length > 0)) return { kind: 'none' };
    const space = this.spaceOf(family);
    const iface = this.options.iface ?? null;
    const ctx = forkContext({ family, side: 'in', iface, space });
    const legSet = Region.disjoint([space.encode(opening.cube)]);
    const mine = this.host.addresses.filter((c) => c.family === family);
    const nat = followNat(this.rulesets, legSet, ctx, addressSet(mine), mine.length > 0);
    const touching = nat.legs.filter((l) => !l.reached.isEmpty());
    if (touching.length === 0) return { kind: 'none' };
    const [only] = touching;
    if (
      touching.length === 1 &&
      only!.via === 'host' &&
      nat.untracked.intersect(legSet).isEmpty() &&
      nat.natInput.intersect(legSet).isSubsetOf(only!.surelyReached)
    )
      return { kind: 'host', leg: only! };
    const why =
      touching.length === 1 && only!.via === 'forward'
        ? `nat forwards these connections to ${only!.to.text}: required flows are not followed through the forward chains (the exposure report does follow them)`
        : 'nat rewrites some of these connections (or to a destination the rule computes): not followed for required flows';
    return { kind: 'other', rules: [...touching.map((l) => l.rule), ...nat.forks.map((f) => f.rule)], why };
  }

  /** A leg's packets through the path, rewritten by nat as the kernel does (see walkRewritten). */
  private walkLeg(path: PathChain[], legSet: Region, ctx: EvalContext, leg: Leg, nat: NatLeg | null): LegWalk {
    if (!nat) {
      const w = evaluatePath(path, legSet, ctx);
      return { ...w, sites: () => acceptSites(w.accepts, [legSet], ctx.space)[0]! };
    }
    return walkRewritten(path, legSet, ctx, leg.side, nat);
  }

  /** One leg of the exchange through the host's path: accepted, or which of its packets are refused and by what. */
  private judgeLeg(
    rule: PlanRule,
    family: Family,
    leg: Leg,
    opening: boolean,
    judged: Judged,
    nat: NatLeg | null = null,
  ): void {
    const { result } = judged;
    const note = (file: string, line: number, text: string): void =>
      void judged.lines.set(`${file}:${line}`, { file, line, text });
    const space = this.spaceOf(family);
    // Both readings of the uncertain matches at once: what is accepted for sure, and what may be.
    const ctx = forkContext({ family, side: leg.side, iface: this.options.iface ?? null, space });
    const path = pathOf(this.rulesets, family, leg.side, this.options.iface ?? null);
    // After an untracked opening, a later packet's state is whatever conntrack makes of it.
    const untracked = !opening && judged.untrackedOpening;
    const legSet = Region.disjoint([space.encode(untracked ? untrackedLater(leg.cube) : leg.cube)]);
    const walked = this.walkLeg(path, legSet, ctx, leg, nat);
    if (nat && opening) note(nat.rule.file, nat.rule.line, nat.rule.text);
    if (opening && !walked.untracked.isEmpty()) judged.untrackedOpening = true;
    if (opening) for (const r of walked.untrackedBy) judged.notrackRules.push(r);
    const surely = walked.surely(legSet);
    // Refused is what some reading refuses: a verdict of "open" is never a guess.
    const refused = legSet.subtract(surely);
    // Accepted in every state: exact. Refused in some: which state the kernel gives is not judged.
    if (untracked && !refused.isEmpty()) {
      result.approximate = true;
      for (const r of judged.notrackRules)
        addReason(
          result.approximateBecause,
          r,
          'the opening packets are not tracked: the later ones reach the filter as NEW, INVALID or ESTABLISHED, as conntrack makes of them',
        );
    }
    if (!walked.accepted.equals(surely)) {
      result.approximate = true;
      for (const f of walked.forks) addReason(result.approximateBecause, f.rule, f.why);
    }
    judged.legs++;
    // Outbound, a nat rule that rewrites where this connection goes (nat OUTPUT): the packets
    // the filter sees are not the ones judged here, so the verdict is approximate.
    if (opening && leg.side === 'out') {
      for (const r of this.rulesets.flatMap((rs) => rs.rewrites(family, leg.side))) {
        if (matchOf(r, ctx).some((c) => !legSet.intersectCube(c).isEmpty())) {
          result.approximate = true;
          note(r.file, r.line, `rewritten by nat: ${r.text}`);
          addReason(result.approximateBecause, r, 'nat rewrites the destination, which the audit does not follow');
        }
      }
    }
    if (refused.isEmpty()) {
      if (opening) judged.refusedAll = false;
      for (const site of walked.sites()) note(site.file, site.line, site.text);
      return;
    }
    judged.refusedAny = true;
    // Blocked means no connection can be opened: the opening packets are refused entirely.
    if (opening && !refused.equals(legSet)) judged.refusedAll = false;
    // Every refused part lies in what is refused (a packet a chain refuses is not accepted
    // later): only emptiness needs checking (a policy's part may be empty).
    for (const o of walked.refused) {
      if (o.set.isEmpty()) continue;
      const r: FwRule | undefined = o.decidedBy[0];
      if (o.policy !== null) note(o.policy.file, o.policy.line, `policy ${o.verdict} (line ${o.policy.line})`);
      else if (r) note(r.file, r.line, r.text);
    }
    result.notOpen.push(
      ...refusedParts(
        rule,
        leg,
        refused.cubes.map((c) => space.decode(c)),
        family,
      ),
    );
  }
}

/** What a leg's walk gives the flow judgement. */
interface LegWalk {
  accepted: Region;
  refused: Outcome[];
  forks: Fork[];
  untracked: Region;
  untrackedBy: FwRule[];
  surely: (within?: Region) => Region;
  /** The accepting rules worth naming for the leg. */
  sites: () => DecisionSite[];
}

/**
 * A leg of a connection that nat rewrites to this host, as the kernel sees it: the opening
 * side's packets meet the prerouting chains as they arrive and the input chains rewritten (new
 * address and port); the replies leave from the new port, and the output path sees them so
 * (the port is turned back after it, in postrouting). Stated for the packets as judged.
 */
function walkRewritten(path: PathChain[], legSet: Region, ctx: EvalContext, side: 'in' | 'out', nat: NatLeg): LegWalk {
  const space = ctx.space;
  if (side === 'in') {
    const { translate, widen } = nat.rewriteOf('dport');
    const pre = evaluatePath(
      path.filter((p) => p.hook === 0),
      legSet,
      ctx,
    );
    const moved = translate(pre.accepted);
    const post = evaluatePath(
      path.filter((p) => p.hook === 1),
      moved,
      ctx,
    );
    const back = (r: Region): Region => widen(r).intersect(legSet);
    return {
      accepted: pre.accepted.intersect(back(post.accepted)),
      refused: [...pre.refused, ...post.refused],
      forks: [...pre.forks, ...post.forks],
      untracked: pre.untracked,
      untrackedBy: pre.untrackedBy,
      surely: (within) => {
        const w = within ?? legSet;
        return pre.surely(w).intersect(back(post.surely(moved)));
      },
      sites: () => [...acceptSites(pre.accepts, [legSet], space)[0]!, ...acceptSites(post.accepts, [moved], space)[0]!],
    };
  }
  const { translate, widen } = nat.rewriteOf('sport');
  const moved = translate(legSet);
  const w = evaluatePath(path, moved, ctx);
  const back = (r: Region): Region => widen(r).intersect(legSet);
  return {
    accepted: back(w.accepted),
    refused: w.refused,
    forks: w.forks,
    untracked: back(w.untracked),
    untrackedBy: w.untrackedBy,
    surely: (within) => back(w.surely(moved)).intersect(within ?? legSet),
    sites: () => acceptSites(w.accepts, [moved], space)[0]!,
  };
}

/** Most single addresses a refusal may name and still read as a ban list rather than a gap. */
const MAX_LISTED = 4096n;
/** Adjacent banned addresses merge into blocks of up to 2^3 (8 addresses in a row, aligned). */
const SMALL_BLOCK_BITS = 3;

/**
 * The addresses refused when every refused part is some single addresses on the opening side,
 * for the flow's whole service (a ban list: fail2ban, a block list), else null: then the flow
 * is partial as it is. The caller has established that other peers pass.
 */
function listedAddresses(notOpen: FlowAudit['notOpen'], rule: PlanRule): string[] | null {
  // Other peers must remain: a flow to one server refused on a port is a gap, not a ban.
  const peerAddresses = rule.peers.reduce((n, c) => n + (1n << BigInt((c.family === 4 ? 32 : 128) - c.prefix)), 0n);
  const out = new Set<string>();
  let listed = 0n;
  for (const n of notOpen) {
    if (n.leg !== 'request') return null;
    for (const p of n.peers) {
      // Single addresses; two adjacent bans read as one small block (198.51.100.4/31).
      const c = parseCidr(p);
      if (!c || c.prefix < (c.family === 4 ? 32 : 128) - SMALL_BLOCK_BITS) return null;
      listed += 1n << BigInt((c.family === 4 ? 32 : 128) - c.prefix);
      out.add(p);
    }
  }
  return listed > 0n && listed <= MAX_LISTED && listed * 2n <= peerAddresses ? [...out].sort() : null;
}

/** What is refused of a leg, grouped by service (ports or ICMP types), each with the peers it is refused for. */
function refusedParts(rule: PlanRule, leg: Leg, refused: readonly Cube[], family: Family): FlowAudit['notOpen'] {
  const portDim = leg.kind === 'request' ? 'dport' : 'sport';
  const groups = new Map<string, { service: IntervalSet; parts: Interval[] }>();
  for (const cube of refused) {
    const service = rule.ports ? cube[portDim] : cube.icmpType;
    const key = service.map(([lo, hi]) => `${lo}-${hi}`).join(',');
    const g = groups.get(key);
    if (g) g.parts.push(...cube.remote);
    else groups.set(key, { service, parts: [...cube.remote] });
  }
  return [...groups.values()].map((g) => {
    const everyType = g.service.length === 1 && g.service[0]![0] === 0n && g.service[0]![1] === 255n;
    const icmp = rule.ports
      ? null
      : rule.icmpTypes === null && leg.kind === 'request' && everyType
        ? null
        : toNumbers(g.service);
    return {
      ports: rule.ports ? toPortRanges(g.service) : null,
      icmpTypes: icmp,
      peers: toCidrs(normalize(g.parts), family),
      leg: leg.kind,
    };
  });
}

interface Leg {
  kind: 'request' | 'reply';
  side: 'in' | 'out';
  cube: Cube;
}

function toPortRanges(set: IntervalSet): PortRange[] {
  return set.map(([lo, hi]) => [Number(lo), Number(hi)] as PortRange);
}

function toNumbers(set: IntervalSet): number[] {
  const out: number[] = [];
  for (const [lo, hi] of set) for (let v = lo; v <= hi && out.length < 256; v++) out.push(Number(v));
  return out;
}

/** An address interval set as the fewest CIDRs. */
export function toCidrs(set: IntervalSet, family: Family): string[] {
  if (family === 4) return toCidrs4(set);
  const bits = 128;
  const out: string[] = [];
  for (const [lo0, hi] of set) {
    let lo = lo0;
    while (lo <= hi) {
      let size = 0;
      while (size < bits && (lo & ((1n << BigInt(size + 1)) - 1n)) === 0n && lo + (1n << BigInt(size + 1)) - 1n <= hi)
        size++;
      out.push(makeCidr(lo, bits - size, family).text);
      lo += 1n << BigInt(size);
    }
  }
  return out;
}

/**
 * The same for IPv4, in doubles (exact below 2^53): an exposure report can list tens of
 * thousands of peer blocks (everything but a block list), and bigint steps made that slow.
 */
function toCidrs4(set: IntervalSet): string[] {
  const out: string[] = [];
  for (const [lo0, hi0] of set) {
    let lo = Number(lo0);
    const hi = Number(hi0);
    while (lo <= hi) {
      // The largest aligned block at lo that stays within hi.
      let size = lo === 0 ? 2 ** 32 : 2 ** (31 - Math.clz32(lo & -lo));
      while (lo + size - 1 > hi) size /= 2;
      out.push(`${formatIPv4(lo)}/${32 - Math.log2(size)}`);
      lo += size;
    }
  }
  return out;
}
