import { cidrAddressText, describeAddresses } from '../net/addresses.js';
import { formatPortRange } from '../net/port-ranges.js';
import type { FirewallPlan, HostPlan, Plan, PlanRule } from '../plan/plan-types.js';
import { count } from './count.js';

/** A plan as text columns, one block per host, for people. */
export function renderPlanTable(
  plan: Plan,
  hosts: readonly HostPlan[],
  firewalls: readonly FirewallPlan[] = [],
): string {
  const out: string[] = [];
  out.push(
    `site ${plan.site} (${plan.stateful ? 'stateful' : `stateless: return traffic derived, client ports ${formatPortRange(plan.ephemeralPorts)}`})`,
  );
  for (const h of hosts) {
    out.push('');
    out.push(`${h.name}  ${h.addresses.map(cidrAddressText).join(' ')}  (${count(h.rules.length, 'rule')})`);
    const rows = h.rules.map((r) => [
      r.direction,
      r.protocol,
      what(r),
      [...describeAddresses(r.peers), ...r.fqdns].join('; '),
      r.because.map((b) => `${b.profile === 'site' ? 'site' : b.deployment}:${b.flow}`).join(' '),
    ]);
    out.push(...table(['DIR', 'PROTO', 'PORTS/TYPES', 'PEERS', 'BECAUSE'], rows).map((l) => `  ${l}`));
  }
  for (const fw of firewalls) {
    out.push('');
    out.push(
      `firewall ${fw.name}  ${fw.interfaces.map((i) => `${i.name}=${i.label}`).join(' ')}  (${count(fw.rules.length, 'rule')}${fw.host === undefined ? '' : `; its own traffic: host ${fw.host}`})`,
    );
    const rows = fw.rules.map((r) => [
      `${r.from.interface}>${r.to.interface}`,
      r.protocol,
      what(r),
      [...describeAddresses(r.from.peers), ...r.from.fqdns].join('; '),
      [...describeAddresses(r.to.peers), ...r.to.fqdns].join('; '),
      r.because.map((b) => `${b.profile === 'site' ? 'site' : b.deployment}:${b.flow}`).join(' '),
    ]);
    out.push(...table(['IN>OUT', 'PROTO', 'PORTS/TYPES', 'FROM', 'TO', 'BECAUSE'], rows).map((l) => `  ${l}`));
  }
  const names = new Set(hosts.map((h) => h.name));
  const checks = plan.checks.filter((c) => c.hosts.some((h) => names.has(h)));
  if (checks.length > 0) {
    out.push('');
    out.push('checks (requirements that are not flows; `portcullis catalog show ID` explains them):');
    for (const c of checks) out.push(`  ${c.profile}/${c.name}: ${c.hosts.filter((h) => names.has(h)).join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}

function what(r: Pick<PlanRule, 'ports' | 'icmpTypes'>): string {
  if (r.ports) return r.ports.map((p) => formatPortRange(p)).join(',');
  if (r.icmpTypes === null) return 'all';
  return r.icmpTypes.join(',');
}

/** Left-aligned columns; the last column is not padded. */
export function table(header: string[], rows: string[][]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}
