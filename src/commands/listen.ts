import { isValidCidr } from '../net/addresses.js';
import { encodeToken } from '../probe/listen-token.js';
import { inboundPorts, startListeners, type Listening, type ListenPort } from '../probe/listener.js';
import { localBindAddresses } from '../probe/local-addresses.js';
import type { Unprobed } from '../probe/probe-types.js';
import type { CommandEnv } from './environment.js';
import { hostOf, loadPlan, type SiteInput } from './load-plan.js';
import { runCommand, usageError, type Outcome } from './outcome.js';

export interface ListenRequest extends SiteInput {
  host: string;
  /** How long to listen, in seconds (the environment's signal stops it sooner). */
  seconds: number;
  /** Addresses to listen on (default: the host's planned addresses found on this machine, else every address). */
  bind?: readonly string[];
}

/** What `listen` holds while it runs: told to `onReady` once the ports are bound. */
export interface ListenReady {
  /** The addresses bound; empty when none of the planned ones is on this machine (every address). */
  bind: string[];
  listening: ListenPort[];
  real: ListenPort[];
  failed: Listening['failed'];
  skipped: Unprobed[];
  /** The line to pass to `probe --token` on the other side. */
  token: string;
}

/**
 * `portcullis listen` (pair mode, on the host): temporary listeners on its planned inbound ports
 * that nothing uses, until `seconds` pass or the environment's signal aborts. Exit 1 when a port
 * could not be bound.
 */
export function listen(
  options: ListenRequest,
  env: CommandEnv,
  onReady: (ready: ListenReady) => void,
): Promise<Outcome<ListenReady>> {
  return runCommand(async (scope) => {
    const { plan } = loadPlan(scope, env, options);
    const host = hostOf(plan, options.host);
    const given = options.bind ?? [];
    for (const b of given)
      if (!isValidCidr(b) || b.includes('/'))
        usageError(`--bind "${b}" is not an address`, 'e.g. --bind 198.51.100.25');
    const bind = given.length > 0 ? [...given] : localBindAddresses(host.addresses);
    const { ports, skipped } = inboundPorts(host);
    if (ports.length === 0) {
      usageError(
        `host ${host.name} has no planned inbound TCP or UDP port`,
        'nothing to listen on; probe its outbound flows with portcullis probe',
      );
    }
    const l = await startListeners(host, ports, { bind: bind.length > 0 ? bind : ['::'] });
    const ready: ListenReady = {
      bind,
      listening: l.listening,
      real: l.real,
      failed: l.failed,
      skipped,
      token: encodeToken(l.token),
    };
    try {
      onReady(ready);
      await env.sleep(options.seconds * 1000, env.signal);
    } finally {
      await l.close();
    }
    if (l.failed.length > 0) scope.findings();
    return ready;
  });
}
