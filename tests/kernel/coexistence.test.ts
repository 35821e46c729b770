import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, test } from 'node:test';
import type { Target } from '../../src/backends/backend.js';
import { zoneName } from '../../src/backends/firewalld.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { compilePlan } from '../../src/compile/compile.js';
import { formatDiagnostic } from '../../src/diagnostics/format-diagnostic.js';
import { staticResolver } from '../../src/net/resolver.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { loadSite } from '../../src/site/load-site.js';
import { addNamespace, Agent, kernelAvailable, kernelRequired, Lab, onPath } from './lab.js';

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

describe('coexistence on a real server', { skip }, () => {
  const targets: Target[] = ['nftables', 'iptables'];
  if (onPath('ufw')) targets.push('ufw');
  // firewalld is left out here: firewalld itself flushes the iptables rules of others when it
  // starts (Docker's documentation says to restart Docker after it), so Docker and fail2ban run
  // through firewalld's own zones and ipsets there, which portcullis's zone does not touch.
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
          execFileSync('ip', ['netns', 'exec', host, 'iptables-restore'], { input: OTHERS_V4 });
          const snapshot = (): { v4: string; v6: string; nft: string } => ({
            v4: others(lab.run('mx1', ['iptables-save'])),
            v6: others(lab.run('mx1', ['ip6tables-save'])),
            nft: others(withoutOwnTable(lab.run('mx1', ['nft', 'list', 'ruleset']))),
          });
          const before = snapshot();
          const load = (files = mx1.files): void => {
            const texts = files.map((f) => f.content);
            if (target === 'nftables') lab.loadNft('mx1', texts[0]!);
            else if (target === 'iptables') lab.loadIptables('mx1', texts[0]!, texts[1]!);
            else if (target === 'ufw') lab.runUfw('mx1', texts[0]!);
            else
              lab.runFirewalld(
                'mx1',
                files.map((f, i) => ({ name: f.name.replace('mx1/', ''), content: texts[i]! })),
                zoneName('mx1'),
              );
          };
          load();
          const once = lab.run('mx1', ['nft', 'list', 'ruleset']).replace(/counter packets \d+ bytes \d+/g, '');
          load();
          const twice = lab.run('mx1', ['nft', 'list', 'ruleset']).replace(/counter packets \d+ bytes \d+/g, '');
          assert.equal(twice, once, 'loading twice changes nothing');
          if (target === 'nftables' || target === 'iptables') {
            const after = snapshot();
            // ufw and firewalld add chains of their own (ufw-*, firewalld's tables): compared where they leave others' rules.
            assert.equal(after.v4, before.v4, "other software's IPv4 rules are byte-identical");
            assert.equal(after.v6, before.v6, "other software's IPv6 rules are byte-identical");
            // iptables-nft shows iptables's own tables to nft too: for that target, iptables-save is the listing.
            if (target === 'nftables')
              assert.equal(after.nft, before.nft, "other software's nftables rules are byte-identical");
          } else {
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
          assert.notEqual(await tcp('banned', '203.0.113.30', 25), 'open', "fail2ban's ban still refuses");
          assert.notEqual(await tcp('outsider', '203.0.113.30', 3389), 'open', 'not planned: refused');
          assert.notEqual(await tcp('outsider', '203.0.113.30', 22), 'open', 'SSH only from the administrators');
          // The LAN is inside the site: the Internet's flows are not its own.
          assert.notEqual(await tcp('lanpc', '203.0.113.30', 25), 'open', 'the LAN is not the Internet');
          assert.notEqual(await tcp('lanpc', '2001:db8:25::30', 25), 'open', 'the LAN is not the Internet (IPv6)');
          assert.notEqual(await tcp('outsider', '203.0.113.30', 995), 'open', 'POP3S is not planned yet');
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
