import type { ForwardRuleset } from '../compile/forward-ruleset.js';
import type { HostRuleset } from '../compile/host-ruleset.js';
import type { Origin } from '../model/types.js';
import type { Plan } from '../plan/plan-types.js';

/** Every target portcullis compiles to; the registry is a Record over this union. */
export type Target =
  'nftables' | 'iptables' | 'firewalld' | 'ufw' | 'windows' | 'pf' | 'cisco-ios' | 'aws' | 'hosts-allow' | 'handout';

export type Tracking = 'site' | 'stateful' | 'stateless';

export interface OutputFile {
  /** File name inside the output directory (`gw1.nft`). */
  name: string;
  content: string;
}

export interface Rendered {
  files: OutputFile[];
  /** Rules the firewall will hold for this host (accepts, drops and jumps; no policies). */
  ruleCount: number;
}

/** One firewall language. Fails closed: what it cannot express is an error, never dropped. */
export interface Backend {
  target: Target;
  description: string;
  /**
   * Connection tracking of the rules the target writes: `site` follows the site's
   * `options.stateful`; `stateful` targets track replies themselves (no derived return traffic);
   * `stateless` targets always get the derived return traffic. Default: `site` for both.
   */
  tracking?: { host: Tracking; firewall: Tracking };
  /** Suffixes of the files it writes per host. */
  suffixes: readonly string[];
  /** How to load the files, for the header comment and the README. */
  loadCommand: (host: string) => string;
  /** How to load a network firewall's files, where it differs from a host's. */
  loadFirewallCommand?: (firewall: string) => string;
  renderHost: (ruleset: HostRuleset) => Rendered;
  /** A network firewall's forward rules; absent when the target only filters a host's own traffic. */
  renderFirewall?: (ruleset: ForwardRuleset) => Rendered;
  /** One document for the whole site (the handout); compile uses it when no host or firewall is named. */
  renderSite?: (plan: Plan, hosts: HostRuleset[], firewalls: ForwardRuleset[]) => Rendered;
}

/**
 * Thrown by a back end for a planned flow its language cannot express (a DNS name on an ACL,
 * ICMP types on a security group). The compile stops: a flow is never dropped silently.
 */
export class TargetError extends Error {
  constructor(
    message: string,
    readonly hint: string,
    /** Where the site asks for what cannot be expressed; the host's or firewall's entry when absent. */
    readonly origin?: Origin,
  ) {
    super(message);
    this.name = 'TargetError';
  }
}
