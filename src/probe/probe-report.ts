import type { ProbeResult, Unprobed } from './probe-types.js';

/** SPEC.md's `probe --json` shape (checks come with the SMTP integrity check). */
export interface ProbeReport {
  host: string;
  results: ProbeResult[];
  checks: { name: string; status: 'pass' | 'fail' | 'skipped'; detail: string }[];
  unprobed: Unprobed[];
  summary: { probed: number; open: number; closed: number; filtered: number; openFiltered: number; unprobed: number };
}

export function probeReport(host: string, results: ProbeResult[], unprobed: Unprobed[]): ProbeReport {
  const count = (s: string): number => results.filter((r) => r.state === s).length;
  return {
    host,
    results,
    checks: [],
    unprobed,
    summary: { probed: results.length, open: count('open'), closed: count('closed'), filtered: count('filtered'), openFiltered: count('open|filtered'), unprobed: unprobed.length },
  };
}

/** True when every probed flow is open (the exit code's question). */
export function allOpen(r: ProbeReport): boolean {
  return r.results.every((x) => x.state === 'open') && r.checks.every((c) => c.status !== 'fail');
}
