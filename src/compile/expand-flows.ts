import { icmpErrorLegs, flowLegs, requestLeg, type Leg } from '../flow/legs.js';
import { cidrKey, isWholeFamily, type Cidr, type Family } from '../net/addresses.js';
import type { PortRange } from '../net/port-ranges.js';
import type { Service } from '../model/types.js';
import type { Because } from '../plan/plan-types.js';
import type { FqdnSet } from './fqdn-sets.js';
import { remoteKey, type Remote, type RuleBody } from './rule-list.js';

/**
 * One end of a planned flow as compile sees it: the host whose own firewall this is (`self`),
 * or addresses and DNS names, reached through an interface on a network firewall.
 */
export type End = SelfEnd | PeerEnd;
export interface SelfEnd {
  self: true;
  families: readonly Family[];
}
/** The shape of a plan's ForwardEnd, so a firewall's planned ends serve as they are. */
export interface PeerEnd {
  self?: never;
  peers: readonly Cidr[];
  fqdns: readonly string[];
  interface: string | null;
}

/** A planned flow: a service from one end to the other, with its provenance and comments. */
export interface PlannedFlow {
  service: Service;
  from: End;
  to: End;
  because: readonly Because[];
  comment: string;
  /** The comment of the ICMP errors the far end sends back (stateless). */
  errorComment: string;
}

/** A rule between two ends, before it becomes a host rule (one end is `self`) or a forward rule. */
export interface ExpandedRule extends RuleBody {
  from: End;
  to: End;
  /** The ends' remotes; null for a `self` end. */
  src: Remote | null;
  dst: Remote | null;
}

/**
 * Every accept rule the planned flows need, in order: each flow's request, and when the rules
 * keep no connection state, each flow's return legs (replies, echo replies) and then, once per
 * pair of ends, the ICMP errors the far end sends back (see flow/legs.ts). Duplicates are dropped.
 * `make` turns each rule into the caller's own (a host rule, a forward rule); the object it is
 * given is reused for the next rule, so it copies what it keeps (a firewall plan has a hundred
 * thousand rules: one object fewer per rule is a tenth of the compile).
 */
export function expandFlows<R>(
  flows: readonly PlannedFlow[],
  sets: ReadonlyMap<string, FqdnSet>,
  stateless: { ephemeral: PortRange } | null,
  make: (rule: Readonly<ExpandedRule>) => R,
): R[] {
  const out: R[] = [];
  const seen = new Set<string>();
  const emit = (rule: ExpandedRule): void => {
    const key = ruleKey(rule);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(make(rule));
  };
  for (const f of flows) expandLeg(requestLeg(f.service, null), f.from, f.to, sets, f, f.comment, emit);
  if (stateless) {
    const errorsSeen = new Set<string>();
    for (const f of flows) {
      const back = flowLegs(f.service, { requestsFrom: null, repliesTo: stateless.ephemeral }).filter(
        (l) => l.way === 'back',
      );
      for (const leg of back) expandLeg(leg, f.to, f.from, sets, f, `return traffic: ${f.comment}`, emit);
      const key = `${endKey(f.to)}>${endKey(f.from)}`;
      if (errorsSeen.has(key)) continue;
      errorsSeen.add(key);
      for (const leg of icmpErrorLegs()) expandLeg(leg, f.to, f.from, sets, f, f.errorComment, emit);
    }
  }
  return out;
}

/** One leg from one end to the other: a rule per family and per pair of remotes, handed to `emit`. */
function expandLeg(
  leg: Leg,
  from: End,
  to: End,
  sets: ReadonlyMap<string, FqdnSet>,
  flow: PlannedFlow,
  comment: string,
  emit: (rule: ExpandedRule) => void,
): void {
  const families: Family[] = leg.protocol === 'icmp' ? [4] : leg.protocol === 'icmpv6' ? [6] : [4, 6];
  const rule: ExpandedRule = {
    family: null,
    protocol: leg.protocol,
    from,
    to,
    src: null,
    dst: null,
    dports: leg.dports,
    sports: leg.sports,
    icmpTypes: leg.icmpTypes,
    tcpReply: leg.tcp === 'reply',
    comment,
    because: flow.because,
  };
  for (const family of families) {
    rule.family = family;
    for (const src of remotesOf(from, family, sets)) {
      rule.src = src;
      for (const dst of remotesOf(to, family, sets)) {
        rule.dst = dst;
        emit(rule);
      }
    }
  }
}

/** The remotes of one end in one family: any, a CIDR list, one per DNS name; `null` for the host itself. */
function remotesOf(end: End, family: Family, sets: ReadonlyMap<string, FqdnSet>): (Remote | null)[] {
  if (end.self) return end.families.includes(family) ? [null] : [];
  const out: Remote[] = [];
  const cidrs = ofFamily(end.peers, family);
  if (cidrs.some(isWholeFamily)) out.push({ kind: 'any' });
  else if (cidrs.length > 0) out.push({ kind: 'cidrs', cidrs });
  for (const fqdn of end.fqdns) {
    const set = sets.get(`${fqdn}|${family}`);
    if (set) out.push({ kind: 'fqdn', fqdn, set: set.name });
  }
  return out;
}

/**
 * The CIDRs of one family of a peer list: the same array for the same list and family, so that
 * what targets work out per list (internet's "every address but" form) is worked out once.
 */
const byFamily = new WeakMap<readonly Cidr[], Partial<Record<Family, Cidr[]>>>();
function ofFamily(peers: readonly Cidr[], family: Family): Cidr[] {
  let entry = byFamily.get(peers);
  if (!entry) byFamily.set(peers, (entry = {}));
  return (entry[family] ??= peers.filter((c) => c.family === family));
}

function endKey(end: End): string {
  return end.self ? 'self' : `${end.interface}|${cidrKey(end.peers)}|${end.fqdns.join(',')}`;
}

function ruleKey(r: ExpandedRule): string {
  const side = (end: End, remote: Remote | null): string =>
    remote === null ? 'self' : `${end.self ? '' : end.interface}|${remoteKey(remote)}`;
  return `${side(r.from, r.src)}>${side(r.to, r.dst)}|${r.family}|${r.protocol}|${r.dports?.join(';')}|${r.sports?.join(';')}|${r.icmpTypes?.join(',')}|${r.tcpReply}`;
}
