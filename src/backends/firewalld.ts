import { createHash } from 'node:crypto';
import type { FilterRule, HostRuleset } from '../compile/host-ruleset.js';
import { NDP_TYPES } from '../net/icmp-types.js';
import { formatPortRange } from '../net/port-ranges.js';
import { TargetError, type Backend, type OutputFile, type Rendered } from './backend.js';
import { describePlanRule, remoteCidrs } from './rule-text.js';
import { safeComment } from './safe-comment.js';

/** firewalld's names for ICMP types (its icmptypes/*.xml), per family. */
const ICMP_NAMES: Record<'icmp' | 'icmpv6', Record<number, string>> = {
  icmp: { 0: 'echo-reply', 3: 'destination-unreachable', 4: 'source-quench', 5: 'redirect', 8: 'echo-request', 9: 'router-advertisement', 10: 'router-solicitation', 11: 'time-exceeded', 12: 'parameter-problem', 13: 'timestamp-request', 14: 'timestamp-reply' },
  icmpv6: { 1: 'destination-unreachable', 2: 'packet-too-big', 3: 'time-exceeded', 4: 'parameter-problem', 128: 'echo-request', 129: 'echo-reply', 133: 'router-solicitation', 134: 'router-advertisement', 135: 'neighbour-solicitation', 136: 'neighbour-advertisement', 137: 'redirect' },
};

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
  description: 'firewalld zone, policy and ipset XML files (firewall-offline-cmd / firewall-cmd --reload)',
  suffixes: ['.xml'],
  tracking: { host: 'stateful', firewall: 'stateful' },
  loadCommand: (host) => `cp -r ${host}/* /etc/firewalld/ && firewall-cmd --reload && firewall-cmd --zone=${zoneName(host)} --change-interface=IFACE --permanent`,
  renderHost(rs: HostRuleset): Rendered {
    const zone = zoneName(rs.host);
    const policy = zoneName(rs.host, 'o');
    const files: OutputFile[] = [];
    const ipsets = new Map<string, string>();
    const inRules: string[] = [];
    const outRules: string[] = [];
    for (const [t, name] of [[NDP_TYPES.routerSolicit, 'router-solicitation'], [NDP_TYPES.solicit, 'neighbour-solicitation'], [NDP_TYPES.advert, 'neighbour-advertisement']] as const) {
      outRules.push(`  <rule family="ipv6"><icmp-type name="${name}"/><accept/></rule><!-- base: IPv6 neighbour discovery (RFC 4890), type ${t} -->`);
    }
    for (const r of rs.rules) {
      const addrs = remoteCidrs(r.remote, rs.sets);
      const side = r.direction === 'in' ? 'source' : 'destination';
      let where = '';
      if (addrs !== null) {
        if (addrs.length === 0) {
          (r.direction === 'in' ? inRules : outRules).push(`  <!-- not created: ${xmlComment(r.comment)}: its DNS name resolved to no address -->`);
          continue;
        }
        if (addrs.length === 1) where = `<${side} address="${addrs[0]}"/>`;
        else {
          const family = r.family === 6 || r.protocol === 'icmpv6' ? 'inet6' : 'inet';
          const key = `${family}|${addrs.join(',')}`;
          let set = ipsets.get(key);
          if (!set) {
            set = `${zone}-${ipsets.size + 1}`;
            ipsets.set(key, set);
            const note = r.remote.kind === 'fqdn' ? `DNS name ${r.remote.fqdn}, resolved at compile time` : 'peer addresses';
            files.push({ name: `${rs.host}/ipsets/${set}.xml`, content: ipsetXml(family, note, addrs) });
          }
          where = `<${side} ipset="${set}"/>`;
        }
      }
      const family = r.protocol === 'icmp' ? 4 : r.protocol === 'icmpv6' ? 6 : r.family;
      const fam = family === null ? '' : ` family="${family === 4 ? 'ipv4' : 'ipv6'}"`;
      for (const what of elements(r, rs)) (r.direction === 'in' ? inRules : outRules).push(`  <rule${fam}>${where}${what}<accept/></rule><!-- ${xmlComment(r.comment)} -->`);
    }
    const head = `<?xml version="1.0" encoding="utf-8"?>\n<!-- portcullis: host ${xmlComment(rs.host)} of site ${xmlComment(rs.site)} (${rs.addresses.join(', ')}). Stateful; default drop. -->\n`;
    files.unshift(
      { name: `${rs.host}/zones/${zone}.xml`, content: `${head}<zone target="DROP">\n  <short>${xml(`portcullis ${rs.host}`)}</short>\n  <description>${xml(`Inbound rules of host ${rs.host} (site ${rs.site}); bind it to the host's interface.`)}</description>\n${inRules.join('\n')}\n</zone>\n` },
      { name: `${rs.host}/policies/${policy}.xml`, content: `${head}<policy target="DROP" priority="-1">\n  <short>${xml(`portcullis ${rs.host} out`)}</short>\n  <description>${xml(`Outbound rules of host ${rs.host} (site ${rs.site}).`)}</description>\n  <ingress-zone name="HOST"/>\n  <egress-zone name="ANY"/>\n${outRules.join('\n')}\n</policy>\n` },
    );
    return { files, ruleCount: inRules.length + outRules.length };
  },
};

/** What a rich rule matches: one element per port range or ICMP type. */
function elements(r: FilterRule, rs: HostRuleset): string[] {
  if (r.protocol === 'tcp' || r.protocol === 'udp') return r.dports ? r.dports.map((p) => `<port port="${formatPortRange(p)}" protocol="${r.protocol}"/>`) : [`<protocol value="${r.protocol}"/>`];
  if (r.icmpTypes === null) return [`<protocol value="${r.protocol === 'icmp' ? 'icmp' : 'ipv6-icmp'}"/>`];
  return r.icmpTypes.map((t) => {
    const name = ICMP_NAMES[r.protocol as 'icmp' | 'icmpv6'][t];
    if (!name) {
      const planned = rs.planned.find((p) => p.protocol === r.protocol && p.icmpTypes?.includes(t));
      throw new TargetError(`firewalld has no name for ${r.protocol} type ${t} (flow ${planned ? describePlanRule(planned, rs.host) : r.comment})`, `firewalld rich rules name ICMP types from /usr/lib/firewalld/icmptypes; use the nftables target for this host, or add an icmptype file for type ${t}`);
    }
    return `<icmp-type name="${name}"/>`;
  });
}

function ipsetXml(family: 'inet' | 'inet6', note: string, addrs: string[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<ipset type="hash:net">\n  <short>${xml(note)}</short>\n${family === 'inet6' ? '  <option name="family" value="inet6"/>\n' : ''}${addrs.map((a) => `  <entry>${a}</entry>`).join('\n')}\n</ipset>\n`;
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
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Text inside an XML comment, which may not hold "--". */
function xmlComment(s: string): string {
  return safeComment(s).replace(/-{2,}/g, '-');
}
