import type { ForwardRuleset } from '../compile/forward-ruleset.js';
import type { FilterRule, FqdnSet, HostRuleset, Remote } from '../compile/host-ruleset.js';
import { parseCidr, wildcardMask, type Cidr, type Family } from '../net/addresses.js';
import { formatPortRange, type PortRange } from '../net/port-ranges.js';
import type { Backend, Rendered } from './backend.js';
import { addressList, remoteCidrs, networksNote } from './rule-text.js';
import { safeComment } from './safe-comment.js';
import { explicitNote } from './except-sets.js';
import { capabilities, interfaceNames } from './capabilities.js';

/**
 * Cisco IOS extended named ACLs, stateless: every planned flow and its derived return traffic
 * (TCP `established`, UDP from the service port to the client ports, echo replies, ICMP
 * errors). IPv4 entries use host/wildcard masks, IPv6 entries prefixes; ICMP types are numbers.
 * A host gets two ACLs per family for the router interface that faces it (towards the host:
 * `out`; from the host: `in`). A network firewall gets one ACL per family and ingress interface
 * (applied `in`), its entries grouped by egress interface. IOS cannot match the egress
 * interface, and needs not: the plan splits a wide end (the Internet) into the networks behind
 * each interface, so an entry towards `any` only ever matches traffic that the entries of the
 * other interfaces allow as well.
 */
export const ciscoIosBackend: Backend = {
  target: 'cisco-ios',
  description: 'Cisco IOS extended named ACLs, stateless with derived return entries',
  suffixes: ['.ios'],
  capabilities: {
    host: capabilities({
      tracking: 'stateless',
      dnsNames: 'addresses',
      unitIds: { id: (host) => aclName(host), what: 'ACL name prefix' },
    }),
    firewall: capabilities({
      tracking: 'stateless',
      dnsNames: 'addresses',
      interfaceNames: interfaceNames(
        /^[A-Za-z][A-Za-z0-9./:-]{0,31}$/,
        'use the IOS interface name (GigabitEthernet0/1)',
      ),
      interfaceIds: { id: (fw, iface) => `${aclName(fw)}-${aclPart(iface)}`, what: 'ACL name' },
      unitIds: { id: (fw) => aclName(fw), what: 'ACL name prefix' },
    }),
  },
  loadCommand: (name) =>
    `paste ${name}.ios into configure terminal (or copy it to running-config), then apply the ACLs as its header says`,
  renderHost(rs: HostRuleset): Rendered {
    const name = aclName(rs.host);
    const lines = header(`host ${rs.host} of site ${rs.site} (${addressList(rs.addresses)})`, rs.ephemeralPorts);
    lines.push(
      ...explicitNote(
        rs.rules.map((r) => r.remote),
        '!',
      ),
    );
    lines.push('! Apply on the router interface that faces the host:');
    lines.push(`!   ip access-group ${name}-TO out / ip access-group ${name}-FROM in`);
    lines.push(`!   ipv6 traffic-filter ${name}-TO-V6 out / ipv6 traffic-filter ${name}-FROM-V6 in`);
    let count = 0;
    const words = new AddressWords();
    for (const family of [4, 6] as Family[]) {
      const mine = rs.addresses.filter((c) => c.family === family);
      for (const dir of ['in', 'out'] as const) {
        const body: string[] = [];
        for (const r of rs.rules) {
          if (r.direction !== dir || !fits(r, family)) continue;
          body.push(` remark ${remark(r.comment)}`);
          const remotes = cidrsOfRemote(r.remote, family, rs.sets, body);
          for (const remote of remotes) {
            for (const me of mine)
              permits(body, r, family, dir === 'in' ? remote : me, dir === 'in' ? me : remote, words);
          }
        }
        const acl = `${name}-${dir === 'in' ? 'TO' : 'FROM'}${family === 6 ? '-V6' : ''}`;
        count += writeAcl(lines, acl, family, body);
      }
    }
    return { files: [{ name: `${rs.host}.ios`, content: `${lines.join('\n')}\n` }], ruleCount: count };
  },
  renderFirewall(rs: ForwardRuleset): Rendered {
    const name = aclName(rs.firewall);
    const lines = header(`network firewall ${rs.firewall} of site ${rs.site}`, rs.ephemeralPorts);
    lines.push(
      ...explicitNote(
        rs.rules.flatMap((r) => [r.src, r.dst]),
        '!',
      ),
    );
    lines.push('! One ACL per family and ingress interface; apply each inbound:');
    for (const i of rs.interfaces) {
      const ifn = i.name;
      lines.push(`!   interface ${ifn} (${safeComment(i.label)}: ${networksNote(i.networks)})`);
      lines.push(`!    ip access-group ${name}-${aclPart(ifn)} in`);
      lines.push(`!    ipv6 traffic-filter ${name}-${aclPart(ifn)}-V6 in`);
    }
    let count = 0;
    const words = new AddressWords();
    for (const family of [4, 6] as Family[]) {
      for (const iface of rs.interfaces) {
        const body: string[] = [];
        // Grouped by egress interface, in the interfaces' order.
        for (const out of rs.interfaces) {
          for (const r of rs.rules) {
            if (r.iif !== iface.name || r.oif !== out.name || !fits(r, family)) continue;
            const notes: string[] = [];
            const srcs = cidrsOfRemote(r.src, family, rs.sets, notes);
            const dsts = cidrsOfRemote(r.dst, family, rs.sets, notes);
            body.push(` remark to ${r.oif}: ${remark(r.comment)}`, ...new Set(notes));
            for (const src of srcs) for (const dst of dsts) permits(body, r, family, src, dst, words);
          }
        }
        count += writeAcl(lines, `${name}-${aclPart(iface.name)}${family === 6 ? '-V6' : ''}`, family, body);
      }
    }
    return { files: [{ name: `${rs.firewall}.ios`, content: `${lines.join('\n')}\n` }], ruleCount: count };
  },
};

function header(what: string, ephemeral: PortRange): string[] {
  return [
    `! portcullis: ${safeComment(what)}`,
    `! Stateless: return traffic is derived from the plan (TCP established, UDP and ICMP replies); client (ephemeral) ports ${formatPortRange(ephemeral)}.`,
    '! Each ACL is deleted and written again whole, then ends in an explicit deny (logged).',
  ];
}

/** Writes one ACL (deleted first, so pasting twice gives the same ACL); returns its entry count. */
function writeAcl(lines: string[], acl: string, family: Family, body: string[]): number {
  lines.push('!');
  lines.push(family === 4 ? `no ip access-list extended ${acl}` : `no ipv6 access-list ${acl}`);
  lines.push(family === 4 ? `ip access-list extended ${acl}` : `ipv6 access-list ${acl}`);
  for (const b of body) lines.push(b);
  // An explicit deny at the end replaces IOS's implicit ND permits, so they are written out.
  if (family === 6) lines.push(' permit icmp any any nd-na', ' permit icmp any any nd-ns');
  lines.push(family === 4 ? ' deny ip any any log' : ' deny ipv6 any any log');
  return body.filter((l) => l.startsWith(' permit') || l.startsWith(' deny')).length + (family === 6 ? 3 : 1);
}

function fits(r: Pick<FilterRule, 'family' | 'protocol'>, family: Family): boolean {
  if (r.protocol === 'icmp') return family === 4;
  if (r.protocol === 'icmpv6') return family === 6;
  return r.family === null || r.family === family;
}

/** The CIDRs of a remote for one family (`null` = any); a DNS name as resolved, with a remark. */
function cidrsOfRemote(remote: Remote, family: Family, sets: readonly FqdnSet[], notes: string[]): (Cidr | null)[] {
  const addrs = remoteCidrs(remote, sets);
  if (addrs === null) return [null];
  if (remote.kind === 'fqdn')
    notes.push(
      ` remark ${remark(`DNS name ${remote.fqdn} as resolved at compile time${addrs.length === 0 ? ': no address, no entry' : ''}`)}`,
    );
  return addrs.map((a) => parseCidr(a)!).filter((c) => c.family === family);
}

/**
 * The `permit` entries of one rule between two addresses: one per destination (and source) port
 * range, or per ICMP type. Written straight to text: a large site has a million of them.
 */
function permits(
  out: string[],
  r: Pick<FilterRule, 'protocol' | 'dports' | 'sports' | 'icmpTypes' | 'tcpReply'>,
  family: Family,
  src: Cidr | null,
  dst: Cidr | null,
  words: AddressWords,
): void {
  const proto = r.protocol === 'icmpv6' ? 'icmp' : r.protocol;
  const from = words.of(src, family);
  const to = words.of(dst, family);
  const est = r.tcpReply ? ' established' : '';
  if (r.protocol === 'tcp' || r.protocol === 'udp') {
    const sports = r.sports ? r.sports.map((p) => ` ${portOp(p)}`) : [''];
    const dports = r.dports ? r.dports.map((p) => ` ${portOp(p)}`) : [''];
    for (const d of dports) for (const sp of sports) out.push(` permit ${proto} ${from}${sp} ${to}${d}${est}`);
    return;
  }
  if (r.icmpTypes === null) out.push(` permit ${proto} ${from} ${to}`);
  else for (const t of r.icmpTypes) out.push(` permit ${proto} ${from} ${to} ${t}`);
}

/** IOS words for addresses (`any`, `host A`, `A WILDCARD`), each made once per file: hosts repeat in thousands of entries. */
class AddressWords {
  private readonly byText = new Map<string, string>();

  of(c: Cidr | null, family: Family): string {
    if (c === null || c.prefix === 0) return 'any';
    let text = this.byText.get(c.text);
    if (text === undefined) this.byText.set(c.text, (text = addrText(c, family)));
    return text;
  }
}

function addrText(c: Cidr, family: Family): string {
  const base = c.text.replace(/\/\d+$/, '');
  if (c.prefix === (family === 4 ? 32 : 128)) return `host ${base}`;
  return family === 4 ? `${base} ${wildcardMask(c.prefix)}` : c.text;
}

function portOp([lo, hi]: PortRange): string {
  return lo === hi ? `eq ${lo}` : `range ${lo} ${hi}`;
}

function remark(text: string): string {
  return safeComment(text, 90);
}

/** ACL names: PC- and the name, upper case, letters, digits, "-" and "_". */
function aclName(name: string): string {
  return `PC-${aclPart(name)}`;
}

function aclPart(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9_-]/g, '_');
}
