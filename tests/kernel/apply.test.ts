import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { kernelAvailable, kernelRequired, Lab, onPath } from './lab.js';
import { lineReader } from './child-lines.js';
import { SshServer } from './ssh-lab.js';

/**
 * `apply` on a live host, over SSH, as an administrator does it: sshd runs inside the lab's host
 * namespace (a throwaway key, a private copy of /etc, its own /var/lib), the administrator's
 * sessions come from another namespace. A good plan is confirmed from a new session and stays
 * (a TCP stream across the swap loses nothing); a plan that locks the administrator out comes
 * back by itself at the deadline, also when the session and everything in it is killed; other
 * software's rules (Docker-like, fail2ban-like) are byte-identical at every step.
 */
const kernel = kernelAvailable();
const missing = !onPath('sshd') && !existsSync('/usr/sbin/sshd') ? 'sshd (openssh-server) is missing' : '';
const skip =
  (!kernel.ok || missing) && !kernelRequired()
    ? `needs root, ip, nft, iptables, sshd (${kernel.why || missing})`
    : false;

const HOST = ['203.0.113.10', '2001:db8:113::10'] as const;
const ADMIN = ['198.51.100.5', '2001:db8:51::5'] as const;
const MTA = ['192.0.2.50', '2001:db8:2::50'] as const;
const BIN = fileURLToPath(new URL('../../../bin/portcullis.js', import.meta.url));
const STREAM = fileURLToPath(new URL('../../../tests/kernel/stream.mjs', import.meta.url));
const PORTCULLIS = `${process.execPath} ${BIN}`;
/**
 * How long an apply that loads rules may take over SSH: ufw alone needs some 8 s here (each
 * `ufw default` is a full reload), and three tests at once beside a loaded lane took over 30 s.
 */
const LOAD_TIMEOUT = 120_000;

const site = (admins: string): string => `site: apply-lab
zones:
  adm: [${admins}]
hosts:
  h: { addresses: [${HOST.join(', ')}] }
management: { from: adm }
deployments:
  - profile: mailserver
    roles: { server: h }
    peers: { internet: internet }
    features: []
`;
/** The administrators' network: the session's own address may reach SSH. */
const GOOD = site('198.51.100.0/28, 2001:db8:51::/64');
/** SSH only from another network: the administrator's new sessions are refused. */
const LOCKOUT = site('192.0.2.0/28, 2001:db8:2::/64');

/** Docker-like (a published port) and fail2ban-like (a ban chain) iptables rules, and an nft table of another program. */
const OTHERS_V4 = `*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:DOCKER - [0:0]
-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 198.18.0.2:80
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
:DOCKER - [0:0]
:f2b-postfix - [0:0]
-A INPUT -p tcp -m multiport --dports 25,465,587 -j f2b-postfix
-A FORWARD -o docker0 -j DOCKER
-A DOCKER -d 198.18.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT
-A f2b-postfix -s 192.0.2.201/32 -j REJECT --reject-with icmp-port-unreachable
-A f2b-postfix -j RETURN
COMMIT
`;
/** Docker's rules alone: on a firewalld host Docker adds them again after each firewalld reload (which flushes iptables). */
const DOCKER_V4 = OTHERS_V4.replace(/^:f2b-postfix.*\n|^-A INPUT -p tcp -m multiport.*\n|^-A f2b-postfix.*\n/gm, '');
const OTHERS_NFT = `table inet f2b-table {
  set addr-set-sshd { type ipv4_addr; elements = { 192.0.2.202 } }
  chain f2b-chain {
    type filter hook input priority filter - 1; policy accept;
    ip saddr @addr-set-sshd reject
  }
}
`;

/**
 * Every listing with portcullis's own part and the counters left out: iptables-save of both
 * families (a table with no rule and ACCEPT policies, which listing creates, is no one's), and
 * the nft tables no iptables made (iptables-nft shows its tables to nft too; iptables-save has them).
 */
function others(lab: Lab): string {
  const strip = (t: string): string[] =>
    t
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#') && !/PORTCULLIS/.test(l))
      .map((l) => l.replace(/ ?\[\d+:\d+\]/g, '').replace(/counter packets \d+ bytes \d+/g, 'counter'));
  const tables = (t: string): string => {
    const lines = strip(t);
    const out: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const end = lines.indexOf('COMMIT', i);
      const table = lines.slice(i, end + 1);
      if (!table.every((l) => l.startsWith('*') || l === 'COMMIT' || /^:\S+ (ACCEPT|-)$/.test(l))) out.push(...table);
      i = end;
    }
    return out.join('\n');
  };
  const nft = lab
    .run('h', ['nft', '-s', 'list', 'ruleset'])
    .split(/^(?=table )/m)
    .filter(
      (t) => !/^table inet (portcullis|firewalld) /.test(t) && !/^table ip6? (filter|nat|mangle|raw|security) /.test(t),
    )
    .join('');
  return [
    tables(lab.run('h', ['iptables-save'])),
    tables(lab.run('h', ['ip6tables-save'])),
    strip(nft).join('\n'),
  ].join('\n---\n');
}

/**
 * Other software's rules are kept: for ufw (whose own chains change with every load) every
 * rule line of the listing that is not ufw's is still there; for the others, byte-identical.
 */
async function sameOthers(lab: Lab, target: string, before: string, when: string): Promise<void> {
  // firewalld's reload flushed iptables: Docker adds its rules again when firewalld says it reloaded.
  if (target === 'firewalld') await until(() => Promise.resolve(others(lab) === before), 10_000, 100);
  const now = others(lab);
  if (target !== 'ufw') return assert.equal(now, before, `other software's rules are byte-identical ${when}`);
  const notUfw = (t: string): string[] => t.split('\n').filter((l) => /^(-A|\t\t)/.test(l) && !/ufw/.test(l));
  assert.deepEqual(notUfw(now), notUfw(before), `other software's rules are all kept ${when}`);
}

/** ufw's configuration files in the host's private /etc, with their modes (empty where ufw is not used). */
function ufwConfig(sshd: SshServer): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of [
    'ufw/user.rules',
    'ufw/user6.rules',
    'ufw/before.rules',
    'ufw/before6.rules',
    'ufw/ufw.conf',
    'default/ufw',
  ]) {
    const path = join(sshd.etc, f);
    if (existsSync(path)) out[f] = `${(statSync(path).mode & 0o777).toString(8)} ${readFileSync(path, 'utf8')}`;
  }
  return out;
}

/** What the target holds for portcullis now: its table, or its chains (firewalld: its whole table, which has our zone). */
function ours(lab: Lab, target: string): string {
  if (target === 'nftables' || target === 'firewalld') {
    try {
      return lab.run('h', ['nft', '-s', 'list', 'table', 'inet', target === 'nftables' ? 'portcullis' : 'firewalld']);
    } catch {
      return '';
    }
  }
  return ['iptables-save', 'ip6tables-save']
    .map((b) =>
      lab
        .run('h', [b, '-t', 'filter'])
        .split('\n')
        .filter((l) => (target === 'ufw' ? /portcullis:|^-A ufw6?-user-|^:ufw/.test(l) : /PORTCULLIS/.test(l)))
        .map((l) => l.replace(/\[\d+:\d+\]/g, ''))
        .join('\n'),
    )
    .join('\n');
}

/** A line-by-line reader of a child's stdout: `next(re)` resolves with the first line that matches. */
const lines = (p: ChildProcessWithoutNullStreams): ((re: RegExp, ms?: number) => Promise<string>) => {
  const r = lineReader(p.stdout);
  return (re, ms) => r.next(re, ms);
};

/** Waits until `ok` holds, trying every `every` ms; the time it took, or null at `limit`. */
async function until(ok: () => Promise<boolean>, limit: number, every = 200): Promise<number | null> {
  const start = Date.now();
  while (Date.now() - start < limit) {
    if (await ok()) return Date.now() - start;
    await new Promise((r) => setTimeout(r, every));
  }
  return null;
}

// The two targets' labs are separate namespaces and mostly wait on deadlines: they run side by side.
describe('apply on a live host over SSH', { skip, concurrency: true }, () => {
  for (const target of ['nftables', 'iptables', 'ufw', 'firewalld'] as const) {
    const tool = { nftables: 'nft', iptables: 'iptables', ufw: 'ufw', firewalld: 'firewalld' }[target];
    const absent =
      !onPath(tool) || (target === 'firewalld' && !onPath('dbus-daemon')) ? `${tool} is not installed` : false;
    describe(`apply on a live host over SSH (${target})`, { skip: kernelRequired() ? false : absent }, () => {
      const setUp = async (): Promise<{ lab: Lab; sshd: SshServer; files: string }> => {
        const lab = new Lab([
          { name: 'h', addresses: [...HOST] },
          { name: 'admin', addresses: [...ADMIN] },
          { name: 'mta', addresses: [...MTA] },
        ]).up();
        const sshd = new SshServer(lab, 'h', HOST, target === 'firewalld');
        try {
          await sshd.start();
          if (target === 'firewalld') {
            // A firewalld host as an administrator left it: the public zone (SSH) with SMTP added.
            const smtp = await sshd.ssh(
              'admin',
              HOST[0],
              'firewall-cmd -q --permanent --zone=public --add-service=smtp && firewall-cmd -q --reload',
            );
            assert.equal(smtp.code, 0, smtp.stderr);
            // Docker-like: its rules, added again whenever firewalld says it reloaded (as Docker does).
            writeFileSync(join(sshd.dir, 'docker.v4'), DOCKER_V4);
            execFileSync('ip', ['netns', 'exec', lab.ns('h'), 'iptables-restore', '--noflush'], { input: DOCKER_V4 });
            const docker = sshd.spawnInside(
              `dbus-monitor --system "type='signal',interface='org.fedoraproject.FirewallD1',member='Reloaded'" | while read -r l; do case "$l" in *NameAcquired*) echo ready;; *member=Reloaded*) iptables-restore --noflush < ${join(sshd.dir, 'docker.v4')} && echo readded;; esac; done`,
            );
            await lines(docker)(/ready/);
          } else execFileSync('ip', ['netns', 'exec', lab.ns('h'), 'iptables-restore'], { input: OTHERS_V4 });
          execFileSync('ip', ['netns', 'exec', lab.ns('h'), 'nft', '-f', '-'], { input: OTHERS_NFT });
          if (target === 'ufw') {
            // A ufw host as an administrator left it: enabled, incoming allowed by default, a rule of their own.
            const on = await sshd.ssh(
              'admin',
              HOST[0],
              'ufw default allow incoming >/dev/null && ufw allow 2222/tcp >/dev/null && ufw --force enable >/dev/null',
            );
            assert.equal(on.code, 0, on.stderr);
          }
        } catch (err) {
          sshd.stop();
          lab.down();
          throw err;
        }
        const files = mkdtempSync(join(tmpdir(), 'portcullis-apply-'));
        writeFileSync(join(files, 'good.yaml'), GOOD);
        writeFileSync(join(files, 'lockout.yaml'), LOCKOUT);
        return { lab, sshd, files };
      };
      const tearDown = (env: { lab: Lab; sshd: SshServer; files: string }): void => {
        env.sshd.stop();
        env.lab.down();
        rmSync(env.files, { recursive: true, force: true });
      };
      // The rollback has finished (its log line is written last), not only begun: its listing can be compared.
      const rolledBack = (sshd: SshServer) => async (): Promise<boolean> =>
        (await sshd.ssh('admin', HOST[0], "grep -q '^.* rolled back ' /var/lib/portcullis/apply.log", 5_000)).code ===
        0;
      /**
       * How late the rollback finished after its deadline, by apply.log's own clock (the deadline
       * apply wrote, and the time of the "rolled back" line, written once the old rules are back):
       * what a busy machine cannot blur, unlike the time a new SSH session takes to get in.
       */
      const rollbackLag = (sshd: SshServer): number => {
        const log = sshd.runInside('cat /var/lib/portcullis/apply.log');
        const deadline = [...log.matchAll(/ applied .* rollback at (\S+)$/gm)].pop()?.[1];
        const done = [...log.matchAll(/^(\S+) rolled back /gm)].pop()?.[1];
        assert.ok(deadline && done, log);
        return Date.parse(done) - Date.parse(deadline);
      };
      const canSsh = (sshd: SshServer, addr: string) => async (): Promise<boolean> =>
        (await sshd.ssh('admin', addr, 'true', 5_000)).code === 0;

      test('a good plan, confirmed from a new session (over IPv6), stays; a stream across the swap loses nothing; others untouched; --persist', async (t) => {
        const env = await setUp();
        const { lab, sshd, files } = env;
        // The stream's two ends, killed whatever happens (a failed check must not leave them running).
        const streams: ChildProcess[] = [];
        try {
          const before = others(lab);
          const oursBefore = ours(lab, target);
          // An SMTP-like stream from the Internet, open before the apply and until after the confirmation.
          const server = spawn('ip', ['netns', 'exec', lab.ns('h'), process.execPath, STREAM, 'server', '25']);
          streams.push(server);
          const fromServer = lines(server);
          await fromServer(/listening/);
          const client = spawn('ip', [
            'netns',
            'exec',
            lab.ns('mta'),
            process.execPath,
            STREAM,
            'client',
            HOST[0],
            '25',
          ]);
          streams.push(client);
          const fromClient = lines(client);
          await fromClient(/connected/);
          // firewalld: a runtime-only change of the administrator's, which the reload would drop: named before loading.
          if (target === 'firewalld')
            assert.equal(
              (await sshd.ssh('admin', HOST[0], 'firewall-cmd -q --zone=public --add-port=2525/tcp')).code,
              0,
            );
          const applyStart = Date.now();
          const applied = await sshd.ssh(
            'admin',
            HOST[0],
            `${PORTCULLIS} apply ${join(files, 'good.yaml')} --host h --target ${target} --confirm-timeout 12 --persist`,
            LOAD_TIMEOUT,
          );
          t.diagnostic(`${target}: the apply over SSH took ${Date.now() - applyStart} ms`);
          assert.equal(applied.code, 0, applied.stderr + applied.stdout);
          assert.match(applied.stdout, /open a NEW SSH session to this host and run/);
          assert.match(applied.stdout, /portcullis apply --confirm\n/);
          // 12 s: room for the checks below and the confirmation over a new session on a busy machine.
          const deadline = /ROLLBACK at (.+?) \(in 12 s, by the watchdog process \d+\)/.exec(applied.stdout);
          assert.ok(deadline, applied.stdout);
          assert.notEqual(ours(lab, target), oursBefore, 'the rules are loaded');
          if (target === 'firewalld') {
            assert.match(ours(lab, target), /pc-h/, "the host's zone is in firewalld's table");
            assert.match(
              applied.stderr,
              /warning: firewalld's reload .* flushes every iptables rule: \d+ rules in chains DOCKER/,
            );
            assert.match(
              applied.stderr,
              /warning: firewalld's runtime configuration differs from its permanent one \(zone public\)/,
            );
            assert.match(applied.stdout, /runtime only/);
            // Runtime first: the permanent configuration has no trace of the new zone yet.
            assert.ok(
              !existsSync(join(sshd.etc, 'firewalld', 'zones', 'pc-h.xml')),
              'nothing permanent before the confirmation',
            );
          }
          await sameOthers(lab, target, before, 'after apply');
          const pending = await sshd.ssh('admin', HOST[1], `${PORTCULLIS} apply --status`);
          assert.match(pending.stdout, /pending: h's rules/);
          const confirmed = await sshd.ssh('admin', HOST[1], `${PORTCULLIS} apply --confirm`);
          assert.equal(confirmed.code, 0, confirmed.stderr + confirmed.stdout);
          assert.match(confirmed.stdout, /confirmed: h's rules/);
          await sameOthers(lab, target, before, 'after confirm');
          const loaded = ours(lab, target);
          // Past the deadline the rules are still there: the rollback was disarmed.
          await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(deadline[1]!) - Date.now()) + 2_000));
          assert.equal(ours(lab, target), loaded, 'the confirmed rules stay past the deadline');
          assert.ok(await canSsh(sshd, HOST[0])(), 'the administrator still gets in');
          client.stdin.end();
          const sent = await fromClient(/^sent \d+|^reset/);
          const got = await fromServer(/^lines \d+|^reset/);
          assert.match(sent, /^sent \d+$/);
          assert.equal(got, `lines ${sent.split(' ')[1]} ok`, 'every byte arrived, in order, no reset');
          assert.ok(Number(sent.split(' ')[1]) > 200, `the stream ran across the swap (${sent})`);
          // --persist: the platform's own boot-time files hold portcullis's part (in the private /etc).
          if (target === 'nftables') {
            assert.match(
              readFileSync(join(sshd.etc, 'nftables.conf'), 'utf8'),
              /include "\/etc\/portcullis\/portcullis\.nft"/,
            );
            assert.match(
              readFileSync(join(sshd.etc, 'portcullis', 'portcullis.nft'), 'utf8'),
              /table inet portcullis \{/,
            );
            // What the nftables service would load at boot is valid (nft's own check).
            const boot = await sshd.ssh('admin', HOST[0], 'nft -c -f /etc/nftables.conf');
            assert.equal(boot.code, 0, boot.stderr);
          } else if (target === 'firewalld') {
            const zone = readFileSync(join(sshd.etc, 'firewalld', 'zones', 'pc-h.xml'), 'utf8');
            assert.match(zone, /<interface name="eth0"\/>/, 'the interface is bound to the zone permanently');
            assert.ok(existsSync(join(sshd.etc, 'firewalld', 'policies', 'pco-h.xml')));
            // firewalld's own check of its permanent configuration, and a reload keeps the rules.
            const check = await sshd.ssh('admin', HOST[0], 'firewall-offline-cmd --check-config');
            assert.equal(check.code, 0, check.stderr);
            const reload = await sshd.ssh(
              'admin',
              HOST[0],
              'firewall-cmd -q --reload && firewall-cmd --get-zone-of-interface=eth0',
            );
            assert.equal(reload.stdout.trim(), 'pc-h', reload.stderr);
            // (firewalld instantiates chains for zones in use only: the host's zone, policy and sets are compared.)
            const mine = (t: string): string[] =>
              t
                .split(/\n(?=\t(?:set|chain) )/)
                .filter((b) => /^\t(?:set|chain) \S*pco?-h\b/.test(b))
                .sort();
            assert.deepEqual(
              mine(ours(lab, target)),
              mine(loaded),
              'after a reload of the persisted configuration the rules are the same',
            );
            assert.ok(mine(loaded).length >= 4, 'the zone, the policy and the sets are compared');
          } else if (target === 'iptables') {
            for (const f of ['rules.v4', 'rules.v6']) {
              const text = readFileSync(join(sshd.etc, 'iptables', f), 'utf8');
              assert.match(text, /^-A INPUT -j PORTCULLIS-IN$/m, f);
              assert.match(text, /^:PORTCULLIS-OUT - /m, f);
              const bin = f === 'rules.v4' ? 'iptables-restore' : 'ip6tables-restore';
              const boot = await sshd.ssh('admin', HOST[0], `${bin} --test < /etc/iptables/${f}`);
              assert.equal(boot.code, 0, `${f}: ${boot.stderr}`);
            }
          }
        } finally {
          for (const p of streams) p.kill('SIGKILL');
          tearDown(env);
        }
      });

      test('a plan that locks the administrator out: new sessions fail, and at the deadline the old rules are back (IPv4 and IPv6)', async (t) => {
        const env = await setUp();
        const { lab, sshd, files } = env;
        try {
          const before = others(lab);
          const listing = ours(lab, target);
          const config = ufwConfig(sshd);
          const refused = await sshd.ssh(
            'admin',
            HOST[0],
            `${PORTCULLIS} apply ${join(files, 'lockout.yaml')} --host h --target ${target} --confirm-timeout 6`,
          );
          assert.equal(refused.code, 2, 'refused without --force');
          assert.match(refused.stderr, /this SSH session comes from 198\.51\.100\.5 to port 22/);
          assert.equal(ours(lab, target), listing, 'nothing loaded');
          const applied = await sshd.ssh(
            'admin',
            HOST[0],
            `${PORTCULLIS} apply ${join(files, 'lockout.yaml')} --host h --target ${target} --confirm-timeout 10 --force`,
            LOAD_TIMEOUT,
          );
          const loadedAt = Date.now();
          assert.equal(applied.code, 0, applied.stderr + applied.stdout);
          if (target === 'firewalld')
            assert.doesNotMatch(
              applied.stderr,
              /runtime configuration differs/,
              'no false alarm on a host as firewalld left it',
            );
          // Both at once, well inside the window (10 s: room for a busy machine's slow SSH attempts).
          const [v4, v6] = await Promise.all([
            sshd.ssh('admin', HOST[0], 'true', 10_000),
            sshd.ssh('admin', HOST[1], 'true', 10_000),
          ]);
          assert.equal(v4.code, 255, 'a new IPv4 session is refused');
          assert.equal(v6.code, 255, 'a new IPv6 session is refused');
          await sameOthers(lab, target, before, 'after apply');
          const back = await until(canSsh(sshd, HOST[0]), 20_000, 100);
          assert.ok(back !== null, 'a fresh session gets in again');
          const after = Date.now() - loadedAt;
          assert.ok(await canSsh(sshd, HOST[1])(), 'and over IPv6');
          assert.ok((await until(rolledBack(sshd), 20_000)) !== null, 'the rollback finished');
          const lag = rollbackLag(sshd);
          assert.ok(lag >= 0 && lag <= 4_000, `the old rules were back ${lag} ms after the deadline`);
          t.diagnostic(
            `${target}: locked out, the old rules back ${lag} ms after the deadline (timeout 10 s); a fresh session got in ${after} ms after the apply returned`,
          );
          assert.equal(ours(lab, target), listing, "portcullis's part is as it was");
          await sameOthers(lab, target, before, 'after the rollback (every listing is as it was)');
          assert.deepEqual(ufwConfig(sshd), config, "ufw's files are as they were, modes too");
        } finally {
          tearDown(env);
        }
      });

      test('the session and every process in it killed with -9 inside the window: the rollback still comes on time', async (t) => {
        const env = await setUp();
        const { lab, sshd, files } = env;
        try {
          const before = others(lab);
          const listing = ours(lab, target);
          const held = await sshd.sshHeld(
            'admin',
            HOST[0],
            `${PORTCULLIS} apply ${join(files, 'lockout.yaml')} --host h --target ${target} --confirm-timeout 10 --force && echo APPLIED && sleep 120`,
            /APPLIED/,
            LOAD_TIMEOUT,
          );
          const loadedAt = Date.now();
          // Kill -9 the session's sshd and all its descendants (the shell, sleep, anything of apply's).
          const tree = (pid: number): number[] => {
            let kids: number[];
            try {
              kids = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
                .trim()
                .split('\n')
                .filter(Boolean)
                .map(Number);
            } catch {
              kids = [];
            }
            return [pid, ...kids.flatMap(tree)];
          };
          const sessions = sshd.sessionPids();
          assert.ok(sessions.length > 0, 'the session has an sshd process');
          for (const pid of sessions.flatMap(tree)) {
            try {
              process.kill(pid, 'SIGKILL');
            } catch {
              // gone already
            }
          }
          held.kill('SIGKILL');
          const meanwhile = await sshd.ssh('admin', HOST[0], 'true', 10_000);
          assert.equal(meanwhile.code, 255, 'locked out meanwhile');
          const back = await until(canSsh(sshd, HOST[0]), 20_000, 100);
          assert.ok(back !== null, 'the rollback came');
          const after = Date.now() - loadedAt;
          assert.ok((await until(rolledBack(sshd), 20_000)) !== null, 'the rollback finished');
          const lag = rollbackLag(sshd);
          assert.ok(lag >= 0 && lag <= 4_000, `the old rules were back ${lag} ms after the deadline`);
          t.diagnostic(
            `${target}: session killed, the old rules back ${lag} ms after the deadline (timeout 10 s); a fresh session got in ${after} ms after the apply`,
          );
          assert.equal(ours(lab, target), listing);
          await sameOthers(lab, target, before, 'after the rollback');
        } finally {
          tearDown(env);
        }
      });
    });
  }
});
