import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PortRange } from '../net/port-ranges.js';
import type { Protocol } from '../model/types.js';

/** Why a rule exists: one catalog flow of one deployment, or one flow of the site. */
export interface Because {
  /** Catalog id, or `site` for the site's own flows. */
  profile: string;
  /** Deployment name (the profile id unless the site names it). */
  deployment: string;
  /** Flow id in the profile (`in-smtp`), or `flows[3]` for a site flow. */
  flow: string;
  /** The vendor document (or the site file) the flow comes from. */
  source: string;
  why: string;
  cite: string;
}

export type Direction = 'in' | 'out';

/** One rule of a host's plan, in SPEC.md's `plan --json` shape. */
export interface PlanRule {
  direction: Direction;
  protocol: Protocol;
  ports: PortRange[] | null;
  icmpTypes: number[] | null;
  /** Normalised CIDRs at the other end. */
  peers: string[];
  /** DNS names at the other end, resolved when the rules are compiled. */
  fqdns: string[];
  because: Because[];
}

export interface HostPlan {
  name: string;
  addresses: string[];
  rules: PlanRule[];
}

export interface PlanCheck {
  profile: string;
  name: string;
  description: string;
  cite: string;
  hosts: string[];
}

export interface Plan {
  site: string;
  /** false: the rules carry no connection tracking and return traffic is derived. */
  stateful: boolean;
  ephemeralPorts: PortRange;
  hosts: HostPlan[];
  /** Non-flow requirements of the profiles in use, with the hosts they concern. */
  checks: PlanCheck[];
  diagnostics: Diagnostic[];
}
