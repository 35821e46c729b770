import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { BACKENDS } from '../../src/backends/registry.js';
import { cli } from '../../src/cli/cli.js';
import { EXAMPLE, ROOT } from '../helpers/fixtures.js';

function run(
  argv: string[],
  resolve: (n: string) => Promise<string[]> = async () => ['198.51.100.7'],
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  return cli(argv, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    resolve,
  }).then((code) => ({ code, out, err }));
}

describe('command line', () => {
  test('the installed bin answers --help (npx portcullis --help)', () => {
    const r = spawnSync(process.execPath, [`${ROOT}bin/portcullis.js`, '--help'], { encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Usage: portcullis/);
    for (const c of ['validate', 'plan', 'compile', 'catalog']) assert.match(r.stdout, new RegExp(`\\n  ${c}`));
  });

  test('every command has --help with an example', async () => {
    for (const c of [
      ['validate'],
      ['plan'],
      ['compile'],
      ['catalog', 'list'],
      ['catalog', 'show'],
      ['audit'],
      ['probe'],
      ['listen'],
    ]) {
      const r = await run([...c, '--help']);
      assert.equal(r.code, 0, c.join(' '));
      assert.match(r.out, /Examples?:\n(?: {2}.*\n)* {2}portcullis /, c.join(' '));
    }
  });

  test('probe and listen refuse bad pair-mode usage before sending anything', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['--only', 'in'],
        /--only in probes the inbound flows[\s\S]*hint: run it on a machine in the peer zone with --from PEER/,
      ],
      [['--from', 'internet', '--only', 'out'], /--only out probes the outbound flows/],
      [['--token', 'pc1.abc'], /--token belongs to pair mode/],
      [
        ['--from', 'nowhere'],
        /--from "nowhere" is neither a zone, a host nor a CIDR[\s\S]*zones: lan, adm, dns, dmz, any, internet/,
      ],
      [['--from', 'internet', '--token', 'pc1.!!!'], /--token: the token is damaged/],
      [['--from', 'internet', '--token', 'xyz'], /--token: a token starts with "pc1\."/],
      [['--target', 'nowhere=192.0.2.1'], /--target "nowhere=\.\.\." names neither a zone nor a CIDR/],
      [['--target', 'internet=not an address'], /--target "internet=not an address" is not NAME=ADDR/],
      [['--timeout', '0'], /--timeout "0" is not a whole number from 1 to 600000/],
    ];
    for (const [extra, re] of cases) {
      const r = await run(['probe', EXAMPLE, '--host', 'trap1', ...extra], async () => {
        throw new Error('no DNS in this test');
      });
      assert.equal(r.code, 2, extra.join(' '));
      assert.match(r.err, re, extra.join(' '));
      assert.equal(r.out, '', 'nothing on stdout');
    }
    const bind = await run(['listen', EXAMPLE, '--host', 'trap1', '--bind', '192.0.2.0/24']);
    assert.equal(bind.code, 2);
    assert.match(bind.err, /--bind "192\.0\.2\.0\/24" is not an address/);
    const token = (
      await run([
        'probe',
        EXAMPLE,
        '--host',
        'mx1',
        '--from',
        'internet',
        '--token',
        'pc1.eyJuIjoiMDEyMzQ1Njc4OWFiY2RlZiIsImgiOiJ0cmFwMSIsInIiOltdLCJzIjp7fX0',
      ])
    ).err;
    assert.match(token, /--token is from a listener on "trap1", not "mx1"/);
  });

  test('catalog list and show, text and JSON', async () => {
    const list = await run(['catalog', 'list', '--json']);
    assert.equal(list.code, 0);
    assert.deepEqual((JSON.parse(list.out) as { id: string }[]).map((p) => p.id).sort(), [
      'clearswift-seg',
      'mailserver',
      'mailstore-spe',
      'os-base',
      'spamexperts',
      'spammertrap',
    ]);
    const show = await run(['catalog', 'show', 'mailstore-spe', '--json']);
    const p = JSON.parse(show.out) as {
      roles: object;
      peers: Record<string, { fqdn?: string }>;
      flows: { cite: string; source: string }[];
    };
    assert.deepEqual(Object.keys(p.roles), ['mgmt', 'cas', 'ih']);
    assert.equal(p.peers['my.mailstore.com']!.fqdn, 'my.mailstore.com');
    assert.ok(p.flows.every((f) => f.source === '003_09302d99c9f0a00a.txt' && f.cite));
    const text = await run(['catalog', 'show', 'spammertrap']);
    assert.match(text.out, /stateless-return-traffic/);
    assert.equal((await run(['catalog', 'show', 'nope'])).code, 2);
  });

  test('validate prints nothing for a good site', async () => {
    const r = await run(['validate', EXAMPLE]);
    assert.deepEqual([r.code, r.out, r.err], [0, '', '']);
  });

  test("plan --json has SPEC.md's shape", async () => {
    const r = await run(['plan', EXAMPLE, '--host', 'trap1', '--json']);
    assert.equal(r.code, 0);
    const j = JSON.parse(r.out) as {
      site: string;
      hosts: { name: string; addresses: string[]; rules: Record<string, unknown>[] }[];
    };
    assert.equal(j.site, 'acme-mail');
    assert.deepEqual(
      j.hosts.map((h) => h.name),
      ['trap1'],
    );
    assert.deepEqual(j.hosts[0]!.addresses, ['203.0.113.25', '2001:db8:25::25']);
    for (const rule of j.hosts[0]!.rules) {
      assert.deepEqual(Object.keys(rule).sort(), [
        'because',
        'direction',
        'fqdns',
        'icmpTypes',
        'peers',
        'ports',
        'protocol',
      ]);
      assert.ok(['in', 'out'].includes(rule.direction as string));
      for (const b of rule.because as Record<string, string>[])
        for (const k of ['profile', 'source', 'why']) assert.ok(b[k], k);
    }
    const table = await run(['plan', EXAMPLE]);
    assert.match(table.out, /trap1 {2}203\.0\.113\.25 2001:db8:25::25/);
  });

  test('compile to stdout needs one host; --out writes every host with a rule count', async () => {
    const many = await run(['compile', EXAMPLE, '--target', 'nftables']);
    assert.equal(many.code, 2);
    assert.match(many.err, /give --host NAME, or --out DIR/);
    const one = await run(['compile', EXAMPLE, '--target', 'nftables', '--host', 'mgmt1']);
    assert.equal(one.code, 0);
    assert.match(one.out, /^#!\/usr\/sbin\/nft -f/);
    // The DNS-named set is not filled at compile time (dns-sync fills it on the host).
    assert.doesNotMatch(one.out, /set fqdn4_0 \{[^}]*elements/);
    assert.match(one.err, /mgmt1: \d+ rules/);
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-out-'));
    try {
      const nft = await run(['compile', EXAMPLE, '--target', 'nftables', '--out', join(dir, 'nft')]);
      assert.equal(nft.code, 0);
      assert.match(nft.out, /^mgmt1: \d+ rules -> \S+\/mgmt1\.nft, \S+\/mgmt1\.dns-sync\.service$/m);
      const unit = readFileSync(join(dir, 'nft', 'mgmt1.dns-sync.service'), 'utf8');
      assert.match(
        unit,
        /^ExecStart=\/usr\/bin\/env portcullis dns-sync \/etc\/portcullis\/acme-mail\.yaml --host mgmt1 --target nftables$/m,
      );
      assert.ok(
        !readdirSync(join(dir, 'nft')).includes('mx1.dns-sync.service'),
        'only hosts with DNS-named peers get one',
      );
      const r = await run(['compile', EXAMPLE, '--target', 'iptables', '--out', dir]);
      assert.equal(r.code, 0);
      assert.match(r.out, /^trap1: \d+ rules -> /m);
      assert.equal(readdirSync(dir).filter((f) => f.endsWith('.v4.rules')).length, 7);
      assert.equal(readdirSync(dir).filter((f) => f.endsWith('.v6.rules')).length, 7);
      assert.equal(readdirSync(dir).filter((f) => f.includes('.tmp')).length, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('compile --firewall writes the forward rules of one network firewall; plan --firewall shows them', async () => {
    const nft = await run(['compile', EXAMPLE, '--target', 'nftables', '--firewall', 'edge']);
    assert.equal(nft.code, 0);
    assert.match(nft.out, /chain forward \{\n\t\ttype filter hook forward priority filter; policy drop;/);
    assert.match(
      nft.out,
      /iifname "eth0" oifname "eth1" ip saddr != @site_v4 ip daddr 203\.0\.113\.25 tcp dport \{ 25, 80, 113, 443 \} counter accept/,
    );
    // SpammerTrap's Internet flows never cross from the DMZ to the LAN (internet is outside the site).
    assert.doesNotMatch(
      nft.out,
      /iifname "eth1" oifname "eth2" ip6? saddr (203\.0\.113\.25|2001:db8:25::25) [^\n]*dport \{[^}]*\b(43|80|443)\b/,
    );
    assert.match(
      nft.out,
      /iifname "eth1" oifname "eth2" ip saddr 203\.0\.113\.25 ip daddr 192\.0\.2\.0\/25 tcp dport \{ 25, 53, 389, 636 \}/,
    );
    assert.match(nft.err, /edge: \d+ rules \(nftables\)/);
    const plan = await run(['plan', EXAMPLE, '--firewall', 'edge', '--json']);
    const json = JSON.parse(plan.out) as {
      hosts: unknown[];
      firewalls: { name: string; rules: { from: { interface: string } }[] }[];
    };
    assert.deepEqual([json.hosts.length, json.firewalls.length, json.firewalls[0]!.name], [0, 1, 'edge']);
    assert.ok(json.firewalls[0]!.rules.every((r) => ['eth0', 'eth1', 'eth2'].includes(r.from.interface)));
    const text = await run(['plan', EXAMPLE, '--firewall', 'edge']);
    assert.match(text.out, /^firewall edge {2}eth0=internet eth1=dmz eth2=lan, adm/m);
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-fw-'));
    try {
      const ios = await run(['compile', EXAMPLE, '--target', 'cisco-ios', '--firewall', 'edge', '--out', dir]);
      assert.equal(ios.code, 0);
      assert.deepEqual(readdirSync(dir), ['edge.ios']);
      const win = await run([
        'compile',
        EXAMPLE,
        '--target',
        'windows',
        '--firewall',
        'edge',
        '--out',
        join(dir, 'win'),
      ]);
      assert.equal(win.code, 2);
      assert.match(
        win.err,
        /error: target windows filters a host's own traffic and has no forward rules for firewall edge/,
      );
      assert.equal(win.out, '');
      assert.ok(!readdirSync(dir).includes('win'), 'a failed compile wrote a directory');
      const site = await run(['compile', EXAMPLE, '--target', 'handout', '--out', dir]);
      assert.equal(site.code, 0);
      assert.match(readFileSync(join(dir, 'acme-mail.md'), 'utf8'), /## Network firewall edge[\s\S]*## Host trap1/);
      assert.match(
        readFileSync(join(dir, 'acme-mail.csv'), 'utf8'),
        /^"Firewall","Interfaces","Source","Destination","Protocol","Ports \/ ICMP types","Why","Document"\r\n"edge","eth0 -> eth1"/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    assert.equal((await run(['compile', EXAMPLE, '--target', 'nftables', '--firewall', 'nofw'])).code, 2);
    const both = await run(['compile', EXAMPLE, '--target', 'nftables', '--firewall', 'edge', '--host', 'trap1']);
    assert.equal(both.code, 2);
    assert.match(both.err, /--host and --firewall exclude each other/);
  });

  test('nftables asks no DNS: the set is named, empty, and dns-sync fills it; iptables pins (with a warning) or writes no rule', async () => {
    const asked: string[] = [];
    const r = await run(['compile', EXAMPLE, '--target', 'nftables', '--host', 'mgmt1'], async (name) => {
      asked.push(name);
      return ['203.0.113.99'];
    });
    assert.equal(r.code, 0);
    assert.deepEqual(asked, [], 'no DNS query at compile time');
    assert.doesNotMatch(r.err, /did not resolve/);
    assert.match(
      r.out,
      /set fqdn4_0 \{[^}]*comment "DNS name my\.mailstore\.com: filled and kept current by portcullis dns-sync on the host"\n\t\}/,
    );
    assert.match(r.out, /ip daddr @fqdn4_0 tcp dport 443 counter accept/);
    assert.match(r.out, /# DNS-named peers \(sets fqdn4_0\): portcullis dns-sync on the host fills them/);
    assert.match(r.err, /mgmt1\.dns-sync\.service \(to install beside the rules\) is written with --out DIR/);
    // iptables: an ipset of portcullis's own, created by HOST.ipsets and filled by dns-sync.
    let askedIpt = 0;
    const ipt = await run(['compile', EXAMPLE, '--target', 'iptables', '--host', 'mgmt1'], async () => {
      askedIpt++;
      return [];
    });
    assert.equal(askedIpt, 0, 'no DNS query at compile time');
    assert.match(ipt.out, /-A PORTCULLIS-OUT -m set --match-set portcullis-fqdn4_0 dst -p tcp --dport 443 /);
    assert.match(ipt.out, /^create portcullis-fqdn4_0 hash:net family inet$/m);
    // pf: a persist table that dns-sync fills, and a crontab line beside the file.
    const pf = await run(['compile', EXAMPLE, '--target', 'pf', '--host', 'mgmt1'], async () => {
      throw new Error('no DNS at compile time');
    });
    assert.equal(pf.code, 0, pf.err);
    assert.match(
      pf.out,
      /^table <pc_fqdn4_0> persist # DNS name my\.mailstore\.com: filled and kept current by portcullis dns-sync/m,
    );
    assert.match(pf.out, /^pass out quick inet proto tcp from self to <pc_fqdn4_0> port 443 /m);
    // ufw pins: a name that does not resolve gives no rule; one that does, its addresses and a warning.
    const ufw = await run(['compile', EXAMPLE, '--target', 'ufw', '--host', 'mgmt1'], async () => []);
    assert.match(ufw.err, /warning: my\.mailstore\.com did not resolve; no rule is written for it/);
    const pinned = await run(['compile', EXAMPLE, '--target', 'ufw', '--host', 'mgmt1'], async () => ['203.0.113.99']);
    assert.match(
      pinned.err,
      /warning: my\.mailstore\.com is written as the addresses it has now \(203\.0\.113\.99\): when they change, the rules do not follow/,
    );
  });

  test('dns-sync: a host without DNS-named peers, a target without sets, a bad --server: exit 2 with a hint, nothing on stdout', async () => {
    const none = await run(['dns-sync', EXAMPLE, '--host', 'mx1', '--target', 'nftables', '--once']);
    assert.equal(none.code, 2);
    assert.equal(none.out, '');
    assert.match(none.err, /error: host mx1 has no DNS-named peer: there is no set to keep current\n {2}hint: /);
    const ufw = await run(['dns-sync', EXAMPLE, '--host', 'mgmt1', '--target', 'ufw', '--once']);
    assert.equal(ufw.code, 2);
    assert.match(
      ufw.err,
      /dns-sync fills nftables sets, iptables and firewalld ipsets and pf tables; ufw is not supported/,
    );
    const ttl = await run(['dns-sync', EXAMPLE, '--host', 'mgmt1', '--target', 'nftables', '--min-ttl', 'soon']);
    assert.equal(ttl.code, 2);
    assert.match(ttl.err, /--min-ttl "soon" is not a whole number/);
    const help = await run(['dns-sync', '--help']);
    assert.match(help.out, /--grace <seconds>/);
  });

  test('--resolve overrides DNS; a bad --resolve is a usage error', async () => {
    const r = await run(
      ['compile', EXAMPLE, '--target', 'nftables', '--host', 'mgmt1', '--resolve', 'my.mailstore.com=203.0.113.99'],
      async () => [],
    );
    assert.match(r.out, /elements = \{ 203\.0\.113\.99 \}/);
    assert.equal(
      (await run(['compile', EXAMPLE, '--target', 'nftables', '--host', 'mgmt1', '--resolve', 'oops'])).code,
      2,
    );
  });

  test('usage errors exit 2: unknown command, option, target, host', async () => {
    assert.equal((await run(['frobnicate'])).code, 2);
    assert.equal((await run(['plan', EXAMPLE, '--bogus'])).code, 2);
    assert.equal((await run(['compile', EXAMPLE, '--target', 'cisco'])).code, 2);
    const h = await run(['plan', EXAMPLE, '--host', 'nohost']);
    assert.equal(h.code, 2);
    assert.match(h.err, /hosts: /);
  });

  test('--catalog adds a profile without code changes; a broken one is exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-cat-'));
    const siteDir = mkdtempSync(join(tmpdir(), 'portcullis-site-'));
    try {
      writeFileSync(
        join(dir, 'webmail.yaml'),
        'id: my-webmail\ntitle: Webmail\nsource: internal.txt\nroles: { web: a webmail server }\npeers: { users: { description: mail users } }\nflows:\n  - { from: users, to: web, tcp: 443, why: webmail, cite: "internal wiki" }\n',
      );
      const site = join(siteDir, 'site.yaml');
      writeFileSync(
        site,
        'site: s\nzones: { users: [198.51.100.0/24] }\nhosts: { w1: { addresses: [203.0.113.5] } }\ndeployments:\n  - { profile: my-webmail, roles: { web: w1 } }\n',
      );
      const r = await run(['--catalog', dir, 'plan', site, '--json']);
      assert.equal(r.code, 0, r.err);
      assert.deepEqual((JSON.parse(r.out) as { hosts: { rules: { peers: string[] }[] }[] }).hosts[0]!.rules[0]!.peers, [
        '198.51.100.0/24',
      ]);
      mkdirSync(join(dir, 'dup'));
      writeFileSync(join(dir, 'dup', 'copy.yaml'), readFileSync(`${ROOT}catalog/mailserver.yaml`, 'utf8'));
      const dup = await run(['--catalog', join(dir, 'dup'), 'catalog', 'list']);
      assert.equal(dup.code, 2);
      assert.match(dup.err, /copy\.yaml:3:5: error: profile id "mailserver" is already defined by /);
      mkdirSync(join(dir, 'broken'));
      writeFileSync(join(dir, 'broken', 'x.yaml'), 'id: x\ntitle: x\nsource: x\nroles: {}\nflows: []\n');
      const b = await run(['--catalog', join(dir, 'broken'), 'plan', site]);
      assert.equal(b.code, 2);
      assert.match(b.err, /x\.yaml:5:8: error: flows must not be empty/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(siteDir, { recursive: true, force: true });
    }
  });

  test("the README's first command runs the bundled example", () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const cmd = /```sh\n(npm ci && npx portcullis[^\n]*)\n```/.exec(readme);
    assert.ok(cmd, 'README has the set-up command');
    const r = execFileSync('sh', ['-c', cmd[1]!.replace('npm ci && ', '')], { cwd: ROOT, encoding: 'utf8' });
    assert.match(r, /7 hosts/);
  });
});

test('compile --out into a place that is no directory: exit 2, the reason, no file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pc-out-'));
  try {
    writeFileSync(join(dir, 'plain'), 'x');
    const r = await run(['compile', EXAMPLE, '--target', 'nftables', '--out', join(dir, 'plain', 'rules')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /error: .*\/plain is not a directory\n {2}hint: give --out a directory/);
    assert.deepEqual(readdirSync(dir), ['plain']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the AWS files of one --out form one Terraform module: each variable declared once, every reference declared, names unique', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pc-aws-'));
  // The site beside the output, not in it (the output directory is replaced whole), removed too.
  const siteDir = mkdtempSync(join(tmpdir(), 'pc-aws-site-'));
  try {
    // Security groups only allow: the example with every peer of the Internet mapped to any fits them.
    const site = join(siteDir, 'site.yaml');
    writeFileSync(
      site,
      readFileSync(EXAMPLE, 'utf8')
        .replaceAll('"*": internet', '"*": any')
        .replaceAll('internet: internet', 'internet: any'),
    );
    const r = await run(['compile', site, '--target', 'aws', '--out', dir]);
    assert.equal(r.code, 0, r.err);
    const declared = new Map<string, string>();
    const resources = new Set<string>();
    const referenced = new Set<string>();
    for (const f of readdirSync(dir)) {
      const text = readFileSync(join(dir, f), 'utf8');
      const doc = JSON.parse(text) as {
        variable?: Record<string, unknown>;
        resource?: Record<string, Record<string, unknown>>;
      };
      for (const v of Object.keys(doc.variable ?? {})) {
        assert.ok(!declared.has(v), `variable ${v} declared in ${declared.get(v)} and ${f}`);
        declared.set(v, f);
      }
      for (const [type, named] of Object.entries(doc.resource ?? {}))
        for (const n of Object.keys(named)) {
          assert.ok(!resources.has(`${type}.${n}`), `${type}.${n} twice`);
          resources.add(`${type}.${n}`);
        }
      for (const m of text.matchAll(/\$\{var\.([A-Za-z0-9_]+)\}/g)) referenced.add(m[1]!);
    }
    assert.ok(referenced.size > 0);
    for (const v of referenced) assert.ok(declared.has(v), `var.${v} is not declared`);
    assert.ok(resources.size >= 7);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(siteDir, { recursive: true, force: true });
  }
});

test('AWS security groups of hosts a.b and a_b would share one name: refused, naming both', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pc-sg-'));
  try {
    const site = join(dir, 'site.yaml');
    writeFileSync(
      site,
      'site: t\nhosts:\n  a.b: { addresses: [203.0.113.1] }\n  a_b: { addresses: [203.0.113.2] }\nflows:\n  - { from: internet, to: [a.b, a_b], tcp: 25, why: mail }\n',
    );
    const r = await run(['compile', site, '--target', 'aws', '--out', join(dir, 'out')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /host a\.b and host a_b both give security group pc_a_b/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('hosts-allow loads idempotently: the block is replaced, the admin’s own lines stay; no lockout hint without clients', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pc-hosts-'));
  try {
    // The example with SSH for three hosts only (no management: key): mx1 is a host no one may reach over SSH.
    const site = join(dir, 'site.yaml');
    writeFileSync(
      site,
      readFileSync(EXAMPLE, 'utf8').replace(
        /^management:.*$/m,
        'flows: [{ from: adm, to: [mgmt1, cas1, ih1], tcp: 22, why: SSH administration }]',
      ),
    );
    const r = await run(['compile', site, '--target', 'hosts-allow', '--out', dir]);
    assert.equal(r.code, 0, r.err);
    const allow = join(dir, 'hosts.allow');
    writeFileSync(allow, 'sshd: 198.51.100.1\n');
    const load = BACKENDS['hosts-allow'].loadCommand('mgmt1').split(' (then')[0]!.replaceAll('/etc/hosts.allow', allow);
    for (let i = 0; i < 2; i++) execFileSync('sh', ['-c', load], { cwd: dir });
    const text = readFileSync(allow, 'utf8');
    assert.equal(text.split('\n').filter((l) => l === '# portcullis begin mgmt1').length, 1, text);
    assert.ok(text.startsWith('sshd: 198.51.100.1\n'));
    assert.match(text, /^sshd: 192\.0\.2\.128\/255\.255\.255\.240$/m);
    // A host no one may reach over SSH gets no allow line and a warning not to deny sshd.
    const mx1 = readFileSync(join(dir, 'mx1.hosts.allow'), 'utf8');
    assert.doesNotMatch(mx1, /^sshd:/m);
    assert.match(mx1, /Do NOT deny sshd/);
    assert.doesNotMatch(mx1, /echo 'sshd: ALL'/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
