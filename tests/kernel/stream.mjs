// An SMTP-like TCP stream across a firewall change (`ip netns exec NS node stream.mjs ...`).
// server PORT: accepts one connection, greets, reads numbered lines, and when the client ends
//   prints "lines N ok" (every line in order) or "lines N gap at K", or "reset".
// client ADDR PORT: connects, waits for the greeting, prints "connected", then writes a numbered
//   line every 20 ms until its stdin closes; then ends and prints "sent N", or "reset" on an error.
// Plain JavaScript on purpose: it is started as a separate process, not imported.
import net from 'node:net';

const [mode, a, b] = process.argv.slice(2);
if (mode === 'server') {
  const server = net.createServer((c) => {
    let buf = '';
    let expect = 0;
    let gap = -1;
    c.write('220 stream ready\r\n');
    c.on('data', (d) => {
      buf += d.toString();
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        if (gap < 0 && line !== `line ${expect}`) gap = expect;
        expect++;
      }
    });
    c.on('end', () => {
      process.stdout.write(gap < 0 ? `lines ${expect} ok\n` : `lines ${expect} gap at ${gap}\n`);
      c.end();
      server.close();
    });
    c.on('error', () => {
      process.stdout.write('reset\n');
      server.close();
    });
  });
  server.listen({ port: Number(a), host: '::', ipv6Only: false }, () => process.stdout.write('listening\n'));
} else {
  const c = net.connect({ host: a, port: Number(b) });
  let n = 0;
  let timer;
  c.once('data', () => {
    process.stdout.write('connected\n');
    timer = setInterval(() => c.write(`line ${n++}\n`), 20);
  });
  c.on('error', () => {
    clearInterval(timer);
    process.stdout.write('reset\n');
    process.exit(0);
  });
  process.stdin.on('end', () => {
    clearInterval(timer);
    c.end(() => process.stdout.write(`sent ${n}\n`));
  });
  process.stdin.resume();
}
