import type { Backend } from './backend.js';

/**
 * Every target by name, with its one-line description, and how to load its back end: a command
 * loads only the back end it uses (start-up time), the registry (`registry.ts`) all of them.
 */
export const TARGET_DESCRIPTIONS = {
  nftables: 'nftables ruleset (nft -f), one inet table',
  iptables: 'iptables-restore / ip6tables-restore input (--noflush), in chains of its own',
  firewalld: 'firewalld zone, policy and ipset XML files (firewall-cmd --reload); policies between zones for firewalls',
  ufw: 'shell script of ufw commands (ICMP through before.rules), application profiles',
  windows: 'PowerShell script of New-NetFirewallRule calls, one rule group, idempotent',
  pf: 'pf.conf ruleset (pfctl -f), stateful, tables for peers',
  'cisco-ios': 'Cisco IOS extended named ACLs, stateless with derived return entries',
  aws: 'Terraform JSON: security groups for hosts, network ACLs (stateless) for firewalls',
  'hosts-allow': '/etc/hosts.allow lines for sshd (the SSH restriction the SpamExperts document asks for)',
  handout: 'Markdown and CSV tables of every flow for the network team, grouped by firewall',
} as const;

export type Target = keyof typeof TARGET_DESCRIPTIONS;

/** Every target, in the order help and errors list them. */
export const TARGETS = Object.keys(TARGET_DESCRIPTIONS) as Target[];

export function isTarget(s: string): s is Target {
  return Object.hasOwn(TARGET_DESCRIPTIONS, s);
}

const LOADERS: Record<Target, () => Promise<Backend>> = {
  nftables: async () => (await import('./nftables.js')).nftablesBackend,
  iptables: async () => (await import('./iptables.js')).iptablesBackend,
  firewalld: async () => (await import('./firewalld.js')).firewalldBackend,
  ufw: async () => (await import('./ufw.js')).ufwBackend,
  windows: async () => (await import('./windows.js')).windowsBackend,
  pf: async () => (await import('./pf.js')).pfBackend,
  'cisco-ios': async () => (await import('./cisco-ios.js')).ciscoIosBackend,
  aws: async () => (await import('./aws.js')).awsBackend,
  'hosts-allow': async () => (await import('./hosts-allow.js')).hostsAllowBackend,
  handout: async () => (await import('./handout.js')).handoutBackend,
};

/** The back end of one target, its module loaded on first use. */
export function loadBackend(target: Target): Promise<Backend> {
  return LOADERS[target]();
}
