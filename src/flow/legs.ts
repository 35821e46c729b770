import type { Protocol, Service } from '../model/types.js';
import { ICMP_ECHO, ICMP_ERRORS, ICMPV6_ECHO, ICMPV6_ERRORS } from '../net/icmp-types.js';
import type { PortRange } from '../net/port-ranges.js';

/**
 * One kind of packet that belongs to a planned flow. `forward` runs from the end that opens the
 * flow to the end that serves it, `back` the other way.
 *
 * - `request`: the packet that opens the flow (connection-tracking state NEW; for TCP a SYN).
 * - `reply`: the server's answers (ESTABLISHED): TCP and UDP from the service ports to the
 *   client's ports, an echo reply for an echo request.
 * - `continuation`: the opener's later TCP segments (ESTABLISHED, ACK).
 * - `icmp-error`: the errors the far end sends about the flow (RELATED on a stateful firewall).
 */
export interface Leg {
  kind: 'request' | 'reply' | 'continuation' | 'icmp-error';
  way: 'forward' | 'back';
  protocol: Protocol;
  /** Destination ports; null for ICMP. */
  dports: PortRange[] | null;
  /** Source ports; null for any (and for ICMP). */
  sports: PortRange[] | null;
  /** ICMP types; null for every type (and for TCP and UDP). */
  icmpTypes: number[] | null;
  /** TCP segments: the opening SYN, a reply (any segment but a bare SYN), or a later ACK; null otherwise. */
  tcp: 'syn' | 'reply' | 'ack' | null;
  state: 'NEW' | 'ESTABLISHED' | 'RELATED';
}

/** The ports on the client's side: where requests come from (null: any port) and where replies go. */
export interface ClientPorts {
  requestsFrom: PortRange | null;
  repliesTo: PortRange;
}

/**
 * Every leg of one flow but its ICMP errors: the request, the replies and (TCP) the opener's
 * later segments. A connection is open only when all of them pass; a stateless firewall needs an
 * accept for each `back` leg.
 */
export function flowLegs(service: Service, client: ClientPorts): Leg[] {
  const { protocol, ports } = service;
  if (protocol === 'tcp' || protocol === 'udp') {
    const tcp = protocol === 'tcp';
    const from = client.requestsFrom === null ? null : [client.requestsFrom];
    const legs: Leg[] = [
      leg('request', 'forward', protocol, ports, from, null, tcp ? 'syn' : null, 'NEW'),
      leg('reply', 'back', protocol, [client.repliesTo], ports, null, tcp ? 'reply' : null, 'ESTABLISHED'),
    ];
    if (tcp) legs.push(leg('continuation', 'forward', protocol, ports, from, null, 'ack', 'ESTABLISHED'));
    return legs;
  }
  const echo = protocol === 'icmp' ? ICMP_ECHO : ICMPV6_ECHO;
  const legs: Leg[] = [leg('request', 'forward', protocol, null, null, service.icmpTypes, null, 'NEW')];
  if (service.icmpTypes === null || service.icmpTypes.includes(echo.request)) {
    legs.push(leg('reply', 'back', protocol, null, null, [echo.reply], null, 'ESTABLISHED'));
  }
  return legs;
}

/** The request alone: what a rule that lets the flow open matches. */
export function requestLeg(service: Service, requestsFrom: PortRange | null): Leg {
  const tcp = service.protocol === 'tcp';
  const ports = service.protocol === 'tcp' || service.protocol === 'udp';
  const from = ports && requestsFrom !== null ? [requestsFrom] : null;
  return leg('request', 'forward', service.protocol, service.ports, from, service.icmpTypes, tcp ? 'syn' : null, 'NEW');
}

/** The ICMP errors the far end of a flow sends back, both families (see ICMP_ERRORS). */
export function icmpErrorLegs(): Leg[] {
  return [
    leg('icmp-error', 'back', 'icmp', null, null, [...ICMP_ERRORS], null, 'RELATED'),
    leg('icmp-error', 'back', 'icmpv6', null, null, [...ICMPV6_ERRORS], null, 'RELATED'),
  ];
}

function leg(
  kind: Leg['kind'],
  way: Leg['way'],
  protocol: Protocol,
  dports: PortRange[] | null,
  sports: PortRange[] | null,
  icmpTypes: number[] | null,
  tcp: Leg['tcp'],
  state: Leg['state'],
): Leg {
  return { kind, way, protocol, dports, sports, icmpTypes, tcp, state };
}
