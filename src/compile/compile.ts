import { lookup } from 'node:dns/promises';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { OutputFile, Target } from '../backends/backend.js';
import { BACKENDS } from '../backends/registry.js';
import type { Plan } from '../plan/plan-types.js';
import { buildHostRuleset, type Resolver } from './host-ruleset.js';

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
export async function compilePlan(plan: Plan, target: Target, options: CompileOptions = {}): Promise<{ hosts: CompiledHost[]; diagnostics: Diagnostic[] }> {
  const backend = BACKENDS[target];
  const resolve = options.resolve ?? systemResolver();
  const diagnostics: Diagnostic[] = [];
  const hosts: CompiledHost[] = [];
  const wanted = options.hosts ? new Set(options.hosts) : null;
  for (const host of plan.hosts) {
    if (wanted && !wanted.has(host.name)) continue;
    const built = await buildHostRuleset(plan, host, resolve, options.siteFile ?? plan.site);
    diagnostics.push(...built.diagnostics);
    const rendered = backend.renderHost(built.ruleset);
    hosts.push({ host: host.name, files: rendered.files, ruleCount: rendered.ruleCount });
  }
  return { hosts, diagnostics };
}

/** The system resolver (getaddrinfo), both families, with a timeout and a per-run cache. */
export function systemResolver(timeoutMs = 5000): Resolver {
  const cache = new Map<string, Promise<string[]>>();
  return (fqdn) => {
    let p = cache.get(fqdn);
    if (!p) {
      const query = lookup(fqdn, { all: true, verbatim: true }).then((r) => r.map((a) => a.address));
      const timeout = new Promise<string[]>((_, reject) => {
        const t = setTimeout(() => reject(new Error('timeout')), timeoutMs);
        t.unref();
      });
      p = Promise.race([query, timeout]);
      cache.set(fqdn, p);
    }
    return p;
  };
}

/** A resolver from a fixed table (`--resolve NAME=ADDR`, tests); unknown names give nothing. */
export function staticResolver(table: Record<string, string[]>, fallback?: Resolver): Resolver {
  return async (fqdn) => table[fqdn] ?? (fallback ? fallback(fqdn) : []);
}
