import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addNamespace, Agent, deleteNamespaces, loadIptablesIn, runFirewalldIn, runUfwIn } from './lab.js';

/** The name `agent` takes for an agent in the router itself. */
export const ROUTER = '(router)';

/** Only documentation and benchmark ranges may appear in the lab (RFC 5737, 3849, 2544). */
const ALLOWED = [/^192\.0\.2\./, /^198\.51\.100\./, /^203\.0\.113\./, /^198\.1[89]\./, /^2001:db8:/i];

export interface RoutedNode {
  name: string;
  /** The router interface (segment) the node sits behind. */
  segment: string;
  addresses: string[];
}

let counter = 0;

/**
 * A router namespace between segments, for network firewall tests. Each segment is a bridge
 * inside the router named like the firewall's interface (`eth0`, `eth1`), so the forward rules
 * see `iifname "eth1"`; each node is its own namespace on one segment, with its addresses as
 * host routes and the router as on-link gateway. The router routes the segments' networks to
 * them (0.0.0.0/0 and ::/0 to the segment that holds the Internet). Nothing has an uplink: no
 * packet leaves the lab.
 */
export class RouterLab {
  private readonly prefix = `pr${process.pid % 100000}x${counter++}`;
  readonly router = `${this.prefix}-r`;
  private readonly nsOf = new Map<string, string>();
  private readonly agents = new Map<string, Agent>();
  private readonly tmp = mkdtempSync(join(tmpdir(), 'portcullis-router-'));

  constructor(
    private readonly segments: { name: string; networks: string[] }[],
    readonly nodes: RoutedNode[],
  ) {
    for (const n of nodes)
      for (const a of n.addresses)
        if (!ALLOWED.some((re) => re.test(a))) throw new Error(`lab address ${a} is not a documentation address`);
    for (const s of segments)
      for (const c of s.networks)
        if (!/\/0$/.test(c) && !ALLOWED.some((re) => re.test(c)))
          throw new Error(`lab network ${c} is not a documentation range`);
  }

  up(): this {
    try {
      this.addNs(this.router);
      const sysctl = (ns: string, ...kv: string[]): void =>
        void execFileSync('ip', ['netns', 'exec', ns, 'sysctl', '-qw', ...kv], { stdio: 'ignore' });
      sysctl(
        this.router,
        'net.ipv4.ip_forward=1',
        'net.ipv6.conf.all.forwarding=1',
        'net.ipv4.conf.all.rp_filter=0',
        'net.ipv4.icmp_ratelimit=0',
        'net.ipv6.icmp.ratelimit=0',
      );
      ip(['-n', this.router, 'link', 'set', 'lo', 'up']);
      this.segments.forEach((seg, i) => {
        ip(['-n', this.router, 'link', 'add', seg.name, 'type', 'bridge', 'mcast_snooping', '0']);
        ip(['-n', this.router, 'link', 'set', seg.name, 'up']);
        ip(['-n', this.router, 'addr', 'add', `198.18.${i}.1/32`, 'dev', seg.name]);
        ip(['-n', this.router, '-6', 'addr', 'add', `2001:db8:ffff:${i}::1/128`, 'dev', seg.name, 'nodad']);
        for (const c of seg.networks) {
          if (c === '0.0.0.0/0' || c === '::/0')
            ip(['-n', this.router, ...(c.includes(':') ? ['-6'] : []), 'route', 'add', 'default', 'dev', seg.name]);
          else ip(['-n', this.router, ...(c.includes(':') ? ['-6'] : []), 'route', 'add', c, 'dev', seg.name]);
        }
      });
      this.nodes.forEach((node, k) => {
        const seg = this.segments.findIndex((s) => s.name === node.segment);
        if (seg < 0) throw new Error(`no segment ${node.segment}`);
        const ns = `${this.prefix}-${k}`;
        this.nsOf.set(node.name, ns);
        this.addNs(ns);
        const port = `n${k}`;
        ip(['-n', this.router, 'link', 'add', port, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns]);
        ip(['-n', this.router, 'link', 'set', port, 'master', node.segment, 'up']);
        ip(['-n', ns, 'link', 'set', 'lo', 'up']);
        ip(['-n', ns, 'link', 'set', 'eth0', 'up']);
        sysctl(ns, 'net.ipv4.conf.all.rp_filter=0', 'net.ipv4.conf.eth0.rp_filter=0');
        for (const a of node.addresses) {
          if (a.includes(':')) {
            ip(['-n', ns, '-6', 'addr', 'add', `${a}/128`, 'dev', 'eth0', 'nodad']);
            // A host route on the router: the node's address may lie in a network routed elsewhere.
            ip(['-n', this.router, '-6', 'route', 'replace', `${a}/128`, 'dev', node.segment]);
          } else {
            ip(['-n', ns, 'addr', 'add', `${a}/32`, 'dev', 'eth0']);
            ip(['-n', this.router, 'route', 'replace', `${a}/32`, 'dev', node.segment]);
          }
        }
        if (node.addresses.some((a) => !a.includes(':')))
          ip(['-n', ns, 'route', 'add', 'default', 'via', `198.18.${seg}.1`, 'dev', 'eth0', 'onlink']);
        if (node.addresses.some((a) => a.includes(':')))
          ip(['-n', ns, '-6', 'route', 'add', 'default', 'via', `2001:db8:ffff:${seg}::1`, 'dev', 'eth0', 'onlink']);
      });
      this.addNeighbours();
    } catch (err) {
      this.down();
      throw err;
    }
    return this;
  }

  /** Permanent neighbour entries both ways, so that parallel first packets never wait on ARP/ND. */
  private addNeighbours(): void {
    const macOf = (ns: string, dev: string): string =>
      (
        JSON.parse(execFileSync('ip', ['-n', ns, '-j', 'link', 'show', dev], { encoding: 'utf8' })) as {
          address: string;
        }[]
      )[0]!.address;
    const routerLines: string[] = [];
    this.nodes.forEach((node) => {
      const ns = this.nsOf.get(node.name)!;
      const seg = this.segments.findIndex((s) => s.name === node.segment);
      const mac = macOf(ns, 'eth0');
      for (const a of node.addresses)
        routerLines.push(`neigh replace ${a} lladdr ${mac} dev ${node.segment} nud permanent`);
      const gw = macOf(this.router, node.segment);
      const lines = [
        `neigh replace 198.18.${seg}.1 lladdr ${gw} dev eth0 nud permanent`,
        `neigh replace 2001:db8:ffff:${seg}::1 lladdr ${gw} dev eth0 nud permanent`,
      ];
      execFileSync('ip', ['-n', ns, '-batch', '-'], {
        input: `${lines.join('\n')}\n`,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
    });
    execFileSync('ip', ['-n', this.router, '-batch', '-'], {
      input: `${routerLines.join('\n')}\n`,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  }

  /** Runs a command in the router (`nft -f -`, `iptables-restore --noflush`), with input. */
  inRouter(cmd: string[], input?: string): string {
    try {
      return execFileSync('ip', ['netns', 'exec', this.router, ...cmd], {
        input,
        encoding: 'utf8',
        stdio: ['pipe', 'pipe', 'pipe'],
      });
    } catch (err) {
      throw new Error(`${cmd.join(' ')} failed in the router: ${String((err as { stderr?: string }).stderr ?? err)}`, {
        cause: err,
      });
    }
  }

  /** Loads a network firewall's iptables files as their header says. */
  /** Loads a firewall's iptables files with the command compile prints (`self`: they hold the router's own chains). */
  loadIptables(name: string, files: string[], self = false): void {
    loadIptablesIn(this.router, mkdtempSync(join(this.tmp, 'iptables-')), name, files, self ? 'router' : 'firewall');
  }

  /** Runs a ufw script in the router, as root would on it (private ufw configuration). */
  runUfw(script: string): void {
    runUfwIn(this.router, join(this.tmp, 'ufw'), script);
  }

  /** Loads firewalld's files into the router, as firewalld does there (see runFirewalldIn). */
  runFirewalld(files: { name: string; content: string }[]): void {
    runFirewalldIn(this.router, mkdtempSync(join(this.tmp, 'firewalld-')), files, null);
  }

  /** The router's own address on a node's segment (the node's gateway), for the family of `v6`. */
  gatewayOf(name: string, v6: boolean): string {
    const node = this.nodes.find((n) => n.name === name);
    const seg = this.segments.findIndex((s) => s.name === node?.segment);
    if (!node || seg < 0) throw new Error(`no lab node ${name}`);
    return v6 ? `2001:db8:ffff:${seg}::1` : `198.18.${seg}.1`;
  }

  agent(name: string): Agent {
    let a = this.agents.get(name);
    if (!a) {
      const ns = name === ROUTER ? this.router : this.nsOf.get(name);
      if (!ns) throw new Error(`no lab node ${name}`);
      a = new Agent(ns);
      this.agents.set(name, a);
    }
    return a;
  }

  /** ICMP echo (up to two tries); true when a reply came back. */
  ping(from: string, to: string): Promise<boolean> {
    const ns = this.nsOf.get(from)!;
    return new Promise((resolve) => {
      execFile(
        'ip',
        [
          'netns',
          'exec',
          ns,
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
        (err) => resolve(!err),
      );
    });
  }

  /** Removes every namespace and agent; safe to call twice. */
  down(): void {
    for (const a of this.agents.values()) a.kill();
    this.agents.clear();
    deleteNamespaces(`${this.prefix}-`);
    rmSync(this.tmp, { recursive: true, force: true });
  }

  private addNs(ns: string): void {
    addNamespace(ns);
  }
}

function ip(args: string[]): void {
  try {
    execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    throw new Error(`ip ${args.join(' ')}: ${String((err as { stderr?: Buffer }).stderr ?? err)}`, { cause: err });
  }
}
