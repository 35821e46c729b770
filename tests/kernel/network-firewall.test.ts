import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Target } from '../../src/backends/backend.js';
import { compileFirewalls } from '../../src/compile/compile.js';
import { staticResolver } from '../../src/net/resolver.js';
import { cidrContains, parseCidr } from '../../src/net/addresses.js';
import { portInRanges } from '../../src/net/port-ranges.js';
import type { Protocol, Site } from '../../src/model/types.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import type { Plan } from '../../src/plan/plan-types.js';
import { endpointCidrs } from '../../src/site/load-site.js';
import { siteOf } from '../helpers/fixtures.js';
import { planAllows, samplePorts } from './expect.js';
import { kernelAvailable, kernelRequired, onPath } from './lab.js';
import { ROUTER, RouterLab, type RoutedNode } from './router-lab.js';
import type { TcpOutcome } from './lab.js';
import { ROUTED_SELF_SITE, ROUTED_SITE } from './sites.js';

const kernel = kernelAvailable();
const skip =
  !kernel.ok && !kernelRequired() ? `kernel tests need root, ip, nft, iptables and ping (${kernel.why})` : false;

/** Nodes: the hosts where they are, and one stranger per segment. */
const NODES: RoutedNode[] = [
  { name: 'inet', segment: 'eth0', addresses: ['198.51.100.80', '2001:db8:ff::80'] },
  { name: 'licence', segment: 'eth0', addresses: ['198.51.100.7'] },
  { name: 'trap1', segment: 'eth1', addresses: ['203.0.113.25', '2001:db8:25::25'] },
  { name: 'dmz-other', segment: 'eth1', addresses: ['203.0.113.99', '2001:db8:25::99'] },
  { name: 'mx1', segment: 'eth2', addresses: ['192.0.2.30', '2001:db8:1::30'] },
  { name: 'mgmt1', segment: 'eth2', addresses: ['192.0.2.10'] },
  { name: 'lan-other', segment: 'eth2', addresses: ['192.0.2.99', '2001:db8:1::99'] },
  { name: 'guest', segment: 'eth3', addresses: ['198.18.5.9'] },
];
const FQDNS = { 'my.mailstore.com': ['198.51.100.7'] };

/**
 * The oracle, from the host plans and the site's zone-to-zone flows (not from the firewall
 * plan): a packet from a to b is planned when a host plan lets a send it or b receive it from
 * a, or a site flow names both ends.
 */
function planned(plan: Plan, site: Site, fromAddr: string, toAddr: string, protocol: Protocol, port: number): boolean {
  const a = parseCidr(fromAddr)!;
  const b = parseCidr(toAddr)!;
  for (const h of plan.hosts) {
    if (h.addresses.some((c) => c.text === b.text) && planAllows(h, 'in', protocol, fromAddr, port, FQDNS)) return true;
    if (h.addresses.some((c) => c.text === a.text) && planAllows(h, 'out', protocol, toAddr, port, FQDNS)) return true;
  }
  return site.flows.some(
    (f) =>
      f.from.some((e) => endpointCidrs(site, e).some((c) => cidrContains(c, a))) &&
      f.to.some((e) => endpointCidrs(site, e).some((c) => cidrContains(c, b))) &&
      f.services.some(
        (s) =>
          s.protocol === protocol &&
          (s.ports ? portInRanges(port, s.ports) : s.icmpTypes === null || s.icmpTypes.includes(port)),
      ),
  );
}

interface RouterResult {
  mismatches: string[];
  passed: number;
  probes: number;
  reloadStable: boolean;
  guestRefused: number;
  /** Probes between the guest zone and the DMZ stranger, two places no flow connects, that passed. */
  unconnectedPassed: number;
  unconnectedProbes: number;
  /** trap1's Internet-only outbound ports: probes to every LAN node, and to the outsider, and how many passed. */
  dmzToLan: { probes: number; passed: number };
  dmzToInternet: { probes: number; passed: number };
  /** A LAN node to trap1's Internet-only inbound port (ident, tcp/113). */
  lanToInternetOnly: { probes: number; passed: number };
  /** Every node to the router itself (its gateway address, a port it listens on): left alone, so open. */
  toRouter: { probes: number; passed: number };
  /** The router itself to nodes (a port each listens on). */
  fromRouter: { probes: number; passed: number };
  /**
   * Probes to and from the router that disagree with what it should do: with its host named in the
   * site (host:), that host's plan; without, everything passes (its own traffic is left alone).
   */
  ownMismatches: string[];
}

/** A port the router itself listens on: its own traffic is no forward rule's business. */
const ROUTER_PORT = 2222;

/** SpammerTrap's outbound ports for the Internet that none of its LAN flows has (whois, submission, Razor; DCC). */
const TRAP_INTERNET_ONLY = { tcp: [43, 587, 2703], udp: [6277] };
/** Its inbound port for the Internet only: ident. */
const TRAP_IDENT = 113;

/** Ports the router itself sends to, and that each node listens on: one the router's plan names (SMTP to mx1), one it does not. */
const ROUTER_SENDS = [25, 443];

async function runRouter(
  target: Target,
  siteText: string,
  mutate?: (text: string) => string,
  options: {
    ownOnly?: boolean;
    /**
     * Probes refused against the plan's word that are asked again, slowly: a negative control's
     * port, which a busy machine could otherwise time out (and so count as refused) on the first try.
     */
    recheck?: (from: string, protocol: 'tcp' | 'udp', port: number) => boolean;
  } = {},
): Promise<RouterResult> {
  const site = siteOf(siteText, 'routed.yaml');
  const plan = buildPlan(site);
  const fw = plan.firewalls[0]!;
  // The router's own plan, where the site names its host; else its traffic is left alone (all of it passes).
  const selfPlan = fw.host === undefined ? null : plan.hosts.find((h) => h.name === fw.host)!;
  const ownWant = (direction: 'in' | 'out', remote: string, port: number): boolean =>
    selfPlan === null || planAllows(selfPlan, direction, 'tcp', remote, port, FQDNS);
  const { firewalls, diagnostics } = await compileFirewalls(plan, target, ['edge'], { resolve: staticResolver(FQDNS) });
  assert.deepEqual(
    diagnostics.filter((d) => d.severity === 'error'),
    [],
  );
  const files = firewalls[0]!.files.map((f) => (mutate ? mutate(f.content) : f.content));
  const lab = new RouterLab(
    // The interface that leads outside the site holds the default route (internet is every other address).
    fw.interfaces.map((i) => ({
      name: i.name,
      networks: i.outside ? ['0.0.0.0/0', '::/0'] : i.networks.map((c) => c.text),
    })),
    NODES,
  ).up();
  try {
    const load = (): void => {
      if (target === 'nftables') lab.inRouter(['nft', '-f', '-'], files[0]);
      else if (target === 'ufw') lab.runUfw(files[0]!);
      else if (target === 'firewalld')
        lab.runFirewalld(
          firewalls[0]!.files.map((f, i) => ({ name: f.name.replace(/^[^/]+\//, ''), content: files[i]! })),
        );
      else {
        lab.loadIptables(fw.name, files, fw.host !== undefined);
      }
    };
    const dump = (): string =>
      (target === 'nftables' || target === 'firewalld'
        ? lab.inRouter(['nft', 'list', 'ruleset'])
        : lab.inRouter(['iptables-save']) + lab.inRouter(['ip6tables-save'])
      )
        .replace(/^#.*$/gm, '')
        .replace(/\[\d+:\d+\]/g, '')
        // nft counters move with every packet (neighbour discovery too): the rules are compared, not the counts.
        .replace(/counter packets \d+ bytes \d+/g, 'counter');
    load();
    const first = dump();
    if (!options.ownOnly) load();
    const reloadStable = dump() === first;
    const ports = (p: Protocol): [number, number][] => [
      ...plan.hosts.flatMap((h) => h.rules.filter((r) => r.protocol === p).flatMap((r) => r.ports ?? [])),
      ...site.flows.flatMap((f) => f.services.filter((s) => s.protocol === p).flatMap((s) => s.ports ?? [])),
    ];
    const tcpPorts = [
      ...new Set([...samplePorts(ports('tcp'), 40, 11), ...TRAP_INTERNET_ONLY.tcp, TRAP_IDENT, ...ROUTER_SENDS]),
    ];
    const udpPorts = [...new Set([...samplePorts(ports('udp'), 20, 12), ...TRAP_INTERNET_ONLY.udp])];
    const dmzToLan = { probes: 0, passed: 0 };
    const dmzToInternet = { probes: 0, passed: 0 };
    const lanToInternetOnly = { probes: 0, passed: 0 };
    for (const n of NODES) await lab.agent(n.name).listen(tcpPorts, udpPorts);
    await lab.agent(ROUTER).listen([ROUTER_PORT], []);
    const toRouter = { probes: 0, passed: 0 };
    const fromRouter = { probes: 0, passed: 0 };
    const ownMismatches: string[] = [];
    // All at once, a refusal waits out its timeout; a probe the plan wants open that failed is tried
    // again with a longer one (a loaded machine may be slow to answer, never quick to refuse).
    const probe = async (agent: string, target: { addr: string; port: number }, want: boolean): Promise<TcpOutcome> => {
      const [first] = await lab.agent(agent).tcp([target], 800);
      if (first === 'open' || !want) return first!;
      const [again] = await lab.agent(agent).tcp([target], 3000);
      return again!;
    };
    const own = NODES.flatMap((n) =>
      [false, true].flatMap((v6) => {
        const addr = n.addresses.find((a) => a.includes(':') === v6);
        if (!addr) return [];
        const gateway = lab.gatewayOf(n.name, v6);
        return [
          { from: n.name, dir: 'in' as const, addr, target: { addr: gateway, port: ROUTER_PORT } },
          ...ROUTER_SENDS.map((port) => ({ from: ROUTER, dir: 'out' as const, addr, target: { addr, port } })),
        ];
      }),
    );
    await Promise.all(
      own.map(async (o) => {
        const want = ownWant(o.dir, o.addr, o.target.port);
        const r = await probe(o.from, o.target, want);
        const count = o.dir === 'in' ? toRouter : fromRouter;
        count.probes++;
        if (r === 'open') count.passed++;
        if ((r === 'open') !== want)
          ownMismatches.push(
            `${o.dir === 'in' ? `${o.from} -> router` : `router -> ${o.addr}`} tcp/${o.target.port}: ${r}, the plan says ${want ? 'allow' : 'deny'}`,
          );
      }),
    );
    const mismatches: string[] = [];
    let passed = 0;
    let probes = 0;
    let guestRefused = 0;
    let unconnectedPassed = 0;
    let unconnectedProbes = 0;
    const unconnected = (p: { from: RoutedNode; to: RoutedNode }): boolean =>
      [p.from.name, p.to.name].sort().join() === 'dmz-other,guest';
    const pairs: { from: RoutedNode; to: RoutedNode; fromAddr: string; toAddr: string }[] = [];
    for (const a of NODES) {
      for (const b of NODES) {
        if (a.segment === b.segment) continue;
        for (const v6 of [false, true]) {
          const fa = a.addresses.find((x) => x.includes(':') === v6);
          const fb = b.addresses.find((x) => x.includes(':') === v6);
          if (fa && fb) pairs.push({ from: a, to: b, fromAddr: fa, toAddr: fb });
        }
      }
    }
    await Promise.all(
      (options.ownOnly ? [] : pairs).map(async (p) => {
        const agent = lab.agent(p.from.name);
        const tcp = await agent.tcp(
          tcpPorts.map((port) => ({ addr: p.toAddr, port })),
          500,
          800,
        );
        const udp = await agent.udp(
          udpPorts.map((port) => ({ addr: p.toAddr, port })),
          800,
          300,
        );
        for (const [protocol, list, results] of [
          ['tcp', tcpPorts, tcp],
          ['udp', udpPorts, udp],
        ] as const) {
          for (let i = 0; i < list.length; i++) {
            const port = list[i]!;
            probes++;
            let ok = results[i] === 'open';
            const want = planned(plan, site, p.fromAddr, p.toAddr, protocol, port);
            if (!ok && (want || options.recheck?.(p.from.name, protocol, port) === true)) {
              const again =
                protocol === 'tcp'
                  ? await agent.tcp([{ addr: p.toAddr, port }], 2000, 1)
                  : await agent.udp([{ addr: p.toAddr, port }], 2000, 1);
              ok = again[0] === 'open';
            }
            if (ok) passed++;
            if (p.from.name === 'trap1' && TRAP_INTERNET_ONLY[protocol].includes(port)) {
              const count = p.to.segment === 'eth2' ? dmzToLan : p.to.name === 'inet' ? dmzToInternet : null;
              if (count) {
                count.probes++;
                if (ok) count.passed++;
              }
            }
            if (p.from.segment === 'eth2' && p.to.name === 'trap1' && protocol === 'tcp' && port === TRAP_IDENT) {
              lanToInternetOnly.probes++;
              if (ok) lanToInternetOnly.passed++;
            }
            if (!ok && (p.from.name === 'guest' || p.to.name === 'guest')) guestRefused++;
            if (unconnected(p)) {
              unconnectedProbes++;
              if (ok) unconnectedPassed++;
            }
            if (ok !== want)
              mismatches.push(
                `${p.from.name} -> ${p.to.name} ${protocol}/${port} (${p.fromAddr} -> ${p.toAddr}): router ${ok ? 'passed' : 'refused'} (${results[i]}), plan says ${want ? 'allow' : 'deny'}`,
              );
          }
        }
        const icmp: Protocol = p.toAddr.includes(':') ? 'icmpv6' : 'icmp';
        const want = planned(plan, site, p.fromAddr, p.toAddr, icmp, icmp === 'icmp' ? 8 : 128);
        const ok = await lab.ping(p.from.name, p.toAddr);
        probes++;
        if (ok) passed++;
        if (ok !== want)
          mismatches.push(
            `${p.from.name} -> ${p.to.name} ${icmp} echo (${p.fromAddr} -> ${p.toAddr}): router ${ok ? 'passed' : 'refused'}, plan says ${want ? 'allow' : 'deny'}`,
          );
      }),
    );
    return {
      mismatches,
      passed,
      probes,
      reloadStable,
      guestRefused,
      unconnectedPassed,
      unconnectedProbes,
      dmzToLan,
      dmzToInternet,
      lanToInternetOnly,
      toRouter,
      fromRouter,
      ownMismatches,
    };
  } finally {
    lab.down();
  }
}

describe('network firewalls on a real kernel (router namespace between zones)', { skip, concurrency: 2 }, () => {
  for (const target of ['nftables', 'iptables'] as Target[]) {
    test(`${target}: every planned crossing flow passes the router, everything else (the guest zone included) is dropped`, async () => {
      const r = await runRouter(target, ROUTED_SITE);
      console.log(
        `# ${target}: ${r.probes} probes, ${r.passed} passed, ${r.guestRefused} to or from the guest zone refused, ${r.unconnectedProbes} between unconnected zones (${r.unconnectedPassed} passed)`,
      );
      assert.ok(r.reloadStable, 'loading the same file twice changed the ruleset');
      assert.ok(r.toRouter.probes >= 12 && r.fromRouter.probes >= 24);
      assert.deepEqual(r.ownMismatches, [], "the router's own traffic is left alone");
      assert.ok(r.passed > 100, `only ${r.passed} probes passed: the lab is broken`);
      assert.ok(r.guestRefused > 500, `only ${r.guestRefused} probes to or from the guest zone were refused`);
      // Two zones no plan connects: nothing at all passes between them, either way.
      assert.ok(r.unconnectedProbes > 100, `only ${r.unconnectedProbes} probes between guest and dmz-other`);
      assert.equal(r.unconnectedPassed, 0);
      // internet is outside the site: the DMZ appliance's Internet flows reach the outsider and
      // not one LAN node (every one probed, IPv4 and IPv6); a LAN node is refused on its ident port.
      assert.ok(r.dmzToLan.probes >= 20, `only ${r.dmzToLan.probes} probes from trap1 to the LAN`);
      assert.equal(r.dmzToLan.passed, 0, 'trap1 reached the LAN on an Internet-only port');
      assert.equal(r.dmzToInternet.passed, r.dmzToInternet.probes, 'trap1 did not reach the Internet');
      assert.ok(r.dmzToInternet.probes >= 8);
      assert.ok(r.lanToInternetOnly.probes >= 3);
      assert.equal(r.lanToInternetOnly.passed, 0, 'a LAN node reached an Internet-only port');
      assert.deepEqual(
        r.mismatches.slice(0, 40),
        [],
        `${r.mismatches.length} of ${r.probes} probes disagree with the plan`,
      );
    });
    test(`${target} stateless (options.stateful: false): the derived return traffic carries every planned crossing flow`, async () => {
      const r = await runRouter(target, ROUTED_SITE.replace('zones:', 'options: { stateful: false }\nzones:'));
      assert.ok(r.passed > 100);
      assert.deepEqual(
        r.mismatches.slice(0, 40),
        [],
        `${r.mismatches.length} of ${r.probes} probes disagree with the plan`,
      );
    });
  }
  test('mapped to any (every address, the LAN included), the same peer opens the ident port to the LAN too', async () => {
    const r = await runRouter(
      'nftables',
      ROUTED_SITE.replace('peers: { internet: internet, lan: lan }', 'peers: { internet: any, lan: lan }'),
    );
    assert.ok(r.lanToInternetOnly.probes >= 3);
    assert.equal(r.lanToInternetOnly.passed, r.lanToInternetOnly.probes);
    assert.ok(r.dmzToLan.passed > 0, 'with any, the outbound flows reach the LAN as well');
    assert.deepEqual(
      r.mismatches.slice(0, 40),
      [],
      `${r.mismatches.length} of ${r.probes} probes disagree with the plan`,
    );
  });
  // ufw's `route` rules and firewalld's policies, loaded by ufw and firewalld themselves in the router.
  const tools = { ufw: onPath('ufw'), firewalld: onPath('firewalld') && onPath('dbus-daemon') };
  for (const target of ['ufw', 'firewalld'] as const) {
    test(
      `${target} (loaded by ${target} in the router): every planned crossing flow passes, everything else is dropped`,
      { skip: !tools[target] && !kernelRequired() ? `${target} is not installed` : false },
      async () => {
        const r = await runRouter(target, ROUTED_SITE);
        console.log(
          `# ${target}: ${r.probes} probes, ${r.passed} passed, ${r.unconnectedProbes} between unconnected zones (${r.unconnectedPassed} passed)`,
        );
        assert.ok(r.reloadStable, 'loading the same files twice changed the ruleset');
        assert.ok(r.toRouter.probes >= 12 && r.fromRouter.probes >= 24);
        assert.deepEqual(r.ownMismatches, [], "the router's own traffic is left alone");
        assert.equal(r.dmzToLan.passed, 0, 'trap1 reached the LAN on an Internet-only port');
        assert.equal(r.lanToInternetOnly.passed, 0, 'a LAN node reached an Internet-only port');
        assert.ok(r.passed > 100, `only ${r.passed} probes passed: the lab is broken`);
        assert.equal(r.unconnectedPassed, 0);
        assert.deepEqual(
          r.mismatches.slice(0, 40),
          [],
          `${r.mismatches.length} of ${r.probes} probes disagree with the plan`,
        );
      },
    );
  }
  // With the router's host named (host:), every target filters its own traffic by that host's plan:
  // the LAN reaches its administration port, no one else does; it sends SMTP to mx1 and nothing else.
  for (const target of ['nftables', 'iptables', 'ufw', 'firewalld'] as const) {
    const ownOnly = target === 'iptables' || target === 'ufw';
    const missing = (target === 'ufw' || target === 'firewalld') && !tools[target] && !kernelRequired();
    test(
      `${target} with the router's host named (host:): its own traffic follows that host's plan${ownOnly ? '' : ', forwarded traffic as before'}`,
      { skip: missing ? `${target} is not installed` : false },
      async () => {
        // Only the router's own traffic probed: the site without its deployments loads quicker (ufw runs a process per rule).
        const text = ownOnly ? ROUTED_SELF_SITE.replace(/deployments:\n[\s\S]*?(?=flows:)/, '') : ROUTED_SELF_SITE;
        assert.ok(!ownOnly || !text.includes('deployments:'));
        const r = await runRouter(target, text, undefined, { ownOnly });
        console.log(
          `# ${target}, host named: to the router ${r.toRouter.passed}/${r.toRouter.probes} passed, from it ${r.fromRouter.passed}/${r.fromRouter.probes}; ${r.probes} forward probes`,
        );
        assert.deepEqual(r.ownMismatches, [], "the router's own traffic does not follow its host's plan");
        // The plan lets some in and some out (a control that refuses everything would pass the line above too).
        assert.ok(r.toRouter.passed >= 3 && r.toRouter.passed < r.toRouter.probes, 'to the router');
        assert.ok(r.fromRouter.passed >= 2 && r.fromRouter.passed < r.fromRouter.probes, 'from the router');
        if (!ownOnly) {
          assert.ok(r.passed > 100, `only ${r.passed} probes passed: the lab is broken`);
          assert.equal(r.dmzToLan.passed, 0, 'trap1 reached the LAN on an Internet-only port');
          assert.deepEqual(
            r.mismatches.slice(0, 40),
            [],
            `${r.mismatches.length} of ${r.probes} probes disagree with the plan`,
          );
        }
      },
    );
  }
  test('the router lab notices a forward rule too many (guest to LAN) and one too few (SMTP to trap1)', async () => {
    // Each change must find its place in the file (a control that changes nothing proves nothing).
    const must = (text: string, re: RegExp | string, by: string): string => {
      const out = text.replace(re, by);
      assert.notEqual(out, text, `the control found no ${String(re)}`);
      return out;
    };
    const mutate = (text: string): string =>
      must(
        must(
          text,
          'ct state established,related accept comment "base: replies and related traffic"',
          'ct state established,related accept comment "base: replies and related traffic"\n\t\tiifname "eth3" oifname "eth2" tcp dport 445 accept',
        ),
        /(iifname "eth0" oifname "eth1" ip saddr != @site_v4 ip daddr 203\.0\.113\.25 tcp dport \{ )25, /,
        '$1',
      );
    const r = await runRouter('nftables', ROUTED_SITE, mutate, {
      recheck: (from, protocol, port) => from === 'guest' && protocol === 'tcp' && port === 445,
    });
    assert.ok(
      r.mismatches.some((m) => m.startsWith('guest -> ') && m.includes('tcp/445') && m.includes('router passed')),
      'extra guest rule not noticed',
    );
    assert.ok(
      r.mismatches.some((m) => m.startsWith('inet -> trap1 tcp/25 ') && m.includes('router refused')),
      'missing SMTP rule not noticed',
    );
  });
});
