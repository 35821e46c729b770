/**
 * SMTP as a probe reads it: replies parsed from text (RFC 5321 4.2: `250-` continues, `250 `
 * ends), and the signs that a middlebox rewrote the dialogue ("ESMTP inspection", PIX/ASA
 * "fixup smtp"/"mailguard"). Pure functions; the socket side is smtp-client.ts.
 */

/** One reply: its code and the text of each line after `NNN-`/`NNN `. */
export interface SmtpReply {
  code: number;
  lines: string[];
}

/** What one SMTP dialogue showed: null where the server closed (or fell silent) first. */
export interface SmtpSeen {
  banner: SmtpReply | null;
  ehlo: SmtpReply | null;
  /** Extension keywords of the EHLO reply (upper case, parameters dropped). */
  keywords: string[];
  /** The STARTTLS step: not offered, its reply, and what the TLS handshake after a 220 did. */
  starttls: {
    offered: boolean;
    code: number | null;
    tls: 'ok' | 'alert' | 'closed' | 'error' | 'not-tried';
    detail: string;
  };
}

/** What the dialogue should show (from the host's own view, or the portcullis listener). */
export interface SmtpExpected {
  banner?: string;
  keywords?: string[];
}

/** The extension keywords compared between the outside view and the host's (the issue's set). */
export const WATCHED_KEYWORDS = [
  'STARTTLS',
  'PIPELINING',
  'CHUNKING',
  '8BITMIME',
  'SIZE',
  'SMTPUTF8',
  'ENHANCEDSTATUSCODES',
  'DSN',
  'AUTH',
] as const;

/**
 * Complete replies at the front of `text`, and what is left (a reply still arriving). A line
 * that is not `NNN`, `NNN ...` or `NNN-...` ends a reply with code 0 (garbage is a reply too:
 * the caller reports it rather than waiting for more).
 */
export function parseReplies(text: string): { replies: SmtpReply[]; rest: string } {
  const replies: SmtpReply[] = [];
  let lines: string[] = [];
  let start = 0;
  let consumed = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) break;
    const line = text.slice(start, nl).replace(/\r$/, '');
    start = nl + 1;
    const m = /^(\d{3})([ -]?)(.*)$/.exec(line);
    if (!m) {
      replies.push({ code: 0, lines: [...lines, line] });
      lines = [];
      consumed = start;
      continue;
    }
    lines.push(m[3]!);
    if (m[2] === '-') continue;
    replies.push({ code: Number(m[1]), lines });
    lines = [];
    consumed = start;
  }
  return { replies, rest: text.slice(consumed) };
}

/** Extension keywords of an EHLO reply: the first word of each line after the greeting. */
export function ehloKeywords(reply: SmtpReply): string[] {
  return reply.lines
    .slice(1)
    .map((l) => (l.trim().split(/[\s=]/, 1)[0] ?? '').toUpperCase())
    .filter((k) => k.length > 0);
}

/** A banner (or other text) masked with `*`: at least 4 of them and half of what is not blank. */
export function isMasked(text: string): boolean {
  const visible = text.replace(/\s/g, '');
  const stars = visible.replace(/[^*]/g, '').length;
  return stars >= 4 && stars * 2 >= visible.length;
}

/**
 * A keyword overwritten with X's of the same length, as Cisco's inspection does
 * (STARTTLS -> XXXXXXXA): four or more characters, all but at most one of them X. Real
 * extensions that start with X (XCLIENT, XFORWARD, XEXCH50) do not match.
 */
export function isXedOut(keyword: string): boolean {
  if (keyword.length < 4) return false;
  const xs = keyword.replace(/[^X]/g, '').length;
  return xs >= keyword.length - 1;
}

/** Digit runs as `#`: timestamps and queue ids in banners do not count as a difference. */
function stable(text: string): string {
  return text.replace(/\d+/g, '#').trim();
}

/**
 * Every sign of tampering in what was seen, and every difference from what was expected.
 * Empty: the dialogue is unaltered as far as this can tell.
 */
export function smtpDifferences(seen: SmtpSeen, expected: SmtpExpected = {}): string[] {
  const out: string[] = [];
  const { banner, ehlo } = seen;
  if (!banner) return ['no SMTP banner (closed or silent after connect)'];
  const bannerText = banner.lines.join(' ');
  if (banner.code !== 220) out.push(`banner is ${banner.code || 'not an SMTP reply'}: "${clip(bannerText)}"`);
  if (isMasked(bannerText)) out.push(`banner masked with "*": "${clip(bannerText)}"`);
  else if (expected.banner !== undefined && stable(banner.lines[0] ?? '') !== stable(expected.banner))
    out.push(`banner differs: seen "${clip(banner.lines[0] ?? '')}", the host sees "${clip(expected.banner)}"`);
  if (!ehlo) {
    out.push('no reply to EHLO (closed or silent)');
    return out;
  }
  if (ehlo.code >= 500) out.push(`EHLO refused: ${ehlo.code} ${clip(ehlo.lines.join(' '))}`);
  else if (ehlo.code !== 250)
    out.push(`EHLO answered ${ehlo.code || 'with something that is not SMTP'}: "${clip(ehlo.lines.join(' '))}"`);
  else if (ehlo.lines.length === 1 && (expected.keywords === undefined || expected.keywords.length > 0))
    out.push(`EHLO answered with a bare 250 and no extensions: "${clip(ehlo.lines[0] ?? '')}"`);
  const xed = seen.keywords.filter(isXedOut);
  if (xed.length > 0)
    out.push(
      `extension keywords overwritten with X: ${xed.map((k) => `${k} (${guess(k, seen.keywords)})`).join(', ')}`,
    );
  if (expected.keywords !== undefined) {
    const want = new Set(expected.keywords.filter((k) => (WATCHED_KEYWORDS as readonly string[]).includes(k)));
    const have = new Set(seen.keywords.filter((k) => (WATCHED_KEYWORDS as readonly string[]).includes(k)));
    const missing = [...want].filter((k) => !have.has(k));
    const added = [...have].filter((k) => !want.has(k));
    if (missing.length > 0) out.push(`extensions missing from outside: ${missing.join(', ')}`);
    if (added.length > 0) out.push(`extensions added on the way: ${added.join(', ')}`);
  }
  const st = seen.starttls;
  if (st.offered) {
    if (st.code === null) out.push('closed after STARTTLS (no reply)');
    else if (st.code >= 400) out.push(`STARTTLS refused: ${st.code}${st.detail ? ` ${clip(st.detail)}` : ''}`);
    else if (st.code === 220 && st.tls === 'closed')
      out.push('closed after STARTTLS was accepted (the TLS handshake never reached the server)');
    else if (st.code === 220 && st.tls === 'error') out.push(`TLS after STARTTLS failed: ${clip(st.detail)}`);
  }
  return out;
}

/** The watched keywords of that length not seen in clear: what an X-ed keyword probably was. */
function guess(k: string, seen: readonly string[]): string {
  const same = WATCHED_KEYWORDS.filter((w) => w.length === k.length && !seen.includes(w));
  return same.length > 0 ? `was ${same.join(' or ')}?` : 'unknown';
}

function clip(s: string): string {
  const t = s.replace(/[^\x20-\x7e]/g, '?');
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
}

/** A short summary of a dialogue for a result's detail. */
export function smtpSummary(seen: SmtpSeen): string {
  const parts: string[] = [];
  parts.push(seen.banner ? `banner: ${clip(`${seen.banner.code} ${seen.banner.lines[0] ?? ''}`)}` : 'no banner');
  if (seen.ehlo) parts.push(`EHLO ${seen.ehlo.code}${seen.keywords.length ? ` ${seen.keywords.join(' ')}` : ''}`);
  if (seen.starttls.offered)
    parts.push(
      `STARTTLS ${seen.starttls.code ?? 'no reply'}${seen.starttls.tls !== 'not-tried' ? ` (TLS ${seen.starttls.tls}${seen.starttls.detail ? `: ${clip(seen.starttls.detail)}` : ''})` : ''}`,
    );
  return parts.join('; ');
}
