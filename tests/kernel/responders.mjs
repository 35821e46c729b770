// Services for the probe lab, run inside a peer namespace: a DNS server that answers REFUSED
// (UDP and TCP 53), an NTP server (mode 4 replies), an SMTP banner, plain TCP listeners, and a
// UDP port that is bound but never answers. Prints "ready" once every socket listens.
import dgram from 'node:dgram';
import net from 'node:net';

const addr = process.argv[2];
const tcpPorts = JSON.parse(process.argv[3]);
const silentUdp = JSON.parse(process.argv[4]);
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
for (const port of tcpPorts) {
  const s = net.createServer((c) => {
    c.on('error', () => {});
    if (port === 25) c.write('220 peer.example ESMTP lab\r\n');
  });
  s.listen(port, addr);
  listening(s);
}
await Promise.all(pending);
process.stdout.write('ready\n');
