import type { ForwardRuleset } from '../compile/forward-ruleset.js';
import type { DnsNames } from '../compile/fqdn-sets.js';
import type { HostRuleset } from '../compile/host-ruleset.js';
import type { Plan } from '../plan/plan-types.js';

/** Every target portcullis compiles to; the registry is a Record over this union. */
import type { Target } from './targets.js';

export type { Target };

export type Tracking = 'site' | 'stateful' | 'stateless';

export interface OutputFile {
  /** File name inside the output directory (`gw1.nft`). */
  name: string;
  content: string;
  /**
   * A file that goes beside the rules (the dns-sync service): written with --out, left out of
   * stdout, never loaded as rules.
   */
  companion?: boolean;
}

export interface Rendered {
  files: OutputFile[];
  /** Rules the firewall will hold for this host (accepts, drops and jumps; no policies). */
  ruleCount: number;
}

/**
 * What a target can express, for a host's own rules or a network firewall's. Compile checks a
 * ruleset against it in one step before rendering (compile/check-capabilities.ts): what the
 * target cannot express stops the compile with TARGET_CANNOT_EXPRESS at the flow's line.
 */
export interface Capabilities {
  /**
   * Connection tracking of the rules it writes: `site` follows the site's `options.stateful`;
   * `stateful` targets track replies themselves (no derived return traffic); `stateless` targets
   * always get the derived return traffic.
   */
  tracking: Tracking;
  /**
   * DNS-named peers: named sets filled when the rules are compiled (`sets`), or rules written
   * with the addresses the name resolved to (`addresses`; a name that resolves to nothing gives
   * no rule, and a comment says so).
   */
  dnsNames: DnsNames;
  /** The ICMP types it has a name for; absent: every type 0-255. */
  icmpTypes?: { named: (protocol: 'icmp' | 'icmpv6', type: number) => boolean; hint: (type: number) => string };
  /**
   * Source ports and TCP flags of derived return traffic: false where the target cannot match
   * them, so such entries allow by destination (client) port alone, which its files say.
   */
  sourcePorts: boolean;
  tcpFlags: boolean;
  /** The interface names it can write (network firewalls); absent: any. */
  interfaceNames?: { pattern: RegExp; message: (name: string) => string; hint: string };
  /**
   * The name a target derives from an interface's (an ACL, a Terraform resource), where that
   * loses characters: two interfaces that give one name would overwrite each other.
   */
  interfaceIds?: {
    id: (firewall: string, iface: string) => string;
    what: string;
    /** Every name the target writes from that one (IOS: the IPv6 ACL, the staging ACLs of a swap). */
    variants?: (id: string) => string[];
  };
  /** The same for the name of a host or firewall (a security group, an ACL), across one compile. */
  unitIds?: { id: (name: string) => string; what: string };
  /**
   * How an administrator reaches a host these rules guard (SSH; RDP or WinRM on Windows): compile
   * warns when the plan lets no one in there. Absent for a document (the handout).
   */
  management?: { service: string; ports: readonly number[] };
  /** The rules refuse outbound what they do not allow (compile warns when a host could not ask DNS). */
  denyOutbound: boolean;
  /** Entries a unit of output may hold, counted the target's way: the first unit over its limit, or null. */
  entryLimit?: (ruleset: ForwardRuleset) => { message: string; hint: string } | null;
  /** The same for a host's rules (an AWS security group's rules per direction). */
  hostEntryLimit?: (ruleset: HostRuleset) => { message: string; hint: string } | null;
}

/** One firewall language. Fails closed: what it cannot express is an error, never dropped. */
export interface Backend {
  target: Target;
  description: string;
  /** What it can express for hosts, and for network firewalls (null: it has no forward rules). */
  capabilities: { host: Capabilities; firewall: Capabilities | null };
  /** Suffixes of the files it writes per host. */
  suffixes: readonly string[];
  /** How to load the files, for the header comment and the README. */
  loadCommand: (host: string) => string;
  /** How to load a network firewall's files, where it differs from a host's (`self`: they filter the router's own traffic too). */
  loadFirewallCommand?: (firewall: string, self: boolean) => string;
  renderHost: (ruleset: HostRuleset) => Rendered;
  /** A network firewall's forward rules; present exactly when `capabilities.firewall` is. */
  renderFirewall?: (ruleset: ForwardRuleset) => Rendered;
  /** One document for the whole site (the handout); compile uses it when no host or firewall is named. */
  renderSite?: (plan: Plan, hosts: HostRuleset[], firewalls: ForwardRuleset[]) => Rendered;
}
