import type { AuditReport } from '../audit/audit-ruleset.js';
import { cidrsOf, describeAddresses } from '../net/addresses.js';
import { formatPortRange, type PortRange } from '../net/port-ranges.js';
import { table } from './render-plan-table.js';
import { count } from './count.js';

/** The audit as text: required flows first, then exposure, then dead rules. */
export function renderAudit(r: AuditReport): string {
  const out: string[] = [];
  const s = r.summary;
  out.push(`audit of ${r.host}: ${count(r.ruleset.rules, 'rule')} in ${r.ruleset.files.join(', ')}`);
  out.push(
    `required flows: ${s.required}, open ${s.open}, blocked ${s.blocked}, partial ${s.partial}${s.notJudged ? `, not judged ${s.notJudged}` : ''}; exposure ${s.exposed}; dead rules ${s.dead}; redundant ${s.redundant}${s.approximate ? `; ${s.approximate} approximate (marked ?)` : ''}`,
  );
  const what = (ports: [number, number][] | null, types: number[] | null): string =>
    ports ? ports.map((p) => formatPortRange(p)).join(',') : types === null ? 'all' : rangesOf(types);
  const multi = r.ruleset.files.length > 1;
  const where = (d: { file: string; line: number }): string =>
    multi ? `${d.file.split('/').pop()}:${d.line}` : String(d.line);
  for (const n of r.notJudged) out.push(`not judged: ${n}`);
  out.push('', 'required flows:');
  out.push(
    ...table(
      ['VERDICT', 'DIR', 'PROTO', 'PORTS/TYPES', 'PEERS', 'DECIDED BY (line)'],
      r.flows.map((f) => [
        f.verdict + (f.approximate ? '?' : '') + (f.refusedListed.length > 0 ? '*' : ''),
        f.direction,
        f.protocol,
        what(f.ports, f.icmpTypes),
        [peersText(f.peers), ...f.unjudged].filter((p) => p !== '').join('; '),
        f.decidedBy.map(where).join(','),
      ]),
    ).map((l) => `  ${l}`),
  );
  const seen = new Set<string>();
  for (const f of r.flows.filter((x) => x.refusedListed.length > 0))
    out.push(
      `    * ${f.direction} ${f.protocol} ${what(f.ports, f.icmpTypes)}: open, refused for ${count(f.refusedListed.length, 'listed address')} (${f.refusedListed.slice(0, 4).join(' ')}${f.refusedListed.length > 4 ? ' ...' : ''}): a ban list, not a gap (--fail-on bans counts it)`,
    );
  for (const f of r.flows.filter((x) => x.verdict !== 'open')) {
    for (const n of f.notOpen) {
      const line = `    ${f.direction} ${f.protocol} ${what(f.ports, f.icmpTypes)}: ${n.leg} refused for ${what(n.ports, n.icmpTypes)} from/to ${peersText(n.peers, 6)}`;
      if (!seen.has(line)) out.push(line);
      seen.add(line);
    }
  }
  if (r.exposure.length > 0) {
    out.push('', 'exposure (accepted for new connections beyond the plan):');
    out.push(
      ...table(
        ['DIR', 'PROTO', 'PORTS/TYPES', 'PEERS', 'DECIDED BY (line)'],
        r.exposure.map((e) => [
          e.direction,
          e.protocol + (e.approximate ? '?' : ''),
          what(e.ports, e.icmpTypes) +
            (e.sourcePorts ? ` ${sourcePortsText(e.sourcePorts)}` : '') +
            (e.rewrittenTo ? ` -> ${e.rewrittenTo.to || '?'}` : ''),
          peersText(e.peers),
          e.decidedBy.map(where).join(','),
        ]),
      ).map((l) => `  ${l}`),
    );
  }
  // Where nat sends what it rewrites: both ends named, and the rules on each side.
  const rewritten = r.exposure.filter((e) => e.rewrittenTo);
  if (rewritten.length > 0) {
    out.push('', 'rewritten by nat (DNAT, REDIRECT), as the connections arrive and where they go:');
    for (const e of rewritten) {
      const n = e.rewrittenTo!;
      const dest =
        n.via === 'host'
          ? `this host (${n.addresses.join(' ')})${n.ports ? ` port ${n.ports.map((p) => formatPortRange(p)).join(',')}` : ''}`
          : n.via === 'forward'
            ? `${n.to}, forwarded (to ${n.addresses.join(' ')})`
            : `${n.to || 'a destination the rule computes'} (not followed)`;
      const after = e.decidedBy.filter((d) => d.line !== n.rule.line || d.file !== n.rule.file).map(where);
      out.push(
        `  ${e.direction} ${e.protocol} ${what(e.ports, e.icmpTypes)} on ${n.hostAddresses.join(' ')} -> ${dest}: rewritten by line ${n.rule.line}${after.length > 0 ? `, accepted by ${after.join(',')}` : ''}`,
      );
    }
  }
  // What made each "?" claim approximate: the rules whose match the text cannot decide.
  const reasons = new Map<string, { where: string; text: string; why: string; claims: string[] }>();
  const because = (list: readonly { file: string; line: number; text: string; why: string }[], claim: string): void => {
    for (const a of list) {
      const key = `${a.file}:${a.line}`;
      let entry = reasons.get(key);
      if (!entry) reasons.set(key, (entry = { where: `${a.file}:${a.line}`, text: a.text, why: a.why, claims: [] }));
      if (!entry.claims.includes(claim)) entry.claims.push(claim);
    }
  };
  for (const f of r.flows)
    because(f.approximateBecause, `flow ${f.direction} ${f.protocol} ${what(f.ports, f.icmpTypes)}`);
  for (const e of r.exposure)
    because(e.approximateBecause, `exposure ${e.direction} ${e.protocol} ${what(e.ports, e.icmpTypes)}`);
  if (reasons.size > 0) {
    out.push('', 'approximate (marked ?): these rules may or may not match, and both were followed:');
    for (const a of reasons.values()) {
      const claims = a.claims.length > 4 ? [...a.claims.slice(0, 4), `${a.claims.length - 4} more`] : a.claims;
      out.push(`  ${a.where}: ${a.text}`, `    ${a.why}; affects ${claims.join(', ')}`);
    }
  }
  if (r.deadRules.length > 0) {
    out.push('', 'dead rules:');
    for (const d of r.deadRules) out.push(`  ${d.file}:${d.line}: ${d.reason}: ${d.text}`);
  }
  if (r.redundantRules.length > 0) {
    out.push('', 'redundant rules (removing one changes no verdict):');
    for (const d of r.redundantRules) out.push(`  ${d.file}:${d.line}: ${d.text}`);
  }
  if (r.warnings.length > 0) out.push('', ...r.warnings.map((w) => `warning: ${w}`));
  if (r.ruleset.format !== 'iptables-save')
    out.push(
      '',
      'nft JSON: a line number is the position in the "nftables" array; the text names table, chain and handle.',
    );
  return `${out.join('\n')}\n`;
}

/**
 * Addresses as a person reads them: the shorter of the list and "every address except" its
 * complement, per family, with the first few CIDRs and how many more ("every IPv4 address
 * except 198.51.100.77 192.0.2.1 (+1 more)"); "no one" for none. The JSON report has them all.
 */
function peersText(peers: readonly string[], shown = 4): string {
  if (peers.length === 0) return 'no one';
  return describeAddresses(cidrsOf(peers), ' ', shown)
    .map((text) => (text === '0.0.0.0/0' ? 'every IPv4 address' : text === '::/0' ? 'every IPv6 address' : text))
    .join('; ');
}

/** `0-133,137-255` for a list of numbers. */
function rangesOf(values: number[]): string {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return out.join(',');
}

/** The client ports an accept is conditioned on, the shorter way: "from port 5432" or "from any port except 5432". */
function sourcePortsText(ranges: readonly PortRange[]): string {
  const rest: PortRange[] = [];
  let next = 0;
  for (const [lo, hi] of ranges) {
    if (lo > next) rest.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= 65535) rest.push([next, 65535]);
  const list = (l: readonly PortRange[]): string => l.map((p) => formatPortRange(p)).join(',');
  return rest.length < ranges.length ? `from any port except ${list(rest)}` : `from port ${list(ranges)}`;
}
