import { diagnosticAt, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Origin } from '../model/types.js';
import { cidrAddressText, parseCidr, type Cidr, type Family } from '../net/addresses.js';
import type { Resolver } from '../net/resolver.js';

/**
 * How a target writes DNS-named peers: named sets that `portcullis dns-sync` fills on the host
 * ('synced': compile asks no DNS, `--resolve` seeds them), named sets filled at compile time
 * ('sets'), or the addresses the names had at compile time ('addresses').
 */
export type DnsNames = 'synced' | 'sets' | 'addresses';

/** A DNS name's addresses of one family, resolved at compile time (sorted by their text). */
export interface FqdnSet {
  name: string;
  fqdn: string;
  family: Family;
  addresses: Cidr[];
}

/**
 * One named address set per DNS name and family, filled by resolving the name now. A name that
 * does not resolve gives an empty set (matches nothing) and a warning at the place the site
 * names it (`names`: DNS name -> that place), never "any". `written` says how the target writes
 * DNS names, for the warning's words.
 */
export async function resolveFqdnSets(
  names: ReadonlyMap<string, Origin>,
  families: readonly Family[],
  resolve: Resolver,
  prefix: string,
  written: DnsNames,
): Promise<{ sets: Map<string, FqdnSet>; diagnostics: Diagnostic[] }> {
  const effect = written === 'addresses' ? 'no rule is written for it' : 'the rules for it match nothing (empty set)';
  const diagnostics: Diagnostic[] = [];
  const sets = new Map<string, FqdnSet>();
  for (const [index, fqdn] of [...names.keys()].sort().entries()) {
    let addrs: string[];
    try {
      addrs = await resolve(fqdn);
    } catch {
      addrs = [];
    }
    const valid = addrs.map((a) => parseCidr(a)).filter((c): c is Cidr => c !== null);
    if (written === 'addresses' && valid.length > 0)
      diagnostics.push(
        diagnosticAt(
          names.get(fqdn)!,
          'PINNED_FQDN',
          'warning',
          `${fqdn} is written as the addresses it has now (${valid.map(cidrAddressText).join(', ')}): when they change, the rules do not follow`,
          'compile and load again from a timer (daily, or as often as the name changes), or use the nftables target, whose named sets portcullis dns-sync keeps current',
        ),
      );
    // A synced set is filled by dns-sync on the host: empty at compile time is what is expected.
    if (valid.length === 0 && written !== 'synced') {
      diagnostics.push(
        diagnosticAt(
          names.get(fqdn)!,
          'UNRESOLVED_FQDN',
          'warning',
          `${fqdn} did not resolve; ${effect} until the rules are compiled again`,
          'check DNS on this machine, or give the addresses with --resolve NAME=ADDR',
        ),
      );
    }
    for (const f of families) {
      const byText = new Map(valid.filter((c) => c.family === f).map((c) => [cidrAddressText(c), c] as const));
      const addresses = [...byText.keys()].sort().map((t) => byText.get(t)!);
      sets.set(`${fqdn}|${f}`, { name: `${prefix}${f}_${index}`, fqdn, family: f, addresses });
    }
  }
  return { sets, diagnostics };
}

/** The DNS names of some planned rules, each with the site's place of the first rule that names it. */
export function fqdnOrigins(
  rules: readonly { fqdns: readonly string[]; because: readonly { origin: Origin }[] }[],
): Map<string, Origin> {
  const out = new Map<string, Origin>();
  for (const r of rules) {
    const origin = r.because[0]?.origin;
    for (const f of r.fqdns) if (origin && !out.has(f)) out.set(f, origin);
  }
  return out;
}
