import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PortRange } from '../net/port-ranges.js';
import type { Cidr } from '../net/addresses.js';
import type { FirewallPlan, ForwardRule, Plan } from '../plan/plan-types.js';
import type { Resolver } from '../net/resolver.js';
import { expandFlows, type End, type PlannedFlow } from './expand-flows.js';
import { fqdnOrigins, resolveFqdnSets, type DnsNames, type FqdnSet } from './fqdn-sets.js';
import { commentOf, type HostRuleset, type Remote } from './host-ruleset.js';
import { joinFamilies, type RuleBody } from './rule-list.js';

/**
 * One accept rule of a network firewall in target-neutral form: traffic that comes in on `iif`
 * from `src` and leaves on `oif` towards `dst`.
 */
export interface ForwardFilterRule extends RuleBody {
  iif: string;
  oif: string;
  src: Remote;
  dst: Remote;
}

export interface ForwardRuleset {
  site: string;
  firewall: string;
  interfaces: FirewallPlan['interfaces'];
  /** The site's own addresses, for naming the set that `internet` rules leave out. */
  own: Cidr[];
  stateful: boolean;
  ephemeralPorts: PortRange;
  sets: FqdnSet[];
  rules: ForwardFilterRule[];
  /** The planned rules this ruleset comes from (handouts and error messages name them). */
  planned: ForwardRule[];
  /**
   * The router's own traffic, where the site names the host that is this router (`host:`): its
   * host ruleset, which every target filters the router's input and output with. Absent: left alone.
   */
  self?: HostRuleset;
}

/**
 * The neutral ruleset of one network firewall: the planned rules between its interfaces (see
 * expand-flows.ts, the same expansion as a host's), FQDN sets, and return traffic when stateless.
 */
export async function buildForwardRuleset(
  plan: Plan,
  fw: FirewallPlan,
  resolve: Resolver,
  dnsNames: DnsNames = 'sets',
): Promise<{ ruleset: ForwardRuleset; diagnostics: Diagnostic[] }> {
  // Few planned rules name DNS names: only theirs are looked at for the names' places.
  const named = fw.rules
    .filter((r) => r.from.fqdns.length > 0 || r.to.fqdns.length > 0)
    .map((r) => ({ fqdns: [...r.from.fqdns, ...r.to.fqdns], because: r.because }));
  const { sets, diagnostics } = await resolveFqdnSets(fqdnOrigins(named), [4, 6], resolve, 'fwd', dnsNames);
  const flows = fw.rules.map((r): PlannedFlow => ({
    service: r,
    from: r.from,
    to: r.to,
    because: r.because,
    comment: commentOf(r),
    errorComment: 'ICMP errors about planned flows (stateless return traffic)',
  }));
  const iface = (e: End): string => (e.self ? '' : (e.interface ?? ''));
  const stateless = plan.stateful ? null : { ephemeral: plan.ephemeralPorts };
  const rules = expandFlows(flows, sets, stateless, (e): ForwardFilterRule => ({
    iif: iface(e.from),
    oif: iface(e.to),
    family: e.family,
    protocol: e.protocol,
    src: e.src!,
    dst: e.dst!,
    dports: e.dports,
    sports: e.sports,
    icmpTypes: e.icmpTypes,
    tcpReply: e.tcpReply,
    comment: e.comment,
    because: e.because,
  }));
  const ruleset: ForwardRuleset = {
    site: plan.site,
    firewall: fw.name,
    interfaces: fw.interfaces,
    own: plan.own,
    stateful: plan.stateful,
    ephemeralPorts: plan.ephemeralPorts,
    sets: [...sets.values()],
    rules: joinFamilies(
      rules,
      (r) => r.src.kind === 'any' && r.dst.kind === 'any',
      (r) => `${r.iif}|${r.oif}`,
    ),
    planned: fw.rules,
  };
  return { ruleset, diagnostics };
}
