import { randomBytes } from 'node:crypto';
import type { SmtpExpected } from './smtp.js';

/**
 * What `listen` tells `probe --from`, as one line to copy: a nonce that the listeners answer
 * with (so a reply proves it came from them, not from something else on the path), the ports
 * that already had a real service, and the SMTP dialogue the host itself sees on those.
 */
export interface ListenToken {
  nonce: string;
  host: string;
  /** `tcp/25`, `udp/53`: ports a real service held; probed as they are. */
  real: string[];
  /** Port -> the banner and EHLO keywords the host sees from its own SMTP service. */
  smtp: Record<string, { banner: string; keywords: string[] }>;
}

const PREFIX = 'pc1.';
const DAMAGED = 'the token is damaged (copy the whole line that listen printed)';

export function newNonce(): string {
  return randomBytes(8).toString('hex');
}

export function encodeToken(t: ListenToken): string {
  return (
    PREFIX + Buffer.from(JSON.stringify({ n: t.nonce, h: t.host, r: t.real, s: t.smtp }), 'utf8').toString('base64url')
  );
}

/** The token, or why it is not one. */
export function decodeToken(text: string): ListenToken | string {
  if (!text.startsWith(PREFIX)) return `a token starts with "${PREFIX}"`;
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(text.slice(PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    return DAMAGED;
  }
  const o = v as { n?: unknown; h?: unknown; r?: unknown; s?: unknown };
  const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((e) => typeof e === 'string');
  if (
    typeof o?.n !== 'string' ||
    !/^[0-9a-f]{16}$/.test(o.n) ||
    typeof o.h !== 'string' ||
    !strings(o.r) ||
    typeof o.s !== 'object' ||
    o.s === null
  )
    return DAMAGED;
  const smtp: ListenToken['smtp'] = {};
  for (const [port, e] of Object.entries(o.s as Record<string, { banner?: unknown; keywords?: unknown }>)) {
    if (typeof e?.banner !== 'string' || !strings(e.keywords)) return DAMAGED;
    smtp[port] = { banner: e.banner, keywords: e.keywords };
  }
  return { nonce: o.n, host: o.h, real: o.r, smtp };
}

/** The extensions the listener's SMTP dialogue offers (the list). */
export const LISTENER_KEYWORDS = ['PIPELINING', 'SIZE', '8BITMIME', 'CHUNKING', 'STARTTLS'];

/** The listener's SMTP banner text (after `220 `). */
export function listenerBanner(host: string, nonce: string): string {
  return `${host} ESMTP portcullis listener ${nonce} (a firewall test, not a mail server)`;
}

/** The greeting line of the listener's other TCP ports, and the datagram its UDP ports answer. */
export function listenerGreeting(nonce: string): string {
  return `portcullis listener ${nonce}`;
}

/** What the listener's SMTP dialogue looks like from anywhere the path leaves alone. */
export function listenerExpected(t: ListenToken): SmtpExpected {
  return { banner: listenerBanner(t.host, t.nonce), keywords: LISTENER_KEYWORDS };
}
