/**
 * ICMP and ICMPv6 type numbers with the names nftables uses for them, each citing its RFC.
 * Numbers outside these tables are still valid (0-255) and are written as numbers.
 */
export interface IcmpTypeInfo {
  type: number;
  /** nftables keyword. */
  nft: string;
  /** iptables `--icmp-type` / `--icmpv6-type` name. */
  iptables: string;
  rfc: string;
}

export const ICMP_TYPES: readonly IcmpTypeInfo[] = [
  { type: 0, nft: 'echo-reply', iptables: 'echo-reply', rfc: 'RFC 792' },
  { type: 3, nft: 'destination-unreachable', iptables: 'destination-unreachable', rfc: 'RFC 792' },
  { type: 4, nft: 'source-quench', iptables: 'source-quench', rfc: 'RFC 792 (deprecated by RFC 6633)' },
  { type: 5, nft: 'redirect', iptables: 'redirect', rfc: 'RFC 792' },
  { type: 8, nft: 'echo-request', iptables: 'echo-request', rfc: 'RFC 792' },
  { type: 9, nft: 'router-advertisement', iptables: 'router-advertisement', rfc: 'RFC 1256' },
  { type: 10, nft: 'router-solicitation', iptables: 'router-solicitation', rfc: 'RFC 1256' },
  { type: 11, nft: 'time-exceeded', iptables: 'time-exceeded', rfc: 'RFC 792' },
  { type: 12, nft: 'parameter-problem', iptables: 'parameter-problem', rfc: 'RFC 792' },
  { type: 13, nft: 'timestamp-request', iptables: 'timestamp-request', rfc: 'RFC 792' },
  { type: 14, nft: 'timestamp-reply', iptables: 'timestamp-reply', rfc: 'RFC 792' },
  { type: 17, nft: 'address-mask-request', iptables: 'address-mask-request', rfc: 'RFC 950' },
  { type: 18, nft: 'address-mask-reply', iptables: 'address-mask-reply', rfc: 'RFC 950' },
];

export const ICMPV6_TYPES: readonly IcmpTypeInfo[] = [
  { type: 1, nft: 'destination-unreachable', iptables: 'destination-unreachable', rfc: 'RFC 4443' },
  { type: 2, nft: 'packet-too-big', iptables: 'packet-too-big', rfc: 'RFC 4443' },
  { type: 3, nft: 'time-exceeded', iptables: 'time-exceeded', rfc: 'RFC 4443' },
  { type: 4, nft: 'parameter-problem', iptables: 'parameter-problem', rfc: 'RFC 4443' },
  { type: 128, nft: 'echo-request', iptables: 'echo-request', rfc: 'RFC 4443' },
  { type: 129, nft: 'echo-reply', iptables: 'echo-reply', rfc: 'RFC 4443' },
  { type: 133, nft: 'nd-router-solicit', iptables: 'router-solicitation', rfc: 'RFC 4861' },
  { type: 134, nft: 'nd-router-advert', iptables: 'router-advertisement', rfc: 'RFC 4861' },
  { type: 135, nft: 'nd-neighbor-solicit', iptables: 'neighbour-solicitation', rfc: 'RFC 4861' },
  { type: 136, nft: 'nd-neighbor-advert', iptables: 'neighbour-advertisement', rfc: 'RFC 4861' },
];

/** Further type names nftables prints, with no iptables name in the tables above. */
export const NFT_EXTRA_ICMP_NAMES: Readonly<Record<string, number>> = {
  'info-request': 15, // RFC 792
  'info-reply': 16, // RFC 792
};
export const NFT_EXTRA_ICMPV6_NAMES: Readonly<Record<string, number>> = {
  'mld-listener-query': 130, // RFC 2710
  'mld-listener-report': 131, // RFC 2710
  'mld-listener-done': 132, // RFC 2710
  'mld-listener-reduction': 132, // RFC 2710 (older name of 132)
  'nd-redirect': 137, // RFC 4861
  'router-renumbering': 138, // RFC 2894
  'ind-neighbor-solicit': 141, // RFC 3122
  'ind-neighbor-advert': 142, // RFC 3122
  'mld2-listener-report': 143, // RFC 3810
};

/** The ICMPv6 that IPv6 needs to work on a host (RFC 4890 section 4.4.1): neighbour discovery. */
export const NDP_TYPES = { solicit: 135, advert: 136, routerSolicit: 133, routerAdvert: 134 } as const;

/** ICMPv4 echo request and reply (RFC 792), used to derive return traffic for stateless rules. */
export const ICMP_ECHO = { request: 8, reply: 0 } as const;
/** ICMPv6 echo request and reply (RFC 4443 section 4). */
export const ICMPV6_ECHO = { request: 128, reply: 129 } as const;

/**
 * The ICMP errors a peer sends back about traffic exchanged with it, which a stateless firewall
 * must let through (SpammerTrap's document for static firewalls): destination unreachable (3),
 * source quench (4, deprecated by RFC 6633 but still listed), time exceeded (11) and parameter
 * problem (12) of RFC 792; ICMPv6 destination unreachable, packet too big, time exceeded and
 * parameter problem (1-4) of RFC 4443 section 3.
 */
export const ICMP_ERRORS: readonly number[] = [3, 4, 11, 12];
export const ICMPV6_ERRORS: readonly number[] = [1, 2, 3, 4];

export function icmpInfo(protocol: 'icmp' | 'icmpv6', type: number): IcmpTypeInfo | undefined {
  return (protocol === 'icmp' ? ICMP_TYPES : ICMPV6_TYPES).find((t) => t.type === type);
}
