import { createHash } from 'node:crypto';

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
  if (msg.length < 12 || msg.readUInt16BE(0) !== (id & 0xffff) || (msg[2]! & 0x80) === 0)
    return { ok: false, rcode: -1 };
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

/**
 * A DCC NOP ("see if the server is alive"; DCC's dcc_proto.h): a 24-byte header (length,
 * packet version, op 1 = NOP, sender id 1 = anonymous, four op numbers the reply carries back)
 * and a 16-byte signature. `ids` are the op numbers that tell our reply from any other.
 */
export function dccNop(ids: readonly [number, number, number, number]): Buffer {
  const b = Buffer.alloc(40);
  b.writeUInt16BE(40, 0);
  b[2] = 9; // a protocol version every server since 2002 accepts for a NOP
  b[3] = 1; // DCC_OP_NOP
  b.writeUInt32BE(1, 4); // DCC_ID_ANON
  ids.forEach((v, i) => b.writeUInt32BE(v >>> 0, 8 + 4 * i));
  createHash('md5').update(b.subarray(0, 24)).digest().copy(b, 24);
  return b;
}

const DCC_OPS = ['INVALID', 'NOP', 'REPORT', 'QUERY', 'ANSWER', 'ADMN', 'OK', 'ERROR', 'DELETE'];

/** A DCC server's answer to `dccNop(ids)`: its op numbers match; the op names the answer. */
export function dccAnswer(ids: readonly [number, number, number, number], msg: Buffer): { ok: boolean; op: string } {
  if (msg.length < 24 || msg.readUInt16BE(0) !== msg.length) return { ok: false, op: '' };
  const same = ids.every((v, i) => msg.readUInt32BE(8 + 4 * i) === v >>> 0);
  return { ok: same, op: DCC_OPS[msg[3]!] ?? `op ${msg[3]}` };
}

/**
 * A Pyzor `ping` (Pyzor's client: RFC 822-style headers, signed with the anonymous user's
 * empty key). `thread` is what the reply carries back.
 */
export function pyzorPing(thread: number, time: number): Buffer {
  const body = `Op: ping\nThread: ${thread}\nPV: 2.1\nUser: anonymous\nTime: ${time}\n\n`;
  const sha1 = (s: string): string => createHash('sha1').update(s).digest('hex');
  const key = sha1('anonymous:');
  const sig = sha1(`${sha1(body)}:${time}:${key}`);
  return Buffer.from(`Op: ping\nThread: ${thread}\nPV: 2.1\nUser: anonymous\nTime: ${time}\nSig: ${sig}\n\n`, 'latin1');
}

/** A Pyzor server's answer: the same thread and a `Code:` header. */
export function pyzorAnswer(thread: number, msg: Buffer): { ok: boolean; code: string } {
  const text = msg.toString('latin1');
  const t = /^Thread:\s*(\d+)/im.exec(text);
  const c = /^Code:\s*(\d+)/im.exec(text);
  return { ok: t !== null && Number(t[1]) === thread && c !== null, code: c?.[1] ?? '' };
}
