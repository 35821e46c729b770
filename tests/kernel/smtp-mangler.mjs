// An "ESMTP inspection" middlebox for the probe lab, run in the bridge's namespace behind an nft
// redirect: it relays each connection to UPSTREAM:PORT and rewrites what the server says the
// way PIX/ASA "mailguard" and ESMTP inspection do: the banner masked with '*', STARTTLS
// overwritten with X's (XXXXXXXA). Usage: smtp-mangler.mjs LISTEN_PORT UPSTREAM PORT
import net from 'node:net';

const [listenPort, upstream, upstreamPort] = [Number(process.argv[2]), process.argv[3], Number(process.argv[4])];
const server = net.createServer((client) => {
  const server = net.connect({ host: upstream, port: upstreamPort });
  let first = true;
  let pending = '';
  server.on('data', (d) => {
    pending += d.toString('latin1');
    let nl;
    let out = '';
    while ((nl = pending.indexOf('\n')) >= 0) {
      let line = pending.slice(0, nl + 1);
      pending = pending.slice(nl + 1);
      if (first && /^220[ -]/.test(line)) line = `220 ${'*'.repeat(line.length - 6)}\r\n`;
      first = false;
      out += line.replace(/STARTTLS/g, 'XXXXXXXA');
    }
    if (out) client.write(Buffer.from(out, 'latin1'));
  });
  client.on('data', (d) => server.write(d));
  const close = () => {
    client.destroy();
    server.destroy();
  };
  client.on('error', close);
  server.on('error', close);
  client.on('end', () => server.end());
  server.on('end', () => client.end());
});
server.listen(listenPort, () => process.stdout.write('ready\n'));
