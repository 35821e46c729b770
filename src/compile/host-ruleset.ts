import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Resolver } from '../net/resolver.js';
import type { Cidr, Family } from '../net/addresses.js';
import type { PortRange } from '../net/port-ranges.js';
import type { Direction, HostPlan, Plan, PlanRule } from '../plan/plan-types.js';
import { expandFlows, type End, type PlannedFlow } from './expand-flows.js';
import { dropCoveredRules } from './filter-rule-cube.js';
import { fqdnOrigins, resolveFqdnSets, type DnsNames, type FqdnSet } from './fqdn-sets.js';
import { joinFamilies, type Remote, type RuleBody } from './rule-list.js';

export type { FqdnSet } from './fqdn-sets.js';

export type { Remote } from './rule-list.js';

/**
 * One accept rule in target-neutral form. Every back end renders exactly these, so the same
 * plan means the same thing on every target.
 */
export interface FilterRule extends RuleBody {
  direction: Direction;
  remote: Remote;
  /** Catalog ids the rule serves (`site` for the site's own flows), for targets that group rules. */
  profiles: string[];
}

export interface HostRuleset {
  site: string;
  host: string;
  addresses: Cidr[];
  /** The site's own addresses, for naming the set that `internet` rules leave out. */
  own: Cidr[];
  stateful: boolean;
  /** Client ports replies go to (stateless return traffic; said in stateless output). */
  ephemeralPorts: PortRange;
  families: Family[];
  sets: FqdnSet[];
  rules: FilterRule[];
  /** The host's plan rules this ruleset comes from (handouts and error messages name them). */
  planned: PlanRule[];
}

/**
 * The neutral ruleset of one host: a host rule is a rule between the host itself and the peers
 * of a planned rule (see expand-flows.ts), with the FQDN sets and, when stateless, the return
 * traffic; rules that earlier ones already cover are dropped.
 */
export async function buildHostRuleset(
  plan: Plan,
  host: HostPlan,
  resolve: Resolver,
  dnsNames: DnsNames = 'sets',
): Promise<{ ruleset: HostRuleset; diagnostics: Diagnostic[] }> {
  const families = [...new Set(host.addresses.map((c) => c.family))].sort();
  const { sets, diagnostics } = await resolveFqdnSets(fqdnOrigins(host.rules), families, resolve, 'fqdn', dnsNames);
  const self: End = { self: true, families };
  const flows = host.rules.map((r): PlannedFlow => {
    const peers: End = { peers: r.peers, fqdns: r.fqdns, interface: null };
    const inbound = r.direction === 'in';
    return {
      service: r,
      from: inbound ? peers : self,
      to: inbound ? self : peers,
      because: r.because,
      comment: commentOf(r),
      errorComment: `ICMP errors about flows ${inbound ? 'from' : 'to'} these peers (stateless return traffic)`,
    };
  });
  const rules = expandFlows(flows, sets, plan.stateful ? null : { ephemeral: plan.ephemeralPorts }, (e): FilterRule => {
    const inbound = e.to.self === true;
    return {
      direction: inbound ? 'in' : 'out',
      family: e.family,
      protocol: e.protocol,
      remote: (inbound ? e.src : e.dst)!,
      dports: e.dports,
      sports: e.sports,
      icmpTypes: e.icmpTypes,
      tcpReply: e.tcpReply,
      comment: e.comment,
      profiles: [...new Set(e.because.map((b) => b.profile))],
      because: e.because,
    };
  });
  const joined = joinFamilies(
    rules,
    (r) => r.remote.kind === 'any',
    (r) => r.direction,
  );
  return {
    ruleset: {
      site: plan.site,
      host: host.name,
      addresses: host.addresses,
      own: plan.own,
      stateful: plan.stateful,
      ephemeralPorts: plan.ephemeralPorts,
      families,
      sets: [...sets.values()],
      rules: dropCoveredRules(joined, families),
      planned: host.rules,
    },
    diagnostics,
  };
}

/** `spamexperts in-smtp, in-smtps: SMTP reception; SMTP over TLS` (unescaped). */
export function commentOf(r: Pick<PlanRule, 'because'>): string {
  const byProfile = new Map<string, string[]>();
  for (const b of r.because) {
    const key = b.profile === 'site' || b.deployment === b.profile ? b.profile : `${b.deployment}(${b.profile})`;
    byProfile.set(key, [...(byProfile.get(key) ?? []), b.flow]);
  }
  const who = [...byProfile.entries()].map(([p, flows]) => `${p} ${flows.join(',')}`).join('; ');
  const why = [...new Set(r.because.map((b) => b.why))].join('; ');
  return `${who}: ${why}`;
}
