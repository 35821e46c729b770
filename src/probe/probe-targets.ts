import type { Resolver } from '../net/resolver.js';
import {
  cidrAddressText,
  cidrContains,
  cidrsOf,
  addressForms,
  complementCidrs,
  describeAddresses,
  isSingleAddress,
  parseCidr,
  type AddressForm,
  type Cidr,
} from '../net/addresses.js';
import { formatPortRanges, type PortRange } from '../net/port-ranges.js';
import type { HostPlan, PlanRule } from '../plan/plan-types.js';
import type { ProbeMethod, ProbeSpec, Unprobed } from './probe-types.js';

/** Ports whose service speaks first (POP3, IMAP, Razor): the banner is the proof. */
const BANNER_PORTS = new Set([110, 143, 2703]);
/** SMTP in clear text (relay, submission, the common alternative): a dialogue and the tamper check. */
export const SMTP_PORTS = new Set([25, 587, 2525]);
/** UDP ports with a protocol exchange that proves a reply came from the service. */
const UDP_METHODS: Record<number, ProbeMethod> = {
  53: 'dns-query',
  123: 'ntp-request',
  6277: 'dcc-nop',
  24441: 'pyzor-ping',
};
/** Ports where TLS starts at once: a handshake, with the certificate in the detail. */
const TLS_PORTS = new Set([443, 465, 636, 853, 993, 995, 8443]);
/** A port range wider than this is not probed port by port (that would be a scan of the range). */
export const MAX_PORTS_PER_RULE = 16;

export function methodFor(protocol: 'tcp' | 'udp', port: number): ProbeMethod {
  if (protocol === 'udp') return UDP_METHODS[port] ?? 'udp-empty';
  if (port === 53) return 'dns-tcp-query';
  if (TLS_PORTS.has(port)) return 'tls-handshake';
  if (SMTP_PORTS.has(port)) return 'smtp';
  return BANNER_PORTS.has(port) ? 'banner' : 'tcp-connect';
}

const NO_TARGET =
  'no target: a peer that is a range needs an address inside it (--target PEER=ADDR or probe-targets: in the site); a DNS name needs to resolve';

export interface TargetOptions {
  /** Addresses of the DNS names the plan names (and of DNS-named targets). */
  resolve: Resolver;
  /**
   * Targets inside peers that are ranges: range CIDR -> addresses or DNS names (`--target` and
   * the site's `probe-targets:`). A range of the plan uses those given for it, or for a part of it.
   */
  targets?: Record<string, string[]>;
  /** Well-known servers the catalog names for the flows behind a rule's port: used when the site gives none. */
  wellKnown?: (rule: PlanRule, port: number) => string[];
}

/**
 * The probes for a host's outbound plan: every port of every `out` rule (TCP and UDP) against
 * each target the plan itself names: single-address peers, the addresses of its DNS names, and
 * for a peer that is a range the targets given for it (`--target`, `probe-targets:`), else the
 * well-known servers the catalog names for the flow, as long as they lie inside it. Nothing
 * else is probed (no range is scanned); what has no target is listed as unprobed, with why.
 */
export async function outboundProbes(
  host: HostPlan,
  opts: TargetOptions,
): Promise<{ probes: ProbeSpec[]; unprobed: Unprobed[] }> {
  const families = new Set(host.addresses.map((c) => c.family));
  const given = Object.entries(opts.targets ?? {}).flatMap(([range, names]) => {
    const r = parseCidr(range);
    return r ? [{ range: r, names }] : [];
  });
  const addressesOf = async (name: string): Promise<{ addr: Cidr; name?: string }[]> => {
    const c = parseCidr(name);
    if (c) return [{ addr: c }];
    return cidrsOf(await opts.resolve(name).catch(() => [])).map((addr) => ({ addr, name }));
  };
  const probes: ProbeSpec[] = [];
  const unprobed: Unprobed[] = [];
  for (const rule of host.rules) {
    if (rule.direction !== 'out') continue;
    const skip = (why: string, peers?: string[], ports?: readonly PortRange[]): void =>
      void unprobed.push(notProbed(rule, why, ports, peers));
    if (rule.protocol !== 'tcp' && rule.protocol !== 'udp') {
      skip('ICMP is not probed (ping it by hand)');
      continue;
    }
    const { list: portList, wide } = expandPorts(rule);
    if (wide.length > 0)
      skip(`a port range of more than ${MAX_PORTS_PER_RULE} ports is not probed port by port`, undefined, wide);
    if (portList.length === 0) continue;
    /** A target, for every port of the rule or (a well-known server) for some of them. */
    const targets: { addr: string; name?: string; ports?: number[] }[] = [];
    const noTarget: string[] = [];
    // A peer that is every address but a few (internet) is one range, even where some of its
    // CIDRs are single addresses; otherwise single addresses are the targets themselves.
    const forms = addressForms(rule.peers.filter((p) => families.has(p.family)));
    const ranges: Cidr[] = [];
    for (const f of forms)
      for (const peer of addressesOfForm(f)) {
        if (!f.except && isSingleAddress(peer)) targets.push({ addr: cidrAddressText(peer) });
        else ranges.push(peer);
      }
    if (ranges.length > 0) {
      const within = (c: Cidr): boolean => ranges.some((r) => cidrContains(r, c));
      const inside = async (names: string[]): Promise<{ addr: Cidr; name?: string }[]> =>
        (await Promise.all([...new Set(names)].map(addressesOf))).flat().filter((t) => within(t.addr));
      const named = await inside(given.filter((g) => within(g.range)).flatMap((g) => g.names));
      for (const t of named) targets.push({ addr: cidrAddressText(t.addr), name: t.name });
      if (named.length === 0) {
        const without: number[] = [];
        for (const port of portList) {
          const known = opts.wellKnown ? await inside(opts.wellKnown(rule, port)) : [];
          if (known.length === 0) without.push(port);
          for (const t of known) targets.push({ addr: cidrAddressText(t.addr), name: t.name, ports: [port] });
        }
        const text = describeAddresses(ranges);
        if (without.length === portList.length) noTarget.push(...text);
        else if (without.length > 0)
          skip(
            NO_TARGET,
            text,
            without.map((p): PortRange => [p, p]),
          );
      }
    }
    for (const name of rule.fqdns) {
      const addrs = (await addressesOf(name)).filter((t) => families.has(t.addr.family));
      if (addrs.length === 0) noTarget.push(name);
      for (const t of addrs) targets.push({ addr: cidrAddressText(t.addr), name });
    }
    if (noTarget.length > 0) skip(NO_TARGET, noTarget);
    probes.push(...specsOf(rule, targets, portList));
  }
  return { probes, unprobed };
}

/** One probe per target and port (each pair once): every port of the rule, or the target's own ones. */
function specsOf(
  rule: PlanRule,
  targets: readonly { addr: string; name?: string; ports?: number[] }[],
  portList: readonly number[],
): ProbeSpec[] {
  const protocol = rule.protocol as 'tcp' | 'udp';
  const out: ProbeSpec[] = [];
  const seen = new Set<string>();
  for (const t of targets) {
    for (const port of t.ports ?? portList) {
      const key = `${t.addr}|${port}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        direction: 'out',
        protocol,
        port,
        target: t.addr,
        targetName: t.name,
        method: methodFor(protocol, port),
        rule,
      });
    }
  }
  return out;
}

/** A rule (or some of its ports, or its peers) that was not probed, and why. */
export function notProbed(
  rule: PlanRule,
  why: string,
  ports: readonly PortRange[] = rule.ports ?? [],
  peers: string[] = [...rule.peers.map((c) => c.text), ...rule.fqdns],
): Unprobed {
  return { direction: rule.direction, protocol: rule.protocol, ports: formatPortRanges(ports), peers, why };
}

/** The rule's ports one by one, except ranges too wide to probe port by port (those apart). */
export function expandPorts(rule: PlanRule): { list: number[]; wide: PortRange[] } {
  const list: number[] = [];
  const wide: PortRange[] = [];
  for (const [a, b] of rule.ports ?? []) {
    if (b - a + 1 > MAX_PORTS_PER_RULE) wide.push([a, b]);
    else for (let p = a; p <= b; p++) list.push(p);
  }
  return { list, wide };
}

/** The CIDRs an address form stands for. */
function addressesOfForm(f: AddressForm): Cidr[] {
  return f.except ? complementCidrs(f.cidrs, f.family) : f.cidrs;
}
