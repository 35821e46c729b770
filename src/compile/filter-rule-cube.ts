import { complement, interval, normalize } from '../algebra/interval-set.js';
import { PacketSet, PROTO, tcpFlagValues, TCP_FLAGS, universeCube, type Cube } from '../algebra/packet-set.js';
import { cidrLast, type Family } from '../net/addresses.js';
import type { FilterRule } from './host-ruleset.js';

/**
 * The packets a compiled accept rule matches, in the algebra the audit uses, so that compile
 * can drop a rule that earlier rules already cover. `null` for rules on DNS-named sets, whose
 * contents change after compilation and so never cover, nor are covered.
 */
export function filterRuleCube(r: FilterRule, family: Family): Cube | null {
  if (r.remote.kind === 'fqdn') return null;
  if (r.family !== null && r.family !== family) return null;
  const c: Cube = { ...universeCube(family) };
  if (r.remote.kind === 'cidrs') {
    const cidrs = r.remote.cidrs.filter((x) => x.family === family);
    if (cidrs.length === 0) return null;
    c.remote = normalize(cidrs.map((x) => [x.base, cidrLast(x)] as const));
  }
  const big = (ranges: [number, number][]) => normalize(ranges.map(([lo, hi]) => [BigInt(lo), BigInt(hi)] as const));
  switch (r.protocol) {
    case 'tcp':
    case 'udp':
      c.protocol = interval(PROTO[r.protocol], PROTO[r.protocol]);
      if (r.dports) c.dport = big(r.dports);
      if (r.sports) c.sport = big(r.sports);
      if (r.tcpReply) c.tcpFlags = complement(tcpFlagValues(TCP_FLAGS.FIN | TCP_FLAGS.SYN | TCP_FLAGS.RST | TCP_FLAGS.ACK, TCP_FLAGS.SYN), 0n, 255n);
      break;
    case 'icmp':
    case 'icmpv6': {
      if ((r.protocol === 'icmp') !== (family === 4)) return null;
      const p = r.protocol === 'icmp' ? PROTO.icmp : PROTO.icmpv6;
      c.protocol = interval(p, p);
      if (r.icmpTypes) c.icmpType = normalize(r.icmpTypes.map((t) => [BigInt(t), BigInt(t)] as const));
      break;
    }
  }
  return c;
}

/**
 * Drops every rule whose packets earlier rules of the same direction already accept (a LAN rule
 * after the same ports from the whole Internet). Such a rule could never decide anything; an
 * audit would report it dead.
 */
export function dropCoveredRules(rules: FilterRule[], families: Family[]): FilterRule[] {
  const seen: Record<string, PacketSet> = {};
  const out: FilterRule[] = [];
  for (const r0 of rules) {
    // ICMP types are rendered one rule per type by some targets: drop the types already covered.
    let r = r0;
    if ((r.protocol === 'icmp' || r.protocol === 'icmpv6') && r.icmpTypes && r.icmpTypes.length > 1) {
      const keep = r.icmpTypes.filter((t) => families.some((f) => {
        const cube = filterRuleCube({ ...r0, icmpTypes: [t] }, f);
        return cube !== null && !PacketSet.of(cube).isSubsetOf(seen[`${r0.direction}${f}`] ?? PacketSet.empty());
      }));
      if (keep.length > 0) r = { ...r0, icmpTypes: keep };
    }
    let covered = true;
    let any = false;
    for (const f of families) {
      const cube = filterRuleCube(r, f);
      if (!cube) {
        if (r.remote.kind === 'fqdn' && (r.family === null || r.family === f)) covered = false;
        continue;
      }
      any = true;
      const before = seen[`${r.direction}${f}`] ?? PacketSet.empty();
      if (!PacketSet.of(cube).isSubsetOf(before)) covered = false;
    }
    if (any && covered) continue;
    out.push(r);
    for (const f of families) {
      const cube = filterRuleCube(r, f);
      if (cube) seen[`${r.direction}${f}`] = (seen[`${r.direction}${f}`] ?? PacketSet.empty()).union(PacketSet.of(cube));
    }
  }
  return out;
}
