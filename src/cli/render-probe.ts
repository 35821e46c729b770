import type { ProbeReport } from '../probe/probe-report.js';
import { table } from './render-plan-table.js';

/** The probe results as text: one line per probe, then what was not probed, then the summary. */
export function renderProbe(r: ProbeReport): string {
  const out: string[] = [];
  out.push(`probe of ${r.host}${r.from !== r.host ? ` from ${r.from}` : ''}: ${r.summary.probed} probes`);
  out.push(
    ...table(
      ['STATE', 'DIR', 'PROTO', 'PORT', 'TARGET', 'METHOD', 'RTT', 'DETAIL'],
      r.results.map((x) => [
        x.state,
        x.direction,
        x.protocol,
        String(x.port),
        x.target,
        x.method,
        x.rttMs === null ? '-' : `${x.rttMs} ms`,
        x.detail,
      ]),
    ).map((l) => `  ${l}`),
  );
  if (r.unprobed.length > 0) {
    out.push('', 'not probed:');
    for (const u of r.unprobed)
      out.push(`  ${u.direction} ${u.protocol} ${u.ports || '-'} to ${u.peers.join(' ')}: ${u.why}`);
  }
  for (const c of r.checks) out.push(`check ${c.name}: ${c.status}${c.detail ? ` (${c.detail})` : ''}`);
  const s = r.summary;
  out.push(
    '',
    `open ${s.open}, closed ${s.closed}, filtered ${s.filtered}, open|filtered ${s.openFiltered}; not probed ${s.unprobed}`,
  );
  return `${out.join('\n')}\n`;
}

/** A one-line progress bar for a terminal (carriage return, no newline). */
export function progressBar(done: number, total: number, width = 30): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}
