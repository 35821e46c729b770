import type { FqdnSet, Remote } from '../compile/host-ruleset.js';
import { cidrAddressText, type Cidr, type Family } from '../net/addresses.js';
import { formatPortRanges } from '../net/port-ranges.js';
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
