import type { ForwardRuleset } from '../compile/forward-ruleset.js';
import type { FilterRule, HostRuleset, Remote } from '../compile/host-ruleset.js';
import { cidrAddressText, type Family } from '../net/addresses.js';
import { NDP_TYPES } from '../net/icmp-types.js';
import { formatPortRange, type PortRange } from '../net/port-ranges.js';
import type { Backend, Rendered } from './backend.js';
import { addressesNote, addressList, chunkPorts, trackingNote } from './rule-text.js';
import { safeComment } from './safe-comment.js';
import { LINUX_INTERFACE_NAMES, SITE_TRACKED } from './capabilities.js';

/**
 * iptables-restore and ip6tables-restore input: a complete `*filter` table per family, so that
 * loading replaces the table as a whole (idempotent). Peers with several addresses, and DNS
 * names, go into a user chain of `-s`/`-d` accepts that the port rule jumps to; names are
 * resolved when the file is compiled (iptables has no named sets without ipset).
 */
export const iptablesBackend: Backend = {
  target: 'iptables',
  description: 'iptables-restore / ip6tables-restore input, one full filter table per family',
  suffixes: ['.v4.rules', '.v6.rules'],
  capabilities: {
    host: SITE_TRACKED,
    firewall: { ...SITE_TRACKED, interfaceNames: LINUX_INTERFACE_NAMES },
  },
  loadCommand: (host) => `iptables-restore < ${host}.v4.rules && ip6tables-restore < ${host}.v6.rules`,
  loadFirewallCommand: (fw) =>
    `iptables-restore --noflush < ${fw}.v4.rules && ip6tables-restore --noflush < ${fw}.v6.rules`,
  renderHost(rs: HostRuleset): Rendered {
    let ruleCount = 0;
    const files = ([4, 6] as Family[]).map((family) => {
      const { text, count } = renderFamily(rs, family);
      ruleCount += count;
      return { name: `${rs.host}.v${family}.rules`, content: text };
    });
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
 * A network firewall's FORWARD chain for `iptables-restore --noflush`: the file flushes FORWARD
 * and sets its policy to DROP, and leaves INPUT and OUTPUT (the router's own traffic) alone.
 * Ends with several addresses give one rule per source and destination address.
 */
function renderForwardFamily(rs: ForwardRuleset, family: Family): { text: string; count: number } {
  const body: string[] = [];
  if (rs.stateful) {
    body.push('-A FORWARD -m conntrack --ctstate INVALID -m comment --comment "base: invalid packets" -j DROP');
    body.push(
      '-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -m comment --comment "base: replies and related traffic" -j ACCEPT',
    );
  }
  const addressesOf = (r: Remote): (string | null)[] =>
    r.kind === 'any'
      ? [null]
      : r.kind === 'cidrs'
        ? r.cidrs.map((c) => c.text)
        : (rs.sets.find((x) => x.name === (r as { set: string }).set)?.addresses ?? []).map(cidrAddressText);
  for (const r of rs.rules) {
    if (r.family !== null && r.family !== family) continue;
    if (r.protocol === 'icmp' && family !== 4) continue;
    if (r.protocol === 'icmpv6' && family !== 6) continue;
    const comment = `-m comment --comment "${safeComment(r.comment)}"`;
    for (const src of addressesOf(r.src)) {
      for (const dst of addressesOf(r.dst)) {
        const head = `-A FORWARD -i ${r.iif} -o ${r.oif}${src ? ` -s ${src}` : ''}${dst ? ` -d ${dst}` : ''}`;
        body.push(...protocolLines(head, r, family, comment, '-j ACCEPT'));
      }
    }
  }
  const lines: string[] = [];
  lines.push(
    `# portcullis: network firewall ${safeComment(rs.firewall)} of site ${safeComment(rs.site)}, IPv${family}`,
  );
  for (const i of rs.interfaces)
    lines.push(`#   ${i.name}: ${safeComment(i.label)} (${i.networks.map((c) => c.text).join(', ')})`);
  lines.push(`# ${trackingNote(rs)}; forwarded traffic not planned is dropped.`);
  lines.push(
    `# Load with: ${family === 4 ? 'iptables-restore' : 'ip6tables-restore'} --noflush < ${safeComment(rs.firewall)}.v${family}.rules (replaces FORWARD only; INPUT and OUTPUT are untouched)`,
  );
  lines.push('*filter');
  lines.push(':FORWARD DROP [0:0]');
  lines.push('-F FORWARD');
  for (const b of body) lines.push(b);
  lines.push('COMMIT');
  return { text: `${lines.join('\n')}\n`, count: body.length };
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

function renderFamily(rs: HostRuleset, family: Family): { text: string; count: number } {
  const chains = new Map<string, string[]>(); // user chain -> its rules
  const chainByKey = new Map<string, string>();
  const body: string[] = [];
  const base = (text: string): string => `-m comment --comment "base: ${text}"`;
  body.push(`-A INPUT -i lo ${base('loopback')} -j ACCEPT`, `-A OUTPUT -o lo ${base('loopback')} -j ACCEPT`);
  if (family === 6) {
    // Neighbour discovery before conntrack (RFC 4890 4.4.1), only from the link (hop limit 255).
    for (const t of [NDP_TYPES.solicit, NDP_TYPES.advert, NDP_TYPES.routerAdvert])
      body.push(
        `-A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type ${t} -m hl --hl-eq 255 ${base('IPv6 neighbour discovery (RFC 4890)')} -j ACCEPT`,
      );
    for (const t of [NDP_TYPES.solicit, NDP_TYPES.advert, NDP_TYPES.routerSolicit])
      body.push(
        `-A OUTPUT -p ipv6-icmp -m icmp6 --icmpv6-type ${t} -m hl --hl-eq 255 ${base('IPv6 neighbour discovery (RFC 4890)')} -j ACCEPT`,
      );
  }
  if (rs.stateful) {
    for (const c of ['INPUT', 'OUTPUT']) {
      body.push(`-A ${c} -m conntrack --ctstate INVALID ${base('invalid packets')} -j DROP`);
      body.push(`-A ${c} -m conntrack --ctstate RELATED,ESTABLISHED ${base('replies and related traffic')} -j ACCEPT`);
    }
  }
  for (const r of rs.rules) {
    if (r.family !== null && r.family !== family) continue;
    if (r.protocol === 'icmp' && family !== 4) continue;
    if (r.protocol === 'icmpv6' && family !== 6) continue;
    const chain = r.direction === 'in' ? 'INPUT' : 'OUTPUT';
    const flag = r.direction === 'in' ? '-s' : '-d';
    const comment = `-m comment --comment "${safeComment(r.comment)}"`;
    // Where the remote end is several addresses or a DNS name, a user chain holds them.
    let address = '';
    let verdict = '-j ACCEPT';
    if (r.remote.kind === 'cidrs' && r.remote.cidrs.length === 1) address = `${flag} ${r.remote.cidrs[0]!.text}`;
    else if (r.remote.kind !== 'any') {
      const addrs =
        r.remote.kind === 'cidrs'
          ? r.remote.cidrs.map((c) => c.text)
          : (rs.sets.find((s) => s.name === (r.remote as { set: string }).set)?.addresses ?? []).map(cidrAddressText);
      const label = addressesNote(r.remote);
      const key = `${flag}|${label}|${addrs.join(',')}`;
      let name = chainByKey.get(key);
      if (!name) {
        name = `PC-${r.direction.toUpperCase()}-${chainByKey.size + 1}`;
        chainByKey.set(key, name);
        chains.set(
          name,
          addrs.map((a) => `-A ${name} ${flag} ${a} -m comment --comment "${safeComment(label)}" -j ACCEPT`),
        );
      }
      verdict = `-j ${name}`;
    }
    const head = `-A ${chain}${address ? ` ${address}` : ''}`;
    body.push(...protocolLines(head, r, family, comment, verdict));
  }
  const lines: string[] = [];
  lines.push(
    `# portcullis: host ${safeComment(rs.host)} of site ${safeComment(rs.site)} (${addressList(rs.addresses)}), IPv${family}`,
  );
  lines.push(`# ${trackingNote(rs, false)}; default deny in and out.`);
  lines.push(
    `# Load with: ${family === 4 ? 'iptables-restore' : 'ip6tables-restore'} < ${safeComment(rs.host)}.v${family}.rules (replaces the whole filter table)`,
  );
  lines.push('*filter');
  lines.push(':INPUT DROP [0:0]', ':FORWARD DROP [0:0]', ':OUTPUT DROP [0:0]');
  for (const name of chains.keys()) lines.push(`:${name} - [0:0]`);
  for (const b of body) lines.push(b);
  for (const rules of chains.values()) for (const r of rules) lines.push(r);
  lines.push('COMMIT');
  const count = body.length + [...chains.values()].reduce((n, r) => n + r.length, 0);
  return { text: `${lines.join('\n')}\n`, count };
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
