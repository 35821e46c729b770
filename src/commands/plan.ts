import type { FirewallPlan, HostPlan, Plan } from '../plan/plan-types.js';
import type { CommandEnv } from './environment.js';
import { firewallOf, hostOf, loadPlan, type SiteInput } from './load-plan.js';
import { runCommand, type Outcome } from './outcome.js';

export interface PlanRequest extends SiteInput {
  /** Only this host. */
  host?: string;
  /** Only this network firewall (with `host`, both). */
  firewall?: string;
}

/** The plan and the part of it asked for. */
export interface PlanView {
  plan: Plan;
  hosts: HostPlan[];
  firewalls: FirewallPlan[];
}

/** `portcullis plan`: the flows each host (and each network firewall) must allow. */
export function plan(options: PlanRequest, env: CommandEnv): Promise<Outcome<PlanView>> {
  return runCommand((scope) => {
    const { plan } = loadPlan(scope, env, options);
    const { host, firewall } = options;
    const hosts = host !== undefined ? [hostOf(plan, host)] : firewall !== undefined ? [] : plan.hosts;
    const firewalls = firewall !== undefined ? [firewallOf(plan, firewall)] : host !== undefined ? [] : plan.firewalls;
    return { plan, hosts, firewalls };
  });
}
