import { cidrAddressText } from '../../src/net/addresses.js';
import type { Target } from '../../src/backends/backend.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { compilePlan } from '../../src/compile/compile.js';
import { staticResolver } from '../../src/net/resolver.js';
import { formatDiagnostic } from '../../src/diagnostics/format-diagnostic.js';
import type { Protocol } from '../../src/model/types.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import type { Plan } from '../../src/plan/plan-types.js';
import { loadSite } from '../../src/site/load-site.js';
import { planAllows, samplePorts } from './expect.js';
import { auditFlows } from '../../src/audit/audit-flows.js';
import type { FwRuleset } from '../../src/rulesets/firewall-model.js';
import { parseIpsetSave } from '../../src/rulesets/ipset-save/parse.js';
import { parseRuleset } from '../../src/rulesets/registry.js';
import { Lab, type LabNodeSpec } from './lab.js';
import { onePortPlan } from './differential.js';
import { zoneName } from '../../src/backends/firewalld.js';

export interface Scenario {
  name: string;
  siteText: string;
  target: Target;
  /** DNS names and the lab addresses they stand for. */
  fqdns?: Record<string, string[]>;
  /** Namespaces standing for peers (one address per family, inside the zone they represent). */
  reps: LabNodeSpec[];
  /** Hosts whose traffic (both directions, with every other node) is probed. */
  underTest: string[];
  /** Probe every TCP port 1-65535 between the hosts under test and the reps. */
  fullTcpRange?: boolean;
  /** Random ports added to the planned ones (TCP and UDP each). */
  extraPorts?: number;
  seed?: number;
  /** Changes the compiled text before loading (negative controls: the lab must notice). */
  mutate?: (host: string, fileName: string, text: string) => string;
  /**
   * Probes refused against the plan's word that are asked again, slowly: a negative control's
   * port, which a busy machine could otherwise time out (and so count as refused) on the first try.
   */
  recheck?: (protocol: 'tcp' | 'udp', port: number) => boolean;
  /** false: let ARP and neighbour discovery run through the firewall (slower, but tests ND). */
  staticNeighbours?: boolean;
  /** false: do not compare the audit of the loaded rules with the kernel (rulesets it cannot read exactly). */
  audit?: boolean;
  /** false: load once, without checking that a second load changes nothing (slow loaders). */
  reloadCheck?: boolean;
}

export interface ScenarioResult {
  plan: Plan;
  mismatches: string[];
  probes: { tcp: number; udp: number; icmp: number };
  /** Ports that passed, per ordered pair, for sanity checks in tests. */
  passed: number;
  reloadStable: boolean;
  /** Probes whose kernel outcome was also compared with the audit of the loaded rules. */
  audited: number;
  /** Probes whose audit claim was approximate (bound-checked, not compared). */
  approximate: number;
}

/** Compiles the site, loads every host's rules into a lab, probes and compares with the plan. */
export async function runScenario(s: Scenario): Promise<ScenarioResult> {
  const { catalog, diagnostics: cd } = loadCatalog();
  if (cd.length > 0) throw new Error(cd.map((d) => formatDiagnostic(d)).join('\n'));
  const { site, diagnostics } = loadSite(`${s.name}.yaml`, catalog, s.siteText);
  if (!site) throw new Error(diagnostics.map((d) => formatDiagnostic(d, s.siteText)).join('\n'));
  const plan = buildPlan(site);
  const fqdns = s.fqdns ?? {};
  const compiled = await compilePlan(plan, s.target, { resolve: staticResolver(fqdns) });
  const hostPlans = new Map(plan.hosts.map((h) => [h.name, h]));
  const nodes: LabNodeSpec[] = [
    ...plan.hosts.map((h) => ({ name: h.name, addresses: h.addresses.map(cidrAddressText) })),
    ...s.reps,
  ];
  const lab = new Lab(nodes).up({ staticNeighbours: s.staticNeighbours ?? true });
  try {
    let reloadStable = true;
    const kernelRulesets = new Map<string, FwRuleset[]>();
    for (const h of compiled.hosts) {
      const dump = (): string =>
        (s.target === 'nftables' || s.target === 'firewalld'
          ? lab.run(h.host, ['nft', 'list', 'ruleset'])
          : lab.run(h.host, ['iptables-save']) + lab.run(h.host, ['ip6tables-save'])
        )
          .replace(/^#.*$/gm, '')
          .replace(/\[\d+:\d+\]/g, '')
          // nft counters move with every packet (neighbour discovery too): the rules are compared, not the counts.
          .replace(/counter packets \d+ bytes \d+/g, 'counter');
      const text = h.files.map((f) => (s.mutate ? s.mutate(h.host, f.name, f.content) : f.content));
      const load = (): void => {
        if (s.target === 'nftables') lab.loadNft(h.host, text[0]!);
        else if (s.target === 'ufw') lab.runUfw(h.host, text[0]!);
        else if (s.target === 'firewalld')
          lab.runFirewalld(
            h.host,
            h.files.map((f, i) => ({ name: f.name.replace(`${h.host}/`, ''), content: text[i]! })),
            zoneName(h.host),
          );
        else {
          // The ipsets of DNS-named peers first (HOST.ipsets), as the rules' header says.
          const sets = h.files.findIndex((f) => f.name.endsWith('.ipsets'));
          if (sets >= 0) lab.runWithInput(h.host, ['ipset', '-exist', 'restore'], text[sets]!);
          lab.loadIptables(h.host, text[0]!, text[1]!);
        }
      };
      // Loading twice must give the same ruleset (idempotent reload).
      load();
      const first = dump();
      if (s.reloadCheck !== false) load();
      const second = s.reloadCheck !== false ? dump() : first;
      if (second !== first) {
        reloadStable = false;
        if (process.env.PORTCULLIS_DEBUG_RELOAD) {
          const a = first.split('\n');
          const b = second.split('\n');
          console.error(
            `reload of ${h.host} changed:`,
            a.filter((l) => !b.includes(l)).slice(0, 10),
            b.filter((l) => !a.includes(l)).slice(0, 10),
            a.length,
            b.length,
            a.findIndex((l, i) => l !== b[i]),
            a.slice(Math.max(0, a.findIndex((l, i) => l !== b[i]) - 3), a.findIndex((l, i) => l !== b[i]) + 3),
            b.slice(Math.max(0, a.findIndex((l, i) => l !== b[i]) - 3), a.findIndex((l, i) => l !== b[i]) + 3),
          );
        }
      }
      // What the kernel holds, read back as an administrator would feed it to `audit`.
      // The ipsets as `ipset save` prints them, for the iptables dumps' `-m set` matches.
      const ipsets =
        s.target === 'iptables' ? parseIpsetSave('ipset save', lab.run(h.host, ['ipset', 'save'])).sets : new Map();
      const read = (name: string, text: string, format: 'nft-json' | 'iptables-save'): FwRuleset => {
        const r = parseRuleset(name, text, format, ipsets);
        if (!r.ruleset) throw new Error(`${name}: ${r.diagnostics.map((d) => d.message).join('; ')}`);
        return r.ruleset;
      };
      if (s.audit !== false)
        kernelRulesets.set(
          h.host,
          s.target === 'nftables' || s.target === 'firewalld'
            ? [read('ruleset.json', lab.run(h.host, ['nft', '-j', 'list', 'ruleset']), 'nft-json')]
            : [
                read('v4', lab.run(h.host, ['iptables-save']), 'iptables-save'),
                read('v6', lab.run(h.host, ['ip6tables-save']), 'iptables-save'),
              ],
        );
    }
    const [ephLo, ephHi] = lab
      .run(compiled.hosts[0]!.host, ['cat', '/proc/sys/net/ipv4/ip_local_port_range'])
      .trim()
      .split(/\s+/)
      .map(Number) as [number, number];
    /**
     * The audit's verdict on one probe: the sender's ruleset must let the flow out and the
     * receiver's let it in (peers without rules let everything through). Compared with what the
     * kernel did for the planned ports and a sample of the others: the compiled output of every
     * profile is thereby a differential test of the audit too.
     */
    const auditSays = (
      from: string,
      to: string,
      fromAddr: string,
      toAddr: string,
      protocol: 'tcp' | 'udp',
      port: number,
    ): { open: boolean; approximate: boolean } => {
      const one = (host: string, direction: 'in' | 'out', peer: string): { open: boolean; approximate: boolean } => {
        const rs = kernelRulesets.get(host);
        if (!rs) return { open: true, approximate: false };
        const me = direction === 'in' ? toAddr : fromAddr;
        const plan = onePortPlan(direction, protocol, port, peer, me, host);
        const v = auditFlows(plan, rs, { ephemeral: [ephLo, ephHi], fqdns })[0]!;
        return { open: v.verdict === 'open', approximate: v.approximate };
      };
      const [a, b] = [one(from, 'out', toAddr), one(to, 'in', fromAddr)];
      return { open: a.open && b.open, approximate: a.approximate || b.approximate };
    };
    const allPorts = (p: Protocol): [number, number][] =>
      plan.hosts.flatMap((h) => h.rules.filter((r) => r.protocol === p).flatMap((r) => r.ports ?? []));
    const tcpPorts = samplePorts(allPorts('tcp'), s.extraPorts ?? 300, s.seed ?? 1);
    const udpPorts = samplePorts(allPorts('udp'), s.extraPorts ?? 300, (s.seed ?? 1) + 1);
    const listenTcp = [...new Set(allPorts('tcp').flatMap(([lo, hi]) => tcpPorts.filter((p) => p >= lo && p <= hi)))];
    for (const n of nodes) await (await lab.agent(n.name)).listen(listenTcp, udpPorts);

    const mismatches: string[] = [];
    const probes = { tcp: 0, udp: 0, icmp: 0 };
    let passed = 0;
    let audited = 0;
    let approximate = 0;
    const expectOf = (
      from: string,
      to: string,
      fromAddr: string,
      toAddr: string,
      protocol: Protocol,
      port: number,
    ): boolean => {
      const a = hostPlans.get(from);
      const b = hostPlans.get(to);
      return (
        (!a || planAllows(a, 'out', protocol, toAddr, port, fqdns)) &&
        (!b || planAllows(b, 'in', protocol, fromAddr, port, fqdns))
      );
    };
    const pairs: { from: string; to: string; fromAddr: string; toAddr: string; family: 4 | 6 }[] = [];
    for (const a of nodes) {
      for (const b of nodes) {
        if (a === b || !(s.underTest.includes(a.name) || s.underTest.includes(b.name))) continue;
        for (const family of [4, 6] as const) {
          const fa = a.addresses.find((x) => x.includes(':') === (family === 6));
          const fb = b.addresses.find((x) => x.includes(':') === (family === 6));
          if (fa && fb) pairs.push({ from: a.name, to: b.name, fromAddr: fa, toAddr: fb, family });
        }
      }
    }
    const isRep = (n: string): boolean => s.reps.some((r) => r.name === n);
    await Promise.all(
      pairs.map(async (p) => {
        const agent = await lab.agent(p.from);
        const full = s.fullTcpRange && (isRep(p.from) || isRep(p.to));
        const ports = full ? Array.from({ length: 65535 }, (_, i) => i + 1) : tcpPorts;
        // TCP and UDP at once: each batch mostly waits out the timeouts of its refusals.
        const [tcp, udp] = await Promise.all([
          agent.tcp(
            ports.map((port) => ({ addr: p.toAddr, port })),
            400,
            full ? 3000 : 800,
          ),
          agent.udp(
            udpPorts.map((port) => ({ addr: p.toAddr, port })),
            800,
            300,
          ),
        ]);
        probes.tcp += ports.length;
        probes.udp += udpPorts.length;
        const check = async (protocol: 'tcp' | 'udp', list: number[], results: string[]): Promise<void> => {
          // The audit of the loaded rules is asked about every planned port and a sample of the rest
          // (every 7th; every 61st of a whole-range scan, whose 65,535 ports would cost seconds of CPU).
          const stride = list.length > 10_000 ? 61 : 7;
          // A TCP port reached the host when it answered at all (a reset too); a UDP one when it echoed.
          const passes = (r: string | undefined): boolean =>
            protocol === 'tcp' ? r === 'open' || r === 'refused' : r === 'open';
          for (let i = 0; i < list.length; i++) {
            const port = list[i]!;
            let ok = passes(results[i]);
            const want = expectOf(p.from, p.to, p.fromAddr, p.toAddr, protocol, port);
            // Slower retries, alone, before calling it blocked: a first packet lost or answered late
            // on a loaded machine (thousands of probes at once, a second suite beside) is no filter.
            const askAgain = want || s.recheck?.(protocol, port) === true;
            for (const wait of askAgain ? [2000, 5000] : []) {
              if (ok) break;
              const again =
                protocol === 'tcp'
                  ? await agent.tcp([{ addr: p.toAddr, port }], wait, 1)
                  : await agent.udp([{ addr: p.toAddr, port }], wait, 1);
              ok = passes(again[0]);
              results[i] = `${results[i]}, then ${again[0]}`;
            }
            if (ok) passed++;
            if (ok !== want)
              mismatches.push(
                `${p.from} -> ${p.to} ${protocol}/${port} (${p.fromAddr} -> ${p.toAddr}): kernel ${ok ? 'passed' : 'refused'} (${results[i]}), plan says ${want ? 'allow' : 'deny'}`,
              );
            if (s.audit === false) continue;
            if (!want && i % stride !== 0) continue;
            // An exact claim must be what the kernel did; an approximate one (a match the rules
            // cannot decide, such as firewalld's reverse-path check) is counted and must still
            // bound it: "open" is what every reading accepts.
            const says = auditSays(p.from, p.to, p.fromAddr, p.toAddr, protocol, port);
            if (says.approximate) approximate++;
            else audited++;
            if (says.approximate ? says.open && !ok : says.open !== ok) {
              mismatches.push(
                `audit: ${p.from} -> ${p.to} ${protocol}/${port} (${p.fromAddr} -> ${p.toAddr}): kernel ${ok ? 'passed' : 'refused'}, audit of the loaded rules says ${says.open ? 'open' : 'not open'}${says.approximate ? ' (approximate)' : ''}`,
              );
            }
          }
        };
        await check('tcp', ports, tcp);
        await check('udp', udpPorts, udp);
      }),
    );
    await Promise.all(
      pairs.map(async (p) => {
        const protocol: Protocol = p.family === 4 ? 'icmp' : 'icmpv6';
        const want = expectOf(p.from, p.to, p.fromAddr, p.toAddr, protocol, p.family === 4 ? 8 : 128);
        const ok = await lab.ping(p.from, p.toAddr);
        probes.icmp++;
        if (ok) passed++;
        if (ok !== want)
          mismatches.push(
            `${p.from} -> ${p.to} ${protocol} echo (${p.fromAddr} -> ${p.toAddr}): kernel ${ok ? 'passed' : 'refused'}, plan says ${want ? 'allow' : 'deny'}`,
          );
      }),
    );
    return { plan, mismatches, probes, passed, reloadStable, audited, approximate };
  } finally {
    lab.down();
  }
}
