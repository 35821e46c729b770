import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import type { Target } from '../../src/backends/backend.js';
import { BACKENDS } from '../../src/backends/registry.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { compilePlan } from '../../src/compile/compile.js';
import { formatDiagnostic } from '../../src/diagnostics/format-diagnostic.js';
import { staticResolver } from '../../src/net/resolver.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { loadSite } from '../../src/site/load-site.js';
import { auditHost } from '../../src/audit/audit-ruleset.js';
import { parseIptablesSave } from '../../src/rulesets/iptables-save/parse.js';
import { iptablesFirewall } from '../../src/rulesets/iptables-save/to-firewall.js';
import { addNamespace, Agent, kernelAvailable, kernelRequired, Lab, onPath, runPrivateIn } from './lab.js';

/**
 * A real mail server is not a lab: Docker publishes a container's port with DNAT and FORWARD
 * accepts, fail2ban bans an address in a chain of its own. Loading portcullis's host rules (twice)
 * must leave all of it working and byte-identical, while every planned flow passes and the
 * rest is refused.
 */
const SITE = `site: coexist
zones:
  adm: [198.51.100.0/28]
  lan: [198.51.100.16/28, 2001:db8:100::/64]
hosts:
  mx1: { addresses: [203.0.113.30, 2001:db8:25::30] }
management: { from: adm }
deployments:
  - profile: mailserver
    roles: { server: mx1 }
    peers: { internet: internet }
    features: [smtps, imaps]
`;

const NODES = [
  { name: 'outsider', addresses: ['192.0.2.200', '2001:db8:ffff::200'] },
  { name: 'banned', addresses: ['192.0.2.201'] },
  { name: 'admin', addresses: ['198.51.100.5'] },
  { name: 'lanpc', addresses: ['198.51.100.21', '2001:db8:100::21'] },
];

/** Docker-like (a published port: DNAT and FORWARD accepts) and fail2ban-like (a ban chain) rules. */
const OTHERS_V4 = `*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:DOCKER - [0:0]
-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
-A POSTROUTING -s 198.18.0.0/24 ! -o docker0 -j MASQUERADE
-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 198.18.0.2:80
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
:DOCKER - [0:0]
:DOCKER-USER - [0:0]
:f2b-postfix - [0:0]
-A INPUT -p tcp -m multiport --dports 25,465,587 -j f2b-postfix
-A FORWARD -j DOCKER-USER
-A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A FORWARD -o docker0 -j DOCKER
-A FORWARD -i docker0 ! -o docker0 -j ACCEPT
-A DOCKER -d 198.18.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT
-A DOCKER-USER -j RETURN
-A f2b-postfix -s 192.0.2.201/32 -j REJECT --reject-with icmp-port-unreachable
-A f2b-postfix -j RETURN
COMMIT
`;

const kernel = kernelAvailable();
const skip =
  !kernel.ok && !kernelRequired() ? `kernel tests need root, ip, nft, iptables and ping (${kernel.why})` : false;

/**
 * A ruleset listing without counters and without what portcullis itself wrote; an
 * iptables-save table left with no rule (the IPv6 filter table loading creates) is no one's rule.
 */
function others(text: string): string {
  const lines = text
    .replace(/^#.*$/gm, '')
    .replace(/\[\d+:\d+\]/g, '')
    .replace(/counter packets \d+ bytes \d+/g, 'counter')
    .split('\n')
    .filter((l) => l.trim() !== '' && !/PORTCULLIS|portcullis/.test(l));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.startsWith('*')) {
      const end = lines.indexOf('COMMIT', i);
      const table = lines.slice(i, end + 1);
      if (table.some((l) => l.startsWith('-A'))) out.push(...table);
      i = end;
    } else out.push(lines[i]!);
  }
  return out.join('\n');
}

/** `nft list ruleset` without the table portcullis writes, nor its iptables chains as nft shows them. */
function withoutOwnTable(text: string): string {
  return text
    .replace(/^table inet portcullis \{[\s\S]*?^\}\n?/m, '')
    .replace(/^\tchain PORTCULLIS-[A-Z]+ \{[\s\S]*?^\t\}\n?/gm, '');
}

/** Docker's own iptables rules (a published port), as it writes them on a firewalld host too. */
const DOCKER_V4 = OTHERS_V4.replace(/^:f2b-postfix.*\n|^-A INPUT -p tcp -m multiport.*\n|^-A f2b-postfix.*\n/gm, '');

/**
 * fail2ban's nftables action (its own table, a set of banned addresses): on a firewalld host
 * the ban that survives a reload. Loading it again replaces it.
 */
const F2B_NFT = `table inet f2b-table
delete table inet f2b-table
table inet f2b-table {
\tset addr-set-postfix {
\t\ttype ipv4_addr
\t\telements = { 192.0.2.201 }
\t}
\tchain f2b-chain {
\t\ttype filter hook input priority filter - 1; policy accept;
\t\ttcp dport { 25, 465, 587 } ip saddr @addr-set-postfix reject with icmp port-unreachable
\t}
}
`;

/** Docker's firewalld configuration: a zone for its bridge (target ACCEPT) and the policy that forwards to it. */
const DOCKER_FIREWALLD = [
  {
    name: 'zones/docker.xml',
    content:
      '<?xml version="1.0" encoding="utf-8"?>\n<zone version="1.0" target="ACCEPT">\n  <short>docker</short>\n  <interface name="docker0"/>\n</zone>\n',
  },
  {
    name: 'policies/docker-forwarding.xml',
    content:
      '<?xml version="1.0" encoding="utf-8"?>\n<policy version="1.0" target="ACCEPT">\n  <short>docker-forwarding</short>\n  <ingress-zone name="ANY"/>\n  <egress-zone name="docker"/>\n</policy>\n',
  },
];

type Snapshot = { v4: string; v6: string; nft: string; own: string };

/**
 * One run of firewalld in mx1's namespace (private D-Bus, /etc/firewalld a copy with Docker's
 * zone and policy): it starts, Docker adds its iptables rules and fail2ban its nftables table,
 * then portcullis's files are loaded `loads` times with the load command they give; firewalld
 * stops and leaves its rules (CleanupOnExit=no). firewalld flushes every iptables rule when it
 * starts or reloads (ours or anyone's reload): Docker adds its rules again on firewalld's reload
 * signal, and so does this session after each load (were they not flushed, they would be twice
 * there, and the listings would differ). Returns the listings of others' rules before the first
 * load and after each, firewalld's own table, and how many of Docker's rules each reload left.
 */
function firewalldSession(lab: Lab, files: readonly { name: string; content: string }[], loads: number): Snapshot[] {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-fwd-'));
  try {
    const etc = join(dir, 'etc');
    execFileSync('cp', ['-a', '/etc/firewalld/.', etc]);
    for (const f of DOCKER_FIREWALLD) writeFileSync(join(etc, f.name), f.content);
    const conf = readFileSync(join(etc, 'firewalld.conf'), 'utf8').replace(/^CleanupOnExit=.*$/gm, '');
    writeFileSync(join(etc, 'firewalld.conf'), `${conf}\nCleanupOnExit=no\n`);
    const staged = join(dir, 'out');
    for (const f of files) {
      mkdirSync(dirname(join(staged, f.name)), { recursive: true });
      writeFileSync(join(staged, f.name), f.content);
    }
    writeFileSync(join(dir, 'docker.v4'), DOCKER_V4);
    writeFileSync(join(dir, 'f2b.nft'), F2B_NFT);
    const mark = '=== portcullis snapshot';
    const listing = `echo '${mark}'; iptables-save; echo '${mark} v6'; ip6tables-save; echo '${mark} nft'; nft list ruleset`;
    const load = BACKENDS.firewalld
      .loadCommand('mx1')
      .replace(/ \(.*\)$/, '')
      .replaceAll('IFACE', 'eth0');
    const out = runPrivateIn(
      lab.ns('mx1'),
      [[etc, '/etc/firewalld']],
      [
        'set -e',
        'nft delete table inet firewalld 2>/dev/null || true',
        'mkdir -p /run/dbus',
        'dbus-daemon --system --fork --print-pid > /run/dbus.pid',
        'firewalld --nofork --nopid >/dev/null 2>&1 & fw=$!',
        'for i in $(seq 1 100); do [ "$(firewall-cmd --state 2>/dev/null)" = running ] && break; sleep 0.1; done',
        '[ "$(firewall-cmd --state 2>/dev/null)" = running ] || { echo "firewalld did not start" >&2; exit 1; }',
        `iptables-restore --noflush < ${dir}/docker.v4`,
        `nft -f ${dir}/f2b.nft`,
        listing,
        `cd ${staged}`,
        ...Array.from(
          { length: loads },
          () =>
            `{ ${load}; } >/dev/null; echo "# Docker's rules the reload left: $(iptables-save | grep -c -- '-A DOCKER' || true)" >&2; iptables-restore --noflush < ${dir}/docker.v4; ${listing}`,
        ),
        'kill $fw; wait $fw || true',
        'kill $(cat /run/dbus.pid)',
      ].join('\n'),
    );
    return out
      .split(`${mark}\n`)
      .slice(1)
      .map((block) => {
        const [v4, rest] = block.split(`${mark} v6\n`) as [string, string];
        const [v6, nft] = rest.split(`${mark} nft\n`) as [string, string];
        const firewalld = /^table inet firewalld \{[\s\S]*?^\}\n?/m;
        return {
          v4: others(v4),
          v6: others(v6),
          // iptables-nft's tables are compared by iptables-save above (Docker adding its chains again orders nft's listing anew).
          nft: others(
            withoutOwnTable(nft)
              .replace(firewalld, '')
              .replace(/^table ip6? (filter|nat|mangle|raw) \{[\s\S]*?^\}\n?/gm, ''),
          ),
          own: (nft.match(firewalld)?.[0] ?? '').replace(/counter packets \d+ bytes \d+/g, ''),
        };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('coexistence on a real server', { skip }, () => {
  const targets: Target[] = ['nftables', 'iptables'];
  if (onPath('ufw')) targets.push('ufw');
  if ((onPath('firewalld') && onPath('dbus-daemon')) || kernelRequired()) targets.push('firewalld');
  for (const target of targets) {
    test(`${target}: Docker's published port and fail2ban's ban survive; others' rules are byte-identical after loading twice`, async () => {
      const { catalog } = loadCatalog();
      const { site, diagnostics } = loadSite('coexist.yaml', catalog, SITE);
      assert.ok(site, diagnostics.map((d) => formatDiagnostic(d, SITE)).join('\n'));
      const plan = buildPlan(site);
      const compiled = await compilePlan(plan, target, { resolve: staticResolver({}) });
      assert.deepEqual(
        compiled.diagnostics.filter((d) => d.severity === 'error'),
        [],
      );
      const mx1 = compiled.hosts.find((h) => h.host === 'mx1')!;
      // The same site with one more feature (POP3 over TLS): loading it, then the first again,
      // must add tcp/995 and take it away again (an earlier run's rules are replaced, not kept).
      const more = SITE.replace('features: [smtps, imaps]', 'features: [smtps, imaps, pop3s]');
      const wider = (
        await compilePlan(buildPlan(loadSite('coexist.yaml', catalog, more).site!), target, {
          resolve: staticResolver({}),
        })
      ).hosts.find((h) => h.host === 'mx1')!;
      const lab = new Lab([{ name: 'mx1', addresses: ['203.0.113.30', '2001:db8:25::30'] }, ...NODES]).up();
      try {
        // The container: a namespace behind bridge docker0 inside mx1, listening on port 80.
        const host = lab.ns('mx1');
        const box = `${host}c`;
        addNamespace(box);
        const run = (ns: string, cmd: string[]): void =>
          void execFileSync('ip', ['netns', 'exec', ns, ...cmd], { stdio: ['ignore', 'pipe', 'pipe'] });
        execFileSync('ip', ['link', 'add', 'vc0', 'netns', host, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', box]);
        run(host, ['ip', 'link', 'add', 'docker0', 'type', 'bridge']);
        run(host, ['ip', 'addr', 'add', '198.18.0.1/24', 'dev', 'docker0']);
        run(host, ['ip', 'link', 'set', 'docker0', 'up']);
        run(host, ['ip', 'link', 'set', 'vc0', 'master', 'docker0', 'up']);
        run(host, ['sysctl', '-qw', 'net.ipv4.ip_forward=1']);
        run(box, ['ip', 'link', 'set', 'lo', 'up']);
        run(box, ['ip', 'addr', 'add', '198.18.0.2/24', 'dev', 'eth0']);
        run(box, ['ip', 'link', 'set', 'eth0', 'up']);
        run(box, ['ip', 'route', 'add', 'default', 'via', '198.18.0.1']);
        const container = new Agent(box);
        try {
          await container.listen([80], []);
          const snapshot = (): { v4: string; v6: string; nft: string } => ({
            v4: others(lab.run('mx1', ['iptables-save'])),
            v6: others(lab.run('mx1', ['ip6tables-save'])),
            nft: others(withoutOwnTable(lab.run('mx1', ['nft', 'list', 'ruleset']))),
          });
          if (target === 'firewalld') {
            // firewalld running, as on a real server: Docker's zone and forwarding policy in its
            // configuration, Docker's and fail2ban's iptables rules added after it started (it
            // flushes iptables when it starts; Docker adds them again then), and portcullis's files
            // loaded twice with the command its files give. Others' rules before and after each load:
            const session = firewalldSession(lab, mx1.files, 2);
            assert.equal(session.length, 3);
            for (const [i, after] of session.slice(1).entries()) {
              assert.equal(after.v4, session[0]!.v4, `other software's IPv4 rules are byte-identical (load ${i + 1})`);
              assert.equal(after.v6, session[0]!.v6, `other software's IPv6 rules are byte-identical (load ${i + 1})`);
              assert.equal(
                after.nft,
                session[0]!.nft,
                `other software's nftables rules are byte-identical (load ${i + 1})`,
              );
            }
            assert.equal(session[2]!.own, session[1]!.own, 'loading twice changes nothing');
            assert.match(session[0]!.nft, /table inet f2b-table/, 'the fail2ban-like ban is in place');
            assert.match(session[0]!.v4, /-A DOCKER -d 198\.18\.0\.2/, "Docker's rules are in place");
          } else execFileSync('ip', ['netns', 'exec', host, 'iptables-restore'], { input: OTHERS_V4 });
          const before = snapshot();
          const load = (files = mx1.files): void => {
            const texts = files.map((f) => f.content);
            if (target === 'nftables') lab.loadNft('mx1', texts[0]!);
            else if (target === 'iptables') lab.loadIptables('mx1', texts[0]!, texts[1]!);
            else if (target === 'ufw') lab.runUfw('mx1', texts[0]!);
            else firewalldSession(lab, files, 1);
          };
          if (target !== 'firewalld') {
            load();
            const once = lab.run('mx1', ['nft', 'list', 'ruleset']).replace(/counter packets \d+ bytes \d+/g, '');
            load();
            const twice = lab.run('mx1', ['nft', 'list', 'ruleset']).replace(/counter packets \d+ bytes \d+/g, '');
            assert.equal(twice, once, 'loading twice changes nothing');
          }
          if (target === 'nftables' || target === 'iptables') {
            const after = snapshot();
            // ufw and firewalld add chains of their own (ufw-*, firewalld's tables): compared where they leave others' rules.
            assert.equal(after.v4, before.v4, "other software's IPv4 rules are byte-identical");
            assert.equal(after.v6, before.v6, "other software's IPv6 rules are byte-identical");
            // iptables-nft shows iptables's own tables to nft too: for that target, iptables-save is the listing.
            if (target === 'nftables')
              assert.equal(after.nft, before.nft, "other software's nftables rules are byte-identical");
          } else if (target === 'ufw') {
            for (const line of before.v4.split('\n').filter((l) => l.startsWith('-A')))
              assert.ok(lab.run('mx1', ['iptables-save']).includes(line), `kept: ${line}`);
          }
          const mx = await lab.agent('mx1');
          await mx.listen([22, 25, 995, 3389], []);
          const tcp = async (from: string, addr: string, port: number): Promise<string> =>
            (await (await lab.agent(from)).tcp([{ addr, port }], 1500))[0]!;
          assert.equal(await tcp('outsider', '203.0.113.30', 25), 'open', 'planned: SMTP from the Internet');
          assert.equal(await tcp('outsider', '2001:db8:25::30', 25), 'open', 'planned: SMTP from the Internet (IPv6)');
          assert.equal(await tcp('admin', '203.0.113.30', 22), 'open', 'planned: management access');
          assert.equal(await tcp('outsider', '203.0.113.30', 8080), 'open', "Docker's published port still answers");
          // What must be refused, probed at once: a refusal waits out its timeout, and no load makes a blocked port open.
          const refused: [string, string, number, string][] = [
            ['banned', '203.0.113.30', 25, "fail2ban's ban still refuses"],
            ['outsider', '203.0.113.30', 3389, 'not planned: refused'],
            ['outsider', '203.0.113.30', 22, 'SSH only from the administrators'],
            // The LAN is inside the site: the Internet's flows are not its own.
            ['lanpc', '203.0.113.30', 25, 'the LAN is not the Internet'],
            ['lanpc', '2001:db8:25::30', 25, 'the LAN is not the Internet (IPv6)'],
            ['outsider', '203.0.113.30', 995, 'POP3S is not planned yet'],
          ];
          const outcomes = await Promise.all(refused.map(([from, addr, port]) => tcp(from, addr, port)));
          refused.forEach(([, , , why], i) => assert.notEqual(outcomes[i], 'open', why));
          if (target === 'iptables') {
            // The audit of what is loaded (Docker's, fail2ban's and portcullis's rules together)
            // follows the published port to the container, as the kernel did, and calls none of
            // Docker's FORWARD rules dead.
            const dump = parseIptablesSave('mx1.v4', lab.run('mx1', ['iptables-save']));
            assert.deepEqual(dump.diagnostics, []);
            const report = auditHost(
              plan.hosts.find((h) => h.name === 'mx1')!,
              [iptablesFirewall(dump.ruleset!)],
            );
            const published = report.exposure.find(
              (e) =>
                e.direction === 'in' &&
                e.protocol === 'tcp' &&
                (e.ports ?? []).some(([a, b]) => a <= 8080 && 8080 <= b),
            );
            assert.equal(published?.rewrittenTo?.via, 'forward', JSON.stringify(report.exposure));
            assert.deepEqual(published.rewrittenTo.addresses, ['198.18.0.2/32']);
            assert.ok(
              published.peers.includes('0.0.0.0/0'),
              'the outsider (everyone) reaches it, as the kernel showed',
            );
            assert.ok(
              !report.exposure.some(
                (e) => e.direction === 'in' && (e.ports ?? []).some(([a, b]) => a <= 3389 && 3389 <= b),
              ),
              'refused in the kernel, not in exposure',
            );
            const dockerLines = dump
              .ruleset!.tables.get('filter')!
              .chains.get('DOCKER')!
              .rules.map((r) => r.line);
            assert.deepEqual(
              report.deadRules.filter((d) => dockerLines.includes(d.line) || /FORWARD/.test(d.text)),
              [],
            );
          }
          load(wider.files);
          assert.equal(await tcp('outsider', '203.0.113.30', 995), 'open', 'the wider rules open POP3S');
          load();
          assert.notEqual(
            await tcp('outsider', '203.0.113.30', 995),
            'open',
            'loading the first rules again closes it',
          );
          assert.equal(await tcp('outsider', '203.0.113.30', 25), 'open', 'and SMTP stays open');
        } finally {
          container.kill();
        }
      } finally {
        lab.down();
      }
    });
  }
});
