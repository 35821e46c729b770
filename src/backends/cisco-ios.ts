import { TARGET_DESCRIPTIONS } from './targets.js';
import type { ForwardRuleset } from '../compile/forward-ruleset.js';
import type { FilterRule, FqdnSet, HostRuleset, Remote } from '../compile/host-ruleset.js';
import { cidrContains, parseCidr, wildcardMask, type Cidr, type Family } from '../net/addresses.js';
import { formatPortRange, type PortRange } from '../net/port-ranges.js';
import type { Backend, Rendered } from './backend.js';
import { addressList, remoteCidrs, networksNote } from './rule-text.js';
import { safeComment } from './safe-comment.js';
import { ExceptSets, explicitNote, type ExceptSet } from './except-sets.js';
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
  description: TARGET_DESCRIPTIONS['cisco-ios'],
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
      interfaceIds: {
        id: (fw, iface) => `${aclName(fw)}-${aclPart(iface)}`,
        what: 'ACL name',
        variants: (id) => [id, `${id}-V6`, `${id}-NEW`, `${id}-V6-NEW`],
      },
      unitIds: { id: (fw) => aclName(fw), what: 'ACL name prefix' },
    }),
  },
  loadCommand: (name) =>
    `paste ${name}.ios into configure terminal (or copy it to running-config), then apply the ACLs as its header says`,
  renderHost(rs: HostRuleset): Rendered {
    const name = aclName(rs.host);
    const lines = header(
      `host ${rs.host} of site ${rs.site} (${addressList(rs.addresses)})`,
      rs.ephemeralPorts,
      'host',
    );
    lines.push(...internetNote(rs.rules.map((r) => r.remote)));
    lines.push('! Apply on the router interface that faces the host:');
    lines.push(`!   ip access-group ${name}-TO out / ip access-group ${name}-FROM in`);
    lines.push(`!   ipv6 traffic-filter ${name}-TO-V6 out / ipv6 traffic-filter ${name}-FROM-V6 in`);
    let count = 0;
    const words = new AddressWords();
    const except = new ExceptSets(rs.own);
    for (const family of [4, 6] as Family[]) {
      const mine = rs.addresses.filter((c) => c.family === family);
      const self: Remote = { kind: 'cidrs', cidrs: mine };
      for (const dir of ['in', 'out'] as const) {
        const entries: AclEntry[] = rs.rules
          .filter((r) => r.direction === dir && fits(r, family))
          .map((r) => ({
            r,
            src: dir === 'in' ? r.remote : self,
            dst: dir === 'in' ? self : r.remote,
            remark: remark(r.comment),
          }));
        const body = aclBody(entries, family, rs.sets, words, except);
        const acl = `${name}-${dir === 'in' ? 'TO' : 'FROM'}${family === 6 ? '-V6' : ''}`;
        count += writeAcl(lines, acl, family, body);
      }
    }
    return { files: [{ name: `${rs.host}.ios`, content: `${lines.join('\n')}\n` }], ruleCount: count };
  },
  renderFirewall(rs: ForwardRuleset): Rendered {
    const name = aclName(rs.firewall);
    const lines = header(`network firewall ${rs.firewall} of site ${rs.site}`, rs.ephemeralPorts, 'firewall');
    lines.push(...internetNote(rs.rules.flatMap((r) => [r.src, r.dst])));
    lines.push(
      '! One ACL per family and ingress interface, applied inbound by this file. Each is built as NAME-NEW, applied, rebuilt as NAME and applied again: an interface never lacks its ACL.',
    );
    if (rs.self)
      lines.push(
        `! The router's own traffic follows the plan of host ${safeComment(rs.self.host)} (${addressList(rs.self.addresses)}): each ACL first permits what that plan lets reach the router, then denies everything else to its addresses. IOS interface ACLs do not filter what the router itself sends; its outbound rules need a control-plane policy.`,
      );
    else
      lines.push(
        "! IOS applies an inbound ACL to traffic for the router itself too, and the site names no address of the router (host: under the firewall): before the final deny, permit its own management and routing traffic (other targets leave the router's own traffic alone).",
      );
    for (const i of rs.interfaces) {
      const ifn = i.name;
      lines.push(`!   interface ${ifn} (${safeComment(i.label)}: ${networksNote(i.networks)})`);
      lines.push(`!    ip access-group ${name}-${aclPart(ifn)} in`);
      lines.push(`!    ipv6 traffic-filter ${name}-${aclPart(ifn)}-V6 in`);
    }
    let count = 0;
    const words = new AddressWords();
    const except = new ExceptSets(rs.own);
    for (const family of [4, 6] as Family[]) {
      // The router's own inbound traffic, where the site names its host: the same entries first in every ACL.
      const selfBody: string[] = [];
      if (rs.self) {
        const mine = rs.self.addresses.filter((c) => c.family === family);
        const self: Remote = { kind: 'cidrs', cidrs: mine };
        const entries: AclEntry[] = rs.self.rules
          .filter((r) => r.direction === 'in' && fits(r, family))
          .map((r) => ({ r, src: r.remote, dst: self, remark: `to the router: ${remark(r.comment)}` }));
        selfBody.push(...aclBody(entries, family, rs.self.sets, words, except));
        if (mine.length > 0) selfBody.push(` remark ${remark('the router itself: nothing else')}`);
        // Neighbour discovery to the router's own addresses passes before those denies (IOS's implicit permits come last).
        if (family === 6 && mine.length > 0) selfBody.push(' permit icmp any any nd-na', ' permit icmp any any nd-ns');
        for (const c of mine) selfBody.push(` deny ${family === 4 ? 'ip' : 'ipv6'} any ${words.of(c, family)} log`);
      }
      for (const iface of rs.interfaces) {
        // Grouped by egress interface, in the interfaces' order.
        const entries: AclEntry[] = rs.interfaces.flatMap((out) =>
          rs.rules
            .filter((r) => r.iif === iface.name && r.oif === out.name && fits(r, family))
            .map((r) => ({ r, src: r.src, dst: r.dst, remark: `to ${r.oif}: ${remark(r.comment)}` })),
        );
        const body = [...selfBody, ...aclBody(entries, family, rs.sets, words, except)];
        count += writeAcl(lines, `${name}-${aclPart(iface.name)}${family === 6 ? '-V6' : ''}`, family, body, {
          iface: iface.name,
          direction: 'in',
        });
      }
    }
    return { files: [{ name: `${rs.firewall}.ios`, content: `${lines.join('\n')}\n` }], ruleCount: count };
  },
};

function header(what: string, ephemeral: PortRange, kind: 'host' | 'firewall'): string[] {
  return [
    `! portcullis: ${safeComment(what)}`,
    `! Stateless: return traffic is derived from the plan (TCP established, UDP and ICMP replies); client (ephemeral) ports ${formatPortRange(ephemeral)}.`,
    kind === 'firewall'
      ? '! Each ACL ends in an explicit deny (logged).'
      : '! Each ACL is deleted and written again whole, then ends in an explicit deny (logged). The site names no router interface for a host, so this file cannot swap: while an applied ACL is rewritten IOS permits everything on that interface; to reload without that moment, paste it under new names (edit the PC- prefix) and point the interface at them.',
  ];
}

/**
 * Writes one ACL (deleted first, so pasting twice gives the same ACL); returns its entry count.
 * With the interface it is applied on (`swap`), it is replaced without a moment in which the
 * interface has no ACL (IOS permits everything there then): the new entries are built under
 * ACL-NEW, the interface is pointed at it, ACL is rebuilt, pointed at again, and ACL-NEW removed.
 */
function writeAcl(
  lines: string[],
  acl: string,
  family: Family,
  body: string[],
  swap?: { iface: string; direction: 'in' | 'out' },
): number {
  const build = (name: string): void => {
    lines.push(family === 4 ? `no ip access-list extended ${name}` : `no ipv6 access-list ${name}`);
    lines.push(family === 4 ? `ip access-list extended ${name}` : `ipv6 access-list ${name}`);
    for (const b of body) lines.push(b);
    // An explicit deny at the end replaces IOS's implicit ND permits, so they are written out.
    if (family === 6) lines.push(' permit icmp any any nd-na', ' permit icmp any any nd-ns');
    lines.push(family === 4 ? ' deny ip any any log' : ' deny ipv6 any any log');
  };
  const apply = (name: string): void => {
    lines.push(`interface ${swap!.iface}`);
    lines.push(
      family === 4 ? ` ip access-group ${name} ${swap!.direction}` : ` ipv6 traffic-filter ${name} ${swap!.direction}`,
    );
    lines.push('exit');
  };
  lines.push('!');
  if (swap) {
    build(`${acl}-NEW`);
    apply(`${acl}-NEW`);
    build(acl);
    apply(acl);
    lines.push(family === 4 ? `no ip access-list extended ${acl}-NEW` : `no ipv6 access-list ${acl}-NEW`);
  } else build(acl);
  return body.filter((l) => l.startsWith(' permit') || l.startsWith(' deny')).length + (family === 6 ? 3 : 1);
}

function fits(r: Pick<FilterRule, 'family' | 'protocol'>, family: Family): boolean {
  if (r.protocol === 'icmp') return family === 4;
  if (r.protocol === 'icmpv6') return family === 6;
  return r.family === null || r.family === family;
}

/** The CIDRs of a remote for one family (`null` = any); a DNS name as resolved, with a remark. */
function cidrsOfRemote(remote: Remote, family: Family, sets: readonly FqdnSet[], notes: string[]): (Cidr | null)[] {
  if (remote.kind === 'cidrs') return remote.cidrs.filter((c) => c.family === family);
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
/** The header line on how internet is written, when a rule names it. */
function internetNote(remotes: readonly Remote[]): string[] {
  return explicitNote(remotes, '!').length > 0
    ? [
        '! internet (every address outside the site) is written as a deny for each own address of the site, then a permit for any, after the other entries of an ACL where that is sound (see the remarks); otherwise as the CIDRs it is.',
      ]
    : [];
}

/** One entry of an ACL before it is written: a rule between two ends (a host's own addresses, as CIDRs). */
interface AclEntry {
  r: Pick<FilterRule, 'protocol' | 'dports' | 'sports' | 'icmpTypes' | 'tcpReply'>;
  src: Remote;
  dst: Remote;
  remark: string;
}

/**
 * The entries of one ACL. A side that is every address but the site's own (internet) is
 * written natively where that is sound: after every other entry, a deny from (or to) each own
 * address, scoped to the entry's other end, then the entries with any. Sound when every
 * such side of the ACL leaves out the same addresses, no entry has two, and each such entry's
 * other end lies within those own addresses: a denied packet is then one no later entry
 * permits. Otherwise internet is written as the CIDRs it is.
 */
function aclBody(
  entries: readonly AclEntry[],
  family: Family,
  sets: readonly FqdnSet[],
  words: AddressWords,
  except: ExceptSets,
): string[] {
  const left = (x: Remote): ExceptSet | null => {
    if (x.kind !== 'cidrs') return null;
    const m = except.match(x.cidrs);
    return m.except ? m.set : null;
  };
  const inside = (x: Remote, set: ExceptSet): boolean =>
    x.kind === 'cidrs' && x.cidrs.length > 0 && x.cidrs.every((c) => set.cidrs.some((e) => cidrContains(e, c)));
  const found = new Set<ExceptSet>();
  let sound = true;
  for (const e of entries) {
    const [s, d] = [left(e.src), left(e.dst)];
    if (s && d) sound = false;
    const set = s ?? d;
    if (!set) continue;
    found.add(set);
    if (!inside(s ? e.dst : e.src, set)) sound = false;
  }
  const native = sound && found.size === 1 ? [...found][0]! : null;
  const body: string[] = [];
  const tail: string[] = [];
  const denies = new Set<string>();
  for (const e of entries) {
    const s = native && left(e.src) === native;
    const d = native && left(e.dst) === native;
    if (s || d) {
      const notes: string[] = [];
      const others = cidrsOfRemote(s ? e.dst : e.src, family, sets, notes);
      tail.push(` remark ${e.remark}`);
      for (const other of others) {
        // One deny per own address and other end, for every protocol and port: every entry after
        // it leaves those addresses out, and that other end lies within them (see above).
        const w = words.of(other, family);
        for (const own of native.cidrs) {
          const o = words.of(own, family);
          denies.add(` deny ${family === 4 ? 'ip' : 'ipv6'} ${s ? o : w} ${s ? w : o}`);
        }
        permits(tail, e.r, family, s ? null : other, s ? other : null, words);
      }
      continue;
    }
    const notes: string[] = [];
    const srcs = cidrsOfRemote(e.src, family, sets, notes);
    const dsts = cidrsOfRemote(e.dst, family, sets, notes);
    body.push(` remark ${e.remark}`, ...new Set(notes));
    for (const src of srcs) for (const dst of dsts) permits(body, e.r, family, src, dst, words);
  }
  if (denies.size === 0) return [...body, ...tail];
  return [
    ...body,
    ` remark ${remark('internet: the site own addresses are denied here, then any is permitted')}`,
    ...denies,
    ...tail,
  ];
}

function permits(
  out: string[],
  r: Pick<FilterRule, 'protocol' | 'dports' | 'sports' | 'icmpTypes' | 'tcpReply'>,
  family: Family,
  src: Cidr | null,
  dst: Cidr | null,
  words: AddressWords,
  action: 'permit' | 'deny' = 'permit',
): void {
  const proto = r.protocol === 'icmpv6' ? 'icmp' : r.protocol;
  const from = words.of(src, family);
  const to = words.of(dst, family);
  const est = r.tcpReply ? ' established' : '';
  if (r.protocol === 'tcp' || r.protocol === 'udp') {
    const sports = r.sports ? r.sports.map((p) => ` ${portOp(p)}`) : [''];
    const dports = r.dports ? r.dports.map((p) => ` ${portOp(p)}`) : [''];
    for (const d of dports) for (const sp of sports) out.push(` ${action} ${proto} ${from}${sp} ${to}${d}${est}`);
    return;
  }
  if (r.icmpTypes === null) out.push(` ${action} ${proto} ${from} ${to}`);
  else for (const t of r.icmpTypes) out.push(` ${action} ${proto} ${from} ${to} ${t}`);
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
