import type { Capabilities } from './backend.js';

/** SSH (tcp/22), how a Unix host is administered. */
export const SSH = { service: 'SSH', ports: [22] } as const;

/**
 * What most targets can express: every source port and TCP flag, any interface name; their rules
 * refuse outbound what they do not allow, and the host is reached by SSH.
 */
const FULL = { sourcePorts: true, tcpFlags: true, management: SSH, denyOutbound: true } as const;

/** A host target whose rules follow the site's `options.stateful`, with DNS names as addresses. */
export const SITE_TRACKED: Capabilities = { ...FULL, tracking: 'site', dnsNames: 'addresses' };

/** Interface names as nftables, iptables, ufw and firewalld take them (IFNAMSIZ, no "/" or ":"). */
export const LINUX_INTERFACE_NAMES: NonNullable<Capabilities['interfaceNames']> = {
  pattern: /^[A-Za-z0-9_.-]{1,15}$/,
  message: (name) =>
    `interface name "${name}" is not a Linux interface name (at most 15 letters, digits, "_", "-", ".")`,
  hint: 'name the interface as `ip link` shows it',
};

/** Interface names of a target with a syntax of its own (pf, IOS). */
export function interfaceNames(pattern: RegExp, hint: string): NonNullable<Capabilities['interfaceNames']> {
  return { pattern, message: (name) => `interface name "${name}" cannot be written in this target`, hint };
}

/** Capabilities with everything but what is given: full source ports and TCP flags. */
export function capabilities(
  c: Omit<Capabilities, 'sourcePorts' | 'tcpFlags' | 'denyOutbound'> & Partial<Capabilities>,
): Capabilities {
  return { ...FULL, ...c };
}
