/**
 * The probe benchmark of issue 4: 500 planned flows in a namespace lab (a third each open,
 * closed and filtered, TCP and UDP), `portcullis probe` with a 1 s timeout, then nmap -sT and
 * -sU over the same targets: wall times, their ratio, and whether the states agree port by port.
 * Needs root, ip, nft and nmap; says why and skips otherwise. All traffic stays in the lab.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProbeReport } from '../src/probe/probe-report.js';
import { kernelAvailable, Lab, waitReady } from '../tests/kernel/lab.js';
import { nmapStates } from '../tests/kernel/nmap.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HOST = '198.51.100.2';
const PEER = '203.0.113.2';
const TCP = 350;
const UDP = 150;

/** Port i of a protocol: every other port (so the plan keeps them apart), state by i mod 3. */
const tcpPort = (i: number): number => 20000 + 2 * i;
const udpPort = (i: number): number => 30000 + 2 * i;
const STATES = ['open', 'closed', 'filtered'] as const;

function run(ns: string, args: string[]): Promise<{ ms: number; stdout: string; code: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    execFile('ip', ['netns', 'exec', ns, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 }, (err, stdout) =>
      resolve({ ms: performance.now() - t0, stdout, code: err ? Number((err as { code?: number }).code ?? 1) : 0 }),
    );
  });
}

export async function probeBench(): Promise<string[][]> {
  const k = kernelAvailable();
  let nmap = '';
  try {
    nmap = execFileSync('nmap', ['--version'], { encoding: 'utf8' }).split('\n')[0]!;
  } catch {
    /* absent */
  }
  if (!k.ok || !nmap)
    return [['probe, 500 flows', 'skipped', !k.ok ? k.why : 'nmap is not installed (apt-get install nmap)', '']];
  const tcp = Array.from({ length: TCP }, (_, i) => tcpPort(i));
  const udp = Array.from({ length: UDP }, (_, i) => udpPort(i));
  const want = new Map<string, string>();
  tcp.forEach((p, i) => want.set(`tcp/${p}`, STATES[i % 3]!));
  udp.forEach((p, i) => want.set(`udp/${p}`, ['open', 'closed', 'open|filtered'][i % 3]!));
  const of = (list: number[], s: number): number[] => list.filter((_, i) => i % 3 === s);
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-probe-bench-'));
  const lab = new Lab([
    { name: 'host', addresses: [HOST] },
    { name: 'peer', addresses: [PEER] },
  ]).up();
  try {
    const drop = [
      ...of(tcp, 2).map((p) => `    ip daddr ${PEER} tcp dport ${p} drop`),
      ...of(udp, 2).map((p) => `    ip daddr ${PEER} udp dport ${p} drop`),
    ];
    lab.loadBridgeNft(
      `table bridge middlebox {\n  chain forward {\n    type filter hook forward priority 0; policy accept;\n${drop.join('\n')}\n  }\n}\n`,
    );
    // ICMP errors unlimited on the peer: both tools see every port unreachable (closed UDP).
    lab.run('peer', [
      'sysctl',
      '-qw',
      'net.ipv4.icmp_ratelimit=0',
      'net.ipv4.icmp_msgs_per_sec=100000',
      'net.ipv4.icmp_msgs_burst=100000',
    ]);
    await waitReady(
      lab.spawnIn('peer', [
        process.execPath,
        join(ROOT, 'tests/kernel/responders.mjs'),
        PEER,
        JSON.stringify(of(tcp, 0)),
        '[]',
        JSON.stringify(of(udp, 0)),
      ]),
    );
    const site = [
      'site: probebench',
      'zones:',
      `  peer: [${PEER}]`,
      'hosts:',
      `  h1: { addresses: [${HOST}] }`,
      'flows:',
      `  - { from: h1, to: peer, tcp: [${tcp.join(', ')}], why: bench }`,
      `  - { from: h1, to: peer, udp: [${udp.join(', ')}], why: bench }`,
    ];
    writeFileSync(join(dir, 'site.yaml'), `${site.join('\n')}\n`);
    const ns = lab.ns('host');
    const ours = await run(ns, [
      process.execPath,
      join(ROOT, 'bin/portcullis.js'),
      'probe',
      join(dir, 'site.yaml'),
      '--host',
      'h1',
      '--json',
      '--timeout',
      '1000',
      '--concurrency',
      '500',
      '--rate',
      '5000',
    ]);
    const defaults = await run(ns, [
      process.execPath,
      join(ROOT, 'bin/portcullis.js'),
      'probe',
      join(dir, 'site.yaml'),
      '--host',
      'h1',
      '--json',
      '--timeout',
      '1000',
    ]);
    const report = JSON.parse(ours.stdout) as ProbeReport;
    const got = new Map(report.results.map((r) => [`${r.protocol}/${r.port}`, r.state]));
    const nmapT = await run(ns, ['nmap', '-sT', '-Pn', '-n', '-oX', '-', '-p', tcp.join(','), PEER]);
    const nmapU = await run(ns, ['nmap', '-sU', '-Pn', '-n', '-oX', '-', '-p', udp.join(','), PEER]);
    const nm = new Map<string, string>();
    for (const [p, s] of nmapStates(nmapT.stdout, 'tcp')) nm.set(`tcp/${p}`, s);
    for (const [p, s] of nmapStates(nmapU.stdout, 'udp')) nm.set(`udp/${p}`, s);
    const keys = [...want.keys()];
    const asBuilt = keys.filter((key) => got.get(key) === want.get(key)).length;
    const agree = keys.filter((key) => got.get(key) === nm.get(key));
    const differ = keys
      .filter((key) => got.get(key) !== nm.get(key))
      .slice(0, 4)
      .map((key) => `${key} ours ${got.get(key)} nmap ${nm.get(key) ?? '-'}`);
    const nmapMs = nmapT.ms + nmapU.ms;
    return [
      [
        'probe, 500 flows (350 TCP + 150 UDP)',
        `${(ours.ms / 1000).toFixed(2)} s`,
        `timeout 1 s, concurrency 500, rate 5000/s; ${asBuilt}/500 states as the lab was built`,
        '~ one timeout + 1 s (2 s)',
      ],
      [
        'probe, same, default concurrency 64 and rate 200/s',
        `${(defaults.ms / 1000).toFixed(2)} s`,
        'the rate limit alone spaces 500 starts over 2.5 s',
        '',
      ],
      [
        'nmap -sT + -sU, same targets',
        `${(nmapMs / 1000).toFixed(2)} s`,
        `${nmap}; -sT ${(nmapT.ms / 1000).toFixed(2)} s, -sU ${(nmapU.ms / 1000).toFixed(2)} s; ratio nmap/probe ${(nmapMs / ours.ms).toFixed(1)}x`,
        '',
      ],
      [
        'states: probe vs nmap',
        `${agree.length}/500 agree`,
        differ.length ? differ.join('; ') : 'every port',
        '500/500',
      ],
    ];
  } finally {
    lab.down();
    rmSync(dir, { recursive: true, force: true });
  }
}
