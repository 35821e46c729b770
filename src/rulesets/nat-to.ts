import { parseCidr, type Family } from '../net/addresses.js';
import type { NatTo } from './firewall-model.js';

/** A port or port range as iptables and nft write it (`80`, `8000-8010`), or null when it is none. */
export function natPorts(text: string): [number, number] | null {
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!m) return null;
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  return lo <= hi && hi <= 65535 ? [lo, hi] : null;
}

/** One address of the family, as its decimal value, or null. */
export function natAddress(text: string, family: Family): string | null {
  const c = parseCidr(text);
  return c && c.family === family && c.prefix === (family === 4 ? 32 : 128) ? c.base.toString() : null;
}

/**
 * `--to-destination` of iptables DNAT: `ADDR[-ADDR][:PORT[-PORT]]`, IPv6 addresses in brackets
 * when a port follows (`[2001:db8::1]:80`). What cannot be read keeps `addresses` null (the
 * audit then treats the destination as unknown, and says so).
 */
export function iptablesDnatTo(text: string, family: Family): NatTo {
  let addr = text;
  let port = '';
  const bracket = /^\[([^\]]*)\](?::(.*))?$/.exec(text);
  if (bracket) {
    addr = bracket[1]!;
    port = bracket[2] ?? '';
  } else if (family === 4 && text.includes(':')) {
    const at = text.indexOf(':');
    addr = text.slice(0, at);
    port = text.slice(at + 1);
  }
  const [first, last = first] = addr.split('-');
  const a = first ? natAddress(first, family) : null;
  const b = last ? natAddress(last, family) : null;
  const ports = port === '' ? null : natPorts(port);
  // A port that cannot be read leaves the destination unknown (never "the port is kept").
  const readable = a !== null && b !== null && BigInt(a) <= BigInt(b) && (port === '' || ports !== null);
  return {
    redirect: false,
    addresses: readable ? [a, b] : null,
    ports,
    text,
  };
}

/** REDIRECT `--to-ports PORT[-PORT]` (none: the port is kept). */
export function redirectTo(ports: string | null): NatTo {
  return { redirect: true, addresses: null, ports: ports === null ? null : natPorts(ports), text: `:${ports ?? ''}` };
}
