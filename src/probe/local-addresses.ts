import { networkInterfaces } from 'node:os';
import { cidrAddressText, cidrsOf, type Cidr } from '../net/addresses.js';

/**
 * The host's planned addresses that this machine has (so listeners answer from the address
 * the prober used); empty when none is here (behind NAT: the caller binds every address).
 */
export function localBindAddresses(planned: readonly Cidr[]): string[] {
  const local = new Set(
    Object.values(networkInterfaces())
      .flat()
      .flatMap((i) => (i ? cidrsOf([i.address]).map(cidrAddressText) : [])),
  );
  return planned.map(cidrAddressText).filter((a) => local.has(a));
}
