import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ProbeReport } from '../../src/probe/probe-report.js';
import { kernelAvailable, kernelRequired, Lab, waitReady as ready } from './lab.js';
import { nmapStates } from './nmap.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const kernel = kernelAvailable();
const skip = !kernel.ok && !kernelRequired() ? `kernel tests need root, ip, nft (${kernel.why})` : false;

/** nmap is in CI's package list; elsewhere its comparison is skipped (and says so). */
const nmapMissing = (() => {
  try {
    execFileSync('nmap', ['--version'], { stdio: 'ignore' });
    return false;
  } catch {
    return kernelRequired() ? false : 'nmap is not installed';
  }
})();

const HOST = '198.51.100.2';
const PEER = '203.0.113.2';
/**
 * The path: drops on the bridge (a middlebox that silently discards), rejects at the peer's
 * own firewall (this kernel has no bridge-family reject). What each does to a port is what
 * the probe must report.
 */
const MIDDLEBOX = `table bridge middlebox {
  chain forward {
    type filter hook forward priority 0; policy accept;
    ip daddr ${PEER} tcp dport 2001 drop
    ip daddr ${PEER} udp dport 2004 drop
  }
}
`;
const PEER_FIREWALL = `table inet edge {
  chain input {
    type filter hook input priority 0; policy accept;
    tcp dport 2002 reject with icmpx type admin-prohibited
    udp dport 2006 reject with icmpx type admin-prohibited
  }
}
`;
/** Port -> the state the lab was built to give it. */
const EXPECTED: Record<string, string> = {
  'tcp/25': 'open', // SMTP, unaltered
  'tcp/587': 'open', // SMTP through the rewriting middlebox
  'tcp/53': 'open', // DNS over TCP, answers REFUSED
  'tcp/8080': 'open', // plain listener
  'tcp/2001': 'filtered', // dropped on the path
  'tcp/2002': 'filtered', // ICMP admin-prohibited
  'tcp/2003': 'closed', // nothing listens: the peer resets
  'udp/53': 'open', // DNS, answers REFUSED
  'udp/123': 'open', // NTP mode 4
  'udp/6277': 'open', // DCC NOP answered OK
  'udp/24441': 'open', // Pyzor ping answered
  'udp/9999': 'open|filtered', // bound, never answers
  'udp/2004': 'open|filtered', // dropped on the path
  'udp/2005': 'closed', // nothing bound: ICMP port unreachable
  'udp/2006': 'filtered', // ICMP admin-prohibited (a UDP socket without IP_RECVERR hears only the fatal ICMP errors)
};

const SITE = `site: probelab
zones:
  peer: [${PEER}]
  far: [203.0.113.0/24]
hosts:
  h1: { addresses: [${HOST}] }
flows:
  - { from: h1, to: peer, tcp: [25, 587, 53, 8080, 2001, 2002, 2003], why: lab }
  - { from: h1, to: peer, udp: [53, 123, 6277, 24441, 9999, 2004, 2005, 2006], why: lab }
  - { from: h1, to: far, tcp: 8443, why: a range peer without a target }
`;

/** A host and a peer on the lab's bridge, and the site file in a temporary folder; `down` removes both. */
class ProbeLab {
  readonly lab: Lab;
  readonly site: string;
  private readonly dir = mkdtempSync(join(tmpdir(), 'portcullis-probe-'));

  constructor(siteText: string) {
    this.site = join(this.dir, 'site.yaml');
    try {
      writeFileSync(this.site, siteText);
      this.lab = new Lab([
        { name: 'host', addresses: [HOST] },
        { name: 'peer', addresses: [PEER] },
      ]).up();
    } catch (err) {
      rmSync(this.dir, { recursive: true, force: true });
      throw err;
    }
  }

  down(): void {
    this.lab.down();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function runCli(
  lab: Lab,
  args: string[],
  node = 'host',
): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    execFile(
      'ip',
      ['netns', 'exec', lab.ns(node), process.execPath, join(ROOT, 'bin/portcullis.js'), ...args],
      { encoding: 'utf8' },
      (err, stdout, stderr) => {
        resolve({
          code: err ? Number((err as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr,
          ms: performance.now() - t0,
        });
      },
    );
  });
}

describe('probe on a real network (namespaces, a middlebox on the bridge)', { skip }, () => {
  let probeLab: ProbeLab;
  let lab: Lab;
  let site: string;
  before(async () => {
    probeLab = new ProbeLab(SITE);
    ({ lab, site } = probeLab);
    lab.loadBridgeNft(MIDDLEBOX);
    lab.loadNft('peer', PEER_FIREWALL);
    // The kernel sends at most one ICMP error per second to a destination (icmp_ratelimit):
    // tests run back to back, so the lab lifts the limit and every run hears every error.
    lab.run('peer', ['sysctl', '-qw', 'net.ipv4.icmp_ratelimit=0']);
    lab.intercept([{ daddr: PEER, port: 587, localPort: 10587 }]);
    await ready(
      lab.spawnIn('peer', [
        process.execPath,
        join(ROOT, 'tests/kernel/responders.mjs'),
        PEER,
        '[25,587,8080]',
        '[9999]',
      ]),
    );
    await ready(
      lab.spawnInBridge([process.execPath, join(ROOT, 'tests/kernel/smtp-mangler.mjs'), '10587', PEER, '587']),
    );
  });
  after(() => probeLab?.down());

  test('every state is the one the lab was built to give, with the protocol that proves it', async () => {
    const r = await runCli(lab, ['probe', site, '--host', 'h1', '--json', '--timeout', '1000']);
    assert.equal(r.code, 1, `exit 1 (flows not open); stderr: ${r.stderr}`);
    const report = JSON.parse(r.stdout) as ProbeReport;
    const got = Object.fromEntries(report.results.map((x) => [`${x.protocol}/${x.port}`, x.state]));
    assert.deepEqual(got, EXPECTED);
    const by = (k: string) => report.results.find((x) => `${x.protocol}/${x.port}` === k)!;
    assert.match(
      by('tcp/25').detail,
      /banner: 220 peer\.example ESMTP lab; EHLO 250 PIPELINING SIZE STARTTLS ENHANCEDSTATUSCODES 8BITMIME; STARTTLS 220 \(TLS alert/,
    );
    assert.match(by('udp/6277').detail, /DCC answer OK/);
    assert.match(by('udp/24441').detail, /Pyzor answer, code 200/);
    // SMTP integrity: 25 passes, 587 went through the rewriting middlebox.
    const checks = Object.fromEntries(report.checks.map((c) => [c.port, c]));
    assert.equal(checks[25]!.status, 'pass', checks[25]!.detail);
    assert.equal(checks[587]!.status, 'fail');
    assert.match(checks[587]!.detail, /banner masked with "\*"/);
    assert.match(checks[587]!.detail, /XXXXXXXA \(was STARTTLS/);
    assert.match(by('udp/53').detail, /DNS answer REFUSED/);
    assert.match(by('tcp/53').detail, /DNS answer REFUSED/);
    assert.match(by('udp/123').detail, /NTP reply, stratum 2/);
    assert.equal(by('udp/53').method, 'dns-query');
    assert.equal(by('udp/123').method, 'ntp-request');
    for (const x of report.results) assert.equal(x.target, PEER);
    assert.ok(by('tcp/8080').rttMs !== null && by('tcp/8080').rttMs! < 1000);
    // The range peer has no target: said, not probed, not guessed.
    assert.deepEqual(
      report.unprobed.map((u) => [u.ports, u.peers]),
      [['8443', ['203.0.113.0/24']]],
    );
    assert.deepEqual(report.summary, { probed: 15, open: 8, closed: 2, filtered: 3, openFiltered: 2, unprobed: 1 });
    // Parallel: about one timeout (1 s) plus start-up, not the sum of 12 timeouts.
    assert.ok(r.ms < 4000, `took ${Math.round(r.ms)} ms`);
  });

  test(
    'nmap -sT/-sU agree port by port, except where a protocol exchange proves open what nmap can only call open|filtered',
    { skip: nmapMissing },
    async () => {
      const r = await runCli(lab, ['probe', site, '--host', 'h1', '--json', '--timeout', '1000']);
      const ours = new Map((JSON.parse(r.stdout) as ProbeReport).results.map((x) => [`${x.protocol}/${x.port}`, x]));
      const ports = (proto: string) =>
        Object.keys(EXPECTED)
          .filter((k) => k.startsWith(`${proto}/`))
          .map((k) => k.split('/')[1]!);
      const nm = new Map<string, string>();
      for (const [proto, flag] of [
        ['tcp', '-sT'],
        ['udp', '-sU'],
      ] as const) {
        const xml = lab.run('host', ['nmap', flag, '-Pn', '-n', '-oX', '-', '-p', ports(proto).join(','), PEER]);
        for (const [p, st] of nmapStates(xml, proto)) nm.set(`${proto}/${p}`, st);
      }
      let better = 0;
      for (const key of Object.keys(EXPECTED)) {
        const o = ours.get(key)!;
        if (o.state === nm.get(key)) continue;
        assert.ok(
          o.state === 'open' && nm.get(key) === 'open|filtered' && o.method !== 'udp-empty',
          `${key}: ours ${o.state} (${o.method}), nmap ${nm.get(key)}`,
        );
        better++;
      }
      assert.ok(better <= 2, `nmap's UDP payloads answer DNS and NTP too; only DCC/Pyzor may differ (${better})`);
    },
  );

  test('--target gives a range peer an address inside it; one outside it is not probed', async () => {
    const r = await runCli(lab, [
      'probe',
      site,
      '--host',
      'h1',
      '--json',
      '--timeout',
      '800',
      '--target',
      `203.0.113.0/24=${PEER}`,
      '--target',
      '203.0.113.0/24=192.0.2.99',
    ]);
    const report = JSON.parse(r.stdout) as ProbeReport;
    const wide = report.results.filter((x) => x.port === 8443);
    assert.deepEqual(
      wide.map((x) => [x.target, x.state, x.method]),
      [[PEER, 'closed', 'tls-handshake']],
    );
    assert.ok(!report.results.some((x) => x.target === '192.0.2.99'), 'probed an address outside the peer');
    assert.equal(report.unprobed.length, 0);
  });

  test('the terminal report names each state and what was not probed', async () => {
    const r = await runCli(lab, ['probe', site, '--host', 'h1', '--timeout', '800']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /open\|filtered +out +udp +9999 +203\.0\.113\.2/);
    assert.match(r.stdout, /not probed:\n {2}out tcp 8443 to 203\.0\.113\.0\/24: no target/);
    assert.match(r.stdout, /open 8, closed 2, filtered 3, open\|filtered 2; not probed 1/);
    assert.match(r.stdout, /check smtp-unaltered: fail \(203\.0\.113\.2:587: banner masked/);
  });
});

const PAIR_SITE = `site: pairlab
zones:
  peer: [${PEER}]
hosts:
  h1: { addresses: [${HOST}] }
flows:
  - { from: peer, to: h1, tcp: [25, 587, 2200, 2201], why: lab }
  - { from: peer, to: h1, udp: [5353, 5354], why: lab }
`;

describe('pair mode: listen on the host, probe --from the peer, through a rewriting middlebox', { skip }, () => {
  let probeLab: ProbeLab;
  let lab: Lab;
  let site: string;
  let token = '';
  let listenErr = '';
  before(async () => {
    probeLab = new ProbeLab(PAIR_SITE);
    ({ lab, site } = probeLab);
    lab.loadBridgeNft(`table bridge middlebox {
  chain forward {
    type filter hook forward priority 0; policy accept;
    ip daddr ${HOST} tcp dport 2201 drop
    ip daddr ${HOST} udp dport 5354 drop
  }
}
`);
    lab.intercept([{ daddr: HOST, port: 587, localPort: 10587 }]);
    await ready(
      lab.spawnInBridge([process.execPath, join(ROOT, 'tests/kernel/smtp-mangler.mjs'), '10587', HOST, '587']),
    );
    // Real services on the host: SMTP on 25 and a plain listener on 2200 (listen must leave them be).
    await ready(
      lab.spawnIn('host', [process.execPath, join(ROOT, 'tests/kernel/responders.mjs'), HOST, '[25,2200]', '[]']),
    );
    const listen = lab.spawnIn('host', [
      process.execPath,
      join(ROOT, 'bin/portcullis.js'),
      'listen',
      site,
      '--host',
      'h1',
      '--for',
      '60',
    ]);
    listen.stderr.on('data', (d: Buffer) => (listenErr += d.toString()));
    token = await new Promise<string>((resolve, reject) => {
      createInterface({ input: listen.stdout }).once('line', resolve);
      listen.once('exit', (c) => reject(new Error(`listen exited (${c}): ${listenErr}`)));
    });
  });
  after(() => probeLab?.down());

  test('listen holds the free ports, leaves the busy ones to their services, and prints one token line', () => {
    assert.match(token, /^pc1\.[A-Za-z0-9_-]+$/);
    assert.match(listenErr, /listening on 198\.51\.100\.2 for 60 s:\n {2}tcp\/587 tcp\/2201 udp\/5353 udp\/5354\n/);
    assert.match(listenErr, /in use by a service \(probed as it is\): tcp\/25 tcp\/2200/);
  });

  test("every inbound state, the listener's token, and the SMTP check against the host's own view", async () => {
    const r = await runCli(
      lab,
      ['probe', site, '--host', 'h1', '--from', 'peer', '--token', token, '--json', '--timeout', '1000'],
      'peer',
    );
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as ProbeReport;
    assert.equal(report.from, 'peer');
    const got = Object.fromEntries(report.results.map((x) => [`${x.protocol}/${x.port}`, x.state]));
    assert.deepEqual(got, {
      'tcp/25': 'open',
      'tcp/587': 'open',
      'tcp/2200': 'open',
      'tcp/2201': 'filtered',
      'udp/5353': 'open',
      'udp/5354': 'open|filtered',
    });
    const by = (k: string) => report.results.find((x) => `${x.protocol}/${x.port}` === k)!;
    assert.equal(by('udp/5353').detail, "the listener's token came back");
    assert.equal(by('tcp/25').method, 'smtp');
    for (const x of report.results) assert.equal(x.direction, 'in');
    const checks = Object.fromEntries(report.checks.map((c) => [c.port, c]));
    assert.equal(checks[25]!.status, 'pass', checks[25]!.detail);
    assert.match(checks[25]!.detail, /compared with the expected dialogue/);
    assert.equal(checks[587]!.status, 'fail');
    assert.match(checks[587]!.detail, /banner masked/);
    assert.match(checks[587]!.detail, /extensions missing from outside: STARTTLS/);
  });

  test('without the token the listener answers no datagram (it is not an echo service for anyone)', async () => {
    const r = await runCli(
      lab,
      ['probe', site, '--host', 'h1', '--from', 'peer', '--json', '--timeout', '600'],
      'peer',
    );
    const report = JSON.parse(r.stdout) as ProbeReport;
    assert.equal(report.results.find((x) => x.port === 5353)!.state, 'open|filtered');
    const smtp = report.checks.find((c) => c.port === 587)!;
    assert.equal(smtp.status, 'fail', 'the rewriting is seen without a reference too');
    assert.match(smtp.detail, /signs of rewriting only/);
  });
});
