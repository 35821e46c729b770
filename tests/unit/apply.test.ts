import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { apply, applyStatus, confirmApply, rollbackApply } from '../../src/commands/apply.js';
import { nodeEnv } from '../../src/commands/environment.js';
import type { RunResult, System } from '../../src/apply/system.js';
import { partOf, persisted, words } from '../../src/apply/iptables-driver.js';
import { BEGIN, END, withBlock } from '../../src/apply/persist-files.js';
import { EXAMPLE } from '../helpers/fixtures.js';

/**
 * apply's logic on a machine that is not one: a System whose commands are answered by the
 * test, so that every refusal and every step's order can be checked without a firewall (the
 * kernel tests, tests/kernel/apply.test.ts, load real rules).
 */
class FakeSystem implements System {
  calls: string[] = [];
  root = true;
  tools = new Set([
    'nft',
    'iptables',
    'ip6tables',
    'iptables-save',
    'ip6tables-save',
    'iptables-restore',
    'ip6tables-restore',
    'systemd-run',
  ]);
  systemdRuns = false;
  table: string | null = null;
  failLoad = false;
  spawned: string[][] = [];
  killed: number[] = [];
  env: NodeJS.ProcessEnv = {};
  clock = 1_000_000;
  run(cmd: string, args: readonly string[], input?: string): RunResult {
    this.calls.push(`${cmd} ${args.join(' ')}`);
    if (cmd === 'nft' && args[0] === '-s' && args[2] === 'table')
      return this.table === null
        ? { code: 1, stdout: '', stderr: 'No such file or directory' }
        : { code: 0, stdout: this.table, stderr: '' };
    if (cmd === 'nft' && args[0] === '-s') return { code: 0, stdout: `listing ${this.table ?? ''}`, stderr: '' };
    if (cmd === 'nft' && args[0] === '-f') {
      if (
        this.failLoad &&
        !input!.startsWith('table inet portcullis\ndelete table inet portcullis\ntable inet portcullis {}') &&
        input!.includes('chain input')
      )
        return { code: 1, stdout: '', stderr: 'Error: Could not process rule: No such file or directory' };
      this.table = input!.includes('chain input')
        ? 'table inet portcullis { new }'
        : input!.split('\n').slice(2).join('\n') || null;
      return { code: 0, stdout: '', stderr: '' };
    }
    return { code: 0, stdout: '', stderr: '' };
  }
  has(cmd: string): boolean {
    return this.tools.has(cmd);
  }
  isRoot(): boolean {
    return this.root;
  }
  systemd(): boolean {
    return this.systemdRuns;
  }
  spawnDetached(cmd: string, args: readonly string[]): number {
    this.spawned.push([cmd, ...args]);
    return 4242;
  }
  alive(pid: number, mark: string): boolean {
    return pid === 4242 && this.spawned.some((a) => a.includes(mark));
  }
  kill(pid: number): void {
    this.killed.push(pid);
  }
  now(): number {
    return this.clock;
  }
}

const env = nodeEnv({ resolve: async () => ['198.51.100.7'] });

function withState<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-apply-unit-'));
  return body(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

const request = (dir: string, extra: object = {}) => ({
  site: EXAMPLE,
  host: 'mx1',
  target: 'nftables',
  stateDir: dir,
  ...extra,
});

describe('apply (logic)', () => {
  test('not root, a missing tool, an unwritable state directory: exit 2 and nothing run', async () => {
    await withState(async (dir) => {
      const sys = new FakeSystem();
      sys.root = false;
      const r = await apply(request(dir), env, { sys });
      assert.equal(r.exit, 2);
      assert.match(r.usage!.message, /must run as root/);
      assert.deepEqual(sys.calls, []);
      const noNft = new FakeSystem();
      noNft.tools.delete('nft');
      const m = await apply(request(dir), env, { sys: noNft });
      assert.equal(m.exit, 2);
      assert.match(m.usage!.message, /nft is not installed/);
      const file = join(dir, 'a-file');
      writeFileSync(file, '');
      const u = await apply(request(join(file, 'state')), env, { sys: new FakeSystem() });
      assert.equal(u.exit, 2);
      assert.match(u.usage!.message, /state directory .* cannot be written/);
    });
  });

  test('order: check, snapshot, record, rollback armed, then load; the watchdog waits until the deadline', async () => {
    await withState(async (dir) => {
      const sys = new FakeSystem();
      const r = await apply(request(dir, { confirmTimeout: 30 }), env, { sys });
      assert.equal(r.exit, 0, r.usage?.message);
      const steps = sys.calls.map((c) => c.split(' ').slice(0, 3).join(' '));
      assert.deepEqual(steps, ['nft -c -f', 'nft -s list', 'nft -s list', 'nft -f /dev/stdin']);
      assert.equal(sys.spawned.length, 1, 'armed before loading');
      const argv = sys.spawned[0]!;
      assert.deepEqual(argv.slice(2, 4), ['apply', '--rollback']);
      assert.equal(argv[argv.indexOf('--at') + 1], String(1_000_000 + 30_000));
      assert.equal(argv[argv.indexOf('--state-dir') + 1], dir);
      const status = await applyStatus({ stateDir: dir }, { sys });
      assert.equal(status.value!.pending!.timer!.kind, 'watchdog');
      // A second apply while one is pending is refused.
      const again = await apply(request(dir), env, { sys });
      assert.equal(again.exit, 2);
      assert.match(again.usage!.message, /is pending/);
    });
  });

  test('where systemd runs, the rollback is a transient timer', async () => {
    await withState(async (dir) => {
      const sys = new FakeSystem();
      sys.systemdRuns = true;
      const r = await apply(request(dir), env, { sys });
      assert.equal(r.exit, 0, r.usage?.message);
      const run = sys.calls.find((c) => c.startsWith('systemd-run'))!;
      assert.match(run, /--on-active=60s/);
      assert.match(run, /--unit=portcullis-rollback-[0-9a-f]{12} /);
      assert.match(run, / apply --rollback --if-token [0-9a-f]{12} --state-dir /);
      assert.doesNotMatch(run, /--at/);
      assert.equal(sys.spawned.length, 0);
      const c = await confirmApply({ stateDir: dir }, { sys });
      assert.equal(c.exit, 0);
      assert.ok(
        sys.calls.some((x) => /^systemctl stop portcullis-rollback-\w+\.timer/.test(x)),
        'disarmed',
      );
    });
  });

  test('confirm disarms the watchdog; a later rollback finds nothing; the watchdog then does nothing', async () => {
    await withState(async (dir) => {
      const sys = new FakeSystem();
      const a = await apply(request(dir), env, { sys });
      const token = a.value!.pending!.token;
      const c = await confirmApply({ stateDir: dir }, { sys });
      assert.equal(c.exit, 0);
      assert.deepEqual(sys.killed, [4242]);
      const r = await rollbackApply({ stateDir: dir }, env, { sys });
      assert.equal(r.exit, 2);
      assert.match(r.usage!.message, /no apply is pending/);
      const late = await rollbackApply({ stateDir: dir, ifToken: token, at: 0 }, env, { sys });
      assert.equal(late.exit, 0);
      assert.equal(late.value!.action, 'status');
      assert.equal(sys.table, 'table inet portcullis { new }', 'the confirmed rules stay');
      assert.match(readFileSync(join(dir, 'apply.log'), 'utf8'), /confirmed mx1/);
    });
  });

  test('the timer rolls back to the snapshot (no table before: none after)', async () => {
    await withState(async (dir) => {
      const sys = new FakeSystem();
      const a = await apply(request(dir), env, { sys });
      assert.equal(sys.table, 'table inet portcullis { new }');
      // The window runs from the end of the load: the timer's rollback waits until the deadline.
      assert.equal(a.value!.pending!.deadline, sys.clock + 60_000);
      sys.clock += 60_001;
      const r = await rollbackApply({ stateDir: dir, ifToken: a.value!.pending!.token, at: 0 }, env, { sys });
      assert.equal(r.value!.action, 'rolled-back');
      assert.equal(sys.table, null);
      assert.equal(r.value!.sameAsBefore, true);
      assert.equal((await applyStatus({ stateDir: dir }, { sys })).value!.pending, null);
    });
  });

  test('a load that fails restores the snapshot at once, disarms, and leaves nothing pending (exit 2)', async () => {
    await withState(async (dir) => {
      const sys = new FakeSystem();
      sys.table = 'table inet portcullis { old }';
      sys.failLoad = true;
      const r = await apply(request(dir), env, { sys });
      assert.equal(r.exit, 2);
      assert.match(r.usage!.message, /Could not process rule/);
      assert.equal(sys.table, 'table inet portcullis { old }');
      assert.deepEqual(sys.killed, [4242]);
      assert.equal((await applyStatus({ stateDir: dir }, { sys })).value!.pending, null);
    });
  });

  test('the lockout check: this SSH session would be shut out: refused unless --force', async () => {
    await withState(async (dir) => {
      const sys = new FakeSystem();
      sys.env = { SSH_CONNECTION: '198.51.100.99 50000 203.0.113.30 22' };
      const r = await apply(request(dir), env, { sys });
      assert.equal(r.exit, 2);
      assert.match(r.usage!.message, /host mx1: this SSH session comes from 198\.51\.100\.99 to port 22/);
      assert.match(r.usage!.hint, /--force/);
      assert.deepEqual(sys.calls, [], 'nothing was run');
      sys.env = { SSH_CONNECTION: '192.0.2.130 50000 203.0.113.30 22' };
      assert.equal((await apply(request(dir), env, { sys })).exit, 0, 'an administrator (adm zone) passes');
      await rollbackApply({ stateDir: dir }, env, { sys });
      sys.env = { SSH_CONNECTION: '198.51.100.99 50000 203.0.113.30 22' };
      assert.equal((await apply(request(dir, { force: true }), env, { sys })).exit, 0, '--force loads');
    });
  });

  test('targets apply does not load are refused with what to do instead', async () => {
    await withState(async (dir) => {
      const r = await apply(request(dir, { target: 'pf' }), env, { sys: new FakeSystem() });
      assert.equal(r.exit, 2);
      assert.match(r.usage!.message, /apply loads nftables, iptables, ufw, firewalld rules, not pf/);
    });
  });
});

test('a rollback waits while an apply still loads, and goes on when that process has died', async () => {
  await withState(async (dir) => {
    const sys = new FakeSystem();
    await apply(request(dir), env, { sys });
    const state = JSON.parse(readFileSync(join(dir, 'pending.json'), 'utf8')) as { loading: unknown };
    assert.equal(state.loading, null, 'loaded: nothing to wait for');
    // A record as a killed apply leaves it: loading by a pid that is gone.
    writeFileSync(join(dir, 'pending.json'), JSON.stringify({ ...state, loading: { pid: 99999999 } }));
    let slept = 0;
    const counting = { ...env, sleep: async () => void slept++ };
    const r = await rollbackApply({ stateDir: dir }, counting, { sys });
    assert.equal(r.value!.action, 'rolled-back');
    assert.equal(slept, 0, 'a dead loader is not waited for');
  });
});

describe('apply (iptables part, persistence)', () => {
  const SAVE = `# Generated by iptables-save
*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
:PORTCULLIS-IN - [0:0]
:f2b-sshd - [0:0]
-A INPUT -j PORTCULLIS-IN
-A INPUT -p tcp -m multiport --dports 22 -j f2b-sshd
-A PORTCULLIS-IN -m comment --comment "a \\"quoted\\" word" -j RETURN
-A f2b-sshd -j RETURN
COMMIT
`;

  test("portcullis's part of a listing: its chains, their rules, the jumps into them with their place", () => {
    const p = partOf(SAVE);
    assert.deepEqual(p.chains, ['PORTCULLIS-IN']);
    assert.deepEqual(p.rules, ['-A PORTCULLIS-IN -m comment --comment "a \\"quoted\\" word" -j RETURN']);
    assert.deepEqual(p.jumps, [{ chain: 'INPUT', index: 1, line: '-A INPUT -j PORTCULLIS-IN' }]);
    assert.deepEqual(words(p.rules[0]!), [
      '-A',
      'PORTCULLIS-IN',
      '-m',
      'comment',
      '--comment',
      'a "quoted" word',
      '-j',
      'RETURN',
    ]);
  });

  test("rules.v4 keeps every other line; only portcullis's part is replaced", () => {
    const file = SAVE.replace(
      '-A PORTCULLIS-IN -m comment --comment "a \\"quoted\\" word" -j RETURN\n',
      '-A PORTCULLIS-IN -j DROP\n',
    );
    const now = partOf(SAVE.replace(':PORTCULLIS-IN - [0:0]', ':PORTCULLIS-IN - [0:0]\n:PORTCULLIS-OUT - [0:0]'));
    const out = persisted(file, now, []);
    assert.match(out, /^-A INPUT -p tcp -m multiport --dports 22 -j f2b-sshd$/m);
    assert.match(out, /^-A f2b-sshd -j RETURN$/m);
    assert.match(out, /^:INPUT DROP/m);
    assert.doesNotMatch(out, /-A PORTCULLIS-IN -j DROP/);
    assert.match(out, /^:PORTCULLIS-OUT - \[0:0\]$/m);
    assert.equal(out.match(/-A INPUT -j PORTCULLIS-IN/g)!.length, 1);
    const fresh = persisted('', partOf(SAVE), [':INPUT DROP [0:0]']);
    assert.match(fresh, /^\*filter\n:INPUT DROP \[0:0\]\n:PORTCULLIS-IN - \[0:0\]\n-A INPUT -j PORTCULLIS-IN\n/);
  });

  test("the nftables service's file gets one marked include, replaced, never duplicated", () => {
    const conf = '#!/usr/sbin/nft -f\nflush ruleset\ntable inet filter {\n}\n';
    const once = withBlock(conf, ['include "/etc/portcullis/portcullis.nft"']);
    const twice = withBlock(once, ['include "/etc/portcullis/portcullis.nft"']);
    assert.equal(twice, once);
    assert.ok(once.startsWith(conf.trimEnd()));
    assert.equal(once.split(BEGIN).length, 2);
    assert.ok(once.endsWith(`${END}\n`));
  });
});

/** A firewalld host: the daemon runs, eth0 holds mx1's address, iptables has Docker's rules. */
class FirewalldHost extends FakeSystem {
  running = true;
  runtimeZones = 'public (default)\n  target: default\n  services: ssh\n';
  permanentZones = 'public\n  target: default\n  services: ssh\n';
  constructor() {
    super();
    for (const t of ['firewall-cmd', 'firewall-offline-cmd', 'ip']) this.tools.add(t);
  }
  override run(cmd: string, args: readonly string[], input?: string): RunResult {
    const ok = (stdout: string): RunResult => {
      this.calls.push(`${cmd} ${args.join(' ')}`);
      return { code: 0, stdout, stderr: '' };
    };
    if (cmd === 'firewall-cmd' && args[0] === '--state')
      return this.running ? ok('running\n') : { code: 252, stdout: 'not running\n', stderr: '' };
    if (cmd === 'firewall-cmd' && args.join(' ') === '--list-all-zones') return ok(this.runtimeZones);
    if (cmd === 'firewall-cmd' && args.join(' ') === '--permanent --list-all-zones') return ok(this.permanentZones);
    if (cmd === 'ip')
      return ok('1: lo    inet 127.0.0.1/8 scope host lo\n2: eth0    inet 203.0.113.30/24 scope global eth0\n');
    if (cmd === 'iptables-save')
      return ok('*filter\n:DOCKER - [0:0]\n-A FORWARD -o docker0 -j DOCKER\n-A DOCKER -j ACCEPT\nCOMMIT\n');
    return super.run(cmd, args, input);
  }
}

describe('apply (firewalld)', () => {
  /** A state directory and a firewalld configuration directory (public binds eth0; an earlier apply's ipset). */
  const withFirewalld = (body: (dir: string, etc: string) => Promise<void>): Promise<void> =>
    withState(async (dir) => {
      const etc = mkdtempSync(join(tmpdir(), 'portcullis-firewalld-unit-'));
      try {
        mkdirSync(join(etc, 'zones'));
        mkdirSync(join(etc, 'ipsets'));
        writeFileSync(
          join(etc, 'zones', 'public.xml'),
          '<zone>\n  <short>Public</short>\n  <interface name="eth0"/>\n</zone>\n',
        );
        // An earlier apply's ipset that this one no longer has.
        writeFileSync(join(etc, 'ipsets', 'pc-mx1-9.xml'), '<ipset type="hash:net"/>\n');
        await body(dir, etc);
      } finally {
        rmSync(etc, { recursive: true, force: true });
      }
    });
  const fw = (dir: string, extra: object = {}) => request(dir, { target: 'firewalld', ...extra });

  test('firewalld not running, no interface with the host address: exit 2, nothing loaded', async () => {
    await withFirewalld(async (dir, etc) => {
      const sys = new FirewalldHost();
      sys.running = false;
      const r = await apply(fw(dir), env, { sys, firewalldEtc: etc });
      assert.equal(r.exit, 2);
      assert.match(r.usage!.message, /firewalld is not running/);
      const away = new FirewalldHost();
      away.run = (cmd, args, input) =>
        cmd === 'ip'
          ? { code: 0, stdout: '2: eth0    inet 192.0.2.99/24 scope global eth0\n', stderr: '' }
          : FirewalldHost.prototype.run.call(away, cmd, args, input);
      const n = await apply(fw(dir), env, { sys: away, firewalldEtc: etc });
      assert.equal(n.exit, 2);
      assert.match(
        n.usage!.message,
        /none of host mx1's addresses \(203\.0\.113\.30, 2001:db8:25::30\) is on an interface/,
      );
      assert.ok(!sys.calls.concat(away.calls).some((c) => c.includes('--reload')), 'no reload');
    });
  });

  test('runtime first: files in, reload, bind, files back; warnings before; --persist on confirm binds permanently', async () => {
    await withFirewalld(async (dir, etc) => {
      const sys = new FirewalldHost();
      sys.runtimeZones += 'trusted\n  target: ACCEPT\n  sources: 192.0.2.7\n';
      const publicBefore = readFileSync(join(etc, 'zones', 'public.xml'), 'utf8');
      const r = await apply(fw(dir, { persist: true }), env, { sys, firewalldEtc: etc });
      assert.equal(r.exit, 0, r.usage?.message);
      const steps = sys.calls.filter((c) => /^firewall-cmd (--reload|--zone)|^firewall-offline-cmd/.test(c));
      assert.match(steps[0]!, /^firewall-offline-cmd --system-config \S+ --check-config$/);
      assert.deepEqual(steps.slice(1), ['firewall-cmd --reload', 'firewall-cmd --zone=pc-mx1 --change-interface=eth0']);
      const w = r.value!.warnings.join('\n');
      assert.match(w, /zone trusted is runtime only/);
      assert.match(w, /flushes every iptables rule: 2 rules in chains DOCKER, FORWARD/);
      // The permanent configuration is as it was: no new zone, the old ipset back, public untouched.
      assert.ok(!existsSync(join(etc, 'zones', 'pc-mx1.xml')));
      assert.ok(existsSync(join(etc, 'ipsets', 'pc-mx1-9.xml')));
      assert.equal(readFileSync(join(etc, 'zones', 'public.xml'), 'utf8'), publicBefore);
      const c = await confirmApply({ stateDir: dir }, { sys, firewalldEtc: etc });
      assert.equal(c.exit, 0, c.usage?.message);
      const zone = readFileSync(join(etc, 'zones', 'pc-mx1.xml'), 'utf8');
      assert.match(zone, /<zone target="DROP">\n {2}<interface name="eth0"\/>\n/);
      assert.ok(existsSync(join(etc, 'policies', 'pco-mx1.xml')));
      assert.ok(!existsSync(join(etc, 'ipsets', 'pc-mx1-9.xml')), "the earlier apply's ipset is gone");
      assert.ok(existsSync(join(etc, 'ipsets', 'pc-mx1-1.xml')));
      assert.equal(
        readFileSync(join(etc, 'zones', 'public.xml'), 'utf8'),
        '<zone>\n  <short>Public</short>\n</zone>\n',
        'the binding moved out of public',
      );
      assert.ok(c.value!.persisted.includes(join(etc, 'zones', 'public.xml')));
    });
  });

  test('the rollback puts the files back and reloads firewalld', async () => {
    await withFirewalld(async (dir, etc) => {
      const sys = new FirewalldHost();
      assert.equal((await apply(fw(dir), env, { sys, firewalldEtc: etc })).exit, 0);
      sys.calls = [];
      // Something wrote our zone meanwhile (a half-done load): the rollback removes it.
      writeFileSync(join(etc, 'zones', 'pc-mx1.xml'), '<zone/>\n');
      const r = await rollbackApply({ stateDir: dir }, env, { sys, firewalldEtc: etc });
      assert.equal(r.exit, 0, r.usage?.message);
      assert.ok(sys.calls.includes('firewall-cmd --reload'));
      assert.ok(!existsSync(join(etc, 'zones', 'pc-mx1.xml')));
      assert.ok(existsSync(join(etc, 'ipsets', 'pc-mx1-9.xml')));
    });
  });
});

test('iptables with DNS-named peers: the ipsets load first, the check leaves their matches out, a rollback removes the sets it made', async () => {
  await withState(async (dir) => {
    const sys = new FakeSystem();
    sys.tools.add('ipset');
    const inputs: string[] = [];
    let sets = '';
    const base = sys.run.bind(sys);
    sys.run = (cmd, args, input) => {
      if (input !== undefined) inputs.push(`${cmd} ${args.join(' ')}\n${input}`);
      if (cmd === 'ipset' && args[0] === 'list') {
        sys.calls.push(`${cmd} ${args.join(' ')}`);
        return { code: 0, stdout: sets, stderr: '' };
      }
      if (cmd === 'ipset' && args.join(' ') === '-exist restore') sets = 'portcullis-fqdn4_0\n';
      return base(cmd, args, input);
    };
    const r = await apply(request(dir, { host: 'mgmt1', target: 'iptables' }), env, { sys });
    assert.equal(r.exit, 0, r.usage?.message);
    const test4 = inputs.find((i) => i.startsWith('iptables-restore --test'))!;
    assert.doesNotMatch(test4, /--match-set/, 'the check leaves the set matches out');
    const order = sys.calls.filter((c) => /^(ipset -exist restore|iptables-restore --noflush)$/.test(c));
    assert.deepEqual(order, ['ipset -exist restore', 'iptables-restore --noflush'], 'the sets before the rules');
    assert.match(
      inputs.find((i) => i.startsWith('ipset -exist restore'))!,
      /^create portcullis-fqdn4_0 hash:net family inet$/m,
    );
    const rb = await rollbackApply({ stateDir: dir }, env, { sys });
    assert.equal(rb.exit, 0, rb.usage?.message);
    assert.ok(sys.calls.includes('ipset destroy portcullis-fqdn4_0'), 'the set it made is gone with its rules');
  });
});

test('the dns-sync service compiled beside the rules is never loaded, checked or kept as rules', async () => {
  await withState(async (dir) => {
    const sys = new FakeSystem();
    const r = await apply(request(dir, { host: 'mgmt1' }), env, { sys });
    assert.equal(r.exit, 0, r.usage?.message);
    const nft = sys.calls.filter((c) => /^nft (-c )?-f /.test(c));
    assert.deepEqual(nft, ['nft -c -f /dev/stdin', 'nft -f /dev/stdin'], 'one check and one load, of the rules');
    assert.deepEqual(
      r.value!.pending!.files.map((f) => f.name),
      ['mgmt1.nft'],
    );
  });
});
