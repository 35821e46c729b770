import type { Resolver } from '../compile/host-ruleset.js';
import { cidrAddressText, cidrContains, cidrsOf, parseCidr, type Cidr } from '../net/addresses.js';
import { formatPortRange, type PortRange } from '../net/port-ranges.js';
import type { HostPlan, PlanRule } from '../plan/plan-types.js';
import type { ProbeMethod, ProbeSpec, Unprobed } from './probe-types.js';

/** Ports whose service speaks first (SMTP, POP3, IMAP, Razor): the banner is the proof. */
const BANNER_PORTS = new Set([25, 587, 110, 143, 2703]);
/** Ports where TLS starts at once: a handshake, with the certificate in the detail. */
const TLS_PORTS = new Set([443, 465, 636, 853, 993, 995, 8443]);
/** A port range wider than this is not probed port by port (that would be a scan of the range). */
export const MAX_PORTS_PER_RULE = 16;

export function methodFor(protocol: 'tcp' | 'udp', port: number): ProbeMethod {
  if (protocol === 'udp') return port === 53 ? 'dns-query' : port === 123 ? 'ntp-request' : 'udp-empty';
  if (port === 53) return 'dns-tcp-query';
  if (TLS_PORTS.has(port)) return 'tls-handshake';
  return BANNER_PORTS.has(port) ? 'banner' : 'tcp-connect';
}

export interface TargetOptions {
  /** Addresses of the DNS names the plan names. */
  resolve: Resolver;
  /** `--target PEER=ADDR`: an address to probe inside a peer that is a range (PEER is its CIDR). */
  targets?: Record<string, string[]>;
}

/**
 * The probes for a host's outbound plan: every port of every `out` rule (TCP and UDP) against
 * each target the plan itself names: single-address peers, the addresses of its DNS names, and
 * for a peer that is a range an address given with `--target` that lies inside it. Nothing
 * else is probed (no range is scanned); what has no target is listed as unprobed, with why.
 */
export async function outboundProbes(host: HostPlan, opts: TargetOptions): Promise<{ probes: ProbeSpec[]; unprobed: Unprobed[] }> {
  const families = new Set(cidrsOf(host.addresses).map((c) => c.family));
  const given = Object.entries(opts.targets ?? {}).map(([peer, addrs]) => ({ peer: parseCidr(peer), addrs: addrs.map((a) => parseCidr(a)).filter((c): c is Cidr => c !== null) }));
  const probes: ProbeSpec[] = [];
  const unprobed: Unprobed[] = [];
  for (const rule of host.rules) {
    if (rule.direction !== 'out') continue;
    const portText = (ranges: readonly PortRange[]): string => ranges.map((r) => formatPortRange(r)).join(',');
    const skip = (why: string, peers = [...rule.peers, ...rule.fqdns], ports = portText(rule.ports ?? [])): void => void unprobed.push({ direction: 'out', protocol: rule.protocol, ports, peers, why });
    if (rule.protocol !== 'tcp' && rule.protocol !== 'udp') {
      skip('ICMP is not probed (ping it by hand)');
      continue;
    }
    const { list: portList, wide } = expandPorts(rule);
    if (wide.length > 0) skip(`a port range of more than ${MAX_PORTS_PER_RULE} ports is not probed port by port`, undefined, portText(wide));
    if (portList.length === 0) continue;
    const targets: { addr: string; name?: string }[] = [];
    const noTarget: string[] = [];
    for (const peer of cidrsOf(rule.peers)) {
      if (!families.has(peer.family)) continue;
      if (peer.prefix === (peer.family === 4 ? 32 : 128)) {
        targets.push({ addr: cidrAddressText(peer) });
        continue;
      }
      const inside = given.filter((g) => g.peer && g.peer.text === peer.text).flatMap((g) => g.addrs.filter((a) => cidrContains(peer, a)));
      if (inside.length === 0) noTarget.push(peer.text);
      for (const a of inside) targets.push({ addr: cidrAddressText(a) });
    }
    for (const name of rule.fqdns) {
      const addrs = cidrsOf(await opts.resolve(name).catch(() => [])).filter((c) => families.has(c.family));
      if (addrs.length === 0) noTarget.push(name);
      for (const a of addrs) targets.push({ addr: cidrAddressText(a), name });
    }
    if (noTarget.length > 0) skip(`no target: a peer that is a range needs --target PEER=ADDR (an address inside it); a DNS name needs to resolve`, noTarget);
    const seen = new Set<string>();
    for (const t of targets) {
      for (const port of portList) {
        const key = `${t.addr}|${port}`;
        if (seen.has(key)) continue;
        seen.add(key);
        probes.push({ direction: 'out', protocol: rule.protocol, port, target: t.addr, targetName: t.name, method: methodFor(rule.protocol, port), rule });
      }
    }
  }
  return { probes, unprobed };
}

/** The rule's ports one by one, except ranges too wide to probe port by port (those apart). */
function expandPorts(rule: PlanRule): { list: number[]; wide: PortRange[] } {
  const list: number[] = [];
  const wide: PortRange[] = [];
  for (const [a, b] of rule.ports ?? []) {
    if (b - a + 1 > MAX_PORTS_PER_RULE) wide.push([a, b]);
    else for (let p = a; p <= b; p++) list.push(p);
  }
  return { list, wide };
}
