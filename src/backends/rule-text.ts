import type { FqdnSet, Remote } from '../compile/host-ruleset.js';
import { cidrAddressText, describeAddresses, type Cidr, type Family } from '../net/addresses.js';
import { formatPortRange, formatPortRanges, type PortRange } from '../net/port-ranges.js';
import type { PlanRule } from '../plan/plan-types.js';

/**
 * The addresses a remote stands for, as CIDR texts: `null` for any address. A DNS name gives the
 * addresses it resolved to when the rules were compiled (targets without named sets).
 */
export function remoteCidrs(remote: Remote, sets: readonly FqdnSet[]): string[] | null {
  if (remote.kind === 'any') return null;
  if (remote.kind === 'cidrs') return remote.cidrs.map((c) => c.text);
  const set = sets.find((s) => s.name === remote.set);
  return (set?.addresses ?? []).map((c) => c.text);
}

/** A host's addresses for a header comment (`192.0.2.10, 2001:db8::10`). */
export function addressList(cidrs: readonly Cidr[]): string {
  return cidrs.map(cidrAddressText).join(', ');
}

/** The whole address space of a family, as CIDR text. */
export function anyOf(family: Family): string {
  return family === 4 ? '0.0.0.0/0' : '::/0';
}

/** `tcp 25,465 from 0.0.0.0/0 to mx1` words naming a planned rule, for error messages. */
export function describePlanRule(r: PlanRule, host: string): string {
  const what = r.ports ? formatPortRanges(r.ports) : r.icmpTypes ? `types ${r.icmpTypes.join(',')}` : 'all types';
  const peers = [...r.peers.map((c) => c.text), ...r.fqdns].join(' ');
  const flows = r.because.map((b) => `${b.deployment} ${b.flow}`).join(', ');
  return `${r.direction === 'in' ? `${peers} -> ${host}` : `${host} -> ${peers}`} ${r.protocol} ${what} (${flows})`;
}

/** How a DNS-named peer's addresses came about, for the comment beside them. */
export function dnsNameNote(fqdn: string): string {
  return `DNS name ${fqdn}, resolved at compile time`;
}

/** The comment of a set that portcullis dns-sync keeps current on the host. */
export function syncedNote(fqdn: string): string {
  return `DNS name ${fqdn}: filled and kept current by portcullis dns-sync on the host`;
}

/** The comment beside a set or rule of addresses: the DNS name they are, or plain peers. */
export function addressesNote(remote: Remote): string {
  return remote.kind === 'fqdn' ? dnsNameNote(remote.fqdn) : 'peer addresses';
}

/** A ruleset's tracking in its header: stateful, or stateless with the client ports replies go to. */
export function trackingNote(rs: { stateful: boolean; ephemeralPorts: PortRange }, ports = true): string {
  if (rs.stateful) return 'Stateful';
  const clients = ports ? `; client (ephemeral) ports ${formatPortRange(rs.ephemeralPorts)}` : '';
  return `Stateless: return traffic is derived from the plan${clients}`;
}

/** A port list split into groups one match can hold (`-m multiport`, ufw's `port`: 15 ports, a range counting as two). */
export function chunkPorts(ranges: readonly PortRange[], max = 15): PortRange[][] {
  const groups: PortRange[][] = [];
  let cur: PortRange[] = [];
  let weight = 0;
  for (const r of ranges) {
    const w = r[0] === r[1] ? 1 : 2;
    if (weight + w > max) {
      groups.push(cur);
      cur = [];
      weight = 0;
    }
    cur.push(r);
    weight += w;
  }
  if (cur.length > 0) groups.push(cur);
  return groups;
}

/** The networks behind an interface, as a header comment says them (`internet` in its short form). */
export function networksNote(networks: readonly Cidr[]): string {
  return describeAddresses(networks, ', ').join('; ');
}

/** Appends `items` to `out` one by one: a spread of a long list overflows the call stack. */
export function append<T>(out: T[], items: Iterable<T>): void {
  for (const item of items) out.push(item);
}
