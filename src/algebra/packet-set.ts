import { complement, EMPTY, equals, intersect, interval, isEmpty, isSubset, subtract, union, type IntervalSet } from './interval-set.js';

/**
 * Exact sets of packets, shared by compile and audit.
 *
 * A packet is a point in a product of integer dimensions (protocol, remote and local address,
 * ports, ICMP type and code, connection state, TCP flags). A *cube* gives an interval set per
 * dimension; a *packet set* is a list of pairwise disjoint cubes. Why this representation:
 * firewall rules are products of per-field conditions, so each rule is exactly one cube; the
 * first-match walk of a chain needs only intersect and subtract; and keeping the cubes disjoint
 * makes emptiness, size and equality cheap. Fields are independent (no bit tricks), so IPv6
 * costs the same as IPv4. Subtraction splits a cube into at most one piece per dimension, which
 * bounds fragmentation by the number of distinct boundaries a ruleset uses.
 *
 * Fields that do not apply to a protocol (ports for ICMP, ICMP type for TCP) are held at 0, so
 * a rule that does not mention them matches them and two representations of one packet agree.
 */
export const DIMENSIONS = ['protocol', 'remote', 'local', 'sport', 'dport', 'icmpType', 'icmpCode', 'state', 'tcpFlags'] as const;
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

/** Every packet of one family. */
export function universeCube(family: 4 | 6): Cube {
  return {
    protocol: interval(0n, 255n),
    remote: interval(0n, maxAddress(family)),
    local: interval(0n, maxAddress(family)),
    sport: interval(0n, 65535n),
    dport: interval(0n, 65535n),
    icmpType: interval(0n, 255n),
    icmpCode: interval(0n, 255n),
    state: interval(0n, 4n),
    tcpFlags: interval(0n, 255n),
  };
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

export function intersectCubes(a: Cube, b: Cube): Cube | null {
  const out = {} as Record<Dimension, IntervalSet>;
  for (const d of DIMENSIONS) {
    const v = intersect(a[d], b[d]);
    if (isEmpty(v)) return null;
    out[d] = v;
  }
  return out;
}

/** a minus b as disjoint cubes: peel one dimension at a time. */
export function subtractCubes(a: Cube, b: Cube): Cube[] {
  if (!intersectCubes(a, b)) return [a];
  const out: Cube[] = [];
  let rest: Cube = a;
  for (const d of DIMENSIONS) {
    const outside = subtract(rest[d], b[d]);
    if (!isEmpty(outside)) out.push({ ...rest, [d]: outside });
    rest = { ...rest, [d]: intersect(rest[d], b[d]) };
  }
  return out;
}

/** A union of pairwise disjoint cubes. */
export class PacketSet {
  private constructor(readonly cubes: readonly Cube[]) {}

  static empty(): PacketSet {
    return new PacketSet([]);
  }

  static of(...cubes: Cube[]): PacketSet {
    let s = PacketSet.empty();
    for (const c of cubes) s = s.union(new PacketSet(cubeIsEmpty(c) ? [] : [c]));
    return s;
  }

  isEmpty(): boolean {
    return this.cubes.length === 0;
  }

  intersect(other: PacketSet): PacketSet {
    const out: Cube[] = [];
    for (const a of this.cubes) for (const b of other.cubes) {
      const c = intersectCubes(a, b);
      if (c) out.push(c);
    }
    return new PacketSet(out);
  }

  intersectCube(cube: Cube): PacketSet {
    const out: Cube[] = [];
    for (const a of this.cubes) {
      const c = intersectCubes(a, cube);
      if (c) out.push(c);
    }
    return new PacketSet(out);
  }

  subtract(other: PacketSet): PacketSet {
    let cur: Cube[] = [...this.cubes];
    for (const b of other.cubes) cur = cur.flatMap((a) => subtractCubes(a, b));
    return new PacketSet(cur);
  }

  subtractCube(cube: Cube): PacketSet {
    return new PacketSet(this.cubes.flatMap((a) => subtractCubes(a, cube)));
  }

  union(other: PacketSet): PacketSet {
    // Keep cubes disjoint: add only what the other set has beyond this one.
    return new PacketSet([...this.cubes, ...other.subtract(this).cubes]);
  }

  isSubsetOf(other: PacketSet): boolean {
    return this.subtract(other).isEmpty();
  }

  equals(other: PacketSet): boolean {
    return this.isSubsetOf(other) && other.isSubsetOf(this);
  }

  /** True when the point lies in the set. */
  has(point: Record<Dimension, bigint>): boolean {
    return this.cubes.some((c) => DIMENSIONS.every((d) => c[d].some(([lo, hi]) => point[d] >= lo && point[d] <= hi)));
  }

  /** Projection of the set on one dimension. */
  project(d: Dimension): IntervalSet {
    return this.cubes.reduce<IntervalSet>((acc, c) => union(acc, c[d]), EMPTY);
  }
}

export { complement, equals, isSubset };
