import type { Resolver } from '../net/resolver.js';
import type { Catalog } from '../model/types.js';
import type { Cidr } from '../net/addresses.js';
import type { HostPlan, PlanRule } from '../plan/plan-types.js';
import { inboundProbes } from './inbound-targets.js';
import type { ListenToken } from './listen-token.js';
import { probeReport, type ProbeReport } from './probe-report.js';
import { outboundProbes } from './probe-targets.js';
import { runProbes, type RunOptions } from './run-probes.js';
import { smtpChecks } from './smtp-check.js';

export interface ProbeHostOptions extends RunOptions {
  catalog: Catalog;
  resolve: Resolver;
  /** Range CIDR -> targets inside it (`--target` and the site's `probe-targets:`). */
  targets: Record<string, string[]>;
  /** Pair mode: this runs on a machine in that peer zone and probes the host's inbound flows. */
  from?: { name: string; cidrs: Cidr[] };
  /** Pair mode: what `listen` printed on the host. */
  token?: ListenToken | null;
}

/**
 * One probe run: the host's outbound flows from the host itself, or (with `from`) its inbound
 * flows from a machine in that peer zone; then the smtp-unaltered check of every SMTP dialogue.
 */
export async function probeHost(host: HostPlan, opts: ProbeHostOptions): Promise<ProbeReport> {
  const { probes, unprobed } = opts.from
    ? inboundProbes(host, opts.from.cidrs, opts.token ?? null)
    : await outboundProbes(host, {
        resolve: opts.resolve,
        targets: opts.targets,
        wellKnown: (rule, port) => wellKnownTargets(opts.catalog, rule, port),
      });
  const results = await runProbes(probes, opts);
  return probeReport(host.name, opts.from ? opts.from.name : host.name, results, unprobed, smtpChecks(probes, results));
}

/**
 * The well-known servers the catalog names for the flows behind one port of a rule (a rule
 * merges flows: DNS's servers are not DCC's). Site flows name none.
 */
export function wellKnownTargets(catalog: Catalog, rule: PlanRule, port: number): string[] {
  const out = new Set<string>();
  for (const b of rule.because) {
    const flow = catalog.profiles.get(b.profile)?.flows.find((f) => f.id === b.flow);
    const carries = flow?.services.some(
      (s) => s.protocol === rule.protocol && (s.ports ?? []).some(([a, z]) => a <= port && port <= z),
    );
    if (carries) for (const t of flow?.probeTargets ?? []) out.add(t);
  }
  return [...out];
}
