// Services for the probe lab, run inside a namespace: a DNS server that answers REFUSED
// (UDP and TCP 53), an NTP server (mode 4 replies), an SMTP server on 25 and 587 (banner, EHLO
// with STARTTLS, a TLS alert after STARTTLS: no certificate here), plain TCP listeners, and
// UDP ports that are bound but never answer, and UDP echo ports (argv[5]). Prints "ready" once every socket listens.
import dgram from 'node:dgram';
import net from 'node:net';

const addr = process.argv[2];
const tcpPorts = JSON.parse(process.argv[3]);
const silentUdp = JSON.parse(process.argv[4]);
const echoUdp = JSON.parse(process.argv[5] ?? '[]');
const pending = [];
const listening = (s, ev = 'listening') => pending.push(new Promise((r) => s.once(ev, r)));

const refused = (q) => {
  const a = Buffer.from(q);
  a[2] = 0x80 | (q[2] & 0x79); // response, same opcode and RD
  a[3] = 0x05; // REFUSED
  return a;
};
const dns = dgram.createSocket('udp4');
dns.on('message', (m, r) => dns.send(refused(m), r.port, r.address));
dns.bind(53, addr);
listening(dns);
const ntp = dgram.createSocket('udp4');
ntp.on('message', (m, r) => {
  const a = Buffer.alloc(48);
  a[0] = (4 << 3) | 4; // version 4, mode 4 (server)
  a[1] = 2; // stratum
  ntp.send(a, r.port, r.address);
});
ntp.bind(123, addr);
listening(ntp);
// DCC (6277): a NOP is answered with OK, op numbers echoed. Pyzor (24441): Code 200, same thread.
const dcc = dgram.createSocket('udp4');
dcc.on('message', (m, r) => {
  if (m.length < 24) return; // not a DCC request
  const a = Buffer.from(m.subarray(0, 24));
  a.writeUInt16BE(24, 0);
  a[3] = 6;
  dcc.send(a, r.port, r.address);
});
dcc.bind(6277, addr);
listening(dcc);
const pyzor = dgram.createSocket('udp4');
pyzor.on('message', (m, r) => {
  const thread = /Thread: (\d+)/.exec(m.toString('latin1'))?.[1] ?? '0';
  pyzor.send(Buffer.from(`Code: 200\nDiag: OK\nPV: 2.1\nThread: ${thread}\n\n`), r.port, r.address);
});
pyzor.bind(24441, addr);
listening(pyzor);
for (const port of echoUdp) {
  const s = dgram.createSocket('udp4');
  s.on('message', (m, r) => s.send(m.length > 0 ? m : Buffer.from('echo'), r.port, r.address));
  s.bind(port, addr);
  listening(s);
}
for (const port of silentUdp) {
  const s = dgram.createSocket('udp4');
  s.bind(port, addr);
  listening(s);
}
const dnsTcp = net.createServer((c) => {
  let got = Buffer.alloc(0);
  c.on('data', (d) => {
    got = Buffer.concat([got, d]);
    if (got.length >= 2 && got.length >= 2 + got.readUInt16BE(0)) {
      const a = refused(got.subarray(2, 2 + got.readUInt16BE(0)));
      const len = Buffer.alloc(2);
      len.writeUInt16BE(a.length);
      c.end(Buffer.concat([len, a]));
    }
  });
  c.on('error', () => {});
});
dnsTcp.listen(53, addr);
listening(dnsTcp);
const EHLO = [
  '250-peer.example',
  '250-PIPELINING',
  '250-SIZE 10240000',
  '250-STARTTLS',
  '250-ENHANCEDSTATUSCODES',
  '250 8BITMIME',
].join('\r\n');
function smtp(c) {
  let text = '';
  let tls = false;
  c.write('220 peer.example ESMTP lab\r\n');
  c.on('data', (d) => {
    if (tls) return void c.end(Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28]));
    text += d.toString('latin1');
    let nl;
    while ((nl = text.indexOf('\n')) >= 0) {
      const verb = text.slice(0, nl).trim().split(' ')[0].toUpperCase();
      text = text.slice(nl + 1);
      if (verb === 'EHLO') c.write(`${EHLO}\r\n`);
      else if (verb === 'STARTTLS') {
        c.write('220 2.0.0 go ahead\r\n');
        tls = true;
        return;
      } else if (verb === 'QUIT') return void c.end('221 bye\r\n');
      else c.write('502 no\r\n');
    }
  });
}
for (const port of tcpPorts) {
  const s = net.createServer((c) => {
    c.on('error', () => {});
    if (port === 25 || port === 587) smtp(c);
  });
  s.listen(port, addr);
  listening(s);
}
await Promise.all(pending);
process.stdout.write('ready\n');
