import { cidrLast, type Cidr } from '../net/addresses.js';
import type { PortRange } from '../net/port-ranges.js';
import { normalize, type IntervalSet } from './interval-set.js';

/** The addresses of some CIDRs, as one field of a cube. */
export function addressSet(cidrs: readonly Cidr[]): IntervalSet {
  // Lists are shared (a rule's remote, a plan's peers): each becomes a set once.
  let set = addressSets.get(cidrs);
  if (!set) addressSets.set(cidrs, (set = normalize(cidrs.map((c) => [c.base, cidrLast(c)] as const))));
  return set;
}

const addressSets = new WeakMap<readonly Cidr[], IntervalSet>();

/** Port ranges as one field of a cube. */
export function portSet(ranges: readonly PortRange[]): IntervalSet {
  return normalize(ranges.map(([lo, hi]) => [BigInt(lo), BigInt(hi)] as const));
}

/** Single values (ICMP types, protocol numbers) as one field of a cube. */
export function valueSet(values: readonly (number | bigint)[]): IntervalSet {
  return normalize(values.map((v) => [BigInt(v), BigInt(v)] as const));
}
