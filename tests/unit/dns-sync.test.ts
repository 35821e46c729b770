import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { RunResult, System } from '../../src/apply/system.js';
import { dnsSync } from '../../src/commands/dns-sync.js';
import { nodeEnv } from '../../src/commands/environment.js';
import { step, type Answer, type Policy } from '../../src/dns-sync/membership.js';
import type { Query } from '../../src/dns-sync/query.js';
import { firewalldIpsetStore } from '../../src/dns-sync/firewalld-ipsets.js';
import { pfTableStore } from '../../src/dns-sync/pf-tables.js';
import type { SetStore } from '../../src/dns-sync/nft-sets.js';
import type { Family } from '../../src/net/addresses.js';

const POLICY: Policy = { minTtl: 5, maxTtl: 100, grace: 10, maxAddresses: 3, retry: 5 };
const ok = (...addresses: [string, number][]): Answer => ({
  kind: 'addresses',
  addresses: addresses.map(([address, ttl]) => ({ address, ttl })),
});

describe('dns-sync: what a set holds', () => {
  test('an address stays until its (clamped) TTL plus grace has passed without DNS naming it', () => {
    const first = step(new Map(), ok(['192.0.2.1', 30]), 0, POLICY, 'n');
    assert.deepEqual(first.added, ['192.0.2.1']);
    assert.equal(first.refreshAt, 30_000);
    const moved = step(first.members, ok(['192.0.2.2', 30]), 30_000, POLICY, 'n');
    assert.deepEqual(moved.added, ['192.0.2.2']);
    assert.deepEqual(moved.removed, [], 'kept: named 30 s ago with TTL 30 + grace 10');
    const later = step(moved.members, ok(['192.0.2.2', 30]), 40_000, POLICY, 'n');
    assert.deepEqual(later.removed, ['192.0.2.1'], 'gone once TTL + grace ran out');
  });

  test('TTLs are clamped: a TTL of 0 is asked again after the minimum, a TTL of a week after the maximum', () => {
    assert.equal(step(new Map(), ok(['192.0.2.1', 0]), 0, POLICY, 'n').ttl, 5);
    assert.equal(step(new Map(), ok(['192.0.2.1', 604_800]), 0, POLICY, 'n').refreshAt, 100_000);
  });

  test('a failed or empty answer keeps the last good addresses, with a warning; the first failure leaves the set empty', () => {
    const good = step(new Map(), ok(['192.0.2.1', 5]), 0, POLICY, 'relay').members;
    for (const answer of [
      { kind: 'failed', why: 'ETIMEOUT' },
      { kind: 'none', why: 'ENOTFOUND' },
    ] as Answer[]) {
      const s = step(good, answer, 1_000_000, POLICY, 'relay');
      assert.deepEqual([...s.members.keys()], ['192.0.2.1']);
      assert.deepEqual(s.removed, []);
      assert.match(s.warnings[0]!, /^relay: DNS .*keeping the last good/);
      assert.equal(s.refreshAt, 1_000_000 + POLICY.retry * 1000);
    }
    const none = step(new Map(), { kind: 'failed', why: 'ESERVFAIL' }, 0, POLICY, 'relay');
    assert.equal(none.members.size, 0);
    assert.match(none.warnings[0]!, /the set stays empty/);
  });

  test('past the cap the lowest addresses are kept, with a warning', () => {
    const s = step(
      new Map(),
      ok(['192.0.2.4', 9], ['192.0.2.1', 9], ['192.0.2.3', 9], ['192.0.2.2', 9]),
      0,
      POLICY,
      'big',
    );
    assert.deepEqual(s.added, ['192.0.2.1', '192.0.2.2', '192.0.2.3']);
    assert.match(s.warnings[0]!, /DNS names 4 addresses, more than the cap of 3/);
  });

  test('property: once a set held an address it is never empty, whatever DNS answers', () => {
    const answer = fc.oneof(
      fc.constant<Answer>({ kind: 'failed', why: 'ETIMEOUT' }),
      fc.constant<Answer>({ kind: 'none', why: 'ENODATA' }),
      fc
        .array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 200 })), { maxLength: 5 })
        .map((xs): Answer => ok(...xs.map(([h, ttl]): [string, number] => [`192.0.2.${h}`, ttl]))),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(answer, fc.integer({ min: 0, max: 300_000 })), { minLength: 1, maxLength: 60 }),
        (run) => {
          let members: ReadonlyMap<string, number> = new Map();
          let now = 0;
          let held = false;
          for (const [a, dt] of run) {
            now += dt;
            members = step(members, a, now, POLICY, 'p').members;
            if (members.size > 0) held = true;
            if (held && members.size === 0) return false;
            if (members.size > POLICY.maxAddresses && a.kind === 'addresses' && a.addresses.length > 0) {
              // only old addresses within their keep time may exceed the cap
              for (const until of members.values()) if (until < now) return false;
            }
          }
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** A machine with nft and a set store in memory that records the smallest size each set ever had after its first fill. */
class Sets implements SetStore {
  sets = new Map<string, Set<string>>([
    ['fqdn4_0', new Set()],
    ['fqdn6_0', new Set()],
  ]);
  updates = 0;
  emptied: string[] = [];
  filled = new Set<string>();
  readAll(): Map<string, string[]> {
    return new Map([...this.sets].map(([k, v]) => [k, [...v]]));
  }
  update(
    _family: Family,
    changes: readonly { set: string; add: readonly string[]; remove: readonly string[] }[],
  ): void {
    this.updates++;
    for (const c of changes) {
      const s = this.sets.get(c.set)!;
      for (const a of c.add) s.add(a);
      for (const a of c.remove) s.delete(a);
      if (s.size > 0) this.filled.add(c.set);
      else if (this.filled.has(c.set)) this.emptied.push(c.set);
    }
  }
}

const sys: System = {
  run: (): RunResult => ({ code: 0, stdout: '', stderr: '' }),
  has: () => true,
  isRoot: () => true,
  systemd: () => false,
  spawnDetached: () => 1,
  alive: () => false,
  kill: () => undefined,
  now: () => Date.now(),
  env: {},
};

const SITE = `site: dns-unit
zones: { adm: [198.51.100.0/28], dns: [192.0.2.53] }
hosts:
  h: { addresses: [203.0.113.10, 2001:db8:113::10] }
management: { from: adm }
deployments:
  - profile: mailserver
    roles: { server: h }
    peers: { internet: relay.example.test }
    features: []
`;

/**
 * 1,000 refresh cycles without real waiting: each sleep ends a cycle, and after 1,000 the
 * command is stopped. The answers change all the time, and every 7th fails or is empty.
 */
function thousandCycles(second = false): { env: ReturnType<typeof nodeEnv>; query: Query } {
  let n = 0;
  const stop = new AbortController();
  const env = nodeEnv({
    signal: stop.signal,
    sleep: () => {
      if (++n >= 1000) stop.abort();
      return Promise.resolve();
    },
  });
  let q = 0;
  const query = (_name: string, family: Family): Promise<Answer> => {
    q++;
    if (q % 7 === 3) return Promise.resolve({ kind: 'failed', why: 'ETIMEOUT' });
    if (q % 7 === 5) return Promise.resolve({ kind: 'none', why: 'ENODATA' });
    const host = 1 + (q % 4);
    const addresses: [string, number][] = [[family === 4 ? `192.0.2.${host}` : `2001:db8::${host}`, 0]];
    if (second) addresses.push([family === 4 ? '192.0.2.9' : '2001:db8::9', 0]);
    return Promise.resolve(ok(...addresses));
  };
  return { env, query };
}

describe('dns-sync (command)', () => {
  const withSite = async (body: (site: string, state: string) => Promise<void>): Promise<void> => {
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-dns-unit-'));
    try {
      writeFileSync(join(dir, 'site.yaml'), SITE);
      await body(join(dir, 'site.yaml'), join(dir, 'state'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  test('1,000 refresh cycles with changing, failing and empty answers: no set is ever emptied once filled', async () => {
    await withSite(async (site, stateDir) => {
      const store = new Sets();
      const { env, query } = thousandCycles(true);
      const warnings: string[] = [];
      const r = await dnsSync(
        {
          site,
          host: 'h',
          target: 'nftables',
          stateDir,
          policy: { minTtl: 0, maxTtl: 1, grace: 0, maxAddresses: 8, retry: 0 },
        },
        env,
        {
          sys,
          query,
          store,
          log: (l) => void (l.startsWith('warning') && warnings.push(l)),
          watch: () => () => undefined,
        },
      );
      assert.equal(r.exit, 0, r.usage?.message);
      assert.equal(r.value!.cycles, 1000);
      assert.ok(store.updates > 100, `${store.updates} updates`);
      assert.deepEqual(store.emptied, [], 'never empty once filled');
      assert.ok(warnings.some((w) => /keeping the last good/.test(w)));
    });
  });

  test('not loaded (--once), not root, another target, no DNS-named peer: exit 2 with what to do', async () => {
    await withSite(async (site, stateDir) => {
      const env = nodeEnv();
      const query = (): Promise<Answer> => Promise.resolve(ok(['192.0.2.1', 5]));
      const missing: SetStore = { readAll: () => null, update: () => assert.fail('no update') };
      const r = await dnsSync({ site, host: 'h', target: 'nftables', stateDir, once: true }, env, {
        sys,
        query,
        store: missing,
      });
      assert.equal(r.exit, 2);
      assert.match(r.usage!.message, /the sets of host h are not loaded/);
      assert.match(r.usage!.hint, /load the rules first/);
      const user = await dnsSync({ site, host: 'h', target: 'nftables', stateDir, once: true }, env, {
        sys: { ...sys, isRoot: () => false },
        query,
      });
      assert.match(user.usage!.message, /must run as root/);
      const server = await dnsSync(
        { site, host: 'h', target: 'nftables', stateDir, once: true, servers: ['not an address'] },
        env,
        { sys, store: missing },
      );
      assert.equal(server.exit, 2);
      assert.match(server.usage!.message, /--server not an address: not an address/);
      const ufw = await dnsSync({ site, host: 'h', target: 'ufw', stateDir, once: true }, env, { sys, query });
      assert.equal(ufw.exit, 2);
      assert.match(
        ufw.usage!.message,
        /dns-sync fills nftables sets, iptables and firewalld ipsets and pf tables; ufw is not supported/,
      );
    });
  });

  test('a name that does not resolve at the first sync: a warning, the sets stay empty, the rules stay loaded', async () => {
    await withSite(async (site, stateDir) => {
      const store = new Sets();
      const lines: string[] = [];
      const r = await dnsSync({ site, host: 'h', target: 'nftables', stateDir, once: true }, nodeEnv(), {
        sys,
        query: () => Promise.resolve({ kind: 'none', why: 'ENOTFOUND' }),
        store,
        log: (l) => void lines.push(l),
      });
      assert.equal(r.exit, 0, r.usage?.message);
      assert.equal(store.updates, 0);
      assert.ok(
        lines.some((l) =>
          /^warning: relay\.example\.test does not resolve \(ENOTFOUND, ENOTFOUND\): its sets stay empty/.test(l),
        ),
        lines.join('\n'),
      );
    });
  });
});

describe('dns-sync: firewalld ipsets through its D-Bus interface', () => {
  /** firewalld as busctl reaches it: ipsets by name, each call recorded. */
  const firewalld = (ipsets: Record<string, string[]> | null) => {
    const calls: string[] = [];
    /** Sets that were left empty by a call, after holding an address. */
    const emptied: string[] = [];
    const fake: System = {
      ...sys,
      run: (cmd, args): RunResult => {
        assert.equal(cmd, 'busctl');
        const [method, , ...rest] = args.slice(5);
        calls.push([method, ...rest].join(' '));
        if (ipsets === null) return { code: 1, stdout: '', stderr: 'Failed to connect to bus' };
        const reply = (data: unknown): RunResult => ({
          code: 0,
          stdout: JSON.stringify({ type: 'as', data: [data] }),
          stderr: '',
        });
        if (method === 'getIPSets') return reply(Object.keys(ipsets));
        const set = ipsets[rest[0]!];
        if (!set) return { code: 1, stdout: '', stderr: `Call failed: INVALID_IPSET: ${rest[0]}` };
        if (method === 'getEntries') return reply(set);
        if (method === 'addEntry') set.push(rest[1]!);
        if (method === 'removeEntry') {
          if (!set.includes(rest[1]!)) return { code: 1, stdout: '', stderr: `Call failed: NOT_ENABLED: ${rest[1]}` };
          set.splice(set.indexOf(rest[1]!), 1);
          if (set.length === 0) emptied.push(rest[0]!);
        }
        return { code: 0, stdout: '{"type":"","data":[]}', stderr: '' };
      },
    };
    return { fake, calls, emptied };
  };

  test("only the host's own ipsets are read, addresses as dns-sync writes them; new entries go in before old ones go out", () => {
    const ipsets = {
      'pc-h-fqdn4_0': ['198.51.100.7/32', '198.51.100.8'],
      'pc-h-1': ['192.0.2.1'],
      other: ['192.0.2.9'],
    };
    const { fake, calls } = firewalld(ipsets);
    const store = firewalldIpsetStore(fake, 'h');
    assert.deepEqual([...store.readAll()!], [['fqdn4_0', ['198.51.100.7', '198.51.100.8']]]);
    assert.ok(!calls.some((c) => / other| pc-h-1/.test(c)), 'no other ipset is read');
    calls.length = 0;
    store.update(4, [
      { set: 'fqdn4_0', add: ['198.51.100.9'], remove: ['198.51.100.7'], members: ['198.51.100.8', '198.51.100.9'] },
    ]);
    // The entry is removed as firewalld holds it (with /32), after the new one is in.
    assert.deepEqual(calls, ['addEntry pc-h-fqdn4_0 198.51.100.9', 'removeEntry pc-h-fqdn4_0 198.51.100.7/32']);
    assert.deepEqual(ipsets['pc-h-fqdn4_0'], ['198.51.100.8', '198.51.100.9']);
  });

  test('firewalld not running, or none of the ipsets there: nothing loaded; a refused change is an error', () => {
    assert.equal(firewalldIpsetStore(firewalld(null).fake, 'h').readAll(), null);
    assert.equal(firewalldIpsetStore(firewalld({ public: [] }).fake, 'h').readAll(), null);
    const store = firewalldIpsetStore(firewalld({}).fake, 'h');
    assert.throws(
      () => store.update(4, [{ set: 'fqdn4_0', add: ['198.51.100.9'], remove: [], members: ['198.51.100.9'] }]),
      /firewalld addEntry pc-h-fqdn4_0 198\.51\.100\.9: Call failed: INVALID_IPSET/,
    );
  });

  test('1,000 refresh cycles of the command on firewalld, the answers changing, failing and empty: no ipset is ever emptied, one call per entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-dns-unit-'));
    try {
      writeFileSync(join(dir, 'site.yaml'), SITE);
      const ipsets: Record<string, string[]> = { 'pc-h-fqdn4_0': [], 'pc-h-fqdn6_0': [] };
      const { fake, calls, emptied } = firewalld(ipsets);
      const { env, query } = thousandCycles();
      const r = await dnsSync(
        {
          site: join(dir, 'site.yaml'),
          host: 'h',
          target: 'firewalld',
          stateDir: join(dir, 'state'),
          policy: { minTtl: 0, maxTtl: 1, grace: 0, maxAddresses: 8, retry: 0 },
        },
        env,
        { sys: fake, query, watch: () => () => undefined },
      );
      assert.equal(r.exit, 0, r.usage?.message);
      assert.equal(r.value!.cycles, 1000);
      const removes = calls.filter((c) => c.startsWith('removeEntry')).length;
      assert.ok(removes > 100, `${removes} removals`);
      assert.deepEqual(emptied, [], 'never empty once filled');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--once with firewalld not running: exit 2, naming the ipsets and how to load them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-dns-unit-'));
    try {
      writeFileSync(join(dir, 'site.yaml'), SITE);
      const r = await dnsSync(
        { site: join(dir, 'site.yaml'), host: 'h', target: 'firewalld', stateDir: join(dir, 'state'), once: true },
        nodeEnv(),
        { sys: firewalld(null).fake, query: () => Promise.resolve(ok(['192.0.2.1', 5])) },
      );
      assert.equal(r.exit, 2);
      assert.match(r.usage!.message, /firewalld does not run, or has no ipset pc-h-fqdn4_0, pc-h-fqdn6_0 of host h/);
      assert.match(r.usage!.hint, /firewall-cmd --reload/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dns-sync: pf tables through pfctl', () => {
  /** pf as pfctl shows it: tables by name, each call recorded. */
  const pf = (tables: Record<string, string[]> | null) => {
    const calls: string[] = [];
    const fake: System = {
      ...sys,
      run: (cmd, args): RunResult => {
        assert.equal(cmd, 'pfctl');
        calls.push(args.join(' '));
        if (tables === null) return { code: 1, stdout: '', stderr: 'pfctl: /dev/pf: No such file or directory' };
        if (args[0] === '-s')
          return {
            code: 0,
            stdout: Object.keys(tables)
              .map((t) => `   ${t}\n`)
              .join(''),
            stderr: '',
          };
        const t = tables[args[1]!];
        if (!t) return { code: 1, stdout: '', stderr: 'pfctl: Table does not exist.' };
        if (args[3] === 'show') return { code: 0, stdout: t.map((a) => `   ${a}\n`).join(''), stderr: '' };
        tables[args[1]!] = args.slice(4);
        return { code: 0, stdout: '', stderr: '1 addresses added.\n' };
      },
    };
    return { fake, calls };
  };

  test("the host's tables only are read; each changed table is replaced whole in one call", () => {
    const tables = {
      pc_fqdn4_0: ['198.51.100.7'],
      pc_fqdn6_0: ['2001:db8::7'],
      pc_1: ['192.0.2.1'],
      admin: ['192.0.2.9'],
    };
    const { fake, calls } = pf(tables);
    const store = pfTableStore(fake);
    assert.deepEqual(
      [...store.readAll()!],
      [
        ['fqdn4_0', ['198.51.100.7']],
        ['fqdn6_0', ['2001:db8::7']],
      ],
    );
    assert.ok(!calls.some((c) => /pc_1|admin/.test(c)), 'no other table is read');
    calls.length = 0;
    store.update(4, [{ set: 'fqdn4_0', add: ['198.51.100.9'], remove: ['198.51.100.7'], members: ['198.51.100.9'] }]);
    assert.deepEqual(calls, ['-t pc_fqdn4_0 -T replace 198.51.100.9']);
    assert.deepEqual(tables.pc_fqdn4_0, ['198.51.100.9']);
    assert.deepEqual(tables.admin, ['192.0.2.9']);
  });

  test('pf not enabled, or the tables not loaded: nothing loaded (dns-sync --once exits 2)', async () => {
    assert.equal(pfTableStore(pf(null).fake).readAll(), null);
    assert.equal(pfTableStore(pf({ admin: [] }).fake).readAll(), null);
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-dns-unit-'));
    try {
      writeFileSync(join(dir, 'site.yaml'), SITE);
      const r = await dnsSync(
        { site: join(dir, 'site.yaml'), host: 'h', target: 'pf', stateDir: join(dir, 'state'), once: true },
        nodeEnv(),
        { sys: pf(null).fake, query: () => Promise.resolve(ok(['192.0.2.1', 5])) },
      );
      assert.equal(r.exit, 2);
      assert.match(r.usage!.message, /the tables of host h are not loaded \(pf has no pc_fqdn4_0, pc_fqdn6_0/);
      assert.match(r.usage!.hint, /pfctl -f h\.pf\.conf/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
