/**
 * What a DNS-named set should hold, one answer at a time: pure, so that its promises (never
 * empty on a failure, removal only after TTL plus grace, a cap per name) are tested on their own.
 */

/** One DNS answer for a name and family. */
export type Answer =
  /** Addresses with their TTLs (seconds). */
  | { kind: 'addresses'; addresses: { address: string; ttl: number }[] }
  /** The name has no address of this family (NXDOMAIN, or no such record). */
  | { kind: 'none'; why: string }
  /** No usable answer: a timeout, SERVFAIL, a refused or garbled reply. */
  | { kind: 'failed'; why: string };

export interface Policy {
  /** TTLs are clamped to [minTtl, maxTtl] seconds: the refresh interval and the keep time. */
  minTtl: number;
  maxTtl: number;
  /** Seconds an address is kept after its (clamped) TTL ran out without DNS naming it again. */
  grace: number;
  /** At most this many addresses per name and family (the lowest kept, a warning past it). */
  maxAddresses: number;
  /** Seconds before a failed name is asked again. */
  retry: number;
}

export const DEFAULT_POLICY: Policy = { minTtl: 30, maxTtl: 3600, grace: 300, maxAddresses: 64, retry: 30 };

/** The addresses a set holds, each with the time (ms) after which it may be removed. */
export type Members = ReadonlyMap<string, number>;

export interface Step {
  members: Map<string, number>;
  added: string[];
  removed: string[];
  /** The TTL (clamped, seconds) of this answer, when it named addresses. */
  ttl: number | null;
  /** When to ask DNS again (ms). */
  refreshAt: number;
  warnings: string[];
}

const clamp = (ttl: number, p: Policy): number => Math.min(p.maxTtl, Math.max(p.minTtl, ttl));

/** The set's next content after one answer at `now` (ms), for a name of `label` ("my.mailstore.com (IPv4)"). */
export function step(members: Members, answer: Answer, now: number, policy: Policy, label: string): Step {
  const next = new Map(members);
  const warnings: string[] = [];
  const added: string[] = [];
  let ttl: number | null = null;
  let refreshAt = now + policy.retry * 1000;
  if (answer.kind === 'addresses' && answer.addresses.length > 0) {
    const byAddress = new Map<string, number>();
    for (const a of answer.addresses) byAddress.set(a.address, Math.min(a.ttl, byAddress.get(a.address) ?? Infinity));
    let named = [...byAddress.keys()].sort();
    if (named.length > policy.maxAddresses) {
      warnings.push(
        `${label}: DNS names ${named.length} addresses, more than the cap of ${policy.maxAddresses}: the first ${policy.maxAddresses} are kept (raise --max-addresses if that is expected)`,
      );
      named = named.slice(0, policy.maxAddresses);
    }
    ttl = clamp(Math.min(...named.map((a) => byAddress.get(a)!)), policy);
    refreshAt = now + ttl * 1000;
    for (const a of named) {
      if (!next.has(a)) added.push(a);
      next.set(a, now + (clamp(byAddress.get(a)!, policy) + policy.grace) * 1000);
    }
    // Past their keep time, and not named now: removed (the named ones keep the set non-empty).
    const kept = new Set(named);
    for (const [a, until] of members) if (!kept.has(a) && until <= now) next.delete(a);
  } else if (members.size > 0) {
    // Nothing usable: the last good addresses stay, whatever their age (never an empty set).
    warnings.push(
      answer.kind === 'failed'
        ? `${label}: DNS did not answer (${answer.why}); keeping the last good addresses (${[...members.keys()].sort().join(', ')})`
        : `${label}: DNS names no address now (${'why' in answer ? answer.why : 'no records'}); keeping the last good ones (${[...members.keys()].sort().join(', ')})`,
    );
  } else if (answer.kind === 'failed') {
    warnings.push(`${label}: DNS did not answer (${answer.why}); the set stays empty (the rules for it match nothing)`);
  }
  const removed = [...members.keys()].filter((a) => !next.has(a)).sort();
  return { members: next, added: added.sort(), removed, ttl, refreshAt, warnings };
}
