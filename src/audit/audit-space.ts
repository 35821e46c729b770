import type { Cube } from '../algebra/cube.js';
import { Space } from '../algebra/space.js';
import type { FwRule, FwRuleset, MatchContext, Side } from '../rulesets/firewall-model.js';

/**
 * One interface name per class of interfaces the ruleset tells apart: each name it mentions,
 * a name for each wildcard prefix that no literal takes, and one that matches none of them.
 * A packet has one interface, so walking each class covers every packet exactly, and an
 * interface match is then decided rather than uncertain.
 */
export function interfaceClasses(rs: FwRuleset, iface: string | null): string[] {
  // Every host talks to itself over lo whatever interface its peers use: `-i lo -j ACCEPT` is
  // never dead (LMTP, amavis and local submission go through it).
  if (iface !== null) return iface === 'lo' ? [iface] : [iface, 'lo'];
  let list = rs.memo.interfaceClasses;
  if (!list) {
    const names = new Set<string>();
    for (const t of rs.tables)
      for (const c of t.chains.values())
        for (const r of c.rules)
          for (const n of r.interfaces) names.add(n.endsWith('+') ? `${n.slice(0, -1)}\u0001` : n);
    names.add('\u0001other');
    rs.memo.interfaceClasses = list = [...names];
  }
  return list;
}

/**
 * The space an audit computes in: the bounds of every rule and of the questions the audit asks
 * (`queries`). A rule's field values do not depend on the context it is read in: the context
 * only decides whether an interface or an uncertain match applies (the loose reading takes every
 * uncertain match) and which end an address or port is (both ends share one axis). So a rule is
 * read once, inbound, in the loose reading; a rule that names an interface is also read on both
 * sides in each interface class (where `! -i lo` applies and the loose reading does not).
 */
export function auditSpace(
  rulesets: readonly FwRuleset[],
  family: 4 | 6,
  iface: string | null,
  queries: Iterable<Cube>,
): Space {
  const space = new Space(family);
  const add = (m: readonly Cube[]): void => {
    for (const c of m) space.add(c);
  };
  for (const rs of rulesets) {
    const classes = interfaceClasses(rs, iface);
    const loose = (side: Side): MatchContext => ({ family, side, iface, assumeOpaque: true, loopback: true });
    const read = (r: FwRule, sides: readonly Side[]): void => {
      for (const side of sides) {
        add(r.match(loose(side)));
        if (r.interfaces.length === 0) continue;
        add(r.match({ ...loose(side), loopback: false }));
        for (const name of classes) add(r.match({ ...loose(side), iface: name }));
      }
    };
    for (const t of rs.tables)
      for (const c of t.chains.values())
        for (const r of c.rules) read(r, r.interfaces.length > 0 ? ['in', 'out'] : [c.side ?? 'in']);
    for (const side of ['in', 'out'] as Side[]) for (const r of rs.rewrites(family, side)) read(r, [side]);
  }
  for (const q of queries) space.add(q);
  return space.seal();
}
