import type { ProbeResult, ProbeSpec } from './probe-types.js';
import { smtpDifferences } from './smtp.js';

/** One `smtp-unaltered` verdict, for one SMTP port of one target. */
export interface SmtpCheck {
  name: 'smtp-unaltered';
  status: 'pass' | 'fail' | 'skipped';
  detail: string;
  direction: 'in' | 'out';
  target: string;
  port: number;
}

/**
 * The smtp-unaltered check of every SMTP probe: the tamper signs in what came through, and the
 * differences from the expected dialogue where one is known (pair mode). A port that did not
 * open is `skipped` (its state already fails the run).
 */
export function smtpChecks(specs: readonly ProbeSpec[], results: readonly ProbeResult[]): SmtpCheck[] {
  const out: SmtpCheck[] = [];
  results.forEach((r, i) => {
    if (r.method !== 'smtp') return;
    const spec = specs[i]!;
    const at = { name: 'smtp-unaltered' as const, direction: r.direction, target: r.target, port: r.port };
    if (!r.smtp)
      return void out.push({ ...at, status: 'skipped', detail: `${r.target}:${r.port} is ${r.state}: no dialogue` });
    const diffs = smtpDifferences(r.smtp, spec.expected);
    const basis = spec.expected
      ? 'compared with the expected dialogue'
      : 'no reference dialogue: signs of rewriting only';
    out.push({
      ...at,
      status: diffs.length > 0 ? 'fail' : 'pass',
      detail: `${r.target}:${r.port}: ${diffs.length > 0 ? diffs.join('; ') : 'unaltered'} (${basis})`,
    });
  });
  return out;
}
