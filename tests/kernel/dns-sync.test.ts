import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { lineReader, type LineReader } from './child-lines.js';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { compilePlan } from '../../src/compile/compile.js';
import { staticResolver } from '../../src/net/resolver.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { loadSite } from '../../src/site/load-site.js';
import { kernelAvailable, kernelRequired, Lab, onPath } from './lab.js';
import { SshServer } from './ssh-lab.js';

/**
 * dns-sync on a real kernel: a DNS server of the test's own (tests/kernel/dns-responder.mjs, TTL
 * 2 s) in one namespace, the host's nftables rules loaded with empty sets, and a peer namespace
 * per address. The host reaches the name's current address and nothing else; a changed record
 * is followed within TTL + 5 s and the old address goes within TTL + grace + 5 s while a
 * connection opened to it keeps working; a silent or garbled DNS server changes nothing.
 */
const kernel = kernelAvailable();
const skip = !kernel.ok && !kernelRequired() ? `needs root, ip, nft (${kernel.why})` : false;

const BIN = fileURLToPath(new URL('../../../bin/portcullis.js', import.meta.url));
const RESPONDER = fileURLToPath(new URL('../../../tests/kernel/dns-responder.mjs', import.meta.url));
const STREAM = fileURLToPath(new URL('../../../tests/kernel/stream.mjs', import.meta.url));

const HOST = ['203.0.113.10', '2001:db8:113::10'];
const A = ['198.51.100.77', '2001:db8:77::77'];
const B = '198.51.100.78';
const C = '198.51.100.79';
const DNS = '192.0.2.53';
const TTL = 2;
const GRACE = 2;

const SITE = `site: dns-lab
zones:
  adm: [198.51.100.0/28]
  dns: [${DNS}]
hosts:
  h: { addresses: [${HOST.join(', ')}] }
management: { from: adm }
deployments:
  - profile: mailserver
    roles: { server: h }
    peers: { internet: relay.lab.test }
    features: []
  - profile: os-base
    roles: { host: [h] }
    peers: { resolvers: dns }
    features: [dns]
`;

/** A child's stdout and stderr, line by line. */
const watch = (p: ChildProcessWithoutNullStreams): LineReader => lineReader(p.stdout, p.stderr);

/**
 * The lab of one test: the host's rules compiled (sets empty) and loaded, the site file, the
 * DNS responder started with `zone`, and the nodes given; `children` are killed at the end.
 * firewalld runs in the host's namespace (with a private D-Bus system bus and /etc, as in the
 * apply lab), its zone bound to the host's interface.
 */
async function dnsLab(nodes: { name: string; addresses: string[] }[], zone: object, target: Synced = 'nftables') {
  const { catalog } = loadCatalog();
  const { site, diagnostics } = loadSite('dns-lab.yaml', catalog, SITE);
  assert.ok(site, JSON.stringify(diagnostics));
  const compiled = await compilePlan(buildPlan(site), target, { resolve: staticResolver({}) });
  const files = compiled.hosts.find((h) => h.host === 'h')!.files;
  const rules = files.map((f) => f.content).join('\n');
  const lab = new Lab([{ name: 'h', addresses: HOST }, { name: 'dns', addresses: [DNS] }, ...nodes]).up();
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-dns-sync-'));
  const children: ChildProcessWithoutNullStreams[] = [];
  let firewalld: SshServer | null = null;
  const down = (): void => {
    for (const c of children) c.kill('SIGKILL');
    firewalld?.stop();
    lab.down();
    rmSync(dir, { recursive: true, force: true });
  };
  // The host's rules as their header says: nft -f; the ipsets first, then iptables-restore; firewalld's files and a reload.
  const load = (): void => {
    if (target === 'nftables') lab.loadNft('h', files[0]!.content);
    else if (target === 'iptables') {
      lab.runWithInput('h', ['ipset', '-exist', 'restore'], files.find((f) => f.name.endsWith('.ipsets'))!.content);
      lab.loadIptables('h', files[0]!.content, files[1]!.content);
    } else firewalld!.runInside('firewall-cmd --reload');
  };
  try {
    if (target === 'firewalld') {
      firewalld = new SshServer(lab, 'h', HOST, true);
      await firewalld.start();
      for (const f of files.filter((x) => !x.companion)) {
        const path = join(firewalld.etc, 'firewalld', f.name.replace(/^h\//, ''));
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, f.content);
      }
      firewalld.runInside(
        'firewall-cmd --reload && firewall-cmd --permanent --zone=pc-h --change-interface=eth0 && firewall-cmd --zone=pc-h --change-interface=eth0',
      );
    } else load();
    writeFileSync(join(dir, 'site.yaml'), SITE);
    const dns = spawn('ip', ['netns', 'exec', lab.ns('dns'), process.execPath, RESPONDER, DNS]);
    children.push(dns);
    const dnsOut = watch(dns);
    await dnsOut.next(/^ready/);
    dns.stdin.write(`${JSON.stringify(zone)}\n`);
    await dnsOut.next(/^zone/, 5_000);
    return { lab, dir, rules, load, dns, dnsOut, children, down, firewalld };
  } catch (err) {
    down();
    throw err;
  }
}

/**
 * `portcullis dns-sync` running in the host's namespace, asking the lab's DNS server (for
 * firewalld, inside the host's private mounts too, where firewalld's bus is).
 */
function dnsSyncIn(
  lab: Lab,
  dir: string,
  extra: string[],
  target: Synced = 'nftables',
  firewalld: SshServer | null = null,
): ChildProcessWithoutNullStreams {
  const args = [
    BIN,
    'dns-sync',
    join(dir, 'site.yaml'),
    '--host',
    'h',
    '--target',
    target,
    '--server',
    DNS,
    '--state-dir',
    join(dir, 'state'),
    ...extra,
  ];
  if (firewalld) return firewalld.spawnInside(`exec ${[process.execPath, ...args].join(' ')}`);
  return spawn('ip', ['netns', 'exec', lab.ns('h'), process.execPath, ...args]);
}

/** The targets whose sets dns-sync fills. */
type Synced = 'nftables' | 'iptables' | 'firewalld';

/** firewalld needs its daemon, a D-Bus system bus and busctl (dns-sync's way to it). */
const noFirewalld = ['firewalld', 'dbus-daemon', 'busctl'].find((b) => !onPath(b));

describe('dns-sync on a real kernel', { skip, concurrency: true }, () => {
  for (const target of ['nftables', 'iptables', 'firewalld'] as const)
    test(
      `${target}: the current address only; a change followed in time; the old connection kept; DNS silent or garbled: nothing changes; a CNAME chain of three; a reload of the rules`,
      {
        skip: target === 'firewalld' && noFirewalld ? `${noFirewalld} is not installed` : false,
      },
      async (t) => {
        const { lab, dir, rules, load, dns, dnsOut, children, down, firewalld } = await dnsLab(
          [
            { name: 'a', addresses: A },
            { name: 'b', addresses: [B] },
            { name: 'c', addresses: [C] },
          ],
          { 'relay.lab.test': { a: [A[0]], aaaa: [A[1]], ttl: TTL } },
          target,
        );
        try {
          assert.match(
            rules,
            {
              nftables: /set fqdn4_0 \{[^}]*comment "[^"]*relay\.lab\.test/,
              iptables: /-m set --match-set portcullis-fqdn4_0 dst -p tcp --dport 25 /,
              firewalld: /<destination ipset="pc-h-fqdn4_0"\/><port port="25" protocol="tcp"\/>/,
            }[target],
          );
          let updates = 1;
          const setZone = async (doc: object): Promise<void> => {
            dns.stdin.write(`${JSON.stringify(doc)}\n`);
            updates++;
            // The n-th acknowledgement.
            while (dnsOut.seen.filter((l) => l.startsWith('zone')).length < updates)
              await new Promise((r) => setTimeout(r, 20));
          };
          // The peers: a holds one long connection from the host (the stream), b and c listen on 25.
          const stream = spawn('ip', ['netns', 'exec', lab.ns('a'), process.execPath, STREAM, 'server', '25']);
          children.push(stream);
          const fromStream = watch(stream);
          await fromStream.next(/listening/);
          for (const n of ['b', 'c']) await (await lab.agent(n)).listen([25], []);
          const h = await lab.agent('h');
          const out = async (addr: string): Promise<string> => (await h.tcp([{ addr, port: 25 }], 1500))[0]!;
          // Before any sync the set is empty: nothing is let out on 25.
          assert.equal(await out(B), 'timeout');
          const sync = dnsSyncIn(lab, dir, ['--min-ttl', '1', '--grace', String(GRACE)], target, firewalld);
          children.push(sync);
          const log = watch(sync);
          await log.next(/relay\.lab\.test \(IPv4\) set fqdn4_0: added \[198\.51\.100\.77\] removed \[\] ttl 2/);
          await log.next(/relay\.lab\.test \(IPv6\) set fqdn6_0: added \[2001:db8:77::77\]/);
          // The old connection, opened now, must survive the change.
          const client = spawn('ip', ['netns', 'exec', lab.ns('h'), process.execPath, STREAM, 'client', A[0]!, '25']);
          children.push(client);
          const fromClient = watch(client);
          await fromClient.next(/connected/);
          assert.equal(await out(B), 'timeout', 'b is not the name');
          assert.equal(await out(C), 'timeout', 'c is not the name');
          // The record changes, to the end of a CNAME chain of three names.
          const changed = Date.now();
          await setZone({
            'relay.lab.test': { cname: 'mid.lab.test', ttl: TTL },
            'mid.lab.test': { cname: 'end.lab.test', ttl: TTL },
            'end.lab.test': { a: [B], ttl: TTL },
          });
          await log.next(/set fqdn4_0: added \[198\.51\.100\.78\]/, (TTL + 5) * 1000);
          const admitted = Date.now() - changed;
          assert.ok(admitted <= (TTL + 5) * 1000, `admitted after ${admitted} ms`);
          assert.equal(await out(B), 'open', 'the new address (through the CNAME chain) is let out');
          // Inbound the same set decides: the name's address may connect to the host, another may not.
          await h.listen([25], []);
          const inbound = async (from: string): Promise<string> =>
            (await (await lab.agent(from)).tcp([{ addr: HOST[0]!, port: 25 }], 1500))[0]!;
          assert.equal(await inbound('b'), 'open', 'the name (inbound SMTP from it)');
          assert.equal(await inbound('c'), 'timeout', 'not the name');
          await log.next(/set fqdn4_0: added \[\] removed \[198\.51\.100\.77\]/, (TTL + GRACE + 5) * 1000);
          const removed = Date.now() - changed;
          assert.ok(removed <= (TTL + GRACE + 5) * 1000, `removed after ${removed} ms`);
          // Its keep time runs from the last answer that named it (up to one TTL before the change).
          assert.ok(removed >= GRACE * 1000 - 500, `not before its TTL + grace (${removed} ms)`);
          assert.equal(await out(A[0]!), 'timeout', 'a new connection to the old address is refused');
          t.diagnostic(
            `${target}: new address admitted ${admitted} ms after the change, old one removed after ${removed} ms (TTL ${TTL} s, grace ${GRACE} s)`,
          );
          client.stdin.end();
          const sent = await fromClient.next(/^sent \d+|^reset/);
          const got = await fromStream.next(/^lines \d+|^reset/);
          assert.match(sent, /^sent \d+$/);
          assert.equal(got, `lines ${sent.split(' ')[1]} ok`, 'the connection opened to the old address kept working');
          // DNS goes silent for several TTLs, then answers garbage: the set is kept, with a warning.
          const setNow = (): string =>
            ({
              nftables: () => lab.run('h', ['nft', 'list', 'set', 'inet', 'portcullis', 'fqdn4_0']),
              iptables: () => lab.run('h', ['ipset', 'save', 'portcullis-fqdn4_0']),
              firewalld: () => firewalld!.runInside('firewall-cmd --ipset=pc-h-fqdn4_0 --get-entries'),
            })[target]();
          const before = setNow();
          await setZone({ mode: 'silent' });
          await log.next(
            /warning: relay\.lab\.test \(IPv4, set fqdn4_0\): DNS did not answer \(ETIMEOUT\); keeping the last good addresses \(198\.51\.100\.78\)/,
            30_000,
          );
          await new Promise((r) => setTimeout(r, (TTL * 2 + 1) * 1000));
          assert.equal(setNow(), before, 'the set is unchanged while DNS is silent');
          await setZone({ mode: 'garbage' });
          await log.next(/DNS did not answer \((EBADRESP|EFORMERR|EBADFAMILY)\)/, 30_000);
          assert.equal(setNow(), before, 'the set is unchanged while DNS answers garbage');
          assert.equal(await out(B), 'open');
          await setZone({ mode: 'normal' });
          if (target !== 'iptables') {
            // The rules are loaded again (which empties the sets): filled again at once, not at the next TTL.
            // First a TTL of 30 s, and a refresh that took it (dns-sync's state file): a refill now can
            // only come from the reload's wake-up, however slow a busy machine is.
            await setZone({
              'relay.lab.test': { cname: 'mid.lab.test', ttl: 30 },
              'mid.lab.test': { cname: 'end.lab.test', ttl: 30 },
              // The AAAA the set holds already (a name with no AAAA is asked again sooner).
              'end.lab.test': { a: [B], aaaa: [A[1]], ttl: 30 },
            });
            const state = join(dir, 'state', 'dns-sync-h.json');
            const refreshIn = (): number => {
              try {
                const saved = JSON.parse(readFileSync(state, 'utf8')) as { refreshAt: Record<string, number> };
                return (saved.refreshAt['relay.lab.test'] ?? 0) - Date.now();
              } catch {
                return 0;
              }
            };
            for (let i = 0; i < 300 && refreshIn() < 20_000; i++) await new Promise((r) => setTimeout(r, 50));
            assert.ok(refreshIn() >= 20_000, 'dns-sync took the long TTL');
            // (firewall-cmd --reload returns when firewalld has reloaded: the time counts from then.)
            const started = Date.now();
            load();
            const reloaded = Date.now();
            await log.next(/set fqdn4_0: added \[198\.51\.100\.78\] removed \[\]/, 10_000);
            const refilled = Date.now() - reloaded;
            assert.ok(refilled < 1500, `refilled ${refilled} ms after the reload`);
            t.diagnostic(
              `${target}: the set was full again ${Date.now() - started} ms after the reload began (the reload itself took ${reloaded - started} ms; the next refresh was 20 s or more away)`,
            );
          } else {
            // Loading the ipsets and rules again keeps what the sets hold (ipset -exist restore).
            load();
            assert.equal(setNow(), before, 'the ipset keeps its addresses across a reload of the files');
          }
          assert.equal(await out(B), 'open', 'after the reload');
        } finally {
          down();
        }
      },
    );

  // Beside the tests above: their bounds (TTL + 5 s, a refill within 1.5 s) hold with these refresh loops keeping the cores busy.
  describe('1,000 cycles', { concurrency: true }, () => {
    for (const target of ['nftables', 'iptables', 'firewalld'] as const)
      test(
        `${target}: 1,000 refresh cycles with TTL 0 and the record changing all the time: the set is never empty (${target === 'iptables' ? 'sampled' : 'nft monitor'})`,
        { skip: target === 'firewalld' && noFirewalld ? `${noFirewalld} is not installed` : false },
        async (t) => {
          const zone = (a: string[]): string => `${JSON.stringify({ 'relay.lab.test': { a, ttl: 0 } })}\n`;
          const { lab, dir, dns, dnsOut, children, down, firewalld } = await dnsLab(
            [],
            { 'relay.lab.test': { a: [A[0]], ttl: 0 } },
            target,
          );
          try {
            let filled = false;
            const empties: string[] = [];
            let events = 0;
            // Resolves once the monitor has reported everything committed before it was called.
            let caughtUp = async (): Promise<void> => undefined;
            if (target !== 'iptables') {
              // Every event of the kernel's ruleset, in commit order: the set's content is rebuilt from
              // them (firewalld's ipset is a set in firewalld's own nftables table).
              const set = target === 'nftables' ? 'inet portcullis fqdn4_0' : 'inet firewalld pc-h-fqdn4_0';
              const monitor = spawn('ip', ['netns', 'exec', lab.ns('h'), 'nft', 'monitor']);
              children.push(monitor);
              const members = new Set<string>();
              createInterface({ input: monitor.stdout }).on('line', (l) => {
                const m = /^(add|delete) element (\S+ \S+ \S+) \{ (.*) \}$/.exec(l);
                if (!m || m[2] !== set) return;
                events++;
                for (const a of m[3]!.split(', ')) {
                  if (m[1] === 'add') members.add(a);
                  else members.delete(a);
                }
                if (members.size > 0) filled = true;
                else if (filled) empties.push(l);
              });
              // nft monitor says nothing when it is ready, and reports in commit order: a table of
              // the test's own, added and deleted, is seen only after everything committed before it.
              const fromMonitor = lineReader(monitor.stdout);
              let marks = 0;
              caughtUp = async () => {
                const table = `pc_mark_${marks++}`;
                const seen = fromMonitor.next(new RegExp(`^delete table inet ${table}$`), 30_000);
                // Until the monitor is listening, a mark goes unseen: mark again.
                for (;;) {
                  lab.run('h', ['nft', 'add', 'table', 'inet', table]);
                  lab.run('h', ['nft', 'delete', 'table', 'inet', table]);
                  const r = await Promise.race([
                    seen.then(() => true),
                    new Promise((ok) => setTimeout(() => ok(false), 500)),
                  ]);
                  if (r) return;
                }
              };
              await caughtUp();
            } else {
              // ipsets have no monitor: the set's size is read over and over while dns-sync swaps it.
              const sampler = spawn('ip', [
                'netns',
                'exec',
                lab.ns('h'),
                'sh',
                '-c',
                'while :; do ipset list -t portcullis-fqdn4_0 | grep "^Number of entries"; done',
              ]);
              children.push(sampler);
              createInterface({ input: sampler.stdout }).on('line', (l) => {
                const n = Number(/(\d+)$/.exec(l)?.[1]);
                events++;
                if (n > 0) filled = true;
                else if (filled) empties.push(l);
              });
            }
            const sync = dnsSyncIn(lab, dir, ['--min-ttl', '0', '--grace', '0'], target, firewalld);
            children.push(sync);
            // The record moves between three answers (one, the other, both) while dns-sync refreshes.
            const answers = [[A[0]!], [B], [A[0]!, B]];
            let i = 0;
            const flip = setInterval(() => dns.stdin.write(zone(answers[++i % 3]!)), 25);
            try {
              // 1,000 cycles ask 2,000 questions (A and AAAA).
              // (firewalld takes a minute for them on an idle machine: room for a loaded one.)
              await dnsOut.next(/^queries 2000$/, 300_000);
            } finally {
              clearInterval(flip);
            }
            // The monitor has seen what was committed up to now.
            await caughtUp();
            const what = target === 'iptables' ? 'samples of the set size' : 'element events seen by nft monitor';
            assert.ok(filled, 'the set was filled');
            assert.ok(events > 100, `${events} ${what}`);
            assert.deepEqual(empties, [], 'the set was never empty');
            t.diagnostic(`${target}, 1,000 cycles: ${events} ${what}, the set never empty`);
          } finally {
            down();
          }
        },
      );
  });
});
