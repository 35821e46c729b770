import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { auditHost, type AuditReport } from '../audit/audit-ruleset.js';
import type { FwRuleset } from '../rulesets/firewall-model.js';
import { parseIpsetSave, type IpSet } from '../rulesets/ipset-save/parse.js';
import { parseRuleset, type FormatName } from '../rulesets/registry.js';
import { staticResolver } from '../net/resolver.js';
import { readText, type CommandEnv } from './environment.js';
import { hostOf, loadPlan, type SiteInput } from './load-plan.js';
import { runCommand, usageError, type Outcome } from './outcome.js';

export interface AuditRequest extends SiteInput {
  host: string;
  /** Ruleset dumps (`-` for standard input). */
  rulesets: readonly string[];
  /** `ipset save` dumps, to judge `-m set` matches. */
  ipsets?: readonly string[];
  format?: FormatName | 'auto';
  /** Judge traffic on this interface (default: any). */
  iface?: string;
  /** Also a finding: exposure beyond the plan. */
  failOn?: 'exposure' | 'bans' | 'all';
  resolve?: Record<string, string[]>;
}

/** `portcullis audit`: an existing ruleset judged against the host's plan (exit 1 on findings). */
export function audit(options: AuditRequest, env: CommandEnv): Promise<Outcome<AuditReport>> {
  return runCommand(async (scope) => {
    if (options.rulesets.length === 0) {
      usageError(
        'audit needs at least one --ruleset FILE',
        'give the output of iptables-save (and ip6tables-save) or of `nft -j list ruleset` with --ruleset',
      );
    }
    const { plan } = loadPlan(scope, env, options);
    const host = hostOf(plan, options.host);
    const ipsets = new Map<string, IpSet | null>();
    const diagnostics: Diagnostic[] = [];
    for (const file of options.ipsets ?? []) {
      const read = readText(env, file);
      if ('error' in read) usageError(`cannot read ipset dump ${file} (${read.error})`, read.hint);
      const parsed = parseIpsetSave(file, read.text);
      diagnostics.push(...parsed.diagnostics);
      for (const [k, v] of parsed.sets) ipsets.set(k, v);
    }
    const rulesets: FwRuleset[] = [];
    for (const file of options.rulesets) {
      const read = readText(env, file);
      if ('error' in read) usageError(`cannot read ruleset ${file} (${read.error})`, read.hint);
      const parsed = parseRuleset(file === '-' ? '<stdin>' : file, read.text, options.format ?? 'auto', ipsets);
      diagnostics.push(...parsed.diagnostics);
      if (parsed.ruleset) rulesets.push(parsed.ruleset);
    }
    scope.check(diagnostics);
    const resolve = staticResolver(options.resolve ?? {}, env.resolve);
    const fqdns: Record<string, string[]> = {};
    for (const name of new Set(host.rules.flatMap((r) => r.fqdns))) fqdns[name] = await resolve(name).catch(() => []);
    const report = auditHost(host, rulesets, { iface: options.iface ?? null, fqdns, ephemeral: plan.ephemeralPorts });
    // A finding is a flow some given ruleset refuses; a flow of a family with no ruleset is not judged.
    const notOpen = report.summary.blocked + report.summary.partial > 0;
    const failOn = (what: 'exposure' | 'bans'): boolean => options.failOn === what || options.failOn === 'all';
    if (notOpen || (failOn('exposure') && report.exposure.length > 0) || (failOn('bans') && report.summary.listed > 0))
      scope.findings();
    return report;
  });
}
