import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildPlan } from '../../src/plan/build-plan.js';
import {
  dccAnswer,
  dccNop,
  dnsAnswer,
  dnsQuery,
  ntpReply,
  ntpRequest,
  pyzorAnswer,
  pyzorPing,
  withLength,
} from '../../src/probe/payloads.js';
import { wellKnownTargets } from '../../src/probe/probe-host.js';
import { methodFor, outboundProbes } from '../../src/probe/probe-targets.js';
import { stateOfError } from '../../src/probe/socket-probes.js';
import { catalog, planOf, singleHostSite, siteOf } from '../helpers/fixtures.js';

test('DNS query: one root NS question; an answer is matched by id and the response bit', () => {
  const q = dnsQuery(0xbeef);
  assert.equal(q.readUInt16BE(0), 0xbeef);
  assert.equal(q.readUInt16BE(4), 1);
  assert.deepEqual([...q.subarray(12)], [0, 0, 2, 0, 1]);
  const refused = Buffer.from(q);
  refused[2] = 0x81;
  refused[3] = 0x05;
  assert.deepEqual(dnsAnswer(0xbeef, refused), { ok: true, rcode: 5 });
  assert.equal(dnsAnswer(0xbeee, refused).ok, false, 'another id');
  assert.equal(dnsAnswer(0xbeef, q).ok, false, 'a query is not an answer');
  assert.equal(withLength(q).readUInt16BE(0), q.length);
});

test('NTP: a 48-byte mode 3 request; only mode 4 replies count', () => {
  const r = ntpRequest();
  assert.equal(r.length, 48);
  assert.equal(r[0]! & 7, 3);
  const reply = Buffer.alloc(48);
  reply[0] = 0x24;
  reply[1] = 3;
  assert.deepEqual(ntpReply(reply), { ok: true, stratum: 3 });
  assert.equal(ntpReply(r).ok, false);
  assert.equal(ntpReply(reply.subarray(0, 40)).ok, false);
});

test('socket errors map to nmap states', () => {
  assert.equal(stateOfError('ECONNREFUSED'), 'closed');
  for (const c of ['EHOSTUNREACH', 'ENETUNREACH', 'EACCES', 'EPERM', 'ETIMEDOUT', undefined])
    assert.equal(stateOfError(c), 'filtered');
});

test('methods: the protocol where one exists', () => {
  assert.equal(methodFor('udp', 53), 'dns-query');
  assert.equal(methodFor('tcp', 53), 'dns-tcp-query');
  assert.equal(methodFor('udp', 123), 'ntp-request');
  assert.equal(methodFor('tcp', 25), 'smtp');
  assert.equal(methodFor('tcp', 587), 'smtp');
  assert.equal(methodFor('tcp', 2703), 'banner');
  assert.equal(methodFor('udp', 24441), 'pyzor-ping');
  assert.equal(methodFor('tcp', 993), 'tls-handshake');
  assert.equal(methodFor('tcp', 8080), 'tcp-connect');
  assert.equal(methodFor('udp', 6277), 'dcc-nop');
  assert.equal(methodFor('udp', 6568), 'udp-empty');
});

test('targets: only what the plan names; ranges need --target inside them; DNS names resolve; big port ranges are not scanned', async () => {
  const plan = planOf(`site: t
zones:
  one: [192.0.2.7]
  wide: [192.0.2.0/24]
hosts:
  h1: { addresses: [198.51.100.2] }
flows:
  - { from: h1, to: one, tcp: [25, 443], why: a }
  - { from: h1, to: wide, udp: 53, why: b }
  - { from: h1, to: one, tcp: 1024-65535, why: c }
  - { from: one, to: h1, tcp: 22, why: inbound is not probed from here }
`);
  const h1 = plan.hosts.find((h) => h.name === 'h1')!;
  // A peer named by DNS (deployments map peers to names; a site flow cannot).
  const byName = {
    ...h1.rules[0]!,
    direction: 'out' as const,
    protocol: 'tcp' as const,
    ports: [[2703, 2703]] as [number, number][],
    peers: [],
    fqdns: ['peer.example.org'],
  };
  const host = { ...h1, rules: [...h1.rules, byName] };
  const resolve = async (n: string): Promise<string[]> =>
    n === 'peer.example.org' ? ['192.0.2.99', '2001:db8::99'] : [];
  const none = await outboundProbes(host, { resolve });
  assert.deepEqual(
    none.probes.map((p) => `${p.protocol}/${p.port}@${p.target}:${p.method}`),
    ['tcp/25@192.0.2.7:smtp', 'tcp/443@192.0.2.7:tls-handshake', 'tcp/2703@192.0.2.99:banner'],
  );
  assert.deepEqual(
    none.unprobed.map((u) => [u.protocol, u.ports, u.peers, u.why.slice(0, 20)]),
    [
      ['tcp', '1024-65535', ['192.0.2.7/32'], 'a port range of more'],
      ['udp', '53', ['192.0.2.0/24'], 'no target: a peer th'],
    ],
  );
  const given = await outboundProbes(host, { resolve, targets: { '192.0.2.0/24': ['192.0.2.53', '203.0.113.9'] } });
  assert.deepEqual(
    given.probes.filter((p) => p.protocol === 'udp').map((p) => p.target),
    ['192.0.2.53'],
    'an address outside the peer is never probed',
  );
});

test('DCC NOP: a 40-byte anonymous NOP; the answer is matched by its op numbers', () => {
  const ids = [1, 2, 3, 4] as const;
  const q = dccNop(ids);
  assert.equal(q.length, 40);
  assert.equal(q.readUInt16BE(0), 40);
  assert.equal(q[3], 1, 'op NOP');
  assert.equal(q.readUInt32BE(4), 1, 'anonymous client');
  const answer = Buffer.from(q);
  answer[3] = 6; // OK
  assert.deepEqual(dccAnswer(ids, answer), { ok: true, op: 'OK' });
  assert.equal(dccAnswer([1, 2, 3, 5], answer).ok, false, 'other op numbers: not our answer');
  assert.equal(dccAnswer(ids, answer.subarray(0, 30)).ok, false, 'length field disagrees');
});

test('Pyzor ping: signed headers; the answer carries the thread and a code', () => {
  const text = pyzorPing(4242, 1_700_000_000).toString('latin1');
  assert.match(text, /^Op: ping\nThread: 4242\nPV: 2\.1\nUser: anonymous\nTime: 1700000000\nSig: [0-9a-f]{40}\n\n$/);
  assert.deepEqual(pyzorAnswer(4242, Buffer.from('Code: 200\nDiag: OK\nPV: 2.1\nThread: 4242\n\n')), {
    ok: true,
    code: '200',
  });
  assert.equal(pyzorAnswer(4243, Buffer.from('Code: 200\nThread: 4242\n')).ok, false);
  assert.equal(pyzorAnswer(4242, Buffer.from('Thread: 4242\n')).ok, false, 'no code');
});

test("range peers: probe-targets of the site (names resolve, only inside the range) before the catalog's well-known servers", async () => {
  const site = siteOf(
    singleHostSite('spammertrap', 'appliance', 'probe-targets:\n  internet: [ns1.example.net, 198.51.100.53]\n'),
  );
  // internet is many CIDRs (every address outside the site): the targets are given for each.
  assert.deepEqual(site.probeTargets.get('0.0.0.0/1'), ['ns1.example.net', '198.51.100.53']);
  const plan = buildPlan(site);
  const h1 = plan.hosts[0]!;
  const asked: string[] = [];
  const resolve = async (n: string): Promise<string[]> => {
    asked.push(n);
    return n === 'ns1.example.net'
      ? ['192.0.2.53']
      : n === 'dcc1.dcc-servers.net'
        ? ['203.0.113.77', '2001:db8::77']
        : n === 'a.root-servers.net'
          ? ['203.0.113.1']
          : [];
  };
  const targets = Object.fromEntries(site.probeTargets);
  const withSite = await outboundProbes(h1, {
    resolve,
    targets,
    wellKnown: (r, port) => wellKnownTargets(catalog(), r, port),
  });
  const dns = withSite.probes.filter((p) => p.port === 53 && p.protocol === 'udp').map((p) => p.target);
  assert.deepEqual(dns.sort(), ['192.0.2.53', '198.51.100.53'], "the site's targets, not the catalog's");
  const bare = await outboundProbes(h1, { resolve, wellKnown: (r, port) => wellKnownTargets(catalog(), r, port) });
  const dcc = bare.probes.filter((p) => p.port === 6277);
  assert.deepEqual(
    dcc.map((p) => [p.target, p.method]).sort(),
    [
      ['2001:db8::77', 'dcc-nop'],
      ['203.0.113.77', 'dcc-nop'],
    ],
    "the catalog names DCC's public server",
  );
  assert.ok(bare.probes.some((p) => p.port === 53 && p.target === '203.0.113.1'));
  assert.ok(
    bare.unprobed.some(
      (u) =>
        u.protocol === 'tcp' &&
        u.ports.split(',').includes('443') &&
        !u.ports.split(',').includes('53') &&
        /no target/.test(u.why),
    ),
    'a flow without any target is listed, not guessed',
  );
  assert.ok(!asked.includes('192.0.2.53'));
});
