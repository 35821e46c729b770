import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli } from '../../src/cli/cli.js';
import { asLoadedIptables, EXAMPLE } from '../helpers/fixtures.js';

function run(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  return cli(argv, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    resolve: async () => ['198.51.100.7'],
    readStdin: () => stdin,
  }).then((code) => ({ code, out, err }));
}

test('audit CLI: compiled rules pass (exit 0); a gap is exit 1 with SPEC JSON; --fail-on exposure', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-audit-'));
  try {
    // The ipset of MailStore's DNS name, seeded as dns-sync would fill it, is read as `ipset save`.
    const seed = ['--resolve', 'my.mailstore.com=198.51.100.7'];
    assert.equal((await run(['compile', EXAMPLE, '--target', 'iptables', '--out', dir, ...seed])).code, 0);
    for (const f of ['mgmt1.v4.rules', 'mgmt1.v6.rules'])
      writeFileSync(join(dir, f), asLoadedIptables(readFileSync(join(dir, f), 'utf8')));
    const ok = await run([
      'audit',
      EXAMPLE,
      '--host',
      'mgmt1',
      '--ruleset',
      join(dir, 'mgmt1.v4.rules'),
      '--ruleset',
      join(dir, 'mgmt1.v6.rules'),
      '--ipset',
      join(dir, 'mgmt1.ipsets'),
      ...seed,
      '--json',
    ]);
    assert.equal(ok.code, 0, ok.err + ok.out);
    const j = JSON.parse(ok.out) as {
      host: string;
      ruleset: { format: string; rules: number };
      flows: { verdict: string; decidedBy: { line: number; text: string }[] }[];
      exposure: unknown[];
      deadRules: unknown[];
      summary: Record<string, number>;
    };
    assert.equal(j.host, 'mgmt1');
    assert.equal(j.ruleset.format, 'iptables-save');
    assert.ok(j.flows.every((f) => f.verdict === 'open' && f.decidedBy.every((d) => d.line > 0 && d.text)));
    assert.deepEqual([j.exposure, j.deadRules], [[], []]);
    for (const k of ['required', 'open', 'blocked', 'partial', 'exposed', 'dead'])
      assert.equal(typeof j.summary[k], 'number', k);

    const gap =
      '*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n-A INPUT -p tcp -m tcp --dport 3389 -j ACCEPT\nCOMMIT\n';
    const bad = await run(['audit', EXAMPLE, '--host', 'mx1', '--ruleset', '-'], gap);
    assert.equal(bad.code, 1);
    assert.match(bad.out, /blocked +in +tcp +25,443,465,993/);
    assert.match(bad.out, /in +tcp +3389 +every IPv4 address +6/);

    const exposed =
      '*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n-A INPUT -p tcp -m multiport --dports 25,443,465,993,3389 -j ACCEPT\n-A INPUT -s 192.0.2.128/28 -p tcp --dport 22 -j ACCEPT\nCOMMIT\n';
    assert.equal((await run(['audit', EXAMPLE, '--host', 'mx1', '--ruleset', '-'], exposed)).code, 0);
    assert.equal(
      (await run(['audit', EXAMPLE, '--host', 'mx1', '--ruleset', '-', '--fail-on', 'exposure'], exposed)).code,
      1,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('audit CLI: a malformed dump is exit 2 with FILE:LINE:COL and the offending text, nothing on stdout', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-audit-'));
  try {
    const f = join(dir, 'bad.rules');
    writeFileSync(f, '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 10.0.0.300 -j ACCEPT\nCOMMIT\n');
    const r = await run(['audit', EXAMPLE, '--host', 'mx1', '--ruleset', f]);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.ok(r.err.startsWith(`${f}:3:13: error: "10.0.0.300" is not an address or CIDR`), r.err);
    assert.match(r.err, /-A INPUT -s 10\.0\.0\.300/);
    const nft = await run(
      ['audit', EXAMPLE, '--host', 'mx1', '--ruleset', '-'],
      '{"nftables": [\n  {"table": {"family": "inet", "name": "f"}},\n  {"chain": {"family": "inet", "table": "g", "name": "input"}}\n]}',
    );
    assert.equal(nft.code, 2);
    assert.equal(nft.out, '');
    assert.ok(
      nft.err.startsWith('<stdin>:3:3: error: chain input belongs to table inet g, which is not declared'),
      nft.err,
    );
    const json = await run(
      ['audit', EXAMPLE, '--host', 'mx1', '--ruleset', '-', '--format', 'nft-json'],
      '{"nftables": [',
    );
    assert.equal(json.code, 2);
    assert.match(json.err, /^<stdin>:1:\d+: error: not valid JSON/);
    // No table at all: nothing filters, every required flow is open and everything is exposed.
    const none = await run(['audit', EXAMPLE, '--host', 'mx1', '--ruleset', '-', '--json'], '{"nftables": []}');
    assert.equal(none.code, 0);
    assert.ok(
      (JSON.parse(none.out) as { exposure: { protocol: string; ports: number[][] }[] }).exposure.some(
        (e: { protocol: string; ports: number[][] }) => e.protocol === 'tcp' && e.ports[0]![0] === 0,
      ),
    );
    assert.equal((await run(['audit', EXAMPLE, '--host', 'mx1'])).code, 2);
    const sets = join(dir, 'sets');
    writeFileSync(sets, 'create adm hash:net family inet\nadd adm 192.0.2.0/33\n');
    const ipset = await run(['audit', EXAMPLE, '--host', 'mx1', '--ruleset', f, '--ipset', sets]);
    assert.equal(ipset.code, 2);
    assert.ok(ipset.err.startsWith(`${sets}:2:9: error: "192.0.2.0/33" is not an IPv4 address`), ipset.err);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('audit CLI: a ban list is no finding by default; --fail-on bans (or all) makes it exit 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-audit-bans-'));
  try {
    const site = join(dir, 'site.yaml');
    writeFileSync(
      site,
      'site: t\nhosts:\n  mx1: { addresses: [203.0.113.10] }\nflows:\n  - { from: internet, to: mx1, tcp: 25, why: mail }\n',
    );
    const rules =
      '*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n-A INPUT -s 198.51.100.77/32 -j DROP\n-A INPUT -p tcp --dport 25 -j ACCEPT\nCOMMIT\n';
    const base = ['audit', site, '--host', 'mx1', '--ruleset', '-'];
    const plain = await run(base, rules);
    assert.equal(plain.code, 0, plain.out + plain.err);
    assert.match(plain.out, /open, refused for 1 listed address \(198\.51\.100\.77\/32\)/);
    for (const failOn of ['bans', 'all'])
      assert.equal((await run([...base, '--fail-on', failOn], rules)).code, 1, failOn);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("audit CLI: a Docker host's text report names the published port's both ends and the rules; source ports read short", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-audit-'));
  try {
    const site = join(dir, 'site.yaml');
    writeFileSync(
      site,
      'site: t\nhosts:\n  mx1: { addresses: [203.0.113.10] }\ndeployments:\n  - { profile: mailserver, roles: { server: mx1 }, peers: { internet: internet }, features: [] }\n',
    );
    const rules = join(dir, 'docker.rules');
    writeFileSync(
      rules,
      [
        '*nat',
        ':PREROUTING ACCEPT [0:0]',
        ':INPUT ACCEPT [0:0]',
        ':OUTPUT ACCEPT [0:0]',
        ':POSTROUTING ACCEPT [0:0]',
        ':DOCKER - [0:0]',
        '-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER',
        '-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80',
        'COMMIT',
        '*filter',
        ':INPUT DROP [0:0]',
        ':FORWARD DROP [0:0]',
        ':OUTPUT ACCEPT [0:0]',
        ':DOCKER - [0:0]',
        '-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
        '-A INPUT -p tcp -m tcp --dport 25 -j ACCEPT',
        '-A INPUT -p tcp -m tcp ! --sport 5432 --dport 9000 -j ACCEPT',
        '-A FORWARD -o docker0 -j DOCKER',
        '-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT',
        'COMMIT',
        '',
      ].join('\n'),
    );
    const r = await run(['audit', site, '--host', 'mx1', '--ruleset', rules, '--interface', 'eth0']);
    assert.equal(r.code, 0, r.err + r.out);
    assert.match(r.out, /tcp\?\s+8080 -> 172\.17\.0\.2:80\s+every IPv4 address\s+8,19/);
    assert.match(
      r.out,
      /in tcp 8080 on 203\.0\.113\.10\/32 -> 172\.17\.0\.2:80, forwarded \(to 172\.17\.0\.2\/32\): rewritten by line 8, accepted by 19/,
    );
    assert.match(r.out, /9000 from any port except 5432/);
    assert.doesNotMatch(r.out, /dead rules:/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
