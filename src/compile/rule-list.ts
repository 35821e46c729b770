import type { PortRange } from '../net/port-ranges.js';
import type { Protocol } from '../model/types.js';
import type { Because } from '../plan/plan-types.js';
import type { Cidr, Family } from '../net/addresses.js';

/** The other end of a neutral rule: any address, some CIDRs, or a DNS name's set. */
export type Remote = { kind: 'any' } | { kind: 'cidrs'; cidrs: Cidr[] } | { kind: 'fqdn'; fqdn: string; set: string };

/** A remote as text, for keys. */
export function remoteKey(r: Remote): string {
  return r.kind === 'cidrs' ? r.cidrs.map((c) => c.text).join(',') : r.kind === 'fqdn' ? `@${r.set}` : '*';
}

/**
 * What every neutral accept rule matches besides its ends: the same for a host's rules, a
 * network firewall's and the expansion both come from.
 */
export interface RuleBody {
  /** 4 or 6; `null` when the rule matches both families (no address to match). */
  family: Family | null;
  protocol: Protocol;
  dports: PortRange[] | null;
  sports: PortRange[] | null;
  /** ICMP types; `null` = every type (only for icmp/icmpv6). */
  icmpTypes: number[] | null;
  /** Stateless return traffic: TCP that is not a bare SYN (an established connection). */
  tcpReply: boolean;
  /** Free text naming the profile and flow; back ends escape it. */
  comment: string;
  /** The planned flows it serves, with where the site asks for them (for diagnostics). */
  because: readonly Because[];
}

type Joinable = Pick<RuleBody, 'family' | 'protocol' | 'dports' | 'sports' | 'tcpReply' | 'comment'>;

/**
 * Where an IPv4 rule and a later IPv6 rule both match any address (`anyAddress`) and are the
 * same otherwise (`sides` names what else must match: direction, interfaces), one family-less
 * rule says the same. Linear: candidates are found by key.
 */
export function joinFamilies<T extends Joinable>(
  rules: readonly T[],
  anyAddress: (r: T) => boolean,
  sides: (r: T) => string,
): T[] {
  const keyOf = (r: T): string =>
    `${sides(r)}|${r.protocol}|${r.tcpReply}|${r.comment}|${JSON.stringify([r.dports, r.sports])}`;
  const joinable = (r: T): boolean => anyAddress(r) && (r.protocol === 'tcp' || r.protocol === 'udp');
  const v6 = new Map<string, number[]>();
  rules.forEach((r, i) => {
    if (r.family === 6 && joinable(r)) {
      const key = keyOf(r);
      v6.set(key, [...(v6.get(key) ?? []), i]);
    }
  });
  const used = new Set<number>();
  const out: T[] = [];
  rules.forEach((r, i) => {
    if (used.has(i)) return;
    if (r.family === 4 && joinable(r)) {
      const list = v6.get(keyOf(r));
      const j = list?.findIndex((k) => k > i && !used.has(k)) ?? -1;
      if (list && j >= 0) {
        used.add(list[j]!);
        list.splice(j, 1);
        out.push({ ...r, family: null });
        return;
      }
    }
    out.push(r);
  });
  return out;
}
