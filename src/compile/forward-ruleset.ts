import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { cidrsOf, isWholeFamily, type Family } from '../net/addresses.js';
import type { PortRange } from '../net/port-ranges.js';
import type { Protocol } from '../model/types.js';
import type { FirewallPlan, ForwardEnd, ForwardRule, Plan } from '../plan/plan-types.js';
import { commentOf, resolveFqdnSets, type FqdnSet, type Remote } from './host-ruleset.js';
import type { Resolver } from '../net/resolver.js';
import { dedupeBy, joinFamilies, remoteKey } from './rule-list.js';

/**
 * One accept rule of a network firewall in target-neutral form: traffic that comes in on `iif`
 * from `src` and leaves on `oif` towards `dst`.
 */
export interface ForwardFilterRule {
  iif: string;
  oif: string;
  /** 4 or 6; `null` when neither end names an address (both ends are "any"). */
  family: Family | null;
  protocol: Protocol;
  src: Remote;
  dst: Remote;
  dports: PortRange[] | null;
  sports: PortRange[] | null;
  icmpTypes: number[] | null;
  /** Stateless return traffic: TCP that is not a bare SYN. */
  tcpReply: boolean;
  comment: string;
}

export interface ForwardRuleset {
  site: string;
  firewall: string;
  interfaces: FirewallPlan['interfaces'];
  stateful: boolean;
  ephemeralPorts: PortRange;
  sets: FqdnSet[];
  rules: ForwardFilterRule[];
  /** The planned rules this ruleset comes from (handouts and error messages name them). */
  planned: ForwardRule[];
}

/** The neutral ruleset of one network firewall: planned rules per family, sets, and return traffic when stateless. */
export async function buildForwardRuleset(
  plan: Plan,
  fw: FirewallPlan,
  resolve: Resolver,
  siteFile: string,
): Promise<{ ruleset: ForwardRuleset; diagnostics: Diagnostic[] }> {
  const names = fw.rules.flatMap((r) => [...r.from.fqdns, ...r.to.fqdns]);
  const { sets, diagnostics } = await resolveFqdnSets(names, [4, 6], resolve, siteFile, 'fwd');
  const rules: ForwardFilterRule[] = [];
  for (const r of fw.rules) rules.push(...expandForward(r, sets, commentOf(r)));
  if (!plan.stateful) for (const r of deriveForwardReturn(fw.rules, sets, plan.ephemeralPorts)) rules.push(r);
  const ruleset: ForwardRuleset = {
    site: plan.site,
    firewall: fw.name,
    interfaces: fw.interfaces,
    stateful: plan.stateful,
    ephemeralPorts: plan.ephemeralPorts,
    sets: [...sets.values()],
    rules: joinFamilies(
      dedupe(rules),
      (r) => r.src.kind === 'any' && r.dst.kind === 'any',
      (r) => `${r.iif}|${r.oif}`,
    ),
    planned: fw.rules,
  };
  return { ruleset, diagnostics };
}

/** The remotes of one end for one family: any, a CIDR list, and one per DNS name. */
function remotesOf(end: ForwardEnd, family: Family, sets: Map<string, FqdnSet>): Remote[] {
  const out: Remote[] = [];
  const cidrs = cidrsOf(end.peers).filter((c) => c.family === family);
  if (cidrs.some(isWholeFamily)) out.push({ kind: 'any' });
  else if (cidrs.length > 0) out.push({ kind: 'cidrs', cidrs });
  for (const fqdn of end.fqdns) {
    const set = sets.get(`${fqdn}|${family}`);
    if (set) out.push({ kind: 'fqdn', fqdn, set: set.name });
  }
  return out;
}

function expandForward(
  r: ForwardRule,
  sets: Map<string, FqdnSet>,
  comment: string,
  override: Partial<ForwardFilterRule> = {},
): ForwardFilterRule[] {
  const out: ForwardFilterRule[] = [];
  const families: Family[] = r.protocol === 'icmp' ? [4] : r.protocol === 'icmpv6' ? [6] : [4, 6];
  for (const f of families) {
    for (const src of remotesOf(r.from, f, sets)) {
      for (const dst of remotesOf(r.to, f, sets)) {
        out.push({
          iif: r.from.interface,
          oif: r.to.interface,
          family: f,
          protocol: r.protocol,
          src,
          dst,
          dports: r.ports,
          sports: null,
          icmpTypes: r.icmpTypes,
          tcpReply: false,
          comment,
          ...override,
        });
      }
    }
  }
  return out;
}

/**
 * Return traffic for a firewall without connection tracking (seed 001): TCP replies from the
 * service port that are not a bare SYN, UDP replies from the service port to the client's
 * ephemeral ports, echo replies for echo requests, and ICMP errors (3, 4, 11, 12; ICMPv6 1-4)
 * from the destination side back to the source side.
 */
function deriveForwardReturn(
  planned: ForwardRule[],
  sets: Map<string, FqdnSet>,
  ephemeral: PortRange,
): ForwardFilterRule[] {
  const out: ForwardFilterRule[] = [];
  const errorsSeen = new Set<string>();
  for (const r of planned) {
    const back: ForwardRule = { ...r, from: r.to, to: r.from };
    const comment = `return traffic: ${commentOf(r)}`;
    if (r.protocol === 'tcp' || r.protocol === 'udp') {
      out.push(
        ...expandForward(back, sets, comment, { dports: [ephemeral], sports: r.ports, tcpReply: r.protocol === 'tcp' }),
      );
    } else {
      const request = r.protocol === 'icmp' ? 8 : 128;
      if (r.icmpTypes === null || r.icmpTypes.includes(request))
        out.push(...expandForward({ ...back, icmpTypes: [r.protocol === 'icmp' ? 0 : 129] }, sets, comment));
    }
    const key = `${back.from.interface}|${back.from.peers.join(',')}|${back.from.fqdns.join(',')}|${back.to.interface}|${back.to.peers.join(',')}|${back.to.fqdns.join(',')}`;
    if (errorsSeen.has(key)) continue;
    errorsSeen.add(key);
    const why = 'ICMP errors about planned flows (stateless return traffic)';
    out.push(...expandForward({ ...back, protocol: 'icmp', ports: null, icmpTypes: [3, 4, 11, 12] }, sets, why));
    out.push(...expandForward({ ...back, protocol: 'icmpv6', ports: null, icmpTypes: [1, 2, 3, 4] }, sets, why));
  }
  return out;
}

function dedupe(rules: ForwardFilterRule[]): ForwardFilterRule[] {
  return dedupeBy(
    rules,
    (r) =>
      `${r.iif}|${r.oif}|${r.family}|${r.protocol}|${remoteKey(r.src)}|${remoteKey(r.dst)}|${r.dports?.join(';')}|${r.sports?.join(';')}|${r.icmpTypes?.join(',')}|${r.tcpReply}`,
  );
}
