/**
 * Netfilter's named hook priorities (linux/netfilter_ipv4.h `NF_IP_PRI_*`; nft(8) "PRIORITY"):
 * iptables' tables sit at these, and nftables base chains may name them.
 */
export const HOOK_PRIORITIES: Readonly<Record<string, number>> = {
  raw: -300,
  mangle: -150,
  dstnat: -100,
  filter: 0,
  security: 50,
  srcnat: 100,
};
