import dgram from 'node:dgram';
import net from 'node:net';
import tls from 'node:tls';
import {
  bannerLine,
  dccAnswer,
  dccNop,
  dnsAnswer,
  dnsQuery,
  ntpReply,
  ntpRequest,
  pyzorAnswer,
  pyzorPing,
  rcodeName,
  withLength,
} from './payloads.js';
import type { PortState, ProbeMethod, ProbeResult, ProbeSpec } from './probe-types.js';
import { smtpDialogue } from './smtp-client.js';
import { smtpSummary } from './smtp.js';
import { tlsDetail } from './tls-detail.js';

/**
 * A socket error as nmap reads it: a reset (TCP) or ICMP port unreachable (UDP, seen as
 * ECONNREFUSED on a connected socket) says nothing listens: closed. ICMP host, net or
 * admin-prohibited unreachable (EHOSTUNREACH, ENETUNREACH, EACCES) and a local firewall (EPERM)
 * say something filters: filtered.
 */
export function stateOfError(code: string | undefined): PortState {
  return code === 'ECONNREFUSED' ? 'closed' : 'filtered';
}

const ERROR_TEXT: Record<string, string> = {
  ECONNREFUSED: 'refused (TCP reset or ICMP port unreachable)',
  EHOSTUNREACH: 'ICMP host unreachable or administratively prohibited',
  ENETUNREACH: 'ICMP network unreachable',
  EACCES: 'ICMP administratively prohibited',
  EPERM: 'refused by a local firewall',
};
function errorDetail(err: NodeJS.ErrnoException): string {
  return ERROR_TEXT[err.code ?? ''] ?? `${err.code ?? 'error'}: ${err.message}`;
}

type Partial = Omit<ProbeResult, 'direction' | 'protocol' | 'port' | 'target' | 'method'>;

function result(spec: ProbeSpec, r: Partial): ProbeResult {
  return {
    direction: spec.direction,
    protocol: spec.protocol,
    port: spec.port,
    target: spec.target,
    method: spec.method,
    ...r,
  };
}

const ms = (t0: bigint): number => Math.round(Number(process.hrtime.bigint() - t0) / 1e4) / 100;

/** One probe, within `timeout` ms (UDP: `tries` sends spread over it). */
export function runProbe(spec: ProbeSpec, timeout: number, tries = 2): Promise<ProbeResult> {
  return spec.protocol === 'tcp' ? probeTcp(spec, timeout) : probeUdp(spec, timeout, tries);
}

/**
 * TCP: connected is open (then the service's own exchange, when the method has one, adds its
 * detail: a banner, a certificate, a DNS answer); reset is closed; silence or an ICMP error is
 * filtered.
 */
function probeTcp(spec: ProbeSpec, timeout: number): Promise<ProbeResult> {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    let rtt: number | null = null;
    let settled = false;
    const sock = net.connect({ host: spec.target, port: spec.port });
    const timer = setTimeout(() => {
      if (rtt === null) finish({ state: 'filtered', rttMs: null, detail: `no answer in ${timeout} ms` });
      else
        finish({
          state: 'open',
          rttMs: rtt,
          detail: spec.method === 'banner' ? 'no banner' : `${spec.method}: no answer in ${timeout} ms`,
        });
    }, timeout);
    const finish: Finish = (r, extra) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      extra?.();
      sock.destroy();
      resolve(result(spec, r));
    };
    // `on`, not `once`: during an SMTP dialogue a second error must not go unhandled.
    sock.on('error', (err: NodeJS.ErrnoException) => {
      if (rtt !== null && spec.method === 'smtp') return; // the dialogue reports how it ended
      if (rtt === null)
        finish({
          state: stateOfError(err.code),
          rttMs: err.code === 'ECONNREFUSED' ? ms(t0) : null,
          detail: errorDetail(err),
        });
      else finish({ state: 'open', rttMs: rtt, detail: `connected, then ${errorDetail(err)}` });
    });
    sock.once('connect', () => {
      rtt = ms(t0);
      if (spec.method === 'tcp-connect') return finish({ state: 'open', rttMs: rtt, detail: '' });
      if (spec.method === 'smtp') {
        // The dialogue bounds each of its steps by the timeout itself.
        clearTimeout(timer);
        void smtpDialogue(sock, timeout).then((seen) =>
          finish({ state: 'open', rttMs: rtt, detail: smtpSummary(seen), smtp: seen }),
        );
        return;
      }
      if (spec.method === 'tls-handshake') return tlsExchange(sock, spec, rtt, finish);
      if (spec.method === 'dns-tcp-query') return dnsTcpExchange(sock, rtt, finish);
      bannerExchange(sock, rtt, finish);
    });
  });
}

/** Ends a TCP probe with its result (and a clean-up of what the exchange opened). */
type Finish = (r: Partial, extra?: () => void) => void;

/** TLS on an open port: the certificate's name and expiry, or why the handshake failed. */
function tlsExchange(sock: net.Socket, spec: ProbeSpec, rtt: number, finish: Finish): void {
  const secure = tls.connect({
    socket: sock,
    servername: spec.targetName && net.isIP(spec.targetName) === 0 ? spec.targetName : undefined,
    rejectUnauthorized: false,
  });
  secure.once('secureConnect', () =>
    finish({ state: 'open', rttMs: rtt, detail: tlsDetail(secure) }, () => secure.destroy()),
  );
  secure.once('error', (err: NodeJS.ErrnoException) =>
    finish({ state: 'open', rttMs: rtt, detail: `connected, TLS handshake failed: ${err.code ?? err.message}` }, () =>
      secure.destroy(),
    ),
  );
}

/** A DNS query over TCP (length-prefixed): any answer, even REFUSED, proves the path. */
function dnsTcpExchange(sock: net.Socket, rtt: number, finish: Finish): void {
  const id = Math.floor(Math.random() * 65536);
  let got = Buffer.alloc(0);
  sock.on('data', (d: Buffer) => {
    got = Buffer.concat([got, d]);
    if (got.length < 2 || got.length < 2 + got.readUInt16BE(0)) return;
    const a = dnsAnswer(id, got.subarray(2, 2 + got.readUInt16BE(0)));
    finish({
      state: 'open',
      rttMs: rtt,
      detail: a.ok ? `DNS answer ${rcodeName(a.rcode)}` : 'an answer that is not DNS',
    });
  });
  sock.write(withLength(dnsQuery(id)));
}

/** The banner a service speaks first (SMTP, IMAP, POP3, Razor). */
function bannerExchange(sock: net.Socket, rtt: number, finish: Finish): void {
  let text = '';
  sock.setEncoding('latin1');
  sock.on('data', (d: string) => {
    text += d;
    if (text.includes('\n') || text.length > 512)
      finish({ state: 'open', rttMs: rtt, detail: `banner: ${bannerLine(text)}` });
  });
  sock.once('end', () =>
    finish({ state: 'open', rttMs: rtt, detail: text ? `banner: ${bannerLine(text)}` : 'closed without a banner' }),
  );
}

/** A UDP protocol exchange: the request, and what a reply to it says (whether it is the protocol's answer). */
interface UdpExchange {
  payload: Buffer;
  read(msg: Buffer): string;
}

function udpExchange(method: ProbeMethod, token: string | undefined): UdpExchange {
  const id = Math.floor(Math.random() * 65536);
  switch (method) {
    case 'dns-query':
      return {
        payload: dnsQuery(id),
        read: (m) => {
          const a = dnsAnswer(id, m);
          return a.ok ? `DNS answer ${rcodeName(a.rcode)}` : 'a reply that is not DNS';
        },
      };
    case 'ntp-request':
      return {
        payload: ntpRequest(),
        read: (m) => {
          const a = ntpReply(m);
          return a.ok ? `NTP reply, stratum ${a.stratum}` : 'a reply that is not NTP';
        },
      };
    case 'dcc-nop': {
      const ids = [id, process.pid, Math.floor(Math.random() * 2 ** 32), 0] as const;
      return {
        payload: dccNop(ids),
        read: (m) => {
          const a = dccAnswer(ids, m);
          return a.ok ? `DCC answer ${a.op}` : 'a reply that is not DCC';
        },
      };
    }
    case 'pyzor-ping':
      return {
        payload: pyzorPing(id, Math.floor(Date.now() / 1000)),
        read: (m) => {
          const a = pyzorAnswer(id, m);
          return a.ok ? `Pyzor answer, code ${a.code}` : 'a reply that is not Pyzor';
        },
      };
    case 'udp-token': {
      const t = Buffer.from(token ?? '', 'latin1');
      return {
        payload: t,
        read: (m) =>
          m.equals(t) ? "the listener's token came back" : `${m.length}-byte reply, not the listener's token`,
      };
    }
    default:
      return { payload: Buffer.alloc(0), read: (m) => `${m.length}-byte reply` };
  }
}

/**
 * UDP: a reply is open; ICMP port unreachable is closed; other ICMP errors are filtered; silence
 * after every try is open|filtered (nmap's words: nothing says whether it was dropped).
 */
function probeUdp(spec: ProbeSpec, timeout: number, tries: number): Promise<ProbeResult> {
  return new Promise((resolve) => {
    const sock = dgram.createSocket(net.isIPv6(spec.target) ? 'udp6' : 'udp4');
    const exchange = udpExchange(spec.method, spec.token);
    let settled = false;
    let sent: bigint | null = null;
    const timers: NodeJS.Timeout[] = [];
    const finish = (r: Partial): void => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      sock.close();
      resolve(result(spec, r));
    };
    const send = (): void => {
      if (settled) return;
      sent = process.hrtime.bigint();
      sock.send(exchange.payload, (err) => {
        if (err)
          finish({ state: stateOfError((err as NodeJS.ErrnoException).code), rttMs: null, detail: errorDetail(err) });
      });
    };
    sock.on('message', (msg: Buffer) =>
      finish({ state: 'open', rttMs: sent === null ? null : ms(sent), detail: exchange.read(msg) }),
    );
    sock.on('error', (err: NodeJS.ErrnoException) =>
      finish({
        state: stateOfError(err.code),
        rttMs: err.code === 'ECONNREFUSED' && sent !== null ? ms(sent) : null,
        detail: errorDetail(err),
      }),
    );
    sock.connect(spec.port, spec.target, () => {
      for (let i = 0; i < tries; i++) timers.push(setTimeout(send, Math.floor((i * timeout) / tries)));
      timers.push(
        setTimeout(
          () =>
            finish({
              state: 'open|filtered',
              rttMs: null,
              detail: `no reply to ${tries} ${spec.method === 'udp-empty' ? 'datagrams' : 'requests'} in ${timeout} ms`,
            }),
          timeout,
        ),
      );
    });
  });
}
