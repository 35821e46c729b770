import type { AuditReport } from '../audit/audit-ruleset.js';
import { formatPortRange } from '../net/port-ranges.js';
import { table } from './render-plan-table.js';

/** The audit as text: required flows first, then exposure, then dead rules. */
export function renderAudit(r: AuditReport): string {
  const out: string[] = [];
  const s = r.summary;
  out.push(`audit of ${r.host}: ${r.ruleset.rules} rules in ${r.ruleset.files.join(', ')}`);
  out.push(`required flows: ${s.required}, open ${s.open}, blocked ${s.blocked}, partial ${s.partial}; exposure ${s.exposed}; dead rules ${s.dead}${s.approximate ? `; ${s.approximate} approximate (rate limits, marks, interfaces ...)` : ''}`);
  const what = (ports: [number, number][] | null, types: number[] | null): string => (ports ? ports.map((p) => formatPortRange(p)).join(',') : types === null ? 'all' : types.join(','));
  out.push('', 'required flows:');
  out.push(...table(['VERDICT', 'DIR', 'PROTO', 'PORTS/TYPES', 'PEERS', 'DECIDED BY (line)'], r.flows.map((f) => [f.verdict + (f.approximate ? '?' : ''), f.direction, f.protocol, what(f.ports, f.icmpTypes), [...f.peers, ...f.unjudged].join(' '), f.decidedBy.map((d) => d.line).join(',')])).map((l) => `  ${l}`));
  const seen = new Set<string>();
  for (const f of r.flows.filter((x) => x.verdict !== 'open')) {
    for (const n of f.notOpen) {
      const line = `    ${f.direction} ${f.protocol} ${what(f.ports, f.icmpTypes)}: ${n.leg} refused for ${what(n.ports, n.icmpTypes)} from/to ${n.peers.slice(0, 6).join(' ')}${n.peers.length > 6 ? ` (+${n.peers.length - 6} more)` : ''}`;
      if (!seen.has(line)) out.push(line);
      seen.add(line);
    }
  }
  if (r.exposure.length > 0) {
    out.push('', 'exposure (accepted for new connections beyond the plan):');
    out.push(...table(['DIR', 'PROTO', 'PORTS/TYPES', 'PEERS', 'DECIDED BY (line)'], r.exposure.map((e) => [e.direction, e.protocol + (e.approximate ? '?' : ''), what(e.ports, e.icmpTypes), e.peers.slice(0, 4).join(' ') + (e.peers.length > 4 ? ` (+${e.peers.length - 4})` : ''), e.decidedBy.map((d) => d.line).join(',')])).map((l) => `  ${l}`));
  }
  if (r.deadRules.length > 0) {
    out.push('', 'dead rules:');
    for (const d of r.deadRules) out.push(`  ${d.file}:${d.line}: ${d.reason}: ${d.text}`);
  }
  return `${out.join('\n')}\n`;
}
