/**
 * What a probe says on a UDP (or TCP) port where a protocol exists, and how it knows the answer
 * came from that protocol: a reply proves the path is open, where silence only says
 * `open|filtered`. Pure functions over bytes; the sockets are in socket-probes.ts.
 */

/** A DNS query for the root's NS records (any server answers it somehow, even with REFUSED). */
export function dnsQuery(id: number): Buffer {
  const b = Buffer.alloc(17);
  b.writeUInt16BE(id & 0xffff, 0);
  b.writeUInt16BE(0x0100, 2); // standard query, recursion desired
  b.writeUInt16BE(1, 4); // one question
  // name: the root (one zero byte) at 12; type NS (2), class IN (1)
  b.writeUInt16BE(2, 13);
  b.writeUInt16BE(1, 15);
  return b;
}

/** The DNS answer to `dnsQuery(id)`: its id, the response bit; and the rcode for the detail. */
export function dnsAnswer(id: number, msg: Buffer): { ok: boolean; rcode: number } {
  if (msg.length < 12 || msg.readUInt16BE(0) !== (id & 0xffff) || (msg[2]! & 0x80) === 0) return { ok: false, rcode: -1 };
  return { ok: true, rcode: msg[3]! & 0x0f };
}

const RCODES = ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED'];
export function rcodeName(rcode: number): string {
  return RCODES[rcode] ?? `rcode ${rcode}`;
}

/** DNS over TCP: the message with its two-byte length in front (RFC 1035 4.2.2). */
export function withLength(msg: Buffer): Buffer {
  const len = Buffer.alloc(2);
  len.writeUInt16BE(msg.length, 0);
  return Buffer.concat([len, msg]);
}

/** An NTP client request (RFC 5905): 48 bytes, version 4, mode 3 (client). */
export function ntpRequest(): Buffer {
  const b = Buffer.alloc(48);
  b[0] = (0 << 6) | (4 << 3) | 3;
  return b;
}

/** An NTP server reply: 48 bytes or more, mode 4 (server). */
export function ntpReply(msg: Buffer): { ok: boolean; stratum: number } {
  if (msg.length < 48 || (msg[0]! & 0x07) !== 4) return { ok: false, stratum: -1 };
  return { ok: true, stratum: msg[1]! };
}

/** First line of a banner, printable and short, for a report. */
export function bannerLine(text: string): string {
  const line = text.split(/\r?\n/, 1)[0] ?? '';
  return line.replace(/[^\x20-\x7e]/g, '?').slice(0, 120);
}
