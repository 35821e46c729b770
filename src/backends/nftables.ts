import { TARGET_DESCRIPTIONS } from './targets.js';
import type { ForwardRuleset } from '../compile/forward-ruleset.js';
import type { FilterRule, FqdnSet, HostRuleset, Remote } from '../compile/host-ruleset.js';
import { cidrAddressText, type Family } from '../net/addresses.js';
import { icmpInfo, NDP_TYPES } from '../net/icmp-types.js';
import { formatPortRange, type PortRange } from '../net/port-ranges.js';
import type { Backend, Rendered } from './backend.js';
import { dnsSyncUnit } from './dns-sync-unit.js';
import { addressList, dnsNameNote, syncedNote, trackingNote, networksNote } from './rule-text.js';
import { safeComment } from './safe-comment.js';
import { EXCEPT_HEADER, ExceptSets, exceptNote, type ExceptSet } from './except-sets.js';
import { capabilities, LINUX_INTERFACE_NAMES } from './capabilities.js';

/** The table portcullis owns; nothing else on the host is touched. */
export const NFT_TABLE = 'portcullis';

/**
 * nftables: one `inet` table for both families. The file first creates the table (a no-op when
 * it exists), deletes it, and defines it again; `nft -f` applies the file as one transaction,
 * so reloading is atomic and idempotent and never leaves the host open.
 */
export const nftablesBackend: Backend = {
  target: 'nftables',
  description: TARGET_DESCRIPTIONS['nftables'],
  suffixes: ['.nft'],
  capabilities: {
    host: capabilities({ tracking: 'site', dnsNames: 'synced' }),
    firewall: capabilities({ tracking: 'site', dnsNames: 'sets', interfaceNames: LINUX_INTERFACE_NAMES }),
  },
  loadCommand: (host) => `nft -f ${host}.nft`,
  renderHost(rs: HostRuleset): Rendered {
    const except = new ExceptSets(rs.own);
    const { input, output } = hostChains(rs, except);
    const lines: string[] = [];
    lines.push('#!/usr/sbin/nft -f');
    lines.push(
      `# portcullis: host ${safeComment(rs.host)} of site ${safeComment(rs.site)} (${addressList(rs.addresses)})`,
    );
    lines.push(`# ${trackingNote(rs, false)}; default deny in and out.`);
    if (except.sets.length > 0) lines.push(`# ${EXCEPT_HEADER} (sets ${except.sets.map((x) => x.name).join(', ')}).`);
    lines.push(
      `# Load with: nft -f ${safeComment(rs.host)}.nft (replaces table inet ${NFT_TABLE} atomically; other tables are untouched)`,
    );
    lines.push(
      `# Touches only table inet ${NFT_TABLE}: no forward chain, so containers and published ports (Docker, libvirt) pass as before.`,
    );
    lines.push(
      '# Its input and output chains drop what the plan does not allow, whatever other tables accept (a drop in any base chain is final).',
    );
    const unit = rs.sets.length > 0 ? dnsSyncUnit(rs, 'nftables') : null;
    if (unit) {
      lines.push(
        `# DNS-named peers (sets ${rs.sets.map((x) => x.name).join(', ')}): portcullis dns-sync on the host fills them and keeps them current; install ${unit.name} (its header says how).`,
      );
      lines.push(
        input.some((l) => l.startsWith('ct state established'))
          ? '# Established connections are accepted ahead of the set matches: a refresh never cuts a connection.'
          : '# Stateless rules: replies match the sets too, so a connection to an address that leaves its set stops when it leaves.',
      );
    }
    lines.push(`table inet ${NFT_TABLE}`);
    lines.push(`delete table inet ${NFT_TABLE}`);
    lines.push(`table inet ${NFT_TABLE} {`);
    renderSets(lines, rs.sets, except.sets, true);
    pushChain(lines, 'input', input);
    pushChain(lines, 'output', output);
    lines.push('}');
    return {
      files: [{ name: `${rs.host}.nft`, content: `${lines.join('\n')}\n` }, ...(unit ? [unit] : [])],
      ruleCount: input.length + output.length,
    };
  },
  renderFirewall,
};

/**
 * The input and output chains of a host (or of a router's own traffic): loopback, neighbour
 * discovery, conntrack when stateful, then the plan's rules; the chains' policy drops the rest.
 */
function hostChains(rs: HostRuleset, except: ExceptSets): { input: string[]; output: string[] } {
  const input: string[] = [];
  const output: string[] = [];
  input.push('iif "lo" accept comment "base: loopback"');
  output.push('oif "lo" accept comment "base: loopback"');
  // Neighbour discovery must pass before conntrack judges it (RFC 4890 4.4.1); hop limit 255
  // proves it came from the link. A host also needs router advertisements in.
  input.push(
    `icmpv6 type { ${[NDP_TYPES.solicit, NDP_TYPES.advert, NDP_TYPES.routerAdvert].map((t) => icmpName('icmpv6', t)).join(', ')} } ip6 hoplimit 255 accept comment "base: IPv6 neighbour discovery and router advertisements (RFC 4890)"`,
  );
  output.push(
    `icmpv6 type { ${[NDP_TYPES.solicit, NDP_TYPES.advert, NDP_TYPES.routerSolicit].map((t) => icmpName('icmpv6', t)).join(', ')} } ip6 hoplimit 255 accept comment "base: IPv6 neighbour discovery and router solicitations (RFC 4890)"`,
  );
  if (rs.stateful) {
    for (const chain of [input, output]) {
      chain.push('ct state invalid drop comment "base: invalid packets"');
      chain.push('ct state established,related accept comment "base: replies and related traffic"');
    }
  }
  for (const r of rs.rules) (r.direction === 'in' ? input : output).push(renderRule(r, except));
  return { input, output };
}

function renderRule(r: FilterRule, except: ExceptSets): string {
  const none: Remote = { kind: 'any' };
  return renderMatch(
    {
      ...r,
      src: r.direction === 'in' ? r.remote : none,
      dst: r.direction === 'out' ? r.remote : none,
    },
    except,
  );
}

type Match = Pick<FilterRule, 'family' | 'protocol' | 'dports' | 'sports' | 'icmpTypes' | 'tcpReply' | 'comment'> & {
  src: Remote;
  dst: Remote;
};

/** Address, protocol and port matches of one accept rule, with its comment. */
function renderMatch(r: Match, except: ExceptSets): string {
  const parts: string[] = [];
  const ipKw = (f: Family): string => (f === 4 ? 'ip' : 'ip6');
  if (r.family !== null) {
    const sides = [
      ['saddr', r.src],
      ['daddr', r.dst],
    ] as const;
    if (sides.every(([, x]) => x.kind === 'any') && (r.protocol === 'tcp' || r.protocol === 'udp'))
      parts.push(`meta nfproto ${r.family === 4 ? 'ipv4' : 'ipv6'}`);
    for (const [dir, remote] of sides) {
      if (remote.kind === 'cidrs') {
        const m = except.match(remote.cidrs);
        parts.push(
          m.except
            ? `${ipKw(r.family)} ${dir} != @${m.set.name}`
            : `${ipKw(r.family)} ${dir} ${setOf(m.cidrs.map(cidrAddressText))}`,
        );
      } else if (remote.kind === 'fqdn') parts.push(`${ipKw(r.family)} ${dir} @${remote.set}`);
    }
  }
  switch (r.protocol) {
    case 'tcp':
    case 'udp':
      if (r.sports) parts.push(`${r.protocol} sport ${portSet(r.sports)}`);
      if (r.dports) parts.push(`${r.protocol} dport ${portSet(r.dports)}`);
      else if (!r.sports) parts.push(`meta l4proto ${r.protocol}`);
      if (r.tcpReply) parts.push('tcp flags & (fin|syn|rst|ack) != syn');
      break;
    case 'icmp':
    case 'icmpv6':
      if (r.icmpTypes === null) parts.push(`meta l4proto ${r.protocol === 'icmp' ? 'icmp' : 'ipv6-icmp'}`);
      else
        parts.push(`${r.protocol} type ${setOf(r.icmpTypes.map((t) => icmpName(r.protocol as 'icmp' | 'icmpv6', t)))}`);
      break;
  }
  parts.push(`counter accept comment "${safeComment(r.comment)}"`);
  return parts.join(' ');
}

/** The table a network firewall's forward rules live in, beside (not instead of) host rules. */
export const NFT_FORWARD_TABLE = 'portcullis_forward';

/**
 * A network firewall: one `inet` table with a forward chain, default deny, interfaces matched
 * by name (`iifname`, so the file loads before the interfaces exist). The router's own input
 * and output are not touched, unless the site names the host that is this router: then the
 * same table holds its input and output chains, as that host's own file would.
 */
function renderFirewall(rs: ForwardRuleset): Rendered {
  const body: string[] = [];
  if (rs.stateful) {
    body.push('ct state invalid drop comment "base: invalid packets"');
    body.push('ct state established,related accept comment "base: replies and related traffic"');
  }
  const except = new ExceptSets(rs.own);
  for (const r of rs.rules) body.push(`iifname "${r.iif}" oifname "${r.oif}" ${renderMatch(r, except)}`);
  const self = rs.self ? hostChains(rs.self, except) : null;
  const lines: string[] = [];
  lines.push('#!/usr/sbin/nft -f');
  lines.push(`# portcullis: network firewall ${safeComment(rs.firewall)} of site ${safeComment(rs.site)}`);
  for (const i of rs.interfaces) lines.push(`#   ${i.name}: ${safeComment(i.label)} (${networksNote(i.networks)})`);
  lines.push(`# ${trackingNote(rs)}; forwarded traffic not planned is dropped.`);
  if (rs.self)
    lines.push(
      `# The router's own traffic follows the plan of host ${safeComment(rs.self.host)} (${addressList(rs.self.addresses)}): chains input and output, default deny in and out.`,
    );
  if (except.sets.length > 0) lines.push(`# ${EXCEPT_HEADER} (sets ${except.sets.map((x) => x.name).join(', ')}).`);
  lines.push(
    `# Load with: nft -f ${safeComment(rs.firewall)}.nft (replaces table inet ${NFT_FORWARD_TABLE} atomically; ${rs.self ? 'other tables are untouched' : "the router's own input and output are untouched"})`,
  );
  lines.push(`table inet ${NFT_FORWARD_TABLE}`);
  lines.push(`delete table inet ${NFT_FORWARD_TABLE}`);
  lines.push(`table inet ${NFT_FORWARD_TABLE} {`);
  renderSets(lines, [...rs.sets, ...(rs.self?.sets ?? [])], except.sets, false);
  pushChain(lines, 'forward', body);
  if (self) {
    pushChain(lines, 'input', self.input);
    pushChain(lines, 'output', self.output);
  }
  lines.push('}');
  const count = body.length + (self ? self.input.length + self.output.length : 0);
  return { files: [{ name: `${rs.firewall}.nft`, content: `${lines.join('\n')}\n` }], ruleCount: count };
}

/** A base chain named after its hook, policy drop, with its rules. */
function pushChain(lines: string[], hook: 'input' | 'output' | 'forward', body: readonly string[]): void {
  lines.push(`\tchain ${hook} {`);
  lines.push(`\t\ttype filter hook ${hook} priority filter; policy drop;`);
  for (const b of body) lines.push(`\t\t${b}`);
  lines.push('\t}');
}

/** `synced`: the host's sets, which portcullis dns-sync fills; a firewall's are filled at compile time. */
function renderSets(lines: string[], sets: readonly FqdnSet[], excepts: readonly ExceptSet[], synced: boolean): void {
  for (const set of excepts) {
    lines.push(`\tset ${set.name} {`);
    lines.push(`\t\ttype ${set.family === 4 ? 'ipv4_addr' : 'ipv6_addr'}`);
    lines.push('\t\tflags interval');
    lines.push(`\t\tcomment "${safeComment(exceptNote(set))}"`);
    lines.push(`\t\telements = { ${set.cidrs.map(cidrAddressText).join(', ')} }`);
    lines.push('\t}');
  }
  for (const set of sets) {
    lines.push(`\tset ${set.name} {`);
    lines.push(`\t\ttype ${set.family === 4 ? 'ipv4_addr' : 'ipv6_addr'}`);
    lines.push('\t\tflags interval');
    lines.push(`\t\tcomment "${safeComment(synced ? syncedNote(set.fqdn) : dnsNameNote(set.fqdn))}"`);
    if (set.addresses.length > 0) lines.push(`\t\telements = { ${set.addresses.map(cidrAddressText).join(', ')} }`);
    lines.push('\t}');
  }
}

function icmpName(protocol: 'icmp' | 'icmpv6', type: number): string {
  return icmpInfo(protocol, type)?.nft ?? String(type);
}

function portSet(ranges: PortRange[]): string {
  return setOf(ranges.map((r) => formatPortRange(r)));
}

function setOf(items: string[]): string {
  return items.length === 1 ? items[0]! : `{ ${items.join(', ')} }`;
}
