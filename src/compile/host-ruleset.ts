import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Resolver } from '../net/resolver.js';
import { cidrAddressText, cidrsOf, isWholeFamily, parseCidr, type Cidr, type Family } from '../net/addresses.js';
import type { PortRange } from '../net/port-ranges.js';
import type { Protocol } from '../model/types.js';
import { dropCoveredRules } from './filter-rule-cube.js';
import { dedupeBy, joinFamilies, remoteKey } from './rule-list.js';
import type { Direction, HostPlan, Plan, PlanRule } from '../plan/plan-types.js';

/** The other end of a filter rule. */
export type Remote = { kind: 'any' } | { kind: 'cidrs'; cidrs: Cidr[] } | { kind: 'fqdn'; fqdn: string; set: string };

/**
 * One accept rule in target-neutral form. Every back end renders exactly these, so the same
 * plan means the same thing on every target.
 */
export interface FilterRule {
  direction: Direction;
  /** 4 or 6; `null` when the rule matches both families (no address to match). */
  family: Family | null;
  protocol: Protocol;
  remote: Remote;
  dports: PortRange[] | null;
  sports: PortRange[] | null;
  /** ICMP types; `null` = every type (only for icmp/icmpv6). */
  icmpTypes: number[] | null;
  /** Stateless return traffic: TCP that is not a bare SYN (an established connection). */
  tcpReply: boolean;
  /** Free text naming the profile and flow; back ends escape it. */
  comment: string;
  /** Catalog ids the rule serves (`site` for the site's own flows), for targets that group rules. */
  profiles: string[];
}

/** A DNS name's addresses of one family, resolved at compile time. */
export interface FqdnSet {
  name: string;
  fqdn: string;
  family: Family;
  addresses: string[];
}

export interface HostRuleset {
  site: string;
  host: string;
  addresses: string[];
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
 * One named address set per DNS name and family, filled by resolving the name now. A name that
 * does not resolve gives an empty set (matches nothing) and a warning, never "any".
 */
export async function resolveFqdnSets(
  names: readonly string[],
  families: readonly Family[],
  resolve: Resolver,
  siteFile: string,
  prefix: string,
): Promise<{ sets: Map<string, FqdnSet>; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const sets = new Map<string, FqdnSet>();
  for (const [index, fqdn] of [...new Set(names)].sort().entries()) {
    let addrs: string[];
    try {
      addrs = await resolve(fqdn);
    } catch {
      addrs = [];
    }
    const valid = addrs.map((a) => parseCidr(a)).filter((c): c is Cidr => c !== null);
    if (valid.length === 0) {
      diagnostics.push({
        code: 'UNRESOLVED_FQDN',
        severity: 'warning',
        file: siteFile,
        message: `${fqdn} did not resolve; the rules for it match nothing (empty set) until the rules are compiled again`,
        hint: 'check DNS on this machine, or give the addresses with --resolve NAME=ADDR',
      });
    }
    for (const f of families) {
      const family = valid.filter((c) => c.family === f);
      sets.set(`${fqdn}|${f}`, {
        name: `${prefix}${f}_${index}`,
        fqdn,
        family: f,
        addresses: [...new Set(family.map(cidrAddressText))].sort(),
      });
    }
  }
  return { sets, diagnostics };
}

/** Builds the neutral ruleset of one host: planned rules, FQDN sets, and derived return traffic when stateless. */
export async function buildHostRuleset(
  plan: Plan,
  host: HostPlan,
  resolve: Resolver,
  siteFile: string,
): Promise<{ ruleset: HostRuleset; diagnostics: Diagnostic[] }> {
  const families = [...new Set(cidrsOf(host.addresses).map((c) => c.family))].sort();
  const { sets, diagnostics } = await resolveFqdnSets(
    host.rules.flatMap((r) => r.fqdns),
    families,
    resolve,
    siteFile,
    'fqdn',
  );
  const rules: FilterRule[] = [];
  for (const r of host.rules) rules.push(...expand(r, families, sets, commentOf(r)));
  if (!plan.stateful)
    for (const r of deriveReturnTraffic(host.rules, families, sets, plan.ephemeralPorts)) rules.push(r);
  return {
    ruleset: {
      site: plan.site,
      host: host.name,
      addresses: host.addresses,
      stateful: plan.stateful,
      ephemeralPorts: plan.ephemeralPorts,
      families,
      sets: [...sets.values()],
      rules: dropCoveredRules(
        joinFamilies(
          dedupe(rules),
          (r) => r.remote.kind === 'any',
          (r) => r.direction,
        ),
        families,
      ),
      planned: host.rules,
    },
    diagnostics,
  };
}

/** One plan rule as filter rules, per family and per kind of remote. */
function expand(
  r: PlanRule,
  families: Family[],
  sets: Map<string, FqdnSet>,
  comment: string,
  override: Partial<FilterRule> = {},
): FilterRule[] {
  const out: FilterRule[] = [];
  const fams = r.protocol === 'icmp' ? [4] : r.protocol === 'icmpv6' ? [6] : families;
  for (const f of fams as Family[]) {
    if (!families.includes(f)) continue;
    const cidrs = cidrsOf(r.peers).filter((c) => c.family === f);
    const base = {
      direction: r.direction,
      family: f,
      protocol: r.protocol,
      dports: r.ports,
      sports: null,
      icmpTypes: r.icmpTypes,
      tcpReply: false,
      comment,
      profiles: [...new Set(r.because.map((b) => b.profile))],
      ...override,
    };
    if (cidrs.some(isWholeFamily)) out.push({ ...base, remote: { kind: 'any' } });
    else if (cidrs.length > 0) out.push({ ...base, remote: { kind: 'cidrs', cidrs } });
    for (const fqdn of r.fqdns) {
      const set = sets.get(`${fqdn}|${f}`);
      if (set) out.push({ ...base, remote: { kind: 'fqdn', fqdn, set: set.name } });
    }
  }
  return out;
}

/**
 * Return traffic for stateless rules, as seed 001 describes: TCP replies from the service
 * port that are not a bare SYN, UDP replies from the service port to the client's ephemeral
 * ports, echo replies for planned echo requests, and the ICMP errors (3, 4, 11, 12; ICMPv6
 * 1-4) a peer sends back about the traffic we exchange with it.
 */
export function deriveReturnTraffic(
  planRules: PlanRule[],
  families: Family[],
  sets: Map<string, FqdnSet>,
  ephemeral: PortRange,
): FilterRule[] {
  const out: FilterRule[] = [];
  const errorsSeen = new Set<string>();
  for (const r of planRules) {
    const back: Direction = r.direction === 'in' ? 'out' : 'in';
    const reversed: PlanRule = { ...r, direction: back };
    const comment = `return traffic: ${commentOf(r)}`;
    if (r.protocol === 'tcp' || r.protocol === 'udp') {
      out.push(
        ...expand(reversed, families, sets, comment, {
          dports: [ephemeral],
          sports: r.ports,
          tcpReply: r.protocol === 'tcp',
        }),
      );
    } else {
      const request = r.protocol === 'icmp' ? 8 : 128;
      if (r.icmpTypes === null || r.icmpTypes.includes(request))
        out.push(...expand({ ...reversed, icmpTypes: [r.protocol === 'icmp' ? 0 : 129] }, families, sets, comment));
    }
    const key = `${back}|${r.peers.join(',')}|${r.fqdns.join(',')}`;
    if (errorsSeen.has(key)) continue;
    errorsSeen.add(key);
    const why = `ICMP errors about flows ${r.direction === 'in' ? 'from' : 'to'} these peers (stateless return traffic)`;
    out.push(...expand({ ...reversed, protocol: 'icmp', ports: null, icmpTypes: [3, 4, 11, 12] }, families, sets, why));
    out.push(...expand({ ...reversed, protocol: 'icmpv6', ports: null, icmpTypes: [1, 2, 3, 4] }, families, sets, why));
  }
  return out;
}

/** Drops rules that match exactly what an earlier rule matches (derived ICMP errors repeat). */
function dedupe(rules: FilterRule[]): FilterRule[] {
  return dedupeBy(
    rules,
    (r) =>
      `${r.direction}|${r.family}|${r.protocol}|${remoteKey(r.remote)}|${r.dports?.join(';')}|${r.sports?.join(';')}|${r.icmpTypes?.join(',')}|${r.tcpReply}`,
  );
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
