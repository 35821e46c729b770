import type { LabNodeSpec } from './lab.js';

/**
 * Lab sites: one per catalog profile with every feature on, each peer in its own zone so that
 * a rule for the wrong peer shows. The `outsider` namespace stands for the Internet: it lies in
 * no zone.
 */
export interface LabSite {
  profile: string;
  siteText: string;
  reps: LabNodeSpec[];
  underTest: string[];
  fqdns?: Record<string, string[]>;
}

const OUTSIDER: LabNodeSpec = { name: 'outsider', addresses: ['192.0.2.200', '2001:db8:ffff::200'] };

/** Zone k: 198.51.100.(16k)/28 and 2001:db8:100:k::/64; its representative is the 5th address. */
function zone(k: number): { cidrs: string[]; rep: string[] } {
  return {
    cidrs: [`198.51.100.${16 * k}/28`, `2001:db8:100:${k}::/64`],
    rep: [`198.51.100.${16 * k + 5}`, `2001:db8:100:${k}::5`],
  };
}

function singleHost(profile: string, role: string, peers: string[], internetPeers: string[]): LabSite {
  const zones = peers.map((p, i) => ({ p, ...zone(i + 1) }));
  const lines = [
    `site: lab-${profile}`,
    zones.length > 0 ? 'zones:' : 'zones: {}',
    ...zones.map((z) => `  z-${z.p}: [${z.cidrs.join(', ')}]`),
    'hosts:',
    '  h1: { addresses: [203.0.113.10, 2001:db8:10::10] }',
    'deployments:',
    `  - profile: ${profile}`,
    `    roles: { ${role}: h1 }`,
    `    peers: { ${[...zones.map((z) => `${z.p}: z-${z.p}`), ...internetPeers.map((p) => `${p}: internet`)].join(', ')} }`,
    '    features: all',
  ];
  return {
    profile,
    siteText: `${lines.join('\n')}\n`,
    reps: [OUTSIDER, ...zones.map((z) => ({ name: `rep-${z.p}`, addresses: z.rep }))],
    underTest: ['h1'],
  };
}

export const LAB_SITES: LabSite[] = [
  singleHost('spamexperts', 'server', [], ['internet']),
  singleHost('spammertrap', 'appliance', ['lan'], ['internet']),
  singleHost('mailserver', 'server', [], ['internet']),
  singleHost(
    'clearswift-seg',
    'gateway',
    [
      'dns-servers',
      'ftp-servers',
      'ldap-servers',
      'key-servers',
      'domain-controllers',
      'ntp-servers',
      'snmp-managers',
      'syslog-servers',
      'peer-gateways',
      'admins',
    ],
    ['any'],
  ),
  {
    profile: 'mailstore-spe',
    siteText: [
      'site: lab-mailstore',
      'zones:',
      `  adm: [${zone(1).cidrs.join(', ')}]`,
      'hosts:',
      '  mgmt1: { addresses: [203.0.113.10, 2001:db8:10::10] }',
      '  cas1: { addresses: [203.0.113.11, 2001:db8:10::11] }',
      '  ih1: { addresses: [203.0.113.12, 2001:db8:10::12] }',
      'deployments:',
      '  - profile: mailstore-spe',
      '    roles: { mgmt: mgmt1, cas: cas1, ih: ih1 }',
      '    peers: { "*": internet, adm: adm }',
      '    features: all',
      '',
    ].join('\n'),
    reps: [
      OUTSIDER,
      { name: 'rep-adm', addresses: zone(1).rep },
      { name: 'my-mailstore', addresses: ['198.51.100.77', '2001:db8:77::77'] },
    ],
    underTest: ['mgmt1', 'cas1', 'ih1'],
    fqdns: { 'my.mailstore.com': ['198.51.100.77', '2001:db8:77::77'] },
  },
];

/**
 * A DMZ firewall with four interfaces: the Internet, a DMZ with a SpammerTrap appliance, a LAN
 * with a mail server and a MailStore host (whose licence server is a DNS name on the Internet),
 * and a guest network that no flow names. One zone-to-zone site flow (LAN web browsing).
 */
export const ROUTED_SITE = `site: routed
zones:
  dmz: [203.0.113.0/24, 2001:db8:25::/64]
  lan: [192.0.2.0/25, 2001:db8:1::/64]
  guest: [198.18.5.0/24]
hosts:
  trap1: { addresses: [203.0.113.25, 2001:db8:25::25] }
  mx1: { addresses: [192.0.2.30, 2001:db8:1::30] }
  mgmt1: { addresses: [192.0.2.10] }
deployments:
  - profile: spammertrap
    roles: { appliance: trap1 }
    peers: { internet: internet, lan: lan }
    features: all
  - profile: mailserver
    roles: { server: mx1 }
    peers: { internet: internet }
    features: all
  - profile: mailstore-spe
    roles: { mgmt: mgmt1, cas: mgmt1, ih: mgmt1 }
    peers: { "*": internet, adm: lan }
    features: all
flows:
  - { from: lan, to: internet, tcp: [80, 443], why: web browsing from the LAN }
firewalls:
  edge:
    interfaces: { eth0: internet, eth1: dmz, eth2: lan, eth3: guest }
`;

/**
 * The routed site with the router itself named (`host: edgefw`, its addresses those the lab gives
 * the router on each segment): the LAN may reach its administration port, the router may send mail
 * to mx1, and nothing else reaches the router or leaves it.
 */
export const ROUTED_SELF_SITE = ROUTED_SITE.replace(
  'hosts:\n',
  'hosts:\n  edgefw: { addresses: [198.18.0.1, 198.18.1.1, 198.18.2.1, 198.18.3.1, "2001:db8:ffff:0::1", "2001:db8:ffff:1::1", "2001:db8:ffff:2::1", "2001:db8:ffff:3::1"] }\n',
)
  .replace(
    'flows:\n',
    'flows:\n  - { from: lan, to: edgefw, tcp: 2222, why: router administration }\n  - { from: edgefw, to: mx1, tcp: 25, why: the router mails its reports }\n',
  )
  .replace('  edge:\n', '  edge:\n    host: edgefw\n');
