// A small authoritative DNS responder for the kernel tests, run inside a lab namespace:
//   node dns-responder.mjs ADDR
// UDP port 53 on ADDR. Records come as JSON lines on stdin, each replacing the whole zone:
//   {"relay.lab.test": {"a": ["198.51.100.77"], "ttl": 2}, "x.lab.test": {"cname": "relay.lab.test", "ttl": 5}}
// Prints "queries N" every 200 queries answered. And `{"mode": "silent"}` (no reply at all), `{"mode": "garbage"}` (a reply with the right id
// and nonsense after it), `{"mode": "normal"}`. CNAME chains are answered whole, as an
// authoritative server does for names in its zone. Prints "ready", then "zone N" per update.
import dgram from 'node:dgram';
import { createInterface } from 'node:readline';

const [addr] = process.argv.slice(2);
let zone = {};
let mode = 'normal';
let queries = 0;

function readName(buf, off) {
  const labels = [];
  for (;;) {
    const len = buf[off];
    if (len === undefined) throw new Error('short');
    if (len === 0) return { name: labels.join('.').toLowerCase(), next: off + 1 };
    labels.push(buf.subarray(off + 1, off + 1 + len).toString('latin1'));
    off += 1 + len;
  }
}

function writeName(name) {
  const parts = name.split('.').filter(Boolean);
  return Buffer.concat([
    ...parts.map((p) => Buffer.concat([Buffer.from([p.length]), Buffer.from(p, 'latin1')])),
    Buffer.from([0]),
  ]);
}

function rr(name, type, ttl, data) {
  const head = Buffer.alloc(10);
  head.writeUInt16BE(type, 0);
  head.writeUInt16BE(1, 2);
  head.writeUInt32BE(ttl, 4);
  head.writeUInt16BE(data.length, 8);
  return Buffer.concat([writeName(name), head, data]);
}

function v4(a) {
  return Buffer.from(a.split('.').map(Number));
}

function v6(a) {
  const [l, r] = a.split('::');
  const left = l ? l.split(':') : [];
  const right = r !== undefined && r ? r.split(':') : [];
  const groups = r === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  const b = Buffer.alloc(16);
  groups.forEach((g, i) => b.writeUInt16BE(parseInt(g, 16), i * 2));
  return b;
}

const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  if (mode === 'silent' || msg.length < 12) return;
  if (++queries % 200 === 0) process.stdout.write(`queries ${queries}\n`);
  const id = msg.readUInt16BE(0);
  if (mode === 'garbage') {
    const junk = Buffer.from([msg[0], msg[1], 0x81, 0x80, 0, 1, 0, 3, 0, 0, 0, 0, 0xff, 0xff, 0x13, 0x37, 0xde, 0xad]);
    return server.send(junk, rinfo.port, rinfo.address);
  }
  let q;
  try {
    q = readName(msg, 12);
  } catch {
    return;
  }
  const qtype = msg.readUInt16BE(q.next);
  const question = msg.subarray(12, q.next + 4);
  const answers = [];
  let name = q.name;
  let rcode = 0;
  for (let hops = 0; hops < 10; hops++) {
    const r = zone[name];
    if (!r) {
      rcode = hops === 0 ? 3 : 0;
      break;
    }
    if (r.cname) {
      answers.push(rr(name, 5, r.ttl ?? 60, writeName(r.cname)));
      name = r.cname.toLowerCase();
      continue;
    }
    if (qtype === 1) for (const a of r.a ?? []) answers.push(rr(name, 1, r.ttl ?? 60, v4(a)));
    if (qtype === 28) for (const a of r.aaaa ?? []) answers.push(rr(name, 28, r.ttl ?? 60, v6(a)));
    break;
  }
  const head = Buffer.alloc(12);
  head.writeUInt16BE(id, 0);
  // QR, AA, RD copied; rcode.
  head.writeUInt16BE(0x8400 | (msg.readUInt16BE(2) & 0x0100) | rcode, 2);
  head.writeUInt16BE(1, 4);
  head.writeUInt16BE(answers.length, 6);
  server.send(Buffer.concat([head, question, ...answers]), rinfo.port, rinfo.address);
});

createInterface({ input: process.stdin }).on('line', (line) => {
  if (!line.trim()) return;
  const doc = JSON.parse(line);
  if (doc.mode) mode = doc.mode;
  else zone = doc;
  process.stdout.write(`zone ${Object.keys(zone).length} ${mode}\n`);
});
process.stdin.on('end', () => process.exit(0));
server.bind(53, addr, () => process.stdout.write('ready\n'));
