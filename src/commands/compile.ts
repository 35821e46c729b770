import type { OutputFile, Target } from '../backends/backend.js';
import { isTarget, loadBackend, TARGETS } from '../backends/targets.js';
import { compileFirewalls, compilePlan, compileSite, type CompiledHost } from '../compile/compile.js';
import { staticResolver } from '../net/resolver.js';
import type { CommandEnv } from './environment.js';
import { firewallOf, hostOf, loadPlan, type SiteInput } from './load-plan.js';
import { runCommand, usageError, type Outcome } from './outcome.js';
import { OutputError } from './write-files.js';

export interface CompileRequest extends SiteInput {
  target: string;
  host?: string;
  firewall?: string;
  /** Write one file per host into this directory (atomically, all or none); else one unit to return. */
  out?: string;
  /** Addresses for DNS names instead of asking DNS (`--resolve NAME=ADDR`). */
  resolve?: Record<string, string[]>;
}

/** What compile produced: one unit per host or firewall (the whole site for a site document). */
export interface CompileResult {
  target: Target;
  kind: 'host' | 'firewall' | 'site';
  units: CompiledHost[];
  /** Paths written (with `out`). */
  written: string[];
  /** How to load the files. */
  loadWith: string;
}

/** `portcullis compile`: rules per host, per network firewall, or a handout for the whole site. */
export function compile(options: CompileRequest, env: CommandEnv): Promise<Outcome<CompileResult>> {
  return runCommand(async (scope) => {
    const { target: name, host, firewall, out } = options;
    if (!isTarget(name)) usageError(`unknown target "${name}"`, `targets: ${TARGETS.join(', ')}`);
    const target: Target = name;
    const backend = await loadBackend(target);
    if (host !== undefined && firewall !== undefined) {
      usageError(
        '--host and --firewall exclude each other',
        'a host firewall filters its own traffic; a network firewall forwards; compile one at a time',
      );
    }
    const { plan } = loadPlan(scope, env, options);
    const compileOptions = { resolve: staticResolver(options.resolve ?? {}, env.resolve) };
    // A host's named sets that dns-sync fills need no DNS here (--resolve still seeds them).
    const hostOptions =
      backend.capabilities.host.dnsNames === 'synced'
        ? { resolve: staticResolver(options.resolve ?? {}) }
        : compileOptions;
    let kind: CompileResult['kind'];
    let units: CompiledHost[];
    let loadWith: string;
    if (firewall !== undefined) {
      const fwPlan = firewallOf(plan, firewall);
      const result = await compileFirewalls(plan, target, [firewall], compileOptions);
      scope.check(result.diagnostics);
      [kind, units, loadWith] = [
        'firewall',
        result.firewalls,
        backend.loadFirewallCommand
          ? backend.loadFirewallCommand(firewall, fwPlan.host !== undefined)
          : backend.loadCommand(firewall),
      ];
    } else if (host === undefined && backend.renderSite) {
      const result = await compileSite(plan, target, compileOptions);
      scope.check(result.diagnostics);
      [kind, units, loadWith] = [
        'site',
        [{ host: plan.site, files: result.files, ruleCount: result.ruleCount }],
        backend.loadCommand(plan.site),
      ];
    } else {
      const hosts = host !== undefined ? [hostOf(plan, host)] : plan.hosts;
      if (out === undefined && hosts.length !== 1) {
        usageError(
          `site ${plan.site} has ${hosts.length} hosts; stdout takes one`,
          'give --host NAME, or --out DIR for every host',
        );
      }
      const result = await compilePlan(plan, target, { ...hostOptions, hosts: hosts.map((h) => h.name) });
      scope.check(result.diagnostics);
      [kind, units, loadWith] = ['host', result.hosts, backend.loadCommand('HOST')];
    }
    // A file several units share (the same name and text: AWS's variables) is written once.
    const files = [...new Map(units.flatMap((u) => u.files).map((f) => [f.name, f])).values()];
    const written = out === undefined ? [] : writeAll(env, out, files);
    return { target, kind, units, written, loadWith };
  });
}

/** Every file or none into `out`; a directory that cannot be written is the caller's to fix (exit 2). */
function writeAll(env: CommandEnv, out: string, files: readonly OutputFile[]): string[] {
  try {
    return env.writeFiles(out, files);
  } catch (err) {
    if (err instanceof OutputError) return usageError(err.message, err.hint);
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    return usageError(`cannot write the files into ${out} (${code})`, 'give --out a directory you can write to');
  }
}
