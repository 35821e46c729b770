import { Resolver } from 'node:dns/promises';
import type { Family } from '../net/addresses.js';
import { parseCidr } from '../net/addresses.js';
import type { Answer } from './membership.js';

/** Asks DNS for one name's addresses of one family, with TTLs (CNAME chains followed). */
export type Query = (name: string, family: Family) => Promise<Answer>;

/** The DNS error codes that are answers: the name, or this family's records, do not exist. */
const NO_SUCH = new Set(['ENODATA', 'ENOTFOUND', 'NOTFOUND', 'NODATA']);

/**
 * DNS through the host's resolver (/etc/resolv.conf) or the given servers (`--server ADDR`,
 * `ADDR:PORT`, `[V6]:PORT`): A and AAAA with their TTLs. c-ares follows the CNAME chain in the
 * answer and gives each address the lowest TTL along it. A reply that parses as no address at
 * all (garbage) is a failure, never "no addresses".
 */
export function dnsQuery(servers: readonly string[] = [], timeoutMs = 3000): Query {
  const resolver = new Resolver({ timeout: timeoutMs, tries: 2 });
  if (servers.length > 0) resolver.setServers([...servers]);
  return async (name, family) => {
    try {
      const records =
        family === 4 ? await resolver.resolve4(name, { ttl: true }) : await resolver.resolve6(name, { ttl: true });
      const addresses = records.filter((r) => {
        const c = parseCidr(r.address);
        return c !== null && c.family === family && Number.isFinite(r.ttl) && r.ttl >= 0;
      });
      if (addresses.length !== records.length)
        return { kind: 'failed', why: 'the reply holds addresses that are not addresses' };
      return addresses.length > 0 ? { kind: 'addresses', addresses } : { kind: 'none', why: 'no records' };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      return NO_SUCH.has(code) ? { kind: 'none', why: code } : { kind: 'failed', why: code };
    }
  };
}
