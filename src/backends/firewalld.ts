import { TARGET_DESCRIPTIONS } from './targets.js';
import { createHash } from 'node:crypto';
import type { ForwardRuleset } from '../compile/forward-ruleset.js';
import type { FilterRule, FqdnSet, HostRuleset, Remote } from '../compile/host-ruleset.js';
import { cidrAddressText } from '../net/addresses.js';
import { NDP_TYPES } from '../net/icmp-types.js';
import { formatPortRange } from '../net/port-ranges.js';
import type { Backend, OutputFile, Rendered } from './backend.js';
import { dnsSyncUnit } from './dns-sync-unit.js';
import { addressesNote, addressList, remoteCidrs, networksNote, syncedNote } from './rule-text.js';
import { safeComment } from './safe-comment.js';
import { explicitNote } from './except-sets.js';
import { capabilities, LINUX_INTERFACE_NAMES } from './capabilities.js';

/** firewalld's names for ICMP types (its icmptypes/*.xml), per family. */
const ICMP_NAMES: Record<'icmp' | 'icmpv6', Record<number, string>> = {
  icmp: {
    0: 'echo-reply',
    3: 'destination-unreachable',
    4: 'source-quench',
    5: 'redirect',
    8: 'echo-request',
    9: 'router-advertisement',
    10: 'router-solicitation',
    11: 'time-exceeded',
    12: 'parameter-problem',
    13: 'timestamp-request',
    14: 'timestamp-reply',
  },
  icmpv6: {
    1: 'destination-unreachable',
    2: 'packet-too-big',
    3: 'time-exceeded',
    4: 'parameter-problem',
    128: 'echo-request',
    129: 'echo-reply',
    133: 'router-solicitation',
    134: 'router-advertisement',
    135: 'neighbour-solicitation',
    136: 'neighbour-advertisement',
    137: 'redirect',
  },
};

/** firewalld's rich rules name ICMP types from its icmptypes files: the types above only. */
const FIREWALLD_ICMP = {
  named: (protocol: 'icmp' | 'icmpv6', type: number) => ICMP_NAMES[protocol][type] !== undefined,
  hint: (type: number) =>
    `firewalld rich rules name ICMP types from /usr/lib/firewalld/icmptypes; use the nftables target, or add an icmptype file for type ${type}`,
};

/**
 * What any `firewall-cmd --reload` does to others, this file's load included (firewalld 1.x,
 * seen in the coexistence lab): said in every file, so no one learns it from a lost ban.
 */
const RELOAD_NOTE =
  "Loading reloads firewalld, which flushes other software's iptables rules (Docker adds its own again on the reload; fail2ban's iptables actions do not: use its nftables action) and drops runtime-only changes.";

/** firewalld limits zone and policy names to 17 characters. */
const NAME_MAX = 17;

/**
 * firewalld: a zone for the host's inbound rules (target DROP), a policy from the HOST zone to
 * ANY for its outbound rules (target DROP), and an ipset per peer with several addresses, as
 * the XML files firewalld keeps under /etc/firewalld/{zones,policies,ipsets}/. Rules are rich
 * rules with ports (no service files: the plan's ports are per peer). firewalld tracks
 * connections itself. Text is XML-escaped; names from the site are made safe first.
 */
export const firewalldBackend: Backend = {
  target: 'firewalld',
  description: TARGET_DESCRIPTIONS['firewalld'],
  suffixes: ['.xml'],
  capabilities: {
    host: capabilities({ tracking: 'stateful', dnsNames: 'synced', icmpTypes: FIREWALLD_ICMP }),
    firewall: capabilities({
      tracking: 'stateful',
      dnsNames: 'sets',
      icmpTypes: FIREWALLD_ICMP,
      interfaceNames: LINUX_INTERFACE_NAMES,
    }),
  },
  // firewalld knows a copied zone only after a reload; the binding is then made at runtime and
  // permanently (it survives later reloads), with no second reload.
  loadCommand: (host) =>
    `cp -r ${host}/* /etc/firewalld/ && firewall-cmd --reload && firewall-cmd --permanent --zone=${zoneName(host)} --change-interface=IFACE && firewall-cmd --zone=${zoneName(host)} --change-interface=IFACE (the binding is permanent: it survives reloads)`,
  loadFirewallCommand: (fw) => `cp -r ${fw}/* /etc/firewalld/ && firewall-cmd --reload (the zones bind the interfaces)`,
  renderHost(rs: HostRuleset): Rendered {
    const zone = zoneName(rs.host);
    const policy = zoneName(rs.host, 'o');
    const files: OutputFile[] = [];
    // A host's DNS-named peers: an ipset per name and family that portcullis dns-sync fills.
    const book = new IpsetBook(zone, `${rs.host}/ipsets`, rs.sets, files, true);
    const { inRules, outRules } = hostRules(rs, book);
    const unit = rs.sets.length > 0 ? dnsSyncUnit(rs, 'firewalld') : null;
    const synced = unit
      ? ` DNS-named peers (ipsets ${rs.sets.map((x) => fqdnIpset(rs.host, x.name)).join(', ')}): portcullis dns-sync on the host fills them at runtime and keeps them current, and fills them again when firewalld reloads; install ${xmlComment(unit.name)} (its header says how). firewalld accepts established connections ahead of the rich rules: a refresh never cuts a connection.`
      : '';
    const head = `<?xml version="1.0" encoding="utf-8"?>\n<!-- portcullis: host ${xmlComment(rs.host)} of site ${xmlComment(rs.site)} (${addressList(rs.addresses)}). Stateful; default drop. Touches only its own zone, policy and ipsets; other zones (docker, libvirt) and their interfaces are left as they are. ${RELOAD_NOTE}${synced} -->\n${internetNote(rs.rules.map((r) => r.remote))}`;
    files.unshift(
      {
        name: `${rs.host}/zones/${zone}.xml`,
        content: `${head}<zone target="DROP">\n  <short>${xml(`portcullis ${rs.host}`)}</short>\n  <description>${xml(`Inbound rules of host ${rs.host} (site ${rs.site}); bind it to the host's interface.`)}</description>\n${inRules.join('\n')}\n</zone>\n`,
      },
      {
        name: `${rs.host}/policies/${policy}.xml`,
        content: `${head}<policy target="DROP" priority="-1">\n  <short>${xml(`portcullis ${rs.host} out`)}</short>\n  <description>${xml(`Outbound rules of host ${rs.host} (site ${rs.site}).`)}</description>\n  <ingress-zone name="HOST"/>\n  <egress-zone name="ANY"/>\n${outRules.join('\n')}\n</policy>\n`,
      },
    );
    if (unit) files.push(unit);
    return { files, ruleCount: inRules.length + outRules.length };
  },
  /**
   * A network firewall: a zone per interface (bound to it; target ACCEPT, so the router's own
   * traffic is left alone, as on the other targets) and a policy per pair of interfaces that
   * planned flows cross, target DROP, with the planned flows as rich rules; a last policy drops
   * what the zones would forward otherwise.
   */
  renderFirewall(rs: ForwardRuleset): Rendered {
    const dir = rs.firewall;
    const files: OutputFile[] = [];
    const book = new IpsetBook(zoneName(rs.firewall, 's'), `${dir}/ipsets`, rs.sets, files);
    const zoneOf = new Map(rs.interfaces.map((i) => [i.name, zoneName(`${rs.firewall}-${i.name}`)]));
    // The router's own traffic: left alone (zones that accept what reaches the router), or, where
    // the site names the host that is this router, that host's rules: its inbound rules in every
    // zone (target DROP), its outbound rules in a policy from HOST.
    const self = rs.self ? hostRules(rs.self, book) : null;
    const own = rs.self
      ? `The router's own traffic follows the plan of host ${xmlComment(rs.self.host)} (${addressList(rs.self.addresses)}): its inbound rules in every zone (target DROP), its outbound rules in policy ${zoneName(rs.firewall, 'o')}.`
      : "The router's own traffic is left alone: the zones accept what reaches the router itself (target ACCEPT), as the other targets do.";
    const remotes = [...rs.rules.flatMap((r) => [r.src, r.dst]), ...(rs.self?.rules.map((r) => r.remote) ?? [])];
    const head = `<?xml version="1.0" encoding="utf-8"?>\n<!-- portcullis: network firewall ${xmlComment(rs.firewall)} of site ${xmlComment(rs.site)}. Stateful; forwarded traffic not planned is dropped. ${own} Forwarded traffic between zones passes only through the policies. ${RELOAD_NOTE} -->\n${internetNote(remotes)}`;
    for (const i of rs.interfaces) {
      const rules = self ? self.inRules.map((l) => `${l}\n`).join('') : '';
      files.push({
        name: `${dir}/zones/${zoneOf.get(i.name)}.xml`,
        content: `${head}<zone target="${self ? 'DROP' : 'ACCEPT'}">\n  <short>${xml(`portcullis ${rs.firewall} ${i.name}`)}</short>\n  <description>${xml(`Interface ${i.name} of firewall ${rs.firewall}: ${i.label} (${networksNote(i.networks)})`)}</description>\n  <interface name="${xml(i.name)}"/>\n${rules}</zone>\n`,
      });
    }
    if (rs.self && self) {
      files.push({
        name: `${dir}/policies/${zoneName(rs.firewall, 'o')}.xml`,
        content: `${head}<policy target="DROP" priority="-1">\n  <short>${xml(`portcullis ${rs.firewall} out`)}</short>\n  <description>${xml(`Outbound rules of the router itself (host ${rs.self.host}, site ${rs.site}).`)}</description>\n  <ingress-zone name="HOST"/>\n  <egress-zone name="ANY"/>\n${self.outRules.join('\n')}\n</policy>\n`,
      });
    }
    const byPair = new Map<string, string[]>();
    const seen = new Set<string>();
    let count = 0;
    for (const r of rs.rules) {
      const key = `${r.iif}|${r.oif}`;
      const list = byPair.get(key) ?? [];
      byPair.set(key, list);
      const family = r.family === 6 || r.protocol === 'icmpv6' ? 6 : 4;
      const src = book.element('source', r.src, family);
      const dst = book.element('destination', r.dst, family);
      if (src === null || dst === null) {
        list.push(`  <!-- not created: ${xmlComment(r.comment)}: its DNS name resolved to no address -->`);
        continue;
      }
      for (const what of elements(r)) {
        // Rules merge ports per flow, so one port can come from two of them: firewalld refuses a rich rule twice.
        const rule = `  <rule${familyAttr(r)}>${src}${dst}${what}<accept/></rule>`;
        if (seen.has(`${key}|${rule}`)) continue;
        seen.add(`${key}|${rule}`);
        list.push(`${rule}<!-- ${xmlComment(r.comment)} -->`);
        count++;
      }
    }
    for (const [key, rules] of byPair) {
      const [iif, oif] = key.split('|') as [string, string];
      const name = zoneName(`${rs.firewall}-${iif}-${oif}`, 'p');
      files.push({
        name: `${dir}/policies/${name}.xml`,
        content: `${head}<policy target="DROP" priority="-2">\n  <short>${xml(`portcullis ${rs.firewall} ${iif} to ${oif}`)}</short>\n  <ingress-zone name="${zoneOf.get(iif)}"/>\n  <egress-zone name="${zoneOf.get(oif)}"/>\n${rules.join('\n')}\n</policy>\n`,
      });
    }
    // The zones accept what reaches the router itself; what they forward and no policy above
    // allows is dropped here, after those policies and before the zones (priority -1).
    const rest = zoneName(`${rs.firewall}-rest`, 'p');
    files.push({
      name: `${dir}/policies/${rest}.xml`,
      content: `${head}<policy target="DROP" priority="-1">\n  <short>${xml(`portcullis ${rs.firewall}: forwarded traffic not planned`)}</short>\n${rs.interfaces.map((i) => `  <ingress-zone name="${zoneOf.get(i.name)}"/>`).join('\n')}\n  <egress-zone name="ANY"/>\n</policy>\n`,
    });
    return { files, ruleCount: count + (self ? self.inRules.length * rs.interfaces.length + self.outRules.length : 0) };
  },
};

/** A host's rich rules (or a router's own): inbound for its zone, outbound for its HOST-to-ANY policy. */
function hostRules(rs: HostRuleset, book: IpsetBook): { inRules: string[]; outRules: string[] } {
  const inRules: string[] = [];
  const outRules: string[] = [];
  for (const [t, name] of [
    [NDP_TYPES.routerSolicit, 'router-solicitation'],
    [NDP_TYPES.solicit, 'neighbour-solicitation'],
    [NDP_TYPES.advert, 'neighbour-advertisement'],
  ] as const) {
    outRules.push(
      `  <rule family="ipv6"><icmp-type name="${name}"/><accept/></rule><!-- base: IPv6 neighbour discovery (RFC 4890), type ${t} -->`,
    );
  }
  for (const r of rs.rules) {
    const list = r.direction === 'in' ? inRules : outRules;
    const where = book.element(
      r.direction === 'in' ? 'source' : 'destination',
      r.remote,
      r.family === 6 || r.protocol === 'icmpv6' ? 6 : 4,
    );
    if (where === null) {
      list.push(`  <!-- not created: ${xmlComment(r.comment)}: its DNS name resolved to no address -->`);
      continue;
    }
    for (const what of elements(r))
      list.push(`  <rule${familyAttr(r)}>${where}${what}<accept/></rule><!-- ${xmlComment(r.comment)} -->`);
  }
  return { inRules, outRules };
}

/** The XML comment saying how internet is written, when a rule names it. */
function internetNote(remotes: readonly Remote[]): string {
  return explicitNote(remotes, '')
    .map((l) => `<!--${xmlComment(l)} -->\n`)
    .join('');
}

/** `family="ipv4"` or `family="ipv6"`, or nothing for a rule of both families. */
function familyAttr(r: Pick<FilterRule, 'family' | 'protocol'>): string {
  const family = r.protocol === 'icmp' ? 4 : r.protocol === 'icmpv6' ? 6 : r.family;
  return family === null ? '' : ` family="${family === 4 ? 'ipv4' : 'ipv6'}"`;
}

/** The ipset of a host's DNS-named peer (`pc-mx1-fqdn4_0`): its zone's name and the set's. */
export function fqdnIpset(host: string, set: string): string {
  return `${zoneName(host)}-${set}`;
}

/**
 * Source and destination elements of rich rules: one address, or an ipset (written as a file)
 * for several; `null` for a DNS name that resolved to nothing (no rule, said in a comment).
 * `synced`: a DNS name is always its own ipset (`fqdnIpset`), which dns-sync fills, seeded with
 * the addresses given at compile time (if any).
 */
class IpsetBook {
  private readonly byKey = new Map<string, string>();
  constructor(
    private readonly prefix: string,
    private readonly dir: string,
    private readonly sets: readonly FqdnSet[],
    private readonly files: OutputFile[],
    private readonly synced = false,
  ) {
    // Every set dns-sync fills is there, used by a rule or not: it finds what it looks for.
    if (synced)
      for (const set of sets)
        files.push({
          name: `${dir}/${prefix}-${set.name}.xml`,
          content: ipsetXml(
            set.family === 6 ? 'inet6' : 'inet',
            syncedNote(set.fqdn),
            set.addresses.map(cidrAddressText),
          ),
        });
  }

  element(side: 'source' | 'destination', remote: Remote, family: 4 | 6): string | null {
    if (this.synced && remote.kind === 'fqdn') return `<${side} ipset="${this.prefix}-${remote.set}"/>`;
    const addrs = remoteCidrs(remote, this.sets);
    if (addrs === null) return '';
    if (addrs.length === 0) return null;
    if (addrs.length === 1) return `<${side} address="${addrs[0]}"/>`;
    const fam = family === 6 ? 'inet6' : 'inet';
    const key = `${fam}|${addrs.join(',')}`;
    let set = this.byKey.get(key);
    if (!set) {
      set = `${this.prefix}-${this.byKey.size + 1}`;
      this.byKey.set(key, set);
      const note = addressesNote(remote);
      this.files.push({ name: `${this.dir}/${set}.xml`, content: ipsetXml(fam, note, addrs) });
    }
    return `<${side} ipset="${set}"/>`;
  }
}

/** What a rich rule matches: one element per port range or ICMP type. */
function elements(r: Pick<FilterRule, 'protocol' | 'dports' | 'icmpTypes'>): string[] {
  if (r.protocol === 'tcp' || r.protocol === 'udp')
    return r.dports
      ? r.dports.map((p) => `<port port="${formatPortRange(p)}" protocol="${r.protocol}"/>`)
      : [`<protocol value="${r.protocol}"/>`];
  if (r.icmpTypes === null) return [`<protocol value="${r.protocol === 'icmp' ? 'icmp' : 'ipv6-icmp'}"/>`];
  const names = ICMP_NAMES[r.protocol];
  return r.icmpTypes.map((t) => {
    // Compile checked the ruleset against FIREWALLD_ICMP before rendering: a type without a name is a bug.
    const name = names[t];
    if (name === undefined)
      throw new Error(`firewalld: ICMP type ${t} has no name and was not refused before rendering`);
    return `<icmp-type name="${name}"/>`;
  });
}

function ipsetXml(family: 'inet' | 'inet6', note: string, addrs: string[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<ipset type="hash:net">\n  <short>${xml(note)}</short>\n${family === 'inet6' ? '  <option name="family" value="inet6"/>\n' : ''}${addrs.map((a) => `  <entry>${a}</entry>\n`).join('')}</ipset>\n`;
}

/** `pc-HOST` (`pco-HOST` for the policy), or a hashed short form when the host name is long. */
export function zoneName(host: string, suffix = ''): string {
  const clean = host.replace(/[^A-Za-z0-9_-]/g, '_');
  const name = `pc${suffix}-${clean}`;
  if (name.length <= NAME_MAX) return name;
  const hash = createHash('sha256').update(host).digest('hex').slice(0, 5);
  return `pc${suffix}-${clean.slice(0, NAME_MAX - 9 - suffix.length)}-${hash}`;
}

/** XML character data or attribute value. */
export function xml(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
  const printable = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ' ');
  return printable
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Text inside an XML comment, which may not hold "--". */
function xmlComment(s: string): string {
  return safeComment(s).replace(/-{2,}/g, '-');
}
