// A traffic agent that runs inside one test namespace (`ip netns exec NS node agent.mjs`).
// It reads JSON commands on stdin, one per line, and answers each with one JSON line.
// Plain JavaScript on purpose: it is started as a separate process, not imported.
import dgram from 'node:dgram';
import net from 'node:net';
import readline from 'node:readline';

const servers = [];

/** Listens on TCP (accept and close) and UDP (echo) ports, on every address of the namespace. */
async function listen({ tcp = [], udp = [] }) {
  for (const port of tcp) {
    await new Promise((resolve, reject) => {
      const s = net.createServer((c) => {
        c.on('error', () => {});
        c.end('ok\n');
      });
      s.on('error', reject);
      s.listen({ port, host: '::', ipv6Only: false, backlog: 64 }, resolve);
      servers.push(s);
    });
  }
  for (const port of udp) {
    await new Promise((resolve, reject) => {
      const s = dgram.createSocket({ type: 'udp6', ipv6Only: false });
      s.on('error', reject);
      s.on('message', (msg, rinfo) => s.send(msg, rinfo.port, rinfo.address));
      s.bind(port, '::', resolve);
      servers.push(s);
    });
  }
  return { ok: true };
}

/**
 * Connects to each target. `open` needs the listener's greeting to arrive: the handshake alone
 * proves only the SYN and SYN-ACK; the greeting proves the client's ACK got in and data gets out.
 */
function tcpOne({ addr, port }, timeout) {
  return new Promise((resolve) => {
    const s = net.connect({ host: addr, port });
    const done = (r) => {
      clearTimeout(t);
      s.destroy();
      resolve(r);
    };
    const t = setTimeout(() => done('timeout'), timeout);
    let connected = false;
    s.on('connect', () => {
      connected = true;
    });
    s.on('data', () => done('open'));
    s.on('end', () => done(connected ? 'closed-without-data' : 'error'));
    s.on('error', (e) =>
      done(
        e.code === 'ECONNREFUSED'
          ? 'refused'
          : e.code === 'EPERM' || e.code === 'EACCES'
            ? 'eperm'
            : (e.code ?? 'error'),
      ),
    );
  });
}

/** Sends a token and waits for the echo; retries once to ride out a lost first packet (ND). */
function udpOne({ addr, port }, timeout) {
  return new Promise((resolve) => {
    const s = dgram.createSocket(addr.includes(':') ? 'udp6' : 'udp4');
    const token = Buffer.from(`pc-${port}-${Math.random()}`);
    let tries = 0;
    const done = (r) => {
      clearTimeout(t);
      try {
        s.close();
      } catch {}
      resolve(r);
    };
    const send = () => {
      tries++;
      s.send(token, port, addr, (err) => {
        if (err) done(err.code === 'EPERM' || err.code === 'EACCES' ? 'eperm' : (err.code ?? 'error'));
      });
    };
    let t = setTimeout(function again() {
      if (tries < 2) {
        send();
        t = setTimeout(again, timeout / 2);
      } else done('timeout');
    }, timeout / 2);
    s.on('message', (m) => done(m.equals(token) ? 'open' : 'garbled'));
    s.on('error', (e) =>
      done(e.code === 'ECONNREFUSED' ? 'refused' : e.code === 'EPERM' ? 'eperm' : (e.code ?? 'error')),
    );
    send();
  });
}

async function many(targets, fn, timeout, concurrency) {
  const results = new Array(targets.length);
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const i = next++;
      results[i] = await fn(targets[i], timeout);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, targets.length) }, worker));
  return results;
}

const rl = readline.createInterface({ input: process.stdin });
rl.on('line', async (line) => {
  const cmd = JSON.parse(line);
  let out;
  try {
    if (cmd.op === 'listen') out = await listen(cmd);
    else if (cmd.op === 'tcp')
      out = { results: await many(cmd.targets, tcpOne, cmd.timeout ?? 400, cmd.concurrency ?? 500) };
    else if (cmd.op === 'udp')
      out = { results: await many(cmd.targets, udpOne, cmd.timeout ?? 600, cmd.concurrency ?? 200) };
    else if (cmd.op === 'exit') {
      process.stdout.write(`${JSON.stringify({ id: cmd.id, ok: true })}\n`, () => process.exit(0));
      return;
    } else out = { error: `unknown op ${cmd.op}` };
  } catch (e) {
    out = { error: String(e?.message ?? e) };
  }
  process.stdout.write(`${JSON.stringify({ id: cmd.id, ...out })}\n`);
});
rl.on('close', () => process.exit(0));
