import { icmpErrorLegs, flowLegs, requestLeg, type Leg } from '../flow/legs.js';
import { cidrKey, isWholeFamily, type Cidr, type Family } from '../net/addresses.js';
import type { PortRange } from '../net/port-ranges.js';
import type { Service } from '../model/types.js';
import type { Because } from '../plan/plan-types.js';
import type { FqdnSet, Remote } from './host-ruleset.js';
import { dedupeBy, remoteKey, type RuleBody } from './rule-list.js';

/**
 * One end of a planned flow as compile sees it: the host whose own firewall this is (`self`),
 * or addresses and DNS names, reached through an interface on a network firewall.
 */
export type End =
  | { kind: 'self'; families: readonly Family[] }
  | { kind: 'peers'; cidrs: readonly Cidr[]; fqdns: readonly string[]; iface: string | null };

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
 */
export function expandFlows(
  flows: readonly PlannedFlow[],
  sets: ReadonlyMap<string, FqdnSet>,
  stateless: { ephemeral: PortRange } | null,
): ExpandedRule[] {
  const rules: ExpandedRule[] = [];
  for (const f of flows) rules.push(...expandLeg(requestLeg(f.service, null), f.from, f.to, sets, f, f.comment));
  if (stateless) {
    const errorsSeen = new Set<string>();
    for (const f of flows) {
      const back = flowLegs(f.service, { requestsFrom: null, repliesTo: stateless.ephemeral }).filter(
        (l) => l.way === 'back',
      );
      for (const leg of back) rules.push(...expandLeg(leg, f.to, f.from, sets, f, `return traffic: ${f.comment}`));
      const key = `${endKey(f.to)}>${endKey(f.from)}`;
      if (errorsSeen.has(key)) continue;
      errorsSeen.add(key);
      for (const leg of icmpErrorLegs()) rules.push(...expandLeg(leg, f.to, f.from, sets, f, f.errorComment));
    }
  }
  return dedupeBy(rules, ruleKey);
}

/** One leg from one end to the other: a rule per family and per pair of remotes. */
function expandLeg(
  leg: Leg,
  from: End,
  to: End,
  sets: ReadonlyMap<string, FqdnSet>,
  flow: PlannedFlow,
  comment: string,
): ExpandedRule[] {
  const out: ExpandedRule[] = [];
  const families: Family[] = leg.protocol === 'icmp' ? [4] : leg.protocol === 'icmpv6' ? [6] : [4, 6];
  for (const family of families) {
    for (const src of remotesOf(from, family, sets)) {
      for (const dst of remotesOf(to, family, sets)) {
        out.push({
          family,
          protocol: leg.protocol,
          from,
          to,
          src,
          dst,
          dports: leg.dports,
          sports: leg.sports,
          icmpTypes: leg.icmpTypes,
          tcpReply: leg.tcp === 'reply',
          comment,
          because: flow.because,
        });
      }
    }
  }
  return out;
}

/** The remotes of one end in one family: any, a CIDR list, one per DNS name; `null` for the host itself. */
function remotesOf(end: End, family: Family, sets: ReadonlyMap<string, FqdnSet>): (Remote | null)[] {
  if (end.kind === 'self') return end.families.includes(family) ? [null] : [];
  const out: Remote[] = [];
  const cidrs = end.cidrs.filter((c) => c.family === family);
  if (cidrs.some(isWholeFamily)) out.push({ kind: 'any' });
  else if (cidrs.length > 0) out.push({ kind: 'cidrs', cidrs });
  for (const fqdn of end.fqdns) {
    const set = sets.get(`${fqdn}|${family}`);
    if (set) out.push({ kind: 'fqdn', fqdn, set: set.name });
  }
  return out;
}

function endKey(end: End): string {
  return end.kind === 'self' ? 'self' : `${end.iface}|${cidrKey(end.cidrs)}|${end.fqdns.join(',')}`;
}

function ruleKey(r: ExpandedRule): string {
  const side = (end: End, remote: Remote | null): string =>
    remote === null ? 'self' : `${end.kind === 'peers' ? end.iface : ''}|${remoteKey(remote)}`;
  return `${side(r.from, r.src)}>${side(r.to, r.dst)}|${r.family}|${r.protocol}|${r.dports?.join(';')}|${r.sports?.join(';')}|${r.icmpTypes?.join(',')}|${r.tcpReply}`;
}
