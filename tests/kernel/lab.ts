import { execFile, execFileSync, spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { iptablesBackend } from '../../src/backends/iptables.js';

/** Repository root, from dist/tests/kernel/. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const AGENT = join(ROOT, 'tests/kernel/agent.mjs');

/** Only documentation and benchmark ranges may appear in the lab (RFC 5737, 3849, 2544). */
const ALLOWED = [/^192\.0\.2\./, /^198\.51\.100\./, /^203\.0\.113\./, /^198\.1[89]\./, /^2001:db8:/i];

export interface LabNodeSpec {
  name: string;
  /** Host addresses (no prefix). */
  addresses: string[];
}

/** `open`, `refused`, `timeout`, `eperm`, or the agent's error text. */
export type TcpOutcome = string;

/** True when kernel tests can run here: root, `ip`, `nft`, `iptables-restore`. */
export function kernelAvailable(): { ok: boolean; why: string } {
  if (process.getuid?.() !== 0) return { ok: false, why: 'not root' };
  for (const [bin, args] of [
    ['ip', ['-V']],
    ['nft', ['--version']],
    ['iptables-restore', ['--version']],
    ['ping', ['-V']],
    ['conntrack', ['--version']],
  ] as const) {
    try {
      execFileSync(bin, [...args], { stdio: 'ignore' });
    } catch {
      return { ok: false, why: `${bin} is missing` };
    }
  }
  return { ok: true, why: '' };
}

/** True when a program is on the PATH (some, like firewalld, have no --version to try). */
export function onPath(bin: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' }).status === 0;
}

/** In CI (or when asked) a missing kernel piece is a failure, not a skip. */
export function kernelRequired(): boolean {
  return process.env.CI !== undefined || process.env.PORTCULLIS_KERNEL_TESTS === '1';
}

let counter = 0;
const live = new Set<string>();

/** Creates a namespace and remembers it, so that process exit removes it even after a crash. */
export function addNamespace(ns: string): void {
  execFileSync('ip', ['netns', 'add', ns], { stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(ns);
}

/** Removes every remembered namespace whose name starts with `prefix`. */
export function deleteNamespaces(prefix: string): void {
  for (const ns of [...live].filter((n) => n.startsWith(prefix))) {
    try {
      execFileSync('ip', ['netns', 'del', ns], { stdio: 'ignore' });
    } catch {
      /* gone */
    }
    live.delete(ns);
  }
}
process.on('exit', () => {
  for (const ns of live) {
    try {
      execFileSync('ip', ['netns', 'del', ns], { stdio: 'ignore' });
    } catch {
      /* already gone */
    }
  }
});

/**
 * A set of namespaces on one bridge, each with host routes only (/32, /128) and an on-link
 * default route into the bridge. The bridge lives in its own namespace with no uplink, so no
 * packet can leave the lab.
 */
/** Waits for a lab process's first line, "ready" (or its failure); its stderr goes to ours. */
export function waitReady(p: ChildProcessWithoutNullStreams): Promise<void> {
  p.stderr.on('data', (d: Buffer) => process.stderr.write(`[lab process] ${d.toString()}`));
  return new Promise<void>((resolve, reject) => {
    createInterface({ input: p.stdout }).once('line', (l) => (l === 'ready' ? resolve() : reject(new Error(l))));
    p.once('exit', (c) => reject(new Error(`lab process exited (${c})`)));
  });
}

export class Lab {
  private readonly nsOf = new Map<string, string>();
  private readonly agents = new Map<string, Agent>();
  private readonly procs: ChildProcessWithoutNullStreams[] = [];
  private readonly tmp = mkdtempSync(join(tmpdir(), 'portcullis-lab-'));
  private readonly prefix = `pc${process.pid % 100000}x${counter++}`;
  private readonly bridgeNs = `${this.prefix}-br`;
  readonly nodes = new Map<string, LabNodeSpec>();

  constructor(specs: readonly LabNodeSpec[]) {
    for (const s of specs) {
      for (const a of s.addresses)
        if (!ALLOWED.some((re) => re.test(a))) throw new Error(`lab address ${a} is not a documentation address`);
      this.nodes.set(s.name, s);
    }
  }

  /** Creates the namespaces; on failure, removes whatever was made. */
  up(options: { staticNeighbours?: boolean } = {}): this {
    try {
      this.addNs(this.bridgeNs);
      ip(['-n', this.bridgeNs, 'link', 'add', 'br0', 'type', 'bridge', 'mcast_snooping', '0']);
      ip(['-n', this.bridgeNs, 'link', 'set', 'br0', 'up']);
      let i = 0;
      for (const spec of this.nodes.values()) {
        const ns = `${this.prefix}-${i}`;
        this.nsOf.set(spec.name, ns);
        this.addNs(ns);
        const port = `p${i++}`;
        ip(['-n', this.bridgeNs, 'link', 'add', port, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns]);
        ip(['-n', this.bridgeNs, 'link', 'set', port, 'master', 'br0', 'up']);
        ip(['-n', ns, 'link', 'set', 'lo', 'up']);
        ip(['-n', ns, 'link', 'set', 'eth0', 'up']);
        for (const a of spec.addresses) {
          if (a.includes(':')) ip(['-n', ns, '-6', 'addr', 'add', `${a}/128`, 'dev', 'eth0', 'nodad']);
          else ip(['-n', ns, 'addr', 'add', `${a}/32`, 'dev', 'eth0']);
        }
        if (spec.addresses.some((a) => !a.includes(':'))) ip(['-n', ns, 'route', 'add', 'default', 'dev', 'eth0']);
        if (spec.addresses.some((a) => a.includes(':'))) ip(['-n', ns, '-6', 'route', 'add', 'default', 'dev', 'eth0']);
        execFileSync(
          'ip',
          ['netns', 'exec', ns, 'sysctl', '-qw', 'net.ipv4.conf.all.rp_filter=0', 'net.ipv4.conf.eth0.rp_filter=0'],
          { stdio: 'ignore' },
        );
      }
      if (options.staticNeighbours !== false) this.addNeighbours();
    } catch (err) {
      this.down();
      throw err;
    }
    return this;
  }

  /**
   * Permanent neighbour entries for every other node, so that thousands of parallel first
   * packets do not wait in the ARP/ND queue (which would drop some and look like a filter).
   */
  private addNeighbours(): void {
    const macs = new Map<string, string>();
    for (const [name, ns] of this.nsOf) {
      const info = JSON.parse(execFileSync('ip', ['-n', ns, '-j', 'link', 'show', 'eth0'], { encoding: 'utf8' })) as {
        address: string;
      }[];
      macs.set(name, info[0]!.address);
    }
    for (const [name, ns] of this.nsOf) {
      const lines: string[] = [];
      for (const [other, spec] of this.nodes) {
        if (other === name) continue;
        for (const a of spec.addresses)
          lines.push(`neigh replace ${a} lladdr ${macs.get(other)} dev eth0 nud permanent`);
      }
      if (lines.length > 0)
        execFileSync('ip', ['-n', ns, '-batch', '-'], {
          input: `${lines.join('\n')}\n`,
          stdio: ['pipe', 'pipe', 'pipe'],
        });
    }
  }

  ns(name: string): string {
    const ns = this.nsOf.get(name);
    if (!ns) throw new Error(`no lab node ${name}`);
    return ns;
  }

  /** Loads an nftables file into a node; throws with nft's message when it is refused. */
  loadNft(name: string, text: string): void {
    this.nftIn(this.ns(name), name, text);
  }

  /** Runs a ufw script in a node as root would on that host (see runUfwIn). */
  runUfw(name: string, script: string): void {
    runUfwIn(this.ns(name), join(this.tmp, `ufw-${name}`), script);
  }

  /** Loads firewalld configuration files into a node as firewalld does on a host (see runFirewalldIn). */
  runFirewalld(name: string, files: { name: string; content: string }[], zone: string): void {
    runFirewalldIn(this.ns(name), mkdtempSync(join(this.tmp, `firewalld-${name}-`)), files, zone);
  }

  /**
   * Loads nftables rules into the bridge's namespace: a `bridge` family table there filters
   * what passes between nodes, as a middlebox on the path would (drop, reject).
   */
  loadBridgeNft(text: string): void {
    this.nftIn(this.bridgeNs, 'bridge', text);
  }

  /**
   * Hands TCP connections to `daddr:port` to a process on the bridge (`localPort`), as an
   * inspecting middlebox does: the bridge passes the frames up to its own IP stack (an address
   * from 192.0.2.0/24 on br0) and nat redirects them. Start the process with `spawnInBridge`.
   */
  intercept(targets: { daddr: string; port: number; localPort: number }[]): void {
    const mac = (
      JSON.parse(execFileSync('ip', ['-n', this.bridgeNs, '-j', 'link', 'show', 'br0'], { encoding: 'utf8' })) as {
        address: string;
      }[]
    )[0]!.address;
    ip(['-n', this.bridgeNs, 'addr', 'add', '192.0.2.254/32', 'dev', 'br0']);
    for (const spec of this.nodes.values())
      for (const a of spec.addresses)
        if (!a.includes(':')) ip(['-n', this.bridgeNs, 'route', 'replace', `${a}/32`, 'dev', 'br0']);
    execFileSync(
      'ip',
      [
        'netns',
        'exec',
        this.bridgeNs,
        'sysctl',
        '-qw',
        'net.ipv4.conf.all.rp_filter=0',
        'net.ipv4.conf.br0.rp_filter=0',
      ],
      { stdio: 'ignore' },
    );
    const up = targets
      .map((t) => `    ip daddr ${t.daddr} tcp dport ${t.port} meta pkttype set host ether daddr set ${mac}`)
      .join('\n');
    const nat = targets
      .map((t) => `    ip daddr ${t.daddr} tcp dport ${t.port} redirect to :${t.localPort}`)
      .join('\n');
    this.nftIn(
      this.bridgeNs,
      'intercept',
      `table bridge intercept {\n  chain pre {\n    type filter hook prerouting priority -300; policy accept;\n${up}\n  }\n}\ntable ip intercept {\n  chain pre {\n    type nat hook prerouting priority dstnat; policy accept;\n${nat}\n  }\n}\n`,
    );
  }

  /** Starts a long-running process in the bridge's namespace (killed by `down`). */
  spawnInBridge(args: string[]): ChildProcessWithoutNullStreams {
    return this.spawnNs(this.bridgeNs, args);
  }

  private nftIn(ns: string, label: string, text: string): void {
    const file = join(this.tmp, `${label}.nft`);
    writeFileSync(file, text);
    try {
      execFileSync('ip', ['netns', 'exec', ns, 'nft', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      throw new Error(`nft refused the rules of ${label}: ${String((err as { stderr?: Buffer }).stderr ?? err)}`, {
        cause: err,
      });
    }
  }

  /** Starts a long-running process inside a node (killed by `down`). */
  spawnIn(name: string, args: string[]): ChildProcessWithoutNullStreams {
    return this.spawnNs(this.ns(name), args);
  }

  private spawnNs(ns: string, args: string[]): ChildProcessWithoutNullStreams {
    const p = spawn('ip', ['netns', 'exec', ns, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.procs.push(p);
    return p;
  }

  /** Loads whole iptables-restore tables as they are (a dump made by a test, not portcullis's files). */
  restoreIptables(name: string, v4: string, v6: string): void {
    for (const [bin, input] of [
      ['iptables-restore', v4],
      ['ip6tables-restore', v6],
    ] as const) {
      try {
        execFileSync('ip', ['netns', 'exec', this.ns(name), bin], { input, stdio: ['pipe', 'pipe', 'pipe'] });
      } catch (err) {
        throw new Error(`${bin} refused the rules of ${name}: ${String((err as { stderr?: Buffer }).stderr ?? err)}`, {
          cause: err,
        });
      }
    }
  }

  /** Loads a host's two iptables files with the command their header names (restore, then the jumps). */
  loadIptables(name: string, v4: string, v6: string): void {
    loadIptablesIn(this.ns(name), mkdtempSync(join(this.tmp, `iptables-${name}-`)), name, [v4, v6], 'host');
  }

  /** Text of a command run in a node (`nft list ruleset`, ...). */
  run(name: string, cmd: string[]): string {
    return execFileSync('ip', ['netns', 'exec', this.ns(name), ...cmd], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  /** A command run in a node with text on its standard input (`ipset restore`, ...). */
  runWithInput(name: string, cmd: string[], input: string): string {
    return execFileSync('ip', ['netns', 'exec', this.ns(name), ...cmd], {
      encoding: 'utf8',
      input,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  }

  /** ICMP echo (up to two tries); true when a reply came back. */
  ping(from: string, to: string): Promise<boolean> {
    return new Promise((resolve) => {
      execFile(
        'ip',
        [
          'netns',
          'exec',
          this.ns(from),
          'ping',
          to.includes(':') ? '-6' : '-4',
          '-c',
          '2',
          '-i',
          '0.2',
          '-W',
          '1',
          '-n',
          '-q',
          to,
        ],
        (err) => resolve(!err || (err as { code?: number }).code === 0),
      );
    });
  }

  async agent(name: string): Promise<Agent> {
    let a = this.agents.get(name);
    if (!a) {
      a = new Agent(this.ns(name));
      this.agents.set(name, a);
    }
    return a;
  }

  /** Removes every namespace and agent; safe to call twice. */
  down(): void {
    for (const a of this.agents.values()) a.kill();
    for (const p of this.procs) p.kill('SIGKILL');
    this.procs.length = 0;
    this.agents.clear();
    deleteNamespaces(`${this.prefix}-`);
    rmSync(this.tmp, { recursive: true, force: true });
  }

  private addNs(ns: string): void {
    addNamespace(ns);
  }
}

/** Talks JSON lines to an agent process inside a namespace. */
export class Agent {
  private readonly proc: ChildProcessWithoutNullStreams;
  private readonly waiting = new Map<number, (v: Record<string, unknown>) => void>();
  private next = 1;

  constructor(ns: string) {
    this.proc = spawn('ip', ['netns', 'exec', ns, process.execPath, AGENT], { stdio: ['pipe', 'pipe', 'pipe'] });
    createInterface({ input: this.proc.stdout }).on('line', (line) => {
      const msg = JSON.parse(line) as { id: number };
      this.waiting.get(msg.id)?.(msg);
      this.waiting.delete(msg.id);
    });
    this.proc.stderr.on('data', (d: Buffer) => process.stderr.write(`[agent ${ns}] ${d.toString()}`));
    // A dead agent must fail the test, not hang it.
    this.proc.on('exit', (code) => {
      for (const [, done] of this.waiting) done({ error: `agent in ${ns} exited (${code})` });
      this.waiting.clear();
    });
  }

  private call(cmd: Record<string, unknown>): Promise<Record<string, unknown>> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (v) =>
        v.error ? reject(new Error(typeof v.error === 'string' ? v.error : JSON.stringify(v.error))) : resolve(v),
      );
      this.proc.stdin.write(`${JSON.stringify({ ...cmd, id })}\n`);
    });
  }

  async listen(tcp: number[], udp: number[]): Promise<void> {
    await this.call({ op: 'listen', tcp, udp });
  }

  async tcp(targets: { addr: string; port: number }[], timeout = 500, concurrency = 1000): Promise<TcpOutcome[]> {
    return (await this.call({ op: 'tcp', targets, timeout, concurrency })).results as TcpOutcome[];
  }

  async udp(targets: { addr: string; port: number }[], timeout = 800, concurrency = 300): Promise<string[]> {
    return (await this.call({ op: 'udp', targets, timeout, concurrency })).results as string[];
  }

  kill(): void {
    this.proc.kill('SIGKILL');
  }
}

function ip(args: string[]): void {
  execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Runs a script in a namespace with a private view of some paths: a fresh tmpfs on /run and
 * /var/log, and the given directories bind-mounted over system ones. `ip netns exec` gives the
 * script a mount namespace of its own (slave), so none of this reaches the machine: its
 * configuration, /run and logs are never touched.
 */
export function runPrivateIn(ns: string, binds: [string, string][], script: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-run-'));
  writeFileSync(join(dir, 'portcullis-run.sh'), script);
  const mounts = [
    'mount -n -t tmpfs tmpfs /run',
    'mount -n -t tmpfs tmpfs /var/log',
    ...binds.map(([from, to]) => `mount -n --bind ${from} ${to}`),
  ];
  try {
    return execFileSync(
      'ip',
      ['netns', 'exec', ns, 'sh', '-c', `set -e; ${mounts.join('; ')}; exec sh ${dir}/portcullis-run.sh`],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
    );
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    throw new Error(`${ns}: ${String(e.stderr ?? err)}${String(e.stdout ?? '')}`, { cause: err });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs a ufw script in a namespace as root would on that machine, with private copies of
 * /etc/ufw, /etc/default/ufw and /lib/ufw kept in `dir`; ufw's iptables calls land in the
 * namespace. Earlier runs' backups are removed first (ufw refuses to overwrite one made in the
 * same second).
 */
export function runUfwIn(ns: string, dir: string, script: string): void {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('cp', ['-a', '/etc/ufw', join(dir, 'etc')]);
    execFileSync('cp', ['-a', '/lib/ufw', join(dir, 'lib')]);
    execFileSync('cp', ['-a', '/etc/default/ufw', join(dir, 'default')]);
  }
  for (const f of readdirSync(join(dir, 'etc'))) if (/\.rules\.\d{8}_\d{6}$/.test(f)) rmSync(join(dir, 'etc', f));
  runPrivateIn(
    ns,
    [
      [join(dir, 'etc'), '/etc/ufw'],
      [join(dir, 'lib'), '/lib/ufw'],
      [join(dir, 'default'), '/etc/default/ufw'],
    ],
    script,
  );
}

/**
 * Loads firewalld configuration files into a namespace the way firewalld does on a machine: a
 * private D-Bus system bus and firewalld itself run there (with the files as /etc/firewalld,
 * `defaultZone` as its default zone when given) until firewalld is running; then both stop and
 * the nftables rules firewalld made stay (CleanupOnExit=no). `dir` is a scratch directory.
 */
export function runFirewalldIn(
  ns: string,
  dir: string,
  files: { name: string; content: string }[],
  defaultZone: string | null,
): void {
  execFileSync('cp', ['-a', '/etc/firewalld/.', dir]);
  for (const f of files) {
    mkdirSync(join(dir, dirname(f.name)), { recursive: true });
    writeFileSync(join(dir, f.name), f.content);
  }
  const conf = join(dir, 'firewalld.conf');
  const text = existsSync(conf) ? readFileSync(conf, 'utf8') : '';
  const keep = defaultZone === null ? /^CleanupOnExit=.*$/gm : /^(DefaultZone|CleanupOnExit)=.*$/gm;
  writeFileSync(
    conf,
    `${text.replace(keep, '')}\n${defaultZone === null ? '' : `DefaultZone=${defaultZone}\n`}CleanupOnExit=no\n`,
  );
  runPrivateIn(
    ns,
    [[dir, '/etc/firewalld']],
    [
      'set -e',
      // A stopped firewalld (CleanupOnExit=yes) leaves no table; ours kept its rules, so remove them.
      'nft delete table inet firewalld 2>/dev/null || true',
      'mkdir -p /run/dbus',
      'dbus-daemon --system --fork --print-pid > /run/dbus.pid',
      'firewalld --nofork --nopid & fw=$!',
      'for i in $(seq 1 100); do [ "$(firewall-cmd --state 2>/dev/null)" = running ] && break; sleep 0.1; done',
      '[ "$(firewall-cmd --state 2>/dev/null)" = running ] || { echo "firewalld did not start" >&2; kill $fw; exit 1; }',
      ...(defaultZone === null
        ? []
        : [
            `[ "$(firewall-cmd --get-default-zone)" = ${defaultZone} ] || { echo "default zone is not ${defaultZone}" >&2; exit 1; }`,
          ]),
      'kill $fw; wait $fw || true',
      'kill $(cat /run/dbus.pid)',
    ].join('\n'),
  );
}

/**
 * Loads iptables files in a namespace exactly as their header says (`iptablesLoad`: restore
 * with --noflush, then one jump to each of portcullis's chains unless it is there).
 */
export function loadIptablesIn(
  ns: string,
  dir: string,
  name: string,
  files: string[],
  kind: 'host' | 'firewall' | 'router',
): void {
  // The load command the product prints for these files (a router's own chains too: `router`).
  ([4, 6] as const).forEach((family, i) => writeFileSync(join(dir, `${name}.v${family}.rules`), files[i]!));
  const command =
    kind === 'host' ? iptablesBackend.loadCommand(name) : iptablesBackend.loadFirewallCommand!(name, kind === 'router');
  const commands = [command];
  try {
    execFileSync('ip', ['netns', 'exec', ns, 'sh', '-c', commands.join(' && ')], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    throw new Error(`iptables refused the rules of ${name}: ${String((err as { stderr?: Buffer }).stderr ?? err)}`, {
      cause: err,
    });
  }
}
