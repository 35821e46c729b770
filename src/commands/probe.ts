import type { Cidr } from '../net/addresses.js';
import { staticResolver } from '../net/resolver.js';
import { decodeToken, type ListenToken } from '../probe/listen-token.js';
import { probeHost } from '../probe/probe-host.js';
import { allOpen, type ProbeReport } from '../probe/probe-report.js';
import { endpointCidrs } from '../site/load-site.js';
import type { CommandEnv } from './environment.js';
import { hostOf, loadPlan, type SiteInput } from './load-plan.js';
import { runCommand, usageError, type Outcome } from './outcome.js';

export interface ProbeRequest extends SiteInput {
  host: string;
  timeout?: number;
  concurrency?: number;
  rate?: number;
  /** `out` (the default without `from`): on the host; `in`: pair mode, needs `from`. */
  only?: 'in' | 'out';
  /** Pair mode: the peer (zone, host or CIDR) this machine is in. */
  from?: string;
  /** Pair mode: the line `listen` printed on the host. */
  token?: string;
  /** Peer (zone or CIDR) -> addresses or DNS names inside it to probe (`--target`). */
  targets?: Record<string, string[]>;
  resolve?: Record<string, string[]>;
  /** Called as probes finish (a progress bar). */
  progress?: (done: number, total: number) => void;
}

/** `portcullis probe`: is every planned flow really open, and does SMTP pass unaltered (exit 1 if not). */
export function probe(options: ProbeRequest, env: CommandEnv): Promise<Outcome<ProbeReport>> {
  return runCommand(async (scope) => {
    const { plan, site, catalog } = loadPlan(scope, env, options);
    const host = hostOf(plan, options.host);
    if (options.only === 'in' && options.from === undefined) {
      usageError(
        '--only in probes the inbound flows, which run from a peer',
        `run it on a machine in the peer zone with --from PEER (and on ${host.name}: portcullis listen)`,
      );
    }
    if (options.only === 'out' && options.from !== undefined) {
      usageError(
        '--only out probes the outbound flows, which run on the host itself',
        'drop --from, and run it on the host',
      );
    }
    if (options.token !== undefined && options.from === undefined) {
      usageError('--token belongs to pair mode', 'add --from PEER (the zone this machine is in)');
    }
    let from: { name: string; cidrs: Cidr[] } | undefined;
    if (options.from !== undefined) {
      const cidrs = endpointCidrs(site, options.from);
      if (cidrs.length === 0) {
        usageError(
          `--from "${options.from}" is neither a zone, a host nor a CIDR of site ${site.name}`,
          `zones: ${[...site.zones.keys()].join(', ')}`,
        );
      }
      from = { name: options.from, cidrs };
    }
    const token = options.token === undefined ? null : tokenFor(options.token, host.name);
    const targets: Record<string, string[]> = {};
    for (const [peer, names] of Object.entries(options.targets ?? {})) {
      const ranges = endpointCidrs(site, peer);
      if (ranges.length === 0) {
        usageError(
          `--target "${peer}=..." names neither a zone nor a CIDR`,
          `zones: ${[...site.zones.keys()].join(', ')}`,
        );
      }
      for (const r of ranges) targets[r.text] = [...(targets[r.text] ?? []), ...names];
    }
    for (const [range, names] of site.probeTargets) targets[range] = [...(targets[range] ?? []), ...names];
    const report = await probeHost(host, {
      catalog,
      resolve: staticResolver(options.resolve ?? {}, env.resolve),
      targets,
      from,
      token,
      timeout: options.timeout ?? 2000,
      concurrency: options.concurrency ?? 64,
      rate: options.rate ?? 200,
      progress: options.progress,
    });
    if (!allOpen(report)) scope.findings();
    return report;
  });
}

/** The listener's token, checked to be well-formed and from a listener on this host. */
function tokenFor(text: string, host: string): ListenToken {
  const token = decodeToken(text);
  if (typeof token === 'string')
    usageError(`--token: ${token}`, 'pass the line `portcullis listen` printed, e.g. --token pc1.eyJ...');
  if (token.host !== host) {
    usageError(
      `--token is from a listener on "${token.host}", not "${host}"`,
      `use --host ${token.host}, or the token of ${host}'s listener`,
    );
  }
  return token;
}
