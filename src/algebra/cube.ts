import { EMPTY, intersect, interval, isEmpty, union, type IntervalSet } from './interval-set.js';

/**
 * A packet is a point in a product of integer dimensions (protocol, remote and local address,
 * ports, ICMP type and code, connection state, TCP flags). A *cube* gives a set of values per
 * dimension. Firewall rules are products of per-field conditions, so each rule is exactly one
 * cube (or a few, for a negated list). This module holds cubes in values (bigint, so that one
 * type serves IPv6 addresses as well as ports); the algebra over sets of cubes works on their
 * ranks in a space (space.ts, rank-cube.ts).
 *
 * Fields that do not apply to a protocol (ports for ICMP, ICMP type for TCP) are held at 0, so
 * a rule that does not mention them matches them and two representations of one packet agree.
 */
export const DIMENSIONS = [
  'protocol',
  'remote',
  'local',
  'sport',
  'dport',
  'icmpType',
  'icmpCode',
  'state',
  'tcpFlags',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type Cube = Record<Dimension, IntervalSet>;

/** Connection-tracking states as numbers on the `state` dimension. */
export const STATES = { NEW: 0n, ESTABLISHED: 1n, RELATED: 2n, INVALID: 3n, UNTRACKED: 4n } as const;
export type State = keyof typeof STATES;

/** TCP flag bits on the `tcpFlags` dimension (RFC 9293 order). */
export const TCP_FLAGS = { FIN: 1, SYN: 2, RST: 4, PSH: 8, ACK: 16, URG: 32, ECE: 64, CWR: 128 } as const;

export const PROTO = { icmp: 1n, tcp: 6n, udp: 17n, icmpv6: 58n } as const;

export function maxAddress(family: 4 | 6): bigint {
  return family === 4 ? 0xffffffffn : (1n << 128n) - 1n;
}

/** The largest value of a dimension. */
export function maxValue(d: Dimension, family: 4 | 6): bigint {
  switch (d) {
    case 'remote':
    case 'local':
      return maxAddress(family);
    case 'sport':
    case 'dport':
      return 65535n;
    case 'state':
      return STATES.UNTRACKED;
    default:
      return 255n;
  }
}

function makeUniverse(family: 4 | 6): Cube {
  return Object.freeze(Object.fromEntries(DIMENSIONS.map((d) => [d, interval(0n, maxValue(d, family))])) as Cube);
}
const UNIVERSE = { 4: makeUniverse(4), 6: makeUniverse(6) } as const;

/**
 * Every packet of one family. The field sets are shared (sets are never changed in place), so
 * a rule's "any" fields are the very same objects everywhere and compare equal by reference.
 */
export function universeCube(family: 4 | 6): Cube {
  return { ...UNIVERSE[family] };
}

/** The set of TCP flag values v with (v & mask) == comp, as intervals over 0..255. */
export function tcpFlagValues(mask: number, comp: number): IntervalSet {
  const list: [bigint, bigint][] = [];
  for (let v = 0; v < 256; v++) if ((v & mask) === comp) list.push([BigInt(v), BigInt(v)]);
  return union(EMPTY, list);
}

export function cubeIsEmpty(c: Cube): boolean {
  return DIMENSIONS.some((d) => isEmpty(c[d]));
}

/** a ∩ b field by field, or null when they share no packet. */
export function intersectCubes(a: Cube, b: Cube): Cube | null {
  const out = {} as Record<Dimension, IntervalSet>;
  for (const d of DIMENSIONS) {
    const v = a[d] === b[d] ? a[d] : intersect(a[d], b[d]);
    if (isEmpty(v)) return null;
    out[d] = v;
  }
  return out;
}
