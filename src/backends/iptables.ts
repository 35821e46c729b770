import { TARGET_DESCRIPTIONS } from './targets.js';
import type { ForwardRuleset } from '../compile/forward-ruleset.js';
import type { FilterRule, HostRuleset, Remote } from '../compile/host-ruleset.js';
import { cidrAddressText, type Cidr, type Family } from '../net/addresses.js';
import { NDP_TYPES } from '../net/icmp-types.js';
import { formatPortRange, type PortRange } from '../net/port-ranges.js';
import type { Backend, OutputFile, Rendered } from './backend.js';
import { dnsSyncUnit } from './dns-sync-unit.js';
import { addressList, append, chunkPorts, dnsNameNote, syncedNote, trackingNote, networksNote } from './rule-text.js';
import { safeComment } from './safe-comment.js';
import { EXCEPT_HEADER, ExceptSets, exceptNote, OrderedSides, type ExceptSet } from './except-sets.js';
import { LINUX_INTERFACE_NAMES, SITE_TRACKED } from './capabilities.js';

/** The chains portcullis owns, and the built-in chain each is jumped to from. */
export const IPTABLES_HOOKS = {
  host: [
    ['INPUT', 'PORTCULLIS-IN'],
    ['OUTPUT', 'PORTCULLIS-OUT'],
  ],
  firewall: [['FORWARD', 'PORTCULLIS-FWD']],
} as const satisfies Record<string, readonly (readonly [string, string])[]>;

/** A network firewall's hooks: FORWARD, and INPUT and OUTPUT too when its file holds the router's own chains. */
function firewallHooks(self: boolean): readonly (readonly [string, string])[] {
  return self ? [...IPTABLES_HOOKS.firewall, ...IPTABLES_HOOKS.host] : IPTABLES_HOOKS.firewall;
}

/**
 * How to load one family's file: `iptables-restore --noflush` fills portcullis's own chains in
 * one transaction (declaring a chain flushes it), then one jump to each from its built-in chain
 * is inserted first, unless it is there already: loading twice changes nothing.
 */
export function iptablesLoad(file: string, family: Family, hooks: readonly (readonly [string, string])[]): string {
  const bin = family === 4 ? 'iptables' : 'ip6tables';
  const jumps = hooks.map(
    ([from, to]) => `{ ${bin} -C ${from} -j ${to} 2>/dev/null || ${bin} -I ${from} 1 -j ${to}; }`,
  );
  return [`${bin}-restore --noflush < ${file}`, ...jumps].join(' && ');
}

/**
 * iptables-restore and ip6tables-restore input for `--noflush`: rules only in chains of
 * portcullis's own (PORTCULLIS-*), each ending in DROP, reached by one jump from INPUT and
 * OUTPUT (FORWARD on a network firewall). Policies and every other chain (Docker's, fail2ban's,
 * the administrator's) are left as they are. How each file writes peers with several addresses
 * and internet is said at renderFamily (hosts) and renderForwardFamily (firewalls). Names are
 * ipsets on a host (filled by dns-sync), resolved when the file is compiled on a firewall.
 */
export const iptablesBackend: Backend = {
  target: 'iptables',
  description: TARGET_DESCRIPTIONS['iptables'],
  suffixes: ['.v4.rules', '.v6.rules'],
  capabilities: {
    // A host's DNS-named peers are ipsets that dns-sync fills; a firewall's are the addresses they had.
    host: { ...SITE_TRACKED, dnsNames: 'synced' },
    firewall: { ...SITE_TRACKED, interfaceNames: LINUX_INTERFACE_NAMES },
  },
  loadCommand: (host) =>
    ([4, 6] as const).map((f) => iptablesLoad(`${host}.v${f}.rules`, f, IPTABLES_HOOKS.host)).join(' && '),
  loadFirewallCommand: (fw, self) =>
    ([4, 6] as const).map((f) => iptablesLoad(`${fw}.v${f}.rules`, f, firewallHooks(self))).join(' && '),
  renderHost(rs: HostRuleset): Rendered {
    let ruleCount = 0;
    const files = ([4, 6] as Family[]).map((family) => {
      const { text, count } = renderFamily(rs, family);
      ruleCount += count;
      return { name: `${rs.host}.v${family}.rules`, content: text };
    });
    if (rs.sets.length > 0) files.push(ipsetsFile(rs), dnsSyncUnit(rs, 'iptables'));
    return { files, ruleCount };
  },
  renderFirewall(rs: ForwardRuleset): Rendered {
    let ruleCount = 0;
    const files = ([4, 6] as Family[]).map((family) => {
      const { text, count } = renderForwardFamily(rs, family);
      ruleCount += count;
      return { name: `${rs.firewall}.v${family}.rules`, content: text };
    });
    return { files, ruleCount };
  },
};

/**
 * The user chains of a firewall's file besides the main one: "every address but" lists (RETURN
 * for each left-out address, then accept), one per set of lists.
 */
class UserChains {
  readonly chains = new Map<string, string[]>();
  private readonly byKey = new Map<string, string>();
  readonly except: ExceptSets;

  constructor(own: readonly Cidr[]) {
    this.except = new ExceptSets(own);
  }

  /** A chain that returns for the left-out addresses of each side and accepts the rest. */
  exceptions(sides: readonly { flag: string; set: ExceptSet }[]): string {
    const key = sides.map((x) => `${x.flag}${x.set.name}`).join('|');
    return this.chain(`not|${key}`, 'PORTCULLIS-NOT', (name) => [
      ...sides.flatMap(({ flag, set }) =>
        set.cidrs.map(
          (c) => `-A ${name} ${flag} ${c.text} -m comment --comment "${safeComment(exceptNote(set))}" -j RETURN`,
        ),
      ),
      `-A ${name} -m comment --comment "every other address" -j ACCEPT`,
    ]);
  }

  private chain(key: string, prefix: string, rules: (name: string) => string[]): string {
    let name = this.byKey.get(key);
    if (!name) {
      name = `${prefix}-${[...this.byKey.values()].filter((n) => n.startsWith(`${prefix}-`)).length + 1}`;
      this.byKey.set(key, name);
      this.chains.set(name, rules(name));
    }
    return name;
  }
}

/**
 * A network firewall's chain PORTCULLIS-FWD for `iptables-restore --noflush`, jumped to first
 * from FORWARD and ending in DROP: forwarded traffic not planned is dropped; INPUT and OUTPUT
 * (the router's own traffic), FORWARD's other rules and its policy are left alone. Ends with
 * several addresses give one rule per source and destination address.
 */
function renderForwardFamily(rs: ForwardRuleset, family: Family): { text: string; count: number } {
  const [[, main]] = IPTABLES_HOOKS.firewall;
  const user = new UserChains(rs.own);
  const body: string[] = [];
  if (rs.stateful) {
    body.push(`-A ${main} -m conntrack --ctstate INVALID -m comment --comment "base: invalid packets" -j DROP`);
    body.push(
      `-A ${main} -m conntrack --ctstate RELATED,ESTABLISHED -m comment --comment "base: replies and related traffic" -j ACCEPT`,
    );
  }
  const addressesOf = (r: Remote, flag: '-s' | '-d'): { match: string | null; except: ExceptSet | null }[] => {
    if (r.kind === 'any') return [{ match: null, except: null }];
    if (r.kind === 'cidrs') {
      const m = user.except.match(r.cidrs);
      if (m.except) return [{ match: null, except: m.set }];
      return m.cidrs.map((c) => ({ match: `${flag} ${c.text}`, except: null }));
    }
    return (rs.sets.find((x) => x.name === r.set)?.addresses ?? []).map((c) => ({
      match: `${flag} ${cidrAddressText(c)}`,
      except: null,
    }));
  };
  for (const r of rs.rules) {
    if (r.family !== null && r.family !== family) continue;
    if (r.protocol === 'icmp' && family !== 4) continue;
    if (r.protocol === 'icmpv6' && family !== 6) continue;
    const comment = `-m comment --comment "${safeComment(r.comment)}"`;
    for (const src of addressesOf(r.src, '-s')) {
      for (const dst of addressesOf(r.dst, '-d')) {
        const head = `-A ${main} -i ${r.iif} -o ${r.oif}${src.match ? ` ${src.match}` : ''}${dst.match ? ` ${dst.match}` : ''}`;
        const sides = [
          ...(src.except ? [{ flag: '-s', set: src.except }] : []),
          ...(dst.except ? [{ flag: '-d', set: dst.except }] : []),
        ];
        const verdict = sides.length > 0 ? `-j ${user.exceptions(sides)}` : '-j ACCEPT';
        body.push(...protocolLines(head, r, family, comment, verdict));
      }
    }
  }
  body.push(`-A ${main} -m comment --comment "forwarded traffic not planned" -j DROP`);
  // The router's own traffic, where the site names its host: that host's chains, as its own file has them.
  const self = rs.self ? hostBody(rs.self, family) : null;
  const hooks = firewallHooks(self !== null);
  const lines: string[] = [];
  lines.push(
    `# portcullis: network firewall ${safeComment(rs.firewall)} of site ${safeComment(rs.site)}, IPv${family}`,
  );
  for (const i of rs.interfaces) lines.push(`#   ${i.name}: ${safeComment(i.label)} (${networksNote(i.networks)})`);
  lines.push(`# ${trackingNote(rs)}; forwarded traffic not planned is dropped.`);
  if (user.except.sets.length > 0) lines.push(`# ${EXCEPT_HEADER}: chains PORTCULLIS-NOT-n return for those.`);
  if (rs.self) {
    const [[, inChain], [, outChain]] = IPTABLES_HOOKS.host;
    lines.push(
      `# The router's own traffic follows the plan of host ${safeComment(rs.self.host)} (${addressList(rs.self.addresses)}): chains ${inChain} and ${outChain}, as that host's own file has them (planned traffic RETURNs, the rest is dropped).`,
    );
    if (self!.native.in || self!.native.out)
      lines.push(
        `# In those chains, ${EXCEPT_HEADER}: DROPs for those addresses, then the internet rules without an address.`,
      );
  }
  lines.push(`# Load with: ${iptablesLoad(`${safeComment(rs.firewall)}.v${family}.rules`, family, hooks)}`);
  lines.push(
    self
      ? `# Touches only chains PORTCULLIS-*, and one jump first in FORWARD, INPUT and OUTPUT; policies and other chains are left as they are.`
      : `# Touches only chains ${main} and PORTCULLIS-*, and one jump first in FORWARD; INPUT and OUTPUT (the router's own traffic), policies and other chains are left as they are.`,
  );
  lines.push('*filter');
  lines.push(`:${main} - [0:0]`);
  for (const name of user.chains.keys()) lines.push(`:${name} - [0:0]`);
  if (self) for (const [, chain] of IPTABLES_HOOKS.host) lines.push(`:${chain} - [0:0]`);
  for (const b of body) lines.push(b);
  for (const rules of user.chains.values()) for (const r of rules) lines.push(r);
  if (self) for (const b of self.body) lines.push(b);
  lines.push('COMMIT');
  const count =
    body.length +
    [...user.chains.values()].reduce((n, r) => n + r.length, 0) +
    (self ? self.body.filter((b) => b.startsWith('-A')).length : 0);
  return { text: `${lines.join('\n')}\n`, count };
}

/** The protocol, port and ICMP-type matches of one rule: one line per port group or ICMP type. */
function protocolLines(
  head: string,
  r: Pick<FilterRule, 'protocol' | 'dports' | 'sports' | 'icmpTypes' | 'tcpReply'>,
  family: Family,
  comment: string,
  verdict: string,
): string[] {
  const out: string[] = [];
  const icmpProto = family === 4 ? 'icmp' : 'ipv6-icmp';
  if (r.protocol === 'tcp' || r.protocol === 'udp') {
    const reply = r.tcpReply ? ' ! --syn' : '';
    const dGroups = r.dports ? chunkPorts(r.dports) : [null];
    const sGroups = r.sports ? chunkPorts(r.sports) : [null];
    for (const d of dGroups) {
      for (const s of sGroups) out.push(`${head} -p ${r.protocol}${portMatches(s, d)}${reply} ${comment} ${verdict}`);
    }
  } else if (r.icmpTypes === null) {
    out.push(`${head} -p ${icmpProto} ${comment} ${verdict}`);
  } else {
    for (const t of r.icmpTypes)
      out.push(
        family === 4
          ? `${head} -p icmp -m icmp --icmp-type ${t} ${comment} ${verdict}`
          : `${head} -p ipv6-icmp -m icmp6 --icmpv6-type ${t} ${comment} ${verdict}`,
      );
  }
  return out;
}

/**
 * A host's file. Its chains never accept: planned traffic RETURNs to INPUT or OUTPUT, which go on
 * to other software's rules (a fail2ban ban still refuses) and their policy; what the plan does
 * not allow is dropped. So every planned match is a rule of the main chain itself (a RETURN from
 * a chain it jumped to would only come back to it): a list of addresses is one rule per address
 * (`-s a,b` expands so), and a peer that is every address but the site's own (internet) is a rule
 * without an address after DROPs for those own addresses, where every such rule of the chain
 * leaves out the same addresses; else it is written as the CIDRs it is.
 */
function renderFamily(rs: HostRuleset, family: Family): { text: string; count: number } {
  const [[, inChain], [, outChain]] = IPTABLES_HOOKS.host;
  const { body, native } = hostBody(rs, family, true);
  const rules = body.filter((b) => b.startsWith('-A'));
  const lines: string[] = [];
  lines.push(
    `# portcullis: host ${safeComment(rs.host)} of site ${safeComment(rs.site)} (${addressList(rs.addresses)}), IPv${family}`,
  );
  lines.push(`# ${trackingNote(rs, false)}; default deny in and out.`);
  if (native.in || native.out)
    lines.push(`# ${EXCEPT_HEADER}: DROPs for those addresses, then the internet rules without an address.`);
  if (rs.sets.some((x) => x.family === family))
    lines.push(
      `# First the ipsets of DNS-named peers: ipset -exist restore < ${safeComment(rs.host)}.ipsets (portcullis dns-sync fills them and keeps them current; install ${safeComment(rs.host)}.dns-sync.service).`,
    );
  lines.push(`# Load with: ${iptablesLoad(`${safeComment(rs.host)}.v${family}.rules`, family, IPTABLES_HOOKS.host)}`);
  lines.push(
    `# Touches only chains ${inChain} and ${outChain}, and one jump first in INPUT and in OUTPUT; policies, FORWARD (containers, published ports) and other chains (Docker, fail2ban, yours) are left as they are.`,
  );
  lines.push(
    `# Planned traffic RETURNs: INPUT and OUTPUT go on to their other rules (a fail2ban ban still refuses) and their policy (ACCEPT on most hosts; with a DROP policy, accept after these rules yourself).`,
  );
  lines.push('*filter');
  lines.push(`:${inChain} - [0:0]`, `:${outChain} - [0:0]`);
  for (const b of body) lines.push(b);
  lines.push('COMMIT');
  return { text: `${lines.join('\n')}\n`, count: rules.length };
}

/**
 * The rules of chains PORTCULLIS-IN and PORTCULLIS-OUT for one family (see renderFamily), and the
 * "every address but" list each direction writes natively (null: none).
 */
function hostBody(
  rs: HostRuleset,
  family: Family,
  /** DNS-named peers as ipsets that dns-sync fills (a host's own file), not as the addresses they had. */
  synced = false,
): { body: string[]; native: Record<'in' | 'out', ExceptSet | null> } {
  const [[, inChain], [, outChain]] = IPTABLES_HOOKS.host;
  const except = new ExceptSets(rs.own);
  const pass = '-j RETURN';
  const body: string[] = [];
  const base = (text: string): string => `-m comment --comment "base: ${text}"`;
  body.push(`-A ${inChain} -i lo ${base('loopback')} ${pass}`, `-A ${outChain} -o lo ${base('loopback')} ${pass}`);
  if (family === 6) {
    // Neighbour discovery before conntrack (RFC 4890 4.4.1), only from the link (hop limit 255).
    for (const t of [NDP_TYPES.solicit, NDP_TYPES.advert, NDP_TYPES.routerAdvert])
      body.push(
        `-A ${inChain} -p ipv6-icmp -m icmp6 --icmpv6-type ${t} -m hl --hl-eq 255 ${base('IPv6 neighbour discovery (RFC 4890)')} ${pass}`,
      );
    for (const t of [NDP_TYPES.solicit, NDP_TYPES.advert, NDP_TYPES.routerSolicit])
      body.push(
        `-A ${outChain} -p ipv6-icmp -m icmp6 --icmpv6-type ${t} -m hl --hl-eq 255 ${base('IPv6 neighbour discovery (RFC 4890)')} ${pass}`,
      );
  }
  if (rs.stateful) {
    for (const c of [inChain, outChain]) {
      body.push(`-A ${c} -m conntrack --ctstate INVALID ${base('invalid packets')} -j DROP`);
      body.push(`-A ${c} -m conntrack --ctstate RELATED,ESTABLISHED ${base('replies and related traffic')} ${pass}`);
    }
  }
  const mine = rs.rules.filter(
    (r) =>
      (r.family === null || r.family === family) &&
      !(r.protocol === 'icmp' && family !== 4) &&
      !(r.protocol === 'icmpv6' && family !== 6),
  );
  // The "every address but" lists of each direction: written natively when there is one.
  const order = new OrderedSides(
    except,
    mine.map((r) => [r.direction, r.remote] as const),
  );
  const native: Record<'in' | 'out', ExceptSet | null> = { in: null, out: null };
  const tail: Record<'in' | 'out', string[]> = { in: [], out: [] };
  for (const r of mine) {
    const inbound = r.direction === 'in';
    const chain = inbound ? inChain : outChain;
    const flag = inbound ? '-s' : '-d';
    const comment = `-m comment --comment "${safeComment(r.comment)}"`;
    const set = order.native(r.direction, r.remote);
    if (set) {
      native[r.direction] = set;
      tail[r.direction].push(...protocolLines(`-A ${chain}`, r, family, comment, pass));
      continue;
    }
    if (synced && r.remote.kind === 'fqdn') {
      body.push(`# ${safeComment(syncedNote(r.remote.fqdn))}: ipset ${ipsetName(r.remote.set)}`);
      const head = `-A ${chain} -m set --match-set ${ipsetName(r.remote.set)} ${inbound ? 'src' : 'dst'}`;
      body.push(...protocolLines(head, r, family, comment, pass));
      continue;
    }
    const addrs =
      r.remote.kind === 'any'
        ? null
        : r.remote.kind === 'cidrs'
          ? r.remote.cidrs.map((c) => c.text)
          : (rs.sets.find((x) => x.name === (r.remote as { set: string }).set)?.addresses ?? []).map(cidrAddressText);
    if (addrs !== null && addrs.length === 0) {
      body.push(`# not created: ${safeComment(r.comment)} -- its DNS name resolved to no address`);
      continue;
    }
    if (r.remote.kind === 'fqdn') body.push(`# ${safeComment(dnsNameNote(r.remote.fqdn))}: ${addrs!.join(', ')}`);
    const head = addrs === null ? `-A ${chain}` : `-A ${chain} ${flag} ${addrs.join(',')}`;
    body.push(...protocolLines(head, r, family, comment, pass));
  }
  for (const dir of ['in', 'out'] as const) {
    const set = native[dir];
    if (!set || tail[dir].length === 0) continue;
    const chain = dir === 'in' ? inChain : outChain;
    const flag = dir === 'in' ? '-s' : '-d';
    for (const c of set.cidrs)
      body.push(`-A ${chain} ${flag} ${c.text} -m comment --comment "${safeComment(exceptNote(set))}" -j DROP`);
    append(body, tail[dir]);
  }
  for (const c of [inChain, outChain]) body.push(`-A ${c} -m comment --comment "default deny" -j DROP`);
  return { body, native };
}

/**
 * Source and destination port matches. Plain `--sport`/`--dport` (of the tcp/udp match) come
 * first: after `-m multiport`, iptables would read `--dport` as multiport's own option and refuse
 * it next to `--sports`. Each list gets its own `-m multiport`.
 */
function portMatches(sports: PortRange[] | null, dports: PortRange[] | null): string {
  const simple: string[] = [];
  const multi: string[] = [];
  for (const [side, group] of [
    ['s', sports],
    ['d', dports],
  ] as const) {
    if (!group) continue;
    if (group.length === 1) simple.push(` --${side}port ${formatPortRange(group[0]!, ':')}`);
    else multi.push(` -m multiport --${side}ports ${group.map((r) => formatPortRange(r, ':')).join(',')}`);
  }
  return [...simple, ...multi].join('');
}

/** The kernel's name of a DNS-named peer's ipset (ipsets are global: portcullis's own prefix). */
export const ipsetName = (set: string): string => `portcullis-${set}`;

/**
 * `ipset -exist restore` input: the sets of a host's DNS-named peers (hash:net, one per name and
 * family), seeded with the addresses given at compile time. Loading it again keeps what the sets
 * hold (dns-sync's addresses): `-exist` skips sets and entries that are there.
 */
function ipsetsFile(rs: HostRuleset): OutputFile {
  const lines = [
    `# portcullis: the ipsets of host ${safeComment(rs.host)}'s DNS-named peers (site ${safeComment(rs.site)}), for: ipset -exist restore < ${safeComment(rs.host)}.ipsets`,
    '# Load it before the rules that match them; portcullis dns-sync fills them and keeps them current.',
  ];
  for (const set of rs.sets) {
    lines.push(`# ${safeComment(syncedNote(set.fqdn))}`);
    lines.push(`create ${ipsetName(set.name)} hash:net family ${set.family === 4 ? 'inet' : 'inet6'}`);
    for (const c of set.addresses) lines.push(`add ${ipsetName(set.name)} ${cidrAddressText(c)}`);
  }
  return { name: `${rs.host}.ipsets`, content: `${lines.join('\n')}\n` };
}
