import { cidrAddressText, cidrContains, type Cidr } from '../net/addresses.js';
import type { HostPlan } from '../plan/plan-types.js';
import { listenerExpected, listenerGreeting, type ListenToken } from './listen-token.js';
import { expandPorts, methodFor, notProbed, SMTP_PORTS } from './probe-targets.js';
import type { ProbeSpec, Unprobed } from './probe-types.js';

/**
 * The probes `probe --from PEER` sends to the host: every port of every `in` rule whose peers
 * let PEER in (each of PEER's CIDRs lies inside one of the rule's), to each of the host's
 * addresses of the families PEER has. With the token `listen` printed, a port the listener
 * holds is checked for the listener's own answers (a UDP reply must be its token, the SMTP
 * dialogue must be exactly the listener's); a port a real service holds is probed with its
 * protocol, and its SMTP dialogue compared with what the host itself saw.
 */
export function inboundProbes(
  host: HostPlan,
  from: readonly Cidr[],
  token: ListenToken | null,
): { probes: ProbeSpec[]; unprobed: Unprobed[] } {
  const families = new Set(from.map((c) => c.family));
  const targets = host.addresses.filter((a) => families.has(a.family));
  const probes: ProbeSpec[] = [];
  const unprobed: Unprobed[] = [];
  const seen = new Set<string>();
  for (const rule of host.rules) {
    if (rule.direction !== 'in' || (rule.protocol !== 'tcp' && rule.protocol !== 'udp')) continue;
    const peers = rule.peers;
    if (!from.every((f) => peers.some((p) => cidrContains(p, f)))) continue;
    const { list, wide } = expandPorts(rule);
    if (wide.length > 0)
      unprobed.push(
        notProbed(
          rule,
          'a port range too wide to probe port by port',
          wide,
          rule.peers.map((c) => c.text),
        ),
      );
    for (const t of targets) {
      for (const port of list) {
        const target = cidrAddressText(t);
        const key = `${rule.protocol}|${target}|${port}`;
        if (seen.has(key)) continue;
        seen.add(key);
        probes.push({
          direction: 'in',
          protocol: rule.protocol,
          port,
          target,
          rule,
          ...method(rule.protocol, port, token),
        });
      }
    }
  }
  return { probes, unprobed };
}

function method(
  protocol: 'tcp' | 'udp',
  port: number,
  token: ListenToken | null,
): Pick<ProbeSpec, 'method' | 'token' | 'expected'> {
  const smtp = protocol === 'tcp' && SMTP_PORTS.has(port);
  if (!token) return { method: methodFor(protocol, port) };
  if (token.real.includes(`${protocol}/${port}`)) {
    const own = token.smtp[String(port)];
    return {
      method: methodFor(protocol, port),
      ...(smtp && own ? { expected: { banner: own.banner, keywords: own.keywords } } : {}),
    };
  }
  if (smtp) return { method: 'smtp', expected: listenerExpected(token) };
  return protocol === 'udp' ? { method: 'udp-token', token: listenerGreeting(token.nonce) } : { method: 'banner' };
}
