import { portSet, valueSet } from '../algebra/field-sets.js';
import { interval, normalize, type IntervalSet } from '../algebra/interval-set.js';
import { PROTO, STATES, TCP_FLAGS, universeCube, type Cube } from '../algebra/cube.js';
import type { Family } from '../net/addresses.js';
import type { Leg } from './legs.js';

const exactly = (v: bigint): IntervalSet => interval(v, v);
const flags = (...values: number[]): IntervalSet => normalize(values.map((v) => [BigInt(v), BigInt(v)] as const));

/** The TCP flags of each kind of segment: the opening SYN, a reply (SYN-ACK, then ACKs), a later ACK. */
const TCP_SEGMENTS: Record<NonNullable<Leg['tcp']>, IntervalSet> = {
  syn: flags(TCP_FLAGS.SYN),
  reply: flags(TCP_FLAGS.SYN | TCP_FLAGS.ACK, TCP_FLAGS.ACK),
  ack: flags(TCP_FLAGS.ACK),
};

/**
 * The packets of one leg between a host (`local`) and its peer (`remote`), exactly, as the audit
 * asks about them: fields a protocol does not have are 0, a request from any port spans
 * 0-65535, an ICMP request or error may carry any code, an echo reply carries code 0 (RFC 792).
 * `null` when the leg's protocol is not of this family.
 */
export function legCube(leg: Leg, family: Family, remote: IntervalSet, local: IntervalSet): Cube | null {
  const zero = exactly(0n);
  const base: Cube = {
    ...universeCube(family),
    remote,
    local,
    state: exactly(STATES[leg.state]),
    sport: zero,
    dport: zero,
    icmpType: zero,
    icmpCode: zero,
    tcpFlags: zero,
  };
  switch (leg.protocol) {
    case 'tcp':
    case 'udp':
      return {
        ...base,
        protocol: exactly(PROTO[leg.protocol]),
        sport: leg.sports ? portSet(leg.sports) : interval(0n, 65535n),
        dport: portSet(leg.dports ?? []),
        tcpFlags: leg.tcp ? TCP_SEGMENTS[leg.tcp] : zero,
      };
    case 'icmp':
    case 'icmpv6':
      if ((leg.protocol === 'icmp') !== (family === 4)) return null;
      return {
        ...base,
        protocol: exactly(leg.protocol === 'icmp' ? PROTO.icmp : PROTO.icmpv6),
        icmpType: leg.icmpTypes === null ? interval(0n, 255n) : valueSet(leg.icmpTypes),
        icmpCode: leg.kind === 'reply' ? zero : interval(0n, 255n),
      };
  }
}
