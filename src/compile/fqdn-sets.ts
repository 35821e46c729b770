import { diagnosticAt, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Origin } from '../model/types.js';
import { cidrAddressText, parseCidr, type Cidr, type Family } from '../net/addresses.js';
import type { Resolver } from '../net/resolver.js';

/** How a target writes DNS-named peers: named sets filled at compile time, or the addresses they resolved to. */
export type DnsNames = 'sets' | 'addresses';

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
  const effect = written === 'sets' ? 'the rules for it match nothing (empty set)' : 'no rule is written for it';
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
    if (valid.length === 0) {
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
