import { normalizePorts, type PortRange } from '../net/port-ranges.js';
import { unionIcmpTypes } from '../model/services.js';
import type { Service } from '../model/types.js';
import type { Because } from './plan-types.js';

/**
 * Provenance with the flow's own ports or ICMP types for a rule's protocol (a rule may merge
 * several flows), and where the site asks for it when that is not `b`'s.
 */
export function withService(b: Because, s: Service, origin: Because['origin'] = b.origin): Because {
  // Written out field by field: every rule of a large site makes one, and one shape stays fast.
  const { profile, deployment, flow, source, document, why, cite, flowOrigin } = b;
  const ports = s.ports ? normalizePorts(s.ports) : null;
  return { profile, deployment, flow, source, document, why, cite, origin, flowOrigin, ports, icmpTypes: s.icmpTypes };
}

/** The service part of a new planned rule: one flow's protocol, ports or ICMP types, and provenance. */
export function serviceOf(
  service: Service,
  because: Because,
): { protocol: Service['protocol']; ports: PortRange[] | null; icmpTypes: number[] | null; because: Because[] } {
  const ports = service.ports ? normalizePorts(service.ports) : null;
  return { protocol: service.protocol, ports, icmpTypes: service.icmpTypes, because: [because] };
}

/**
 * Merges one more flow's service into a planned rule of the same protocol and peers: the ports
 * and ICMP types are united, and the flow joins the rule's provenance once.
 */
export function mergeService(
  prior: { protocol: Service['protocol']; ports: PortRange[] | null; icmpTypes: number[] | null; because: Because[] },
  service: Service,
  because: Because,
): void {
  if (prior.ports && service.ports) prior.ports = normalizePorts([...prior.ports, ...service.ports]);
  if (prior.protocol === 'icmp' || prior.protocol === 'icmpv6')
    prior.icmpTypes = unionIcmpTypes(prior.icmpTypes, service.icmpTypes);
  if (!prior.because.some((b) => b.deployment === because.deployment && b.flow === because.flow))
    prior.because.push(because);
}
