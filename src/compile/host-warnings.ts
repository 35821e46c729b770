import type { Capabilities, Target } from '../backends/backend.js';
import { diagnosticAt, type Diagnostic } from '../diagnostics/diagnostic.js';
import { portInRanges } from '../net/port-ranges.js';
import type { HostPlan } from '../plan/plan-types.js';

/** The DNS port: a host that cannot reach it cannot resolve a name (a mail server, an MX record). */
const DNS_PORT = 53;

/**
 * What a host would lose under these rules without anyone having said so: its administrators'
 * way in (the next SSH login after loading the rules fails), and DNS (deny-all outbound). Each is
 * a warning at the host's line, naming the host and the fix.
 */
export function hostWarnings(target: Target, caps: Capabilities, host: HostPlan): Diagnostic[] {
  const out: Diagnostic[] = [];
  const m = caps.management;
  const reaches = (direction: 'in' | 'out', protocols: readonly string[], ports: readonly number[]): boolean =>
    host.rules.some(
      (r) =>
        r.direction === direction &&
        protocols.includes(r.protocol) &&
        r.ports !== null &&
        ports.some((p) => portInRanges(p, r.ports!)),
    );
  if (m && !reaches('in', ['tcp'], m.ports)) {
    out.push(
      diagnosticAt(
        host.origin,
        'NO_MANAGEMENT_ACCESS',
        'warning',
        `${target}, host ${host.name}: no planned flow reaches ${m.service} (tcp ${m.ports.join(',')}): loaded over ${m.service}, these rules end the session and the next login fails`,
        `let the administrators in with a site flow, e.g. flows: [{ from: ADMIN-ZONE, to: ${host.name}, tcp: ${m.ports[0]}, why: administration }]`,
      ),
    );
  }
  if (caps.denyOutbound && !reaches('out', ['udp', 'tcp'], [DNS_PORT])) {
    out.push(
      diagnosticAt(
        host.origin,
        'NO_DNS_FLOW',
        'warning',
        `${target}, host ${host.name}: no planned flow lets it ask DNS (port 53) and the rules refuse what they do not allow outbound: it cannot resolve names (a mail server cannot look up MX records)`,
        `add a site flow to your resolvers, e.g. flows: [{ from: ${host.name}, to: RESOLVERS, udp: 53, tcp: 53, why: DNS }]`,
      ),
    );
  }
  return out;
}
