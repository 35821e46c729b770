import { lookup } from 'node:dns/promises';

/** Addresses of a DNS name; may reject or return nothing when the name does not resolve. */
export type Resolver = (fqdn: string) => Promise<string[]>;

/** The system resolver (getaddrinfo), both families, with a timeout and a per-run cache. */
export function systemResolver(timeoutMs = 5000): Resolver {
  const cache = new Map<string, Promise<string[]>>();
  return (fqdn) => {
    let p = cache.get(fqdn);
    if (!p) {
      const query = lookup(fqdn, { all: true, verbatim: true }).then((r) => r.map((a) => a.address));
      const timeout = new Promise<string[]>((_, reject) => {
        const t = setTimeout(() => reject(new Error('timeout')), timeoutMs);
        t.unref();
      });
      p = Promise.race([query, timeout]);
      cache.set(fqdn, p);
    }
    return p;
  };
}

/** A resolver from a fixed table (`--resolve NAME=ADDR`, tests); unknown names go to `fallback`, or give nothing. */
export function staticResolver(table: Record<string, string[]>, fallback?: Resolver): Resolver {
  return (fqdn) =>
    Object.hasOwn(table, fqdn) ? Promise.resolve(table[fqdn] ?? []) : fallback ? fallback(fqdn) : Promise.resolve([]);
}
