import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PortRange } from '../net/port-ranges.js';
import type { Origin, Protocol } from '../model/types.js';
import type { Cidr } from '../net/addresses.js';

/** Why a rule exists: one catalog flow of one deployment, or one flow of the site. */
export interface Because {
  /** Catalog id, or `site` for the site's own flows. */
  profile: string;
  /** Deployment name (the profile id unless the site names it). */
  deployment: string;
  /** Flow id in the profile (`in-smtp`), or `flows[3]` for a site flow. */
  flow: string;
  /** The vendor document's identifier (or the site file) the flow comes from. */
  source: string;
  /** The same for a reader: the document's published title and product (or the site file). */
  document: string;
  why: string;
  cite: string;
  /** The flow's own ports (or ICMP types) for the rule's protocol; the rule may merge several flows. */
  ports?: PortRange[] | null;
  icmpTypes?: number[] | null;
  /**
   * Where the site asks for it, for diagnostics: the site flow, or for a catalog flow the peer
   * mapping that produced the rule (the deployment itself for flows between its roles).
   */
  origin: Origin;
  /** Where the flow is written: the profile's flow in its catalog file, or the site flow. */
  flowOrigin: Origin;
}

export type Direction = 'in' | 'out';

/** One rule of a host's plan (`plan --json` renders it with addresses as text). */
export interface PlanRule {
  direction: Direction;
  protocol: Protocol;
  ports: PortRange[] | null;
  icmpTypes: number[] | null;
  /** Normalised CIDRs at the other end. */
  peers: Cidr[];
  /** DNS names at the other end, resolved when the rules are compiled. */
  fqdns: string[];
  because: Because[];
}

export interface HostPlan {
  name: string;
  /** The host's addresses (single-address CIDRs). */
  addresses: Cidr[];
  rules: PlanRule[];
  /** The host's entry in the site. */
  origin: Origin;
}

export interface PlanCheck {
  profile: string;
  name: string;
  description: string;
  cite: string;
  hosts: string[];
}

/** One end of a forwarded flow: the interface it is reached through and the addresses there. */
export interface ForwardEnd {
  interface: string;
  /** Normalised CIDRs behind that interface. */
  peers: Cidr[];
  /** DNS names (placed behind the interface that holds the default route). */
  fqdns: string[];
  /** How the site named this end (`internet`, `trap1`). */
  label: string;
}

/** One rule of a network firewall's plan: traffic from one interface to another. */
export interface ForwardRule {
  protocol: Protocol;
  ports: PortRange[] | null;
  icmpTypes: number[] | null;
  from: ForwardEnd;
  to: ForwardEnd;
  because: Because[];
}

export interface FirewallPlan {
  name: string;
  description?: string;
  /** `outside`: the interface leads outside the site (the default route). */
  interfaces: { name: string; networks: Cidr[]; label: string; outside: boolean; origin: Origin }[];
  rules: ForwardRule[];
  /** The host of the site that is this router: its plan filters the router's own traffic (absent: left alone). */
  host?: string;
  /** The firewall's entry in the site. */
  origin: Origin;
}

export interface Plan {
  site: string;
  /** The site's `site:` entry, for diagnostics about the site as a whole. */
  origin: Origin;
  /** false: the rules carry no connection tracking and return traffic is derived. */
  stateful: boolean;
  ephemeralPorts: PortRange;
  /** The site's own addresses (its zones, hosts and firewall networks): `internet` is every other address. */
  own: Cidr[];
  hosts: HostPlan[];
  /** Network firewalls: the planned flows that cross each one. */
  firewalls: FirewallPlan[];
  /** Non-flow requirements of the profiles in use, with the hosts they concern. */
  checks: PlanCheck[];
  diagnostics: Diagnostic[];
}
