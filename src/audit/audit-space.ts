import type { Cube } from '../algebra/cube.js';
import { Space } from '../algebra/space.js';
import type { FwRule, FwRuleset, MatchContext, Side } from '../rulesets/firewall-model.js';

/**
 * One interface name per class of interfaces the ruleset tells apart: each name it mentions,
 * a name for each wildcard prefix that no literal takes, one that matches none of them, and
 * `lo` (every host talks to itself over lo: `-i lo -j ACCEPT` is never dead, LMTP and amavis
 * go through it). A packet has one interface, so walking each class covers every packet
 * exactly, and an interface match is then decided rather than uncertain. The host's own
 * interface (`iface`), when given, is one more name: rules for the other interfaces still
 * carry traffic (a container bridge, a second network), so they are never read as dead.
 */
export function interfaceClasses(rs: FwRuleset, iface: string | null): string[] {
  let list = rs.memo.interfaceClasses;
  if (!list) {
    const names = new Set<string>(['lo']);
    for (const t of rs.tables)
      for (const c of t.chains.values())
        for (const r of c.rules)
          for (const n of r.interfaces) names.add(n.endsWith('+') ? `${n.slice(0, -1)}\u0001` : n);
    names.add('\u0001other');
    rs.memo.interfaceClasses = list = [...names];
  }
  return iface === null || list.includes(iface) ? list : [...list, iface];
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
    // Rules whose reading depends on the interface (an interface match, addrtype on loopback).
    const reads = (r: FwRule): boolean => r.interfaces.length > 0 || r.match.varies === true;
    const read = (r: FwRule, sides: readonly Side[]): void => {
      for (const side of sides) {
        add(r.match(loose(side)));
        if (!reads(r)) continue;
        // A forwarded packet has both interfaces (`-i eth0 -o docker0`): read that way too.
        if (side === 'in') add(r.match({ ...loose(side), loopback: false, forward: { outIface: null } }));
        add(r.match({ ...loose(side), loopback: false }));
        for (const name of classes) add(r.match({ ...loose(side), iface: name }));
      }
    };
    for (const t of rs.tables)
      for (const c of t.chains.values()) for (const r of c.rules) read(r, reads(r) ? ['in', 'out'] : [c.side ?? 'in']);
    for (const side of ['in', 'out'] as Side[]) for (const r of rs.rewrites(family, side)) read(r, [side]);
  }
  for (const q of queries) space.add(q);
  return space.seal();
}
