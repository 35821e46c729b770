import type { Cube } from '../algebra/cube.js';
import { Space } from '../algebra/space.js';
import type { FwRuleset, MatchContext, Side } from './firewall-model.js';

/**
 * One interface name per class of interfaces the ruleset tells apart: each name it mentions,
 * a name for each wildcard prefix that no literal takes, and one that matches none of them.
 * A packet has one interface, so walking each class covers every packet exactly, and an
 * interface match is then decided rather than uncertain.
 */
export function interfaceClasses(rs: FwRuleset, iface: string | null): string[] {
  if (iface !== null) return [iface];
  const names = new Set<string>();
  for (const t of rs.tables) for (const c of t.chains.values()) for (const r of c.rules) for (const n of r.interfaces) names.add(n.endsWith('+') ? `${n.slice(0, -1)}\u0001` : n);
  names.add('\u0001other');
  return [...names];
}

/**
 * Every context an audit reads rules in, for one family: the host's flows and exposure (on the
 * given interface, or any), and the dead-rule walks (each interface class, loopback included),
 * each in both readings of uncertain matches.
 */
export function auditContexts(rulesets: readonly FwRuleset[], family: 4 | 6, iface: string | null): MatchContext[] {
  const classes = [...new Set(rulesets.flatMap((rs) => interfaceClasses(rs, iface)))];
  const out: MatchContext[] = [];
  for (const side of ['in', 'out'] as Side[]) {
    for (const assumeOpaque of [false, true]) {
      out.push({ family, side, iface, assumeOpaque }, { family, side, iface, assumeOpaque, loopback: true });
      for (const name of classes) out.push({ family, side, iface: name, assumeOpaque, loopback: true });
    }
  }
  return out;
}

/**
 * The space an audit computes in: the bounds of every rule in every context it reads them in
 * (nat rewrites included) and of the questions it asks (`queries`).
 */
export function auditSpace(rulesets: readonly FwRuleset[], family: 4 | 6, iface: string | null, queries: Iterable<Cube>): Space {
  const space = new Space(family);
  const seen = new Set<readonly Cube[]>();
  const add = (m: readonly Cube[]): void => {
    if (seen.has(m)) return;
    seen.add(m);
    for (const c of m) space.add(c);
  };
  for (const ctx of auditContexts(rulesets, family, iface)) {
    for (const rs of rulesets) {
      for (const t of rs.tables) for (const c of t.chains.values()) for (const r of c.rules) add(r.match(ctx));
      for (const r of rs.rewrites(family, ctx.side)) add(r.match(ctx));
    }
  }
  for (const q of queries) space.add(q);
  return space.seal();
}
