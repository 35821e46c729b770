import type { ProbeResult, Unprobed } from './probe-types.js';
import type { SmtpCheck } from './smtp-check.js';

/** SPEC.md's `probe --json` shape, with what was not probed. */
export interface ProbeReport {
  host: string;
  results: ProbeResult[];
  /** Where the probe ran from: `host` (outbound), or the peer zone of `probe --from`. */
  from: string;
  checks: SmtpCheck[];
  unprobed: Unprobed[];
  summary: { probed: number; open: number; closed: number; filtered: number; openFiltered: number; unprobed: number };
}

export function probeReport(
  host: string,
  from: string,
  results: ProbeResult[],
  unprobed: Unprobed[],
  checks: SmtpCheck[],
): ProbeReport {
  const count = (s: string): number => results.filter((r) => r.state === s).length;
  return {
    host,
    from,
    results,
    checks,
    unprobed,
    summary: {
      probed: results.length,
      open: count('open'),
      closed: count('closed'),
      filtered: count('filtered'),
      openFiltered: count('open|filtered'),
      unprobed: unprobed.length,
    },
  };
}

/** True when every probed flow is open (the exit code's question). */
export function allOpen(r: ProbeReport): boolean {
  return r.results.every((x) => x.state === 'open') && r.checks.every((c) => c.status !== 'fail');
}
