import dgram from 'node:dgram';
import net from 'node:net';
import type { HostPlan } from '../plan/plan-types.js';
import { listenerBanner, listenerGreeting, newNonce, type ListenToken } from './listen-token.js';
import { expandPorts, notProbed, SMTP_PORTS } from './probe-targets.js';
import type { Unprobed } from './probe-types.js';
import { smtpDialogue } from './smtp-client.js';
import { smtpResponder, TLS_HANDSHAKE_FAILURE } from './smtp-responder.js';

/** One planned inbound port. */
export interface ListenPort {
  protocol: 'tcp' | 'udp';
  port: number;
}

/**
 * The ports `listen` opens: every TCP and UDP port of the host's `in` rules, one by one, except
 * ranges too wide to listen on port by port (listed with why, as probe lists them).
 */
export function inboundPorts(host: HostPlan): { ports: ListenPort[]; skipped: Unprobed[] } {
  const seen = new Set<string>();
  const ports: ListenPort[] = [];
  const skipped: Unprobed[] = [];
  for (const rule of host.rules) {
    if (rule.direction !== 'in' || (rule.protocol !== 'tcp' && rule.protocol !== 'udp')) continue;
    const { list, wide } = expandPorts(rule);
    if (wide.length > 0) skipped.push(notProbed(rule, 'a port range too wide to listen on port by port', wide));
    for (const port of list) {
      const key = `${rule.protocol}/${port}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ports.push({ protocol: rule.protocol, port });
    }
  }
  return { ports, skipped };
}

export interface ListenOptions {
  /** Addresses to bind (the host's own); `::` binds every address. */
  bind: string[];
  /** Per-connection idle limit, ms (default 10 s). */
  idleMs?: number;
  nonce?: string;
}

export interface Listening {
  token: ListenToken;
  /** Ports with a portcullis listener. */
  listening: ListenPort[];
  /** Ports a real service already holds: probed as they are. */
  real: ListenPort[];
  /** Ports that could not be bound for another reason (no such address, permission). */
  failed: (ListenPort & { why: string })[];
  close(): Promise<void>;
}

const MAX_CONNECTIONS = 64;

/**
 * Temporary listeners on the host's planned inbound ports that nothing else uses. TCP ports
 * greet with a line carrying the nonce (SMTP ports speak a small SMTP dialogue that refuses
 * MAIL); UDP ports answer a datagram that is exactly the listener's greeting with the same
 * datagram (so a reply is never larger than what provoked it, and only a probe that holds the
 * token gets one). A port in use (EADDRINUSE) is left to its service; an SMTP service's own
 * dialogue is recorded in the token, for the prober to compare with what it sees.
 */
export async function startListeners(
  host: HostPlan,
  ports: readonly ListenPort[],
  opts: ListenOptions,
): Promise<Listening> {
  const nonce = opts.nonce ?? newNonce();
  const idle = opts.idleMs ?? 10_000;
  const token: ListenToken = { nonce, host: host.name, real: [], smtp: {} };
  const closers: (() => Promise<void>)[] = [];
  const listening: ListenPort[] = [];
  const real: ListenPort[] = [];
  const failed: (ListenPort & { why: string })[] = [];
  for (const p of ports) {
    let inUse = false;
    let why = '';
    let bound = 0;
    for (const addr of opts.bind) {
      try {
        closers.push(
          p.protocol === 'tcp'
            ? await listenTcp(addr, p.port, host.name, nonce, idle)
            : await listenUdp(addr, p.port, nonce),
        );
        bound++;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? String(err);
        if (code === 'EADDRINUSE') inUse = true;
        else why = `${code} on ${addr}`;
      }
    }
    if (inUse) {
      real.push(p);
      token.real.push(`${p.protocol}/${p.port}`);
      if (p.protocol === 'tcp' && SMTP_PORTS.has(p.port)) {
        const seen = await localDialogue(opts.bind[0] === '::' ? '127.0.0.1' : opts.bind[0]!, p.port);
        if (seen) token.smtp[String(p.port)] = seen;
      }
    } else if (bound > 0) listening.push(p);
    else failed.push({ ...p, why });
  }
  return { token, listening, real, failed, close: async () => void (await Promise.all(closers.map((c) => c()))) };
}

function listenTcp(
  addr: string,
  port: number,
  host: string,
  nonce: string,
  idle: number,
): Promise<() => Promise<void>> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((sock) => {
    sockets.add(sock);
    sock.once('close', () => sockets.delete(sock));
    sock.on('error', () => sock.destroy());
    sock.setTimeout(idle, () => sock.destroy());
    if (SMTP_PORTS.has(port)) serveSmtp(sock, host, nonce);
    else serveGreeting(sock, nonce);
  });
  server.maxConnections = MAX_CONNECTIONS;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: addr, port, exclusive: true }, () => {
      server.off('error', reject);
      resolve(
        () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      );
    });
  });
}

/** A TLS client hello (handshake record) is answered with an alert; anything else is ignored. */
function answerTlsHello(sock: net.Socket, data: Buffer): boolean {
  if (data[0] !== 0x16 || data[1] !== 0x03) return false;
  sock.end(TLS_HANDSHAKE_FAILURE);
  return true;
}

function serveGreeting(sock: net.Socket, nonce: string): void {
  sock.write(`${listenerGreeting(nonce)}\r\n`);
  sock.on('data', (d: Buffer) => {
    if (!answerTlsHello(sock, d)) sock.end();
  });
}

function serveSmtp(sock: net.Socket, host: string, nonce: string): void {
  const responder = smtpResponder(host);
  let text = '';
  let tls = false;
  sock.write(`220 ${listenerBanner(host, nonce)}\r\n`);
  sock.on('data', (d: Buffer) => {
    if (tls) {
      if (!answerTlsHello(sock, d)) sock.destroy();
      return;
    }
    text += d.toString('latin1');
    let nl: number;
    while ((nl = text.indexOf('\n')) >= 0 && !tls) {
      const line = text.slice(0, nl).replace(/\r$/, '');
      text = text.slice(nl + 1);
      const step = responder.step(line);
      sock.write(step.reply);
      if (step.close) return void sock.end();
      if (step.starttls) tls = true;
    }
    if (text.length > 1000) {
      sock.end('500 5.5.2 line too long\r\n');
      text = '';
    }
  });
}

function listenUdp(addr: string, port: number, nonce: string): Promise<() => Promise<void>> {
  const greeting = Buffer.from(listenerGreeting(nonce), 'latin1');
  const sock = dgram.createSocket({ type: net.isIPv6(addr) ? 'udp6' : 'udp4', reuseAddr: false });
  sock.on('message', (msg, from) => {
    if (msg.equals(greeting)) sock.send(greeting, from.port, from.address);
  });
  return new Promise((resolve, reject) => {
    sock.once('error', reject);
    sock.bind({ address: addr, port, exclusive: true }, () => {
      sock.off('error', reject);
      sock.on('error', () => {});
      resolve(() => new Promise<void>((done) => sock.close(() => done())));
    });
  });
}

/** The host's own view of its SMTP service on a port (banner and keywords), or null. */
async function localDialogue(addr: string, port: number): Promise<{ banner: string; keywords: string[] } | null> {
  return new Promise((resolve) => {
    const sock = net.connect({ host: addr, port });
    sock.once('error', () => resolve(null));
    sock.once('connect', () => {
      void smtpDialogue(sock, 3000).then((seen) => {
        sock.destroy();
        resolve(seen.banner ? { banner: seen.banner.lines[0] ?? '', keywords: seen.keywords } : null);
      });
    });
  });
}
