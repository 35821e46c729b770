import type net from 'node:net';
import tls from 'node:tls';
import { tlsDetail } from './tls-detail.js';
import { ehloKeywords, parseReplies, type SmtpReply, type SmtpSeen } from './smtp.js';

/** The name a probe gives in EHLO (RFC 2606: `.invalid` is never a real host). */
export const PROBE_EHLO_NAME = 'probe.portcullis.invalid';

/**
 * One SMTP dialogue on a connected socket: the banner, `EHLO`, and when offered `STARTTLS`
 * followed by a TLS handshake; then `QUIT`. Each command goes out in one write (inspection
 * engines mangle commands split over packets). Each step waits at most `timeout` ms. Never
 * sends MAIL, RCPT or DATA. The socket is left for the caller to destroy.
 */
export async function smtpDialogue(sock: net.Socket, timeout: number): Promise<SmtpSeen> {
  const reader = new ReplyReader(sock);
  const seen: SmtpSeen = {
    banner: null,
    ehlo: null,
    keywords: [],
    starttls: { offered: false, code: null, tls: 'not-tried', detail: '' },
  };
  seen.banner = await reader.next(timeout);
  if (!seen.banner || seen.banner.code !== 220) return seen;
  sock.write(`EHLO ${PROBE_EHLO_NAME}\r\n`);
  seen.ehlo = await reader.next(timeout);
  if (!seen.ehlo) return seen;
  seen.keywords = seen.ehlo.code === 250 ? ehloKeywords(seen.ehlo) : [];
  if (!seen.keywords.includes('STARTTLS')) {
    sock.end('QUIT\r\n');
    return seen;
  }
  seen.starttls.offered = true;
  sock.write('STARTTLS\r\n');
  const reply = await reader.next(timeout);
  seen.starttls.code = reply?.code ?? null;
  seen.starttls.detail = reply ? reply.lines.join(' ') : '';
  if (!reply || reply.code !== 220) {
    if (reply) sock.end('QUIT\r\n');
    return seen;
  }
  reader.detach();
  const t = await handshake(sock, timeout);
  seen.starttls.tls = t.tls;
  seen.starttls.detail = t.detail;
  return seen;
}

/**
 * TLS on the socket after a 220 to STARTTLS. `ok`: a full handshake; `alert`: the server
 * answered in TLS but refused (the portcullis listener has no certificate and answers with an
 * alert: proof enough that TLS got through); `closed`: the connection ended before any TLS
 * came back (a middlebox that accepts STARTTLS and then drops the session).
 */
function handshake(sock: net.Socket, timeout: number): Promise<{ tls: SmtpSeen['starttls']['tls']; detail: string }> {
  return new Promise((resolve) => {
    const secure = tls.connect({ socket: sock, rejectUnauthorized: false });
    const done = (r: { tls: SmtpSeen['starttls']['tls']; detail: string }): void => {
      clearTimeout(timer);
      secure.destroy();
      resolve(r);
    };
    const timer = setTimeout(() => done({ tls: 'closed', detail: `no TLS answer in ${timeout} ms` }), timeout);
    secure.once('secureConnect', () => done({ tls: 'ok', detail: tlsDetail(secure) }));
    secure.once('error', (err: NodeJS.ErrnoException) => {
      const text = `${err.code ?? ''} ${err.message}`;
      if (/ALERT|alert/.test(text)) done({ tls: 'alert', detail: err.code ?? err.message });
      else if (err.code === 'ECONNRESET' || /socket disconnected|socket hang up/i.test(err.message))
        done({ tls: 'closed', detail: err.message });
      else done({ tls: 'error', detail: err.code ?? err.message });
    });
  });
}

/** Complete replies from a socket, one at a time; null on close, error or time-out. */
class ReplyReader {
  private text = '';
  private queue: SmtpReply[] = [];
  private closed = false;
  private wake: (() => void) | null = null;
  private readonly onData = (d: Buffer): void => {
    this.text += d.toString('latin1');
    const { replies, rest } = parseReplies(this.text);
    this.queue.push(...replies);
    this.text = rest.length > 4096 ? '' : rest;
    if (rest.length > 4096) this.queue.push({ code: 0, lines: [rest.slice(0, 200)] });
    this.wake?.();
  };
  private readonly onEnd = (): void => {
    this.closed = true;
    this.wake?.();
  };

  constructor(private readonly sock: net.Socket) {
    sock.on('data', this.onData);
    sock.once('end', this.onEnd);
    sock.once('close', this.onEnd);
    sock.once('error', this.onEnd);
  }

  async next(timeout: number): Promise<SmtpReply | null> {
    if (this.queue.length === 0 && !this.closed) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.wake = null;
          resolve();
        }, timeout);
        this.wake = () => {
          clearTimeout(timer);
          this.wake = null;
          resolve();
        };
      });
    }
    return this.queue.shift() ?? null;
  }

  /** Stops reading (TLS takes the socket over). */
  detach(): void {
    this.sock.off('data', this.onData);
    this.sock.off('end', this.onEnd);
    this.sock.off('close', this.onEnd);
    this.sock.off('error', this.onEnd);
  }
}
