import { diagnosticAt, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Backend, Capabilities, OutputFile, Target } from '../backends/backend.js';
import { loadBackend, TARGETS } from '../backends/targets.js';
import type { Origin } from '../model/types.js';
import { systemResolver, type Resolver } from '../net/resolver.js';
import type { Plan } from '../plan/plan-types.js';
import { checkForwardRuleset, checkHostRuleset, sameFileNames, sameUnitIds } from './check-capabilities.js';
import { buildForwardRuleset, type ForwardRuleset } from './forward-ruleset.js';
import { buildHostRuleset, type HostRuleset } from './host-ruleset.js';
import { hostWarnings } from './host-warnings.js';

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
}

/**
 * Renders the plan of each host for one target: the neutral ruleset, checked against what the
 * target can express, then the target's files. Pure apart from the resolver.
 */
export async function compilePlan(
  plan: Plan,
  target: Target,
  options: CompileOptions = {},
): Promise<{ hosts: CompiledHost[]; diagnostics: Diagnostic[] }> {
  const backend = await loadBackend(target);
  const caps = backend.capabilities.host;
  const resolve = options.resolve ?? systemResolver();
  const diagnostics: Diagnostic[] = [];
  const hosts: CompiledHost[] = [];
  const wanted = options.hosts ? new Set(options.hosts) : null;
  for (const host of plan.hosts) {
    if (wanted && !wanted.has(host.name)) continue;
    const built = await buildHostRuleset(trackedPlan(plan, caps), host, resolve, caps.dnsNames);
    diagnostics.push(...built.diagnostics, ...hostWarnings(target, caps, host));
    const unit = { what: `host ${host.name}`, origin: host.origin };
    const checked = checkHostRuleset(target, caps, built.ruleset, unit);
    diagnostics.push(...checked);
    if (hasErrors(checked)) continue;
    const rendered = backend.renderHost(built.ruleset);
    hosts.push({ host: host.name, files: rendered.files, ruleCount: rendered.ruleCount });
  }
  const origins = new Map(plan.hosts.map((h) => [h.name, h.origin]));
  const clash = clashes(target, caps, 'host', hosts, origins);
  if (clash.length > 0) return { hosts: [], diagnostics: [...diagnostics, ...clash] };
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
  const backend = await loadBackend(target);
  const resolve = options.resolve ?? systemResolver();
  const diagnostics: Diagnostic[] = [];
  const firewalls: CompiledHost[] = [];
  for (const fw of plan.firewalls) {
    if (!names.includes(fw.name)) continue;
    const caps = backend.capabilities.firewall;
    const renderFirewall = backend.renderFirewall;
    if (!caps || !renderFirewall) {
      diagnostics.push(await noForwardRules(backend, fw.name, fw.origin));
      continue;
    }
    const tracked = trackedPlan(plan, caps);
    const built = await buildForwardRuleset(tracked, fw, resolve, caps.dnsNames);
    diagnostics.push(...built.diagnostics);
    const unit = { what: `firewall ${fw.name}`, origin: fw.origin };
    const checked = checkForwardRuleset(target, caps, built.ruleset, unit);
    // The router's own traffic, by the plan of the host that is this router: as that host's rules.
    const selfPlan = fw.host === undefined ? undefined : plan.hosts.find((h) => h.name === fw.host);
    if (selfPlan) {
      const self = await buildHostRuleset(tracked, selfPlan, resolve, caps.dnsNames);
      diagnostics.push(...self.diagnostics, ...hostWarnings(target, caps, selfPlan));
      const selfUnit = { what: `firewall ${fw.name} (host ${selfPlan.name}, the router itself)`, origin: fw.origin };
      checked.push(...checkHostRuleset(target, caps, self.ruleset, selfUnit));
      built.ruleset.self = self.ruleset;
    }
    diagnostics.push(...checked);
    if (hasErrors(checked)) continue;
    const rendered = renderFirewall(built.ruleset);
    firewalls.push({ host: fw.name, files: rendered.files, ruleCount: rendered.ruleCount });
  }
  const origins = new Map(plan.firewalls.map((f) => [f.name, f.origin]));
  const caps = backend.capabilities.firewall;
  const clash = caps ? clashes(target, caps, 'firewall', firewalls, origins) : [];
  if (clash.length > 0) return { firewalls: [], diagnostics: [...diagnostics, ...clash] };
  return { firewalls, diagnostics };
}

/** One document for the whole site (targets with `renderSite`, the handout): every firewall and every host. */
export async function compileSite(
  plan: Plan,
  target: Target,
  options: CompileOptions = {},
): Promise<{ files: OutputFile[]; ruleCount: number; diagnostics: Diagnostic[] }> {
  const backend = await loadBackend(target);
  const renderSite = backend.renderSite;
  if (!renderSite) throw new Error(`target ${target} has no site document`);
  const resolve = options.resolve ?? systemResolver();
  const diagnostics: Diagnostic[] = [];
  const hosts: HostRuleset[] = [];
  const firewalls: ForwardRuleset[] = [];
  for (const fw of plan.firewalls) {
    const built = await buildForwardRuleset(plan, fw, resolve, backend.capabilities.host.dnsNames);
    diagnostics.push(...built.diagnostics);
    firewalls.push(built.ruleset);
  }
  for (const host of plan.hosts) {
    const built = await buildHostRuleset(plan, host, resolve, backend.capabilities.host.dnsNames);
    diagnostics.push(...built.diagnostics);
    hosts.push(built.ruleset);
  }
  const rendered = renderSite(plan, hosts, firewalls);
  return { files: rendered.files, ruleCount: rendered.ruleCount, diagnostics };
}

/**
 * Names of one compile that the target would write as one: two units that give one identifier
 * (a security group, an ACL), or two files whose names differ only in case. The first, as an error.
 */
function clashes(
  target: Target,
  caps: Capabilities,
  kind: 'host' | 'firewall',
  units: readonly CompiledHost[],
  origins: ReadonlyMap<string, Origin>,
): Diagnostic[] {
  const named = units.map((u) => ({
    name: u.host,
    what: `${kind} ${u.host}`,
    origin: origins.get(u.host)!,
    files: u.files,
  }));
  return [...sameUnitIds(target, caps, named), ...sameFileNames(target, named)].slice(0, 1);
}

/** The error for a target without forward rules asked for a network firewall. */
async function noForwardRules(backend: Backend, firewall: string, origin: Origin): Promise<Diagnostic> {
  const able = (await Promise.all(TARGETS.map(loadBackend))).filter((b) => b.capabilities.firewall !== null);
  return diagnosticAt(
    origin,
    'TARGET_CANNOT_EXPRESS',
    'error',
    `target ${backend.target} filters a host's own traffic and has no forward rules for firewall ${firewall}`,
    `for a network firewall use one of: ${able.map((b) => b.target).join(', ')}`,
  );
}

/** The plan as a target sees it: a target that always (or never) tracks connections overrides the site. */
function trackedPlan(plan: Plan, caps: Capabilities): Plan {
  if (caps.tracking === 'stateful' && !plan.stateful) return { ...plan, stateful: true };
  if (caps.tracking === 'stateless' && plan.stateful) return { ...plan, stateful: false };
  return plan;
}
