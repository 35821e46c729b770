import { basename } from 'node:path';
import { cidrContains, cidrKey, normalizeCidrs, type Cidr } from '../net/addresses.js';
import { diagnosticAt, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Deployment, Host, Origin, Service, Site } from '../model/types.js';
import { PROTOCOLS } from '../model/types.js';
import { endpointCidrs } from '../site/load-site.js';
import { documentName } from '../model/document-name.js';
import type { Because, Direction, HostPlan, Plan, PlanCheck, PlanRule } from './plan-types.js';
import { mergeService, serviceOf, withService } from './because.js';
import { planFirewall, type FlowEnd, type FlowPair } from './firewall-plan.js';

/** One rule before merging: a service towards or from a set of addresses and names. */
interface RawRule {
  host: string;
  direction: Direction;
  service: Service;
  cidrs: Cidr[];
  fqdns: string[];
  /** How the site named the other end, for a warning when no address of it fits the host. */
  label: string;
  because: Because;
}

/**
 * The plan: for every host, the exact flows it must allow. Pure: same site, same plan.
 * Rules that share direction, protocol, peers and names are merged; provenance is kept.
 */
export function buildPlan(site: Site): Plan {
  const raw: RawRule[] = [];
  const pairs: FlowPair[] = [];
  const diagnostics: Diagnostic[] = [];
  const checks = new Map<string, PlanCheck & { hostSet: Set<string> }>();
  for (const d of site.deployments) {
    collectDeployment(site, d, raw, pairs, diagnostics);
    const hosts = [...d.roles.values()].flat();
    for (const c of d.profile.checks) {
      const key = `${d.profile.id}/${c.name}`;
      let entry = checks.get(key);
      if (!entry) {
        entry = {
          profile: d.profile.id,
          name: c.name,
          description: c.description,
          cite: c.cite,
          hosts: [],
          hostSet: new Set(),
        };
        checks.set(key, entry);
      }
      for (const h of hosts) entry.hostSet.add(h);
    }
  }
  collectSiteFlows(site, raw, pairs);
  const byHost = new Map<string, RawRule[]>();
  for (const r of raw) {
    const list = byHost.get(r.host) ?? [];
    list.push(r);
    byHost.set(r.host, list);
  }
  const hosts: HostPlan[] = [];
  for (const host of [...site.hosts.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rules = mergeRules(host, byHost.get(host.name) ?? [], diagnostics);
    hosts.push({ name: host.name, addresses: host.addresses, rules, origin: host.origin });
  }
  const firewalls = [...site.firewalls.values()].map((fw) =>
    planFirewall(fw, pairs, fw.host ? site.hosts.get(fw.host)!.addresses : []),
  );
  return {
    site: site.name,
    origin: site.origin,
    stateful: site.stateful,
    ephemeralPorts: site.ephemeralPorts,
    own: site.own,
    hosts,
    firewalls,
    checks: [...checks.values()].map(({ hostSet, ...c }) => ({ ...c, hosts: [...hostSet].sort() })),
    diagnostics,
  };
}

function collectDeployment(
  site: Site,
  d: Deployment,
  out: RawRule[],
  pairs: FlowPair[],
  diagnostics: Diagnostic[],
): void {
  const roleHosts = (role: string): string[] => d.roles.get(role) ?? [];
  const allHosts = [...new Set([...d.roles.values()].flat())];
  const isRole = (e: string): boolean => Object.hasOwn(d.profile.roles, e);
  /** Flows of each feature that gave a rule. */
  const featureRules = new Map<string, number>();
  for (const flow of d.profile.flows) {
    if (flow.when !== undefined && !d.features.has(flow.when)) continue;
    const before = out.length + pairs.length;
    const base: Because = {
      profile: d.profile.id,
      deployment: d.name,
      flow: flow.id,
      source: d.profile.source,
      document: documentName(d.profile),
      why: flow.why,
      cite: flow.cite,
      origin: d.origin,
      flowOrigin: flow.origin,
    };
    // One provenance object per service and place in the site (the deployment, or a peer's
    // mapping), shared by every rule it makes.
    // A flow meets few places (its deployment, a peer or two): a short list, not a map per flow.
    const byOrigin: { origin: Origin; list: Because[] }[] = [];
    const becauseAt = (si: number, origin: Origin): Because => {
      let entry = byOrigin.find((e) => e.origin === origin);
      if (!entry) byOrigin.push((entry = { origin, list: flow.services.map((s) => withService(base, s, origin)) }));
      return entry.list[si]!;
    };
    for (const from of flow.from) {
      for (const to of flow.to) {
        for (const [si, service] of flow.services.entries()) {
          if (isRole(from) && isRole(to)) {
            const because = becauseAt(si, d.origin);
            for (const a of roleHosts(from)) {
              for (const b of roleHosts(to)) {
                if (a === b) continue;
                const ha = site.hosts.get(a)!;
                const hb = site.hosts.get(b)!;
                out.push({ host: a, direction: 'out', service, cidrs: hb.addresses, fqdns: [], label: b, because });
                out.push({ host: b, direction: 'in', service, cidrs: ha.addresses, fqdns: [], label: a, because });
                pairs.push({ from: endOf(ha), to: endOf(hb), service, because });
              }
            }
          } else if (isRole(from)) {
            const peer = d.peers.get(to);
            if (!peer) continue;
            const mapped = becauseAt(si, peer.origin);
            for (const h of roleHosts(from)) {
              out.push({
                host: h,
                direction: 'out',
                service,
                cidrs: peer.cidrs,
                fqdns: peer.fqdns,
                label: peer.label,
                because: mapped,
              });
              pairs.push({ from: endOf(site.hosts.get(h)!), to: peer, service, because: mapped });
              // A peer mapped to a host of the site: that host is the other end, and gets its rule.
              for (const p of peer.hosts ?? []) {
                if (p === h) continue;
                const ha = site.hosts.get(h)!;
                out.push({
                  host: p,
                  direction: 'in',
                  service,
                  cidrs: ha.addresses,
                  fqdns: [],
                  label: h,
                  because: mapped,
                });
              }
            }
          } else if (isRole(to)) {
            const peer = d.peers.get(from);
            if (!peer) continue;
            const mapped = becauseAt(si, peer.origin);
            for (const h of roleHosts(to)) {
              out.push({
                host: h,
                direction: 'in',
                service,
                cidrs: peer.cidrs,
                fqdns: peer.fqdns,
                label: peer.label,
                because: mapped,
              });
              pairs.push({ from: peer, to: endOf(site.hosts.get(h)!), service, because: mapped });
              for (const p of peer.hosts ?? []) {
                if (p === h) continue;
                const hb = site.hosts.get(h)!;
                out.push({
                  host: p,
                  direction: 'out',
                  service,
                  cidrs: hb.addresses,
                  fqdns: [],
                  label: h,
                  because: mapped,
                });
              }
            }
          } else {
            // Peer to peer (MailStore's "ANY -> CA"): every host of the deployment that lies
            // inside the source peer makes that connection itself, so it gets the egress rule.
            const src = d.peers.get(from);
            const dst = d.peers.get(to);
            if (!src || !dst) continue;
            const mapped = becauseAt(si, dst.origin);
            // Hosts the source peer names make the connection too, and hosts the destination
            // peer names take it.
            const senders = [...new Set([...allHosts, ...(src.hosts ?? [])])];
            for (const p of dst.hosts ?? []) {
              if (senders.length === 1 && senders[0] === p) continue;
              out.push({
                host: p,
                direction: 'in',
                service,
                cidrs: src.cidrs,
                fqdns: src.fqdns,
                label: src.label,
                because: mapped,
              });
            }
            for (const h of senders) {
              const host = site.hosts.get(h)!;
              if (
                (src.hosts ?? []).includes(h) ||
                host.addresses.some((a) => src.cidrs.some((c) => cidrContains(c, a)))
              ) {
                out.push({
                  host: h,
                  direction: 'out',
                  service,
                  cidrs: dst.cidrs,
                  fqdns: dst.fqdns,
                  label: dst.label,
                  because: mapped,
                });
                pairs.push({ from: endOf(host), to: dst, service, because: mapped });
              }
            }
          }
        }
      }
    }
    const gave = out.length + pairs.length > before;
    if (flow.when !== undefined) featureRules.set(flow.when, (featureRules.get(flow.when) ?? 0) + (gave ? 1 : 0));
    if (!gave) noRule(d, flow, diagnostics);
  }
  for (const [feature, origin] of d.featureOrigins ?? []) {
    if ((featureRules.get(feature) ?? 0) > 0) continue;
    const flows = d.profile.flows.filter((f) => f.when === feature).map((f) => f.id);
    diagnostics.push(
      diagnosticAt(
        origin,
        'UNUSED_FEATURE',
        'warning',
        `feature ${feature} of ${d.name} gives no rule: ${flows.length > 0 ? `none of its flows (${flows.join(', ')}) reaches a host or firewall` : 'the profile has no flow for it'}`,
        flows.length > 0 ? 'give its roles hosts and its peers addresses, or remove the feature' : 'remove the feature',
      ),
    );
  }
}

/**
 * The warning for a flow of a deployment that gives no rule anywhere. A role without hosts is
 * warned about already (UNUSED_ROLE); otherwise the flow is between peers and no host of the
 * deployment lies in the source (MailStore's "ANY -> CA" with ANY mapped to a zone without the
 * deployment's hosts), or a peer has no address.
 */
function noRule(d: Deployment, flow: Deployment['profile']['flows'][number], diagnostics: Diagnostic[]): void {
  const ends = [...flow.from, ...flow.to];
  if (ends.some((e) => Object.hasOwn(d.profile.roles, e) && (d.roles.get(e) ?? []).length === 0)) return;
  // Between roles that one host holds, the traffic stays on that host: no rule is needed.
  if (ends.every((e) => Object.hasOwn(d.profile.roles, e))) return;
  if (ends.some((e) => !Object.hasOwn(d.profile.roles, e) && !d.peers.has(e))) return;
  const peerFrom = flow.from.find((e) => !Object.hasOwn(d.profile.roles, e));
  const peerTo = flow.to.find((e) => !Object.hasOwn(d.profile.roles, e));
  const between =
    flow.from.every((e) => !Object.hasOwn(d.profile.roles, e)) &&
    flow.to.every((e) => !Object.hasOwn(d.profile.roles, e));
  const origin = (peerFrom !== undefined ? d.peers.get(peerFrom)?.origin : undefined) ?? d.origin;
  const why = between
    ? `it runs between peers, and no host of the deployment lies in ${peerFrom} (${d.peers.get(peerFrom!)?.label})`
    : `${peerFrom ?? peerTo} has no address`;
  diagnostics.push(
    diagnosticAt(
      origin,
      'FLOW_GIVES_NO_RULE',
      'warning',
      `flow ${flow.id} of ${d.name} (${flow.from.join(', ')} -> ${flow.to.join(', ')}: ${flow.cite}) gives no rule: ${why}`,
      between
        ? `map ${peerFrom} to where the deployment's hosts are (e.g. ${peerFrom}: any), or leave it if no host makes that connection`
        : `map ${peerFrom ?? peerTo} to addresses`,
    ),
  );
}

function collectSiteFlows(site: Site, out: RawRule[], pairs: FlowPair[]): void {
  const source = basename(site.file);
  for (const f of site.flows) {
    const siteBecause: Because = {
      profile: 'site',
      deployment: site.name,
      flow: f.name,
      source,
      document: source,
      why: f.why,
      cite: `${source} ${f.name}`,
      origin: f.origin,
      flowOrigin: f.origin,
    };
    const peerOf = (names: string[], self: string): Cidr[] =>
      normalizeCidrs(names.filter((n) => n !== self).flatMap((n) => endpointCidrs(site, n)));
    for (const service of f.services) {
      const because = withService(siteBecause, service);
      // Every (from, to) pair of endpoints, zones included: a network firewall carries those too.
      for (const a of new Set(f.from)) {
        for (const b of new Set(f.to)) {
          if (a !== b)
            pairs.push({
              from: { cidrs: endpointCidrs(site, a), fqdns: [], label: a },
              to: { cidrs: endpointCidrs(site, b), fqdns: [], label: b },
              service,
              because,
            });
        }
      }
      for (const h of new Set(f.to)) {
        if (!site.hosts.has(h)) continue;
        out.push({
          host: h,
          direction: 'in',
          service,
          cidrs: peerOf(f.from, h),
          fqdns: [],
          label: f.from.join(', '),
          because,
        });
      }
      for (const h of new Set(f.from)) {
        if (!site.hosts.has(h)) continue;
        out.push({
          host: h,
          direction: 'out',
          service,
          cidrs: peerOf(f.to, h),
          fqdns: [],
          label: f.to.join(', '),
          because,
        });
      }
    }
  }
}

/**
 * Keeps the peers a host can reach (its own families), then merges by (direction, protocol,
 * peers). A flow whose other end has addresses, none of them in a family of the host, gives
 * no rule: a warning at the site's line says so (NO_ADDRESS_FAMILY).
 */
function mergeRules(host: Host, raw: RawRule[], diagnostics: Diagnostic[]): PlanRule[] {
  const families = new Set(host.addresses.map((a) => a.family));
  const merged = new Map<string, PlanRule>();
  for (const r of raw) {
    const p = r.service.protocol;
    if (p === 'icmp' && !families.has(4)) continue;
    if (p === 'icmpv6' && !families.has(6)) continue;
    const want = p === 'icmp' ? [4] : p === 'icmpv6' ? [6] : [...families];
    const { peers, key: peersKey } = peersOf(r.cidrs, want);
    if (peers.length === 0 && r.fqdns.length === 0) {
      if (r.cidrs.length > 0) noFamily(host, r, diagnostics);
      continue;
    }
    const fqdns = [...new Set(r.fqdns)].sort();
    const key = `${r.direction}|${p}|${peersKey}|${fqdns.join(',')}`;
    const prior = merged.get(key);
    if (!prior) {
      merged.set(key, { direction: r.direction, ...serviceOf(r.service, r.because), peers, fqdns });
      continue;
    }
    mergeService(prior, r.service, r.because);
  }
  return [...merged.values()].sort(compareRules);
}

/**
 * The peers of a rule in the families it may use, normalised, with their key text: one answer
 * per peer list and families, and the same array for every rule of it (internet is a hundred
 * CIDRs, and ten thousand deployments map it).
 */
const peerViews = new WeakMap<readonly Cidr[], Map<string, { peers: Cidr[]; key: string }>>();
function peersOf(cidrs: readonly Cidr[], want: readonly number[]): { peers: Cidr[]; key: string } {
  let byFamilies = peerViews.get(cidrs);
  if (!byFamilies) peerViews.set(cidrs, (byFamilies = new Map<string, { peers: Cidr[]; key: string }>()));
  const k = want.join();
  let view = byFamilies.get(k);
  if (!view) {
    const peers = normalizeCidrs(cidrs.filter((c) => want.includes(c.family)));
    view = { peers, key: cidrKey(peers) };
    byFamilies.set(k, view);
    peerKeys.set(peers, view.key);
  }
  return view;
}

/** Key text of a peer list, made once per list. */
const peerKeys = new WeakMap<readonly Cidr[], string>();
function keyOf(cidrs: readonly Cidr[]): string {
  let k = peerKeys.get(cidrs);
  if (k === undefined) peerKeys.set(cidrs, (k = cidrKey(cidrs)));
  return k;
}

function compareRules(a: PlanRule, b: PlanRule): number {
  if (a.direction !== b.direction) return a.direction === 'in' ? -1 : 1;
  if (a.protocol !== b.protocol) return PROTOCOLS.indexOf(a.protocol) - PROTOCOLS.indexOf(b.protocol);
  const pa = a.ports?.[0]?.[0] ?? a.icmpTypes?.[0] ?? -1;
  const pb = b.ports?.[0]?.[0] ?? b.icmpTypes?.[0] ?? -1;
  if (pa !== pb) return pa - pb;
  const ka = `${keyOf(a.peers)}|${a.fqdns.join(',')}`;
  const kb = `${keyOf(b.peers)}|${b.fqdns.join(',')}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function endOf(h: Host): FlowEnd {
  return { cidrs: h.addresses, fqdns: [], label: h.name };
}

/** The warning for a flow that gives a host no rule because no address of its other end fits the host's families. */
function noFamily(host: Host, r: RawRule, diagnostics: Diagnostic[]): void {
  const b = r.because;
  const flow = b.profile === 'site' ? `site flow ${b.flow}` : `flow ${b.flow} of ${b.deployment}`;
  const families = [...new Set(host.addresses.map((a) => `IPv${a.family}`))].join(' and ');
  const message = `${flow} gives host ${host.name} no ${r.direction === 'in' ? 'inbound' : 'outbound'} ${r.service.protocol} rule: ${r.label} has no ${families} address`;
  if (diagnostics.some((d) => d.message === message)) return;
  diagnostics.push(
    diagnosticAt(
      b.origin,
      'NO_ADDRESS_FAMILY',
      'warning',
      message,
      `give ${host.name} an address of the peer's family, or the peer one of ${host.name}'s`,
    ),
  );
}
