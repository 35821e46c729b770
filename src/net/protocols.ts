/**
 * IP protocol numbers by the names iptables and nftables print for them (IANA "Assigned Internet
 * Protocol Numbers"; the names of /etc/protocols). One table for every ruleset reader.
 */
export const IP_PROTOCOLS: Readonly<Record<string, number>> = {
  icmp: 1, // RFC 792
  igmp: 2, // RFC 1112
  ipip: 4, // RFC 2003 (IP in IP)
  tcp: 6, // RFC 9293
  udp: 17, // RFC 768
  dccp: 33, // RFC 4340
  ipv6: 41, // RFC 2473 (IPv6 encapsulation)
  gre: 47, // RFC 2784
  esp: 50, // RFC 4303
  ah: 51, // RFC 4302
  icmpv6: 58, // RFC 4443 (nftables' name)
  'ipv6-icmp': 58, // RFC 4443 (/etc/protocols' name, as iptables-save prints it)
  sctp: 132, // RFC 9260
  udplite: 136, // RFC 3828
};

/**
 * Service names nftables prints for ports (`tcp dport ssh`), from the IANA "Service Name and
 * Transport Protocol Port Number Registry" as /etc/services spells them.
 */
export const SERVICE_PORTS: Readonly<Record<string, number>> = {
  ssh: 22,
  smtp: 25,
  domain: 53,
  http: 80,
  pop3: 110,
  ntp: 123,
  imap: 143,
  snmp: 161,
  ldap: 389,
  https: 443,
  submissions: 465, // RFC 8314
  smtps: 465, // the older name of 465
  submission: 587, // RFC 6409
  ldaps: 636,
  imaps: 993,
  pop3s: 995,
  'ms-wbt-server': 3389, // RDP
};
