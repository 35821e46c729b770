import { TARGET_DESCRIPTIONS } from './targets.js';
import type { ForwardRuleset } from '../compile/forward-ruleset.js';
import type { FilterRule, FqdnSet, HostRuleset, Remote } from '../compile/host-ruleset.js';
import { cidrAddressText, type Cidr, type Family } from '../net/addresses.js';
import { NDP_TYPES } from '../net/icmp-types.js';
import { formatPortRange, type PortRange } from '../net/port-ranges.js';
import type { Backend, Rendered } from './backend.js';
import { dnsSyncCron } from './dns-sync-unit.js';
import { addressesNote, addressList, remoteCidrs, networksNote, syncedNote } from './rule-text.js';
import { safeComment } from './safe-comment.js';
import { EXCEPT_HEADER, ExceptSets, exceptNote } from './except-sets.js';
import { capabilities, interfaceNames } from './capabilities.js';

/**
 * pf (OpenBSD, FreeBSD, macOS): a pf.conf ruleset, stateful (`keep state`), default deny.
 * Peers with several addresses become `const` tables; a host's DNS names become `persist`
 * tables that portcullis dns-sync fills (a network firewall's: `const` tables of the addresses
 * they had at compile time). pf tracks state itself, so no return traffic is derived, whatever the site says.
 */
export const pfBackend: Backend = {
  target: 'pf',
  description: TARGET_DESCRIPTIONS['pf'],
  suffixes: ['.pf.conf'],
  capabilities: {
    host: capabilities({ tracking: 'stateful', dnsNames: 'synced' }),
    firewall: capabilities({
      tracking: 'stateful',
      dnsNames: 'addresses',
      interfaceNames: interfaceNames(
        /^[A-Za-z][A-Za-z0-9_.]{0,15}$/,
        'pf takes interface names as ifconfig shows them (em0, vlan12)',
      ),
    }),
  },
  loadCommand: (name) => `pfctl -nf ${name}.pf.conf && pfctl -f ${name}.pf.conf`,
  renderHost(rs: HostRuleset): Rendered {
    // A host's DNS-named peers: a table per name and family that portcullis dns-sync fills.
    const tables = new Tables(rs.sets, rs.own, true);
    const rules = selfRules(rs, tables);
    const head = header(
      `host ${rs.host} of site ${rs.site} (${addressList(rs.addresses)})`,
      `pfctl -f ${rs.host}.pf.conf (replaces the main ruleset; check first with pfctl -nf)`,
    );
    const cron = rs.sets.length > 0 ? dnsSyncCron(rs) : null;
    if (cron)
      head.push(
        `# DNS-named peers (tables ${rs.sets.map((x) => `<${pfTable(x.name)}>`).join(', ')}): portcullis dns-sync on the host fills them (pfctl -T replace, atomic per table) and keeps them current; loading this file again resets them to the addresses below until its next run. Install ${cron.name} (its header says how).`,
        '# pf matches a packet of a connection it keeps state for before any rule: a refresh never cuts a connection.',
      );
    const body = [...head, ...tables.note(), ...tables.lines(), '', 'set skip on lo', 'block all', ...rules];
    return {
      files: [{ name: `${rs.host}.pf.conf`, content: `${body.join('\n')}\n` }, ...(cron ? [cron] : [])],
      ruleCount: rules.length + 1,
    };
  },
  renderFirewall(rs: ForwardRuleset): Rendered {
    const tables = new Tables([...rs.sets, ...(rs.self?.sets ?? [])], rs.own);
    const rules: string[] = [];
    for (const r of rs.rules) {
      const from = tables.ref(r.src, r.family);
      const to = tables.ref(r.dst, r.family);
      rules.push(passRule('in', r.iif, r, from, to));
      rules.push(passRule('out', r.oif, r, from, to));
    }
    const head = header(
      `network firewall ${rs.firewall} of site ${rs.site}`,
      `pfctl -f ${rs.firewall}.pf.conf (replaces the main ruleset; check first with pfctl -nf)`,
    );
    for (const i of rs.interfaces) head.push(`#   ${i.name}: ${safeComment(i.label)} (${networksNote(i.networks)})`);
    // The router's own traffic: passed, or, where the site names the host that is this router,
    // that host's rules and nothing else to or from the router (before the forward rules, whose
    // wide ends would otherwise take in the router's addresses).
    const own = rs.self
      ? [
          `# The router's own traffic follows the plan of host ${safeComment(rs.self.host)} (${addressList(rs.self.addresses)}); nothing else reaches it or leaves it.`,
          ...selfRules(rs.self, tables),
          'block in quick to self label "base: the router itself, not planned"',
          'block out quick from self label "base: the router itself, not planned"',
        ]
      : [
          "# The router's own traffic is not this ruleset's business: passed (name the router's host in the site, host:, to filter it).",
          'pass out quick from self keep state label "base: the router itself"',
          'pass in quick to self keep state label "base: the router itself"',
        ];
    const body = [...head, ...tables.note(), ...tables.lines(), '', 'set skip on lo', 'block all', ...own, ...rules];
    const ownCount = rs.self ? own.filter((l) => !l.startsWith('#')).length : 0;
    return {
      files: [{ name: `${rs.firewall}.pf.conf`, content: `${body.join('\n')}\n` }],
      ruleCount: rules.length + 1 + ownCount,
    };
  },
};

/** A host's pass rules (or a router's own): neighbour discovery, then each rule to or from self. */
function selfRules(rs: HostRuleset, tables: Tables): string[] {
  const rules: string[] = [];
  rules.push(
    `pass quick inet6 proto icmp6 icmp6-type { ${[NDP_TYPES.routerSolicit, NDP_TYPES.routerAdvert, NDP_TYPES.solicit, NDP_TYPES.advert].join(', ')} } keep state label "base: IPv6 neighbour discovery (RFC 4890)"`,
  );
  for (const r of rs.rules) {
    const remote = tables.ref(r.remote, r.family);
    const [from, to] = r.direction === 'in' ? [remote, 'self'] : ['self', remote];
    rules.push(passRule(r.direction, null, r, from, to));
  }
  return rules;
}

function header(what: string, load: string): string[] {
  return [
    `# portcullis: ${safeComment(what)}`,
    '# Stateful (keep state): pf tracks replies itself; default deny in and out.',
    `# Load with: ${safeComment(load)}`,
  ];
}

/** One pass rule; forward rules pass twice (in on the ingress, out on the egress interface). */
function passRule(
  dir: 'in' | 'out',
  iface: string | null,
  r: Pick<FilterRule, 'family' | 'protocol' | 'dports' | 'icmpTypes' | 'comment'>,
  from: string,
  to: string,
): string {
  const parts = [`pass ${dir} quick`];
  if (iface) parts.push(`on ${iface}`);
  const family = r.protocol === 'icmp' ? 4 : r.protocol === 'icmpv6' ? 6 : r.family;
  if (family !== null) parts.push(family === 4 ? 'inet' : 'inet6');
  parts.push(`proto ${r.protocol === 'icmpv6' ? 'icmp6' : r.protocol}`);
  parts.push(`from ${from} to ${to}`);
  if ((r.protocol === 'tcp' || r.protocol === 'udp') && r.dports) parts.push(`port ${portList(r.dports)}`);
  if (r.protocol === 'icmp' && r.icmpTypes) parts.push(`icmp-type ${list(r.icmpTypes.map(String))}`);
  if (r.protocol === 'icmpv6' && r.icmpTypes) parts.push(`icmp6-type ${list(r.icmpTypes.map(String))}`);
  if (r.protocol === 'tcp') parts.push('flags S/SA');
  parts.push(`keep state label "${safeComment(r.comment, 60)}"`);
  return parts.join(' ');
}

function portList(ranges: PortRange[]): string {
  return list(ranges.map((r) => formatPortRange(r, ':')));
}

function list(items: string[]): string {
  return items.length === 1 ? items[0]! : `{ ${items.join(', ')} }`;
}

/** The table of a host's DNS-named peer (`pc_fqdn4_0`), which dns-sync fills. */
export const pfTable = (set: string): string => `pc_${set}`;

/**
 * `const` tables: one per distinct address list, named pc_1, pc_2, ... `synced` (a host's own
 * file): a DNS name is a `persist` table of its own (`pfTable`) that dns-sync fills, seeded
 * with the addresses given at compile time (if any).
 */
class Tables {
  private readonly byKey = new Map<string, { name: string; addrs: string[]; note: string }>();
  readonly except: ExceptSets;
  constructor(
    private readonly sets: readonly FqdnSet[],
    own: readonly Cidr[],
    private readonly synced = false,
  ) {
    this.except = new ExceptSets(own);
  }

  ref(remote: Remote, _family: Family | null): string {
    if (this.synced && remote.kind === 'fqdn') return `<${pfTable(remote.set)}>`;
    if (remote.kind === 'cidrs') {
      const m = this.except.match(remote.cidrs);
      if (m.except) return `! <${m.set.name}>`;
    }
    const addrs = remoteCidrs(remote, this.sets);
    if (addrs === null) return 'any';
    if (remote.kind === 'cidrs' && addrs.length === 1) return addrs[0]!;
    const note = addressesNote(remote);
    const key = `${note}|${addrs.join(',')}`;
    let t = this.byKey.get(key);
    if (!t) {
      t = { name: `pc_${this.byKey.size + 1}`, addrs, note };
      this.byKey.set(key, t);
    }
    return `<${t.name}>`;
  }

  lines(): string[] {
    // Every table dns-sync fills is there, used by a rule or not: it finds what it looks for.
    const synced = this.synced
      ? this.sets.map((t) => {
          const seeds = t.addresses.map(cidrAddressText);
          return `table <${pfTable(t.name)}> persist${seeds.length > 0 ? ` { ${seeds.join(', ')} }` : ''} # ${safeComment(syncedNote(t.fqdn))}`;
        })
      : [];
    return [
      ...synced,
      ...this.except.sets.map(
        (t) => `table <${t.name}> const { ${t.cidrs.map((c) => c.text).join(', ')} } # ${safeComment(exceptNote(t))}`,
      ),
      ...[...this.byKey.values()].map(
        (t) => `table <${t.name}> const { ${t.addrs.join(', ')} } # ${safeComment(t.note)}`,
      ),
    ];
  }

  /** The header line saying how internet is written, when it is. */
  note(): string[] {
    return this.except.sets.length > 0
      ? [`# ${EXCEPT_HEADER} (! <${this.except.sets.map((t) => t.name).join('>, ! <')}>).`]
      : [];
  }
}
