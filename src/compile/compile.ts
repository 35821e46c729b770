import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { TargetError, type OutputFile, type Rendered, type Target, type Tracking } from '../backends/backend.js';
import { BACKENDS } from '../backends/registry.js';
import type { Plan } from '../plan/plan-types.js';
import { buildForwardRuleset, type ForwardRuleset } from './forward-ruleset.js';
import { buildHostRuleset, type HostRuleset } from './host-ruleset.js';
import { systemResolver, type Resolver } from '../net/resolver.js';

export interface CompiledHost {
  host: string;
  files: OutputFile[];
  ruleCount: number;
}

export interface CompileOptions {
  /** Only these hosts (default: every host of the plan). */
  hosts?: readonly string[];
  /** How DNS names become addresses; the default asks the system resolver. */
  resolve?: Resolver;
  /** The site file, for diagnostics. */
  siteFile?: string;
}

/** Renders the plan of each host for one target. Pure apart from the resolver. */
export async function compilePlan(
  plan: Plan,
  target: Target,
  options: CompileOptions = {},
): Promise<{ hosts: CompiledHost[]; diagnostics: Diagnostic[] }> {
  const backend = BACKENDS[target];
  const resolve = options.resolve ?? systemResolver();
  const siteFile = options.siteFile ?? plan.site;
  const diagnostics: Diagnostic[] = [];
  const hosts: CompiledHost[] = [];
  const wanted = options.hosts ? new Set(options.hosts) : null;
  for (const host of plan.hosts) {
    if (wanted && !wanted.has(host.name)) continue;
    const built = await buildHostRuleset(trackedPlan(plan, backend.tracking?.host), host, resolve);
    diagnostics.push(...built.diagnostics);
    const rendered = render(target, siteFile, `host ${host.name}`, diagnostics, () =>
      backend.renderHost(built.ruleset),
    );
    if (rendered) hosts.push({ host: host.name, files: rendered.files, ruleCount: rendered.ruleCount });
  }
  return { hosts, diagnostics };
}

/**
 * Renders the forward rules of network firewalls (`firewalls:` in the site) for one target.
 * A target that only filters a host's own traffic fails with an error naming the target.
 */
export async function compileFirewalls(
  plan: Plan,
  target: Target,
  names: readonly string[],
  options: CompileOptions = {},
): Promise<{ firewalls: CompiledHost[]; diagnostics: Diagnostic[] }> {
  const backend = BACKENDS[target];
  const resolve = options.resolve ?? systemResolver();
  const siteFile = options.siteFile ?? plan.site;
  const diagnostics: Diagnostic[] = [];
  const firewalls: CompiledHost[] = [];
  for (const fw of plan.firewalls) {
    if (!names.includes(fw.name)) continue;
    const renderFirewall = backend.renderFirewall;
    if (!renderFirewall) {
      diagnostics.push({
        code: 'TARGET_CANNOT_EXPRESS',
        severity: 'error',
        file: siteFile,
        message: `target ${target} filters a host's own traffic and has no forward rules for firewall ${fw.name}`,
        hint: `for a network firewall use one of: ${Object.values(BACKENDS)
          .filter((b) => b.renderFirewall)
          .map((b) => b.target)
          .join(', ')}`,
      });
      continue;
    }
    const built = await buildForwardRuleset(trackedPlan(plan, backend.tracking?.firewall), fw, resolve);
    diagnostics.push(...built.diagnostics);
    const rendered = render(target, siteFile, `firewall ${fw.name}`, diagnostics, () => renderFirewall(built.ruleset));
    if (rendered) firewalls.push({ host: fw.name, files: rendered.files, ruleCount: rendered.ruleCount });
  }
  return { firewalls, diagnostics };
}

/** One document for the whole site (targets with `renderSite`, the handout): every firewall and every host. */
export async function compileSite(
  plan: Plan,
  target: Target,
  options: CompileOptions = {},
): Promise<{ files: OutputFile[]; ruleCount: number; diagnostics: Diagnostic[] }> {
  const backend = BACKENDS[target];
  const resolve = options.resolve ?? systemResolver();
  const siteFile = options.siteFile ?? plan.site;
  const diagnostics: Diagnostic[] = [];
  const hosts: HostRuleset[] = [];
  const firewalls: ForwardRuleset[] = [];
  for (const fw of plan.firewalls) {
    const built = await buildForwardRuleset(plan, fw, resolve);
    diagnostics.push(...built.diagnostics);
    firewalls.push(built.ruleset);
  }
  for (const host of plan.hosts) {
    const built = await buildHostRuleset(plan, host, resolve);
    diagnostics.push(...built.diagnostics);
    hosts.push(built.ruleset);
  }
  const renderSite = backend.renderSite;
  if (!renderSite) throw new Error(`target ${target} has no site document`);
  const rendered = render(target, siteFile, `site ${plan.site}`, diagnostics, () => renderSite(plan, hosts, firewalls));
  return { files: rendered?.files ?? [], ruleCount: rendered?.ruleCount ?? 0, diagnostics };
}

/** The plan as a target sees it: a target that always (or never) tracks connections overrides the site. */
function trackedPlan(plan: Plan, tracking: Tracking | undefined): Plan {
  if (tracking === 'stateful' && !plan.stateful) return { ...plan, stateful: true };
  if (tracking === 'stateless' && plan.stateful) return { ...plan, stateful: false };
  return plan;
}

/** Runs a back end; what it cannot express becomes an error diagnostic instead of output. */
function render(
  target: Target,
  siteFile: string,
  what: string,
  diagnostics: Diagnostic[],
  fn: () => Rendered,
): Rendered | null {
  try {
    return fn();
  } catch (err) {
    if (!(err instanceof TargetError)) throw err;
    diagnostics.push({
      code: 'TARGET_CANNOT_EXPRESS',
      severity: 'error',
      file: siteFile,
      message: `${target}, ${what}: ${err.message}`,
      hint: err.hint,
    });
    return null;
  }
}
