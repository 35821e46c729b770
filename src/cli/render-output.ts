import type { Catalog, Profile, Service } from '../model/types.js';
import { formatPortRanges } from '../net/port-ranges.js';
import { cidrAddressText } from '../net/addresses.js';
import type { Because, FirewallPlan, ForwardEnd, HostPlan, Plan, PlanRule } from '../plan/plan-types.js';
import { table } from './render-plan-table.js';

/** `plan --json`: the documented shape (addresses as text), plus the plan's checks and mode. */
export function planJson(
  plan: Plan,
  hosts: readonly HostPlan[],
  firewalls: readonly FirewallPlan[] = plan.firewalls,
): object {
  return {
    site: plan.site,
    stateful: plan.stateful,
    ephemeralPorts: plan.ephemeralPorts,
    hosts: hosts.map((h) => ({
      name: h.name,
      addresses: h.addresses.map(cidrAddressText),
      rules: h.rules.map(ruleJson),
    })),
    firewalls: firewalls.map(firewallJson),
    checks: plan.checks.filter((c) => c.hosts.some((n) => hosts.some((h) => h.name === n))),
  };
}

function ruleJson(r: PlanRule): object {
  const { direction, protocol, ports, icmpTypes, fqdns } = r;
  return {
    direction,
    protocol,
    ports,
    icmpTypes,
    peers: r.peers.map((c) => c.text),
    fqdns,
    because: r.because.map(becauseJson),
  };
}

function firewallJson(fw: FirewallPlan): object {
  const out: Record<string, unknown> = {
    name: fw.name,
    interfaces: fw.interfaces.map((i) => ({ name: i.name, networks: i.networks.map((c) => c.text), label: i.label })),
    rules: fw.rules.map((r) => ({
      protocol: r.protocol,
      ports: r.ports,
      icmpTypes: r.icmpTypes,
      from: endJson(r.from),
      to: endJson(r.to),
      because: r.because.map(becauseJson),
    })),
  };
  if (fw.description !== undefined) out.description = fw.description;
  // The host that is this router: its own traffic is in that host's plan (null: left alone).
  out.host = fw.host ?? null;
  return out;
}

function endJson(e: ForwardEnd): object {
  return { interface: e.interface, peers: e.peers.map((c) => c.text), fqdns: e.fqdns, label: e.label };
}

/** Provenance as data: which profile, deployment and flow, and the flow's own ports (no source positions). */
function becauseJson(b: Because): object {
  const { profile, deployment, flow, source, why, cite } = b;
  const out: Record<string, unknown> = { profile, deployment, flow, source, why, cite };
  if (b.ports !== undefined) out.ports = b.ports;
  if (b.icmpTypes !== undefined) out.icmpTypes = b.icmpTypes;
  return out;
}

/** A profile as JSON; `full` adds flows, checks and notes. */
export function catalogJson(p: Profile, full: boolean): object {
  const head = {
    id: p.id,
    title: p.title,
    source: p.source,
    document: p.document ?? null,
    url: p.url ?? null,
    roles: p.roles,
    peers: p.peers,
    features: p.features,
  };
  if (!full) return { ...head, flows: p.flows.length };
  return {
    ...head,
    description: p.description ?? null,
    checks: p.checks,
    notes: p.notes,
    flows: p.flows.map((f) => ({
      id: f.id,
      from: f.from,
      to: f.to,
      services: f.services.map((s) => ({ protocol: s.protocol, ports: s.ports, icmpTypes: s.icmpTypes })),
      when: f.when ?? null,
      why: f.why,
      cite: f.cite,
      source: p.source,
    })),
  };
}

export function renderCatalogList(catalog: Catalog): string {
  const rows = [...catalog.profiles.values()].map((p) => [
    p.id,
    Object.keys(p.roles).join(','),
    String(p.flows.length),
    String(Object.keys(p.features).length),
    p.title,
    p.document ?? p.source,
  ]);
  return `${table(['ID', 'ROLES', 'FLOWS', 'FEATURES', 'TITLE', 'DOCUMENT'], rows).join('\n')}\n`;
}

export function renderProfile(p: Profile): string {
  const out: string[] = [];
  out.push(`${p.id}: ${p.title}`);
  out.push(`document: ${p.document ?? p.source}${p.url ? ` (${p.url})` : ''}`);
  if (p.document !== undefined) out.push(`cited as: ${p.source}`);
  if (p.description) out.push('', wrap(p.description));
  out.push('', 'roles:');
  for (const [k, v] of Object.entries(p.roles)) out.push(`  ${k}  ${v}`);
  out.push('', 'peers:');
  for (const [k, v] of Object.entries(p.peers))
    out.push(`  ${k}  ${v.description}${v.fqdn ? ` (DNS name ${v.fqdn})` : ''}`);
  if (Object.keys(p.features).length > 0) {
    out.push('', 'features:');
    for (const [k, v] of Object.entries(p.features)) out.push(`  ${k}  ${v}`);
  }
  if (p.checks.length > 0) {
    out.push('', 'checks:');
    for (const c of p.checks) out.push(`  ${c.name}  ${c.description.replace(/\s+/g, ' ')}  [${c.cite}]`);
  }
  if (p.notes.length > 0) {
    out.push('', 'notes:');
    for (const n of p.notes) out.push(`  - ${n.replace(/\s+/g, ' ')}`);
  }
  out.push('', `flows (${p.flows.length}), each citing ${p.document ?? p.source}:`);
  const rows = p.flows.map((f) => [
    f.id,
    f.from.join(','),
    f.to.join(','),
    f.services.map(serviceText).join(' '),
    f.when ?? '',
    `${f.why} [${f.cite}]`,
  ]);
  out.push(...table(['ID', 'FROM', 'TO', 'SERVICES', 'WHEN', 'WHY [CITE]'], rows).map((l) => `  ${l}`));
  return `${out.join('\n')}\n`;
}

function serviceText(s: Service): string {
  if (s.ports) return `${s.protocol}/${formatPortRanges(s.ports)}`;
  return `${s.protocol}/${s.icmpTypes === null ? 'all' : s.icmpTypes.join(',')}`;
}

function wrap(text: string, width = 96): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines.join('\n');
}
