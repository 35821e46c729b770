import { loadCatalog } from '../catalog/load-catalog.js';
import { diagnosticAt, type Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../schema/did-you-mean.js';
import type { Catalog, Site } from '../model/types.js';
import { buildPlan } from '../plan/build-plan.js';
import type { FirewallPlan, HostPlan, Plan } from '../plan/plan-types.js';
import { loadSite } from '../site/load-site.js';
import type { CommandEnv } from './environment.js';
import { usageError, type CommandScope } from './outcome.js';

/** Where every command that reads a site starts: the catalog, the site against it, and its plan. */
export interface SiteInput {
  /** The site file. */
  site: string;
  /** Extra catalog directories (`--catalog DIR`). */
  catalogDirs?: readonly string[];
  /** Addresses given for DNS names (`--resolve NAME=ADDR`): a name the plan does not use is a warning. */
  resolve?: Record<string, string[]>;
}

export interface LoadedPlan {
  file: string;
  catalog: Catalog;
  site: Site;
  plan: Plan;
}

/** The catalog with the extra directories; stops the command on a bad profile file. */
export function catalogFor(scope: CommandScope, dirs: readonly string[] = []): Catalog {
  const { catalog, diagnostics } = loadCatalog(dirs);
  scope.check(diagnostics);
  return catalog;
}

/** Loads the site (through the environment) and plans it; stops the command on bad input. */
export function loadPlan(scope: CommandScope, env: CommandEnv, input: SiteInput): LoadedPlan {
  const catalog = catalogFor(scope, input.catalogDirs);
  const { site, diagnostics } = loadSite(input.site, catalog, (path) => env.readFile(path));
  scope.check(diagnostics);
  if (!site) throw new Error(`site ${input.site} loaded with neither a site nor an error`);
  const plan = buildPlan(site);
  scope.check(plan.diagnostics);
  scope.check(unusedResolves(plan, input.resolve ?? {}));
  return { file: input.site, catalog, site, plan };
}

/** `--resolve` names no flow of the plan uses (a typo would otherwise be silently ignored), as warnings at the site's line. */
function unusedResolves(plan: Plan, resolve: Record<string, string[]>): Diagnostic[] {
  const used = new Set([
    ...plan.hosts.flatMap((h) => h.rules.flatMap((r) => r.fqdns)),
    ...plan.firewalls.flatMap((f) => f.rules.flatMap((r) => [...r.from.fqdns, ...r.to.fqdns])),
  ]);
  return Object.keys(resolve)
    .filter((name) => !used.has(name.toLowerCase().replace(/\.$/, '')))
    .map((name) => {
      const guess = didYouMean(name, [...used]);
      return diagnosticAt(
        plan.origin,
        'UNRESOLVED_FQDN',
        'warning',
        `--resolve ${name}: no flow of site ${plan.site} names this DNS name; it is not used`,
        guess
          ? `did you mean ${guess}?`
          : used.size > 0
            ? `the site's DNS names: ${[...used].sort().join(', ')}`
            : 'the site names no DNS name: leave --resolve out',
      );
    });
}

/** One host of the plan, or a usage error listing the hosts there are. */
export function hostOf(plan: Plan, name: string): HostPlan {
  const host = plan.hosts.find((h) => h.name === name);
  if (!host)
    usageError(`site ${plan.site} has no host "${name}"`, `hosts: ${plan.hosts.map((h) => h.name).join(', ')}`);
  return host;
}

/** One network firewall of the plan, or a usage error listing the firewalls there are. */
export function firewallOf(plan: Plan, name: string): FirewallPlan {
  const fw = plan.firewalls.find((f) => f.name === name);
  if (!fw) {
    usageError(
      `site ${plan.site} has no firewall "${name}"`,
      plan.firewalls.length
        ? `firewalls: ${plan.firewalls.map((f) => f.name).join(', ')}`
        : 'declare it under firewalls: with its interfaces',
    );
  }
  return fw;
}
