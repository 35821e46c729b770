import type { Cidr } from '../net/addresses.js';
import type { PortRange } from '../net/port-ranges.js';
import type { Position } from '../diagnostics/diagnostic.js';

/** The four protocols a flow may name. */
export type Protocol = 'tcp' | 'udp' | 'icmp' | 'icmpv6';
export const PROTOCOLS: readonly Protocol[] = ['tcp', 'udp', 'icmp', 'icmpv6'];

/** What a flow carries for one protocol: destination ports, or ICMP types (`null` = every type). */
export interface Service {
  protocol: Protocol;
  /** Sorted, merged destination ports; `null` for ICMP. */
  ports: PortRange[] | null;
  /** Sorted ICMP types; `null` for every type, and for tcp/udp. */
  icmpTypes: number[] | null;
}

/** A place in a file, kept so that later stages can still point at the source. */
export interface Origin {
  file: string;
  /** Line and column of the node's first character. */
  start: Position;
  offsets: [number, number];
}

export interface ProfileFlow {
  /** Stable name of the flow inside its profile (`in-smtp`, or `flow-3`). */
  id: string;
  from: string[];
  to: string[];
  services: Service[];
  when?: string;
  why: string;
  cite: string;
  /** Well-known servers `probe` may use for this flow when the site names none. */
  probeTargets?: string[];
  origin: Origin;
}

export interface ProfileCheck {
  name: string;
  description: string;
  cite: string;
}

/** One product's requirements, as loaded from its catalog file. */
export interface Profile {
  id: string;
  title: string;
  /** The vendor document's identifier (plans and reports cite it). */
  source: string;
  /** The document's title as published, where the profile gives it. */
  document?: string;
  url?: string;
  description?: string;
  roles: Record<string, string>;
  /** `default`: what the peer is when the site does not name it (`any`: every address, the site's own included). */
  peers: Record<string, { description: string; fqdn?: string; default?: 'any' | 'internet' }>;
  features: Record<string, string>;
  checks: ProfileCheck[];
  notes: string[];
  flows: ProfileFlow[];
  /** The catalog file it came from. */
  file: string;
}

export interface Catalog {
  profiles: Map<string, Profile>;
}

/** The other end of a flow: addresses and DNS names. */
export interface Peer {
  cidrs: Cidr[];
  fqdns: string[];
  /** How the site named it (`internet`, `lan`, `my.mailstore.com`). */
  label: string;
  /** The hosts of the site the mapping names: each is the other end of the peer's flows. */
  hosts?: string[];
  /** Where the site maps it (its `peers:` entry; the deployment when a default applies). */
  origin: Origin;
}

export interface Host {
  name: string;
  addresses: Cidr[];
  description?: string;
  /** The host's entry in the site. */
  origin: Origin;
}

export interface Deployment {
  /** Name used in provenance; the profile id unless the site names it. */
  name: string;
  profile: Profile;
  /** Role -> host names. */
  roles: Map<string, string[]>;
  /** Peer -> what the site maps it to (only the peers that enabled flows need). */
  peers: Map<string, Peer>;
  features: Set<string>;
  /** Where the site names each feature it lists (not for `features: all`). */
  featureOrigins?: Map<string, Origin>;
  /** The deployment's entry in the site. */
  origin: Origin;
}

export interface SiteFlow {
  index: number;
  /** How provenance names it: `flows[3]`, or `management` for the site's management access. */
  name: string;
  from: string[];
  to: string[];
  services: Service[];
  why: string;
  origin: Origin;
}

/** One interface of a network firewall and the addresses routed through it. */
export interface FirewallInterface {
  name: string;
  /** Normalised CIDRs behind the interface (zones and hosts expanded). */
  cidrs: Cidr[];
  /** How the site named them (`internet`, `dmz, trap1`). */
  label: string;
  /**
   * It leads outside the site (it holds `internet`, `any` or a /0): DNS names, and addresses
   * of the site that no interface names, are reached through it (the default route).
   */
  outside: boolean;
  origin: Origin;
}

/** A network firewall between zones (`firewalls:` in the site). */
export interface Firewall {
  name: string;
  description?: string;
  interfaces: FirewallInterface[];
  /**
   * The host of the site that is this router (`host:`): its plan filters the router's own traffic
   * on every target, and flows to or from it cross no interface. Absent: that traffic is left alone.
   */
  host?: string;
  /** The firewall's entry in the site. */
  origin: Origin;
}

export interface Site {
  name: string;
  file: string;
  /** The site's `site:` entry, for diagnostics about the site as a whole. */
  origin: Origin;
  stateful: boolean;
  /** Client port range that replies go to when return traffic is derived (stateless mode). */
  ephemeralPorts: PortRange;
  /** Zone -> CIDRs, the built-in `any` and `internet` included. */
  zones: Map<string, Cidr[]>;
  /** The site's own addresses (zones, hosts, firewall networks): `internet` is every other address. */
  own: Cidr[];
  hosts: Map<string, Host>;
  deployments: Deployment[];
  flows: SiteFlow[];
  firewalls: Map<string, Firewall>;
  /** `probe-targets:`: for a peer that is a range (its CIDR text), addresses or DNS names inside it to probe. */
  probeTargets: Map<string, string[]>;
}
