import type { Capabilities, OutputFile, Target } from '../backends/backend.js';
import { describePlanRule } from '../backends/rule-text.js';
import { diagnosticAt, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Origin } from '../model/types.js';
import type { ForwardFilterRule, ForwardRuleset } from './forward-ruleset.js';
import type { FilterRule, HostRuleset } from './host-ruleset.js';

/** The unit a check is about, for messages and for diagnostics without a flow of their own. */
interface Unit {
  what: string;
  origin: Origin;
}

/**
 * A host's ruleset against what the target can express: the first thing it cannot is an error
 * at the line of the flow that needs it (TARGET_CANNOT_EXPRESS); nothing is rendered then.
 */
export function checkHostRuleset(target: Target, caps: Capabilities, rs: HostRuleset, unit: Unit): Diagnostic[] {
  const describe = (r: FilterRule, type: number): string => {
    const planned = rs.planned.find((p) => p.protocol === r.protocol && p.icmpTypes?.includes(type));
    return planned ? describePlanRule(planned, rs.host) : r.comment;
  };
  const limit = caps.hostEntryLimit?.(rs) ?? null;
  return [
    ...firstOf([
      icmpTypes(target, caps, rs.rules, describe, unit),
      limit ? cannot(target, unit, unit.origin, limit.message, limit.hint) : null,
    ]),
    ...widened(target, caps, rs.rules, unit),
  ];
}

/** A network firewall's ruleset against what the target can express (see checkHostRuleset). */
export function checkForwardRuleset(target: Target, caps: Capabilities, rs: ForwardRuleset, unit: Unit): Diagnostic[] {
  const names = caps.interfaceNames;
  const badInterface = names ? rs.interfaces.find((i) => !names.pattern.test(i.name)) : undefined;
  const limit = caps.entryLimit?.(rs) ?? null;
  return firstOf([
    sameInterfaceIds(target, caps, rs, unit),
    names && badInterface
      ? cannot(target, unit, badInterface.origin, names.message(badInterface.name), names.hint)
      : null,
    icmpTypes(target, caps, rs.rules, (r) => r.comment, unit),
    limit ? cannot(target, unit, unit.origin, limit.message, limit.hint) : null,
  ]).concat(widened(target, caps, rs.rules, unit));
}

/**
 * Return traffic a target writes wider than planned because it cannot match source ports or TCP
 * flags: not an error (the target's accepted workaround, said in its files), but said here too.
 */
function widened(
  target: Target,
  caps: Capabilities,
  rules: readonly (FilterRule | ForwardFilterRule)[],
  unit: Unit,
): Diagnostic[] {
  const lost = [
    !caps.sourcePorts && rules.some((r) => r.sports !== null) ? 'source ports' : null,
    !caps.tcpFlags && rules.some((r) => r.tcpReply) ? 'TCP flags' : null,
  ].filter((x) => x !== null);
  if (lost.length === 0) return [];
  return [
    diagnosticAt(
      unit.origin,
      'TARGET_WIDENS',
      'warning',
      `${target}, ${unit.what}: return traffic is allowed by destination (client) port alone; the target cannot match ${lost.join(' or ')}`,
      'filter each host with its own rules as well (compile --host HOST), or use a target with connection tracking',
    ),
  ];
}

/** Two interfaces whose names the target turns into one identifier (an ACL name, a resource id). */
function sameInterfaceIds(target: Target, caps: Capabilities, rs: ForwardRuleset, unit: Unit): Diagnostic | null {
  const ids = caps.interfaceIds;
  if (!ids) return null;
  // Every name each interface gives (an ACL and its IPv6 and staging ACLs), against every other's.
  const names = rs.interfaces.flatMap((i) => {
    const id = ids.id(rs.firewall, i.name);
    return (ids.variants?.(id) ?? [id]).map((name) => ({ iface: i, name }));
  });
  const found = firstClash(names, (n) => n.name);
  const clash =
    found && found[0].iface !== found[1].iface ? ([found[0].iface, found[1].iface, found[2]] as const) : null;
  if (!clash) return null;
  const [first, second, id] = clash;
  const message = `interfaces ${first.name} and ${second.name} both give ${ids.what} ${id}: the second would replace the first`;
  return cannot(
    target,
    unit,
    second.origin,
    message,
    'rename one interface so that the names differ in letters and digits',
  );
}

/** The first two items with one key, and the key. */
function firstClash<T>(items: readonly T[], key: (item: T) => string): [T, T, string] | null {
  const seen = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const other = seen.get(k);
    if (other !== undefined) return [other, item, k];
    seen.set(k, item);
  }
  return null;
}

/** A rule whose ICMP type the target has no name for. */
function icmpTypes<R extends FilterRule | ForwardFilterRule>(
  target: Target,
  caps: Capabilities,
  rules: readonly R[],
  describe: (r: R, type: number) => string,
  unit: Unit,
): Diagnostic | null {
  const known = caps.icmpTypes;
  if (!known) return null;
  for (const r of rules) {
    if ((r.protocol !== 'icmp' && r.protocol !== 'icmpv6') || r.icmpTypes === null) continue;
    const protocol = r.protocol;
    const type = r.icmpTypes.find((t) => !known.named(protocol, t));
    if (type === undefined) continue;
    const message = `${target} has no name for ${protocol} type ${type} (flow ${describe(r, type)})`;
    return cannot(target, unit, r.because[0]?.origin ?? unit.origin, message, known.hint(type));
  }
  return null;
}

function cannot(target: Target, unit: Unit, origin: Origin, message: string, hint: string): Diagnostic {
  return diagnosticAt(origin, 'TARGET_CANNOT_EXPRESS', 'error', `${target}, ${unit.what}: ${message}`, hint);
}

function firstOf(found: (Diagnostic | null)[]): Diagnostic[] {
  const first = found.find((d) => d !== null);
  return first ? [first] : [];
}

/**
 * Two files of one compile whose names differ only in case (or not at all): on macOS and Windows
 * file systems, and in one `--out` directory anywhere, the second would replace the first. A file
 * that several units share (the same name and the same text, AWS's variables) is one file.
 */
export function sameFileNames(
  target: Target,
  units: readonly { what: string; origin: Origin; files: readonly OutputFile[] }[],
): Diagnostic[] {
  const seen = new Map<string, { what: string; name: string; content: string }>();
  for (const u of units) {
    for (const f of u.files) {
      const key = f.name.toLowerCase();
      const other = seen.get(key);
      if (other && other.name === f.name && other.content === f.content) continue;
      if (other) {
        const who = other.what === u.what ? `${u.what} writes` : `${other.what} and ${u.what} write`;
        const message = `${target}: ${who} ${other.name}${other.name === f.name ? ' twice' : ` and ${f.name}`}, one file where names are compared without case`;
        return [
          diagnosticAt(
            u.origin,
            'TARGET_CANNOT_EXPRESS',
            'error',
            message,
            'rename one of them so that the names differ in more than case',
          ),
        ];
      }
      seen.set(key, { what: u.what, name: f.name, content: f.content });
    }
  }
  return [];
}

/** Two hosts (or firewalls) of one compile whose names the target turns into one identifier. */
export function sameUnitIds(
  target: Target,
  caps: Capabilities,
  units: readonly { name: string; what: string; origin: Origin }[],
): Diagnostic[] {
  const ids = caps.unitIds;
  const clash = ids ? firstClash(units, (u) => ids.id(u.name)) : null;
  if (!ids || !clash) return [];
  const [first, second, id] = clash;
  const message = `${target}: ${first.what} and ${second.what} both give ${ids.what} ${id}: the second would replace the first`;
  const hint = 'rename one so that the names differ in letters and digits';
  return [diagnosticAt(second.origin, 'TARGET_CANNOT_EXPRESS', 'error', message, hint)];
}
