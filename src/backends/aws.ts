import { TARGET_DESCRIPTIONS } from './targets.js';
import type { ForwardRuleset } from '../compile/forward-ruleset.js';
import type { FilterRule, FqdnSet, HostRuleset, Remote } from '../compile/host-ruleset.js';
import type { Family } from '../net/addresses.js';
import { formatPortRange, normalizePorts, type PortRange } from '../net/port-ranges.js';
import type { Backend, OutputFile, Rendered } from './backend.js';
import { addressList, anyOf, remoteCidrs } from './rule-text.js';
import { safeComment } from './safe-comment.js';
import { ExceptSets, explicitNote, OrderedSides, type ExceptSet } from './except-sets.js';
import { capabilities } from './capabilities.js';

/** AWS's default quota of rules per network ACL and direction, and the most it can be raised to. */
const NACL_QUOTA = 20;
const NACL_MAX = 40;

/**
 * AWS as Terraform JSON. A host becomes an `aws_security_group` (stateful) with one ingress or
 * egress block per rule, port range or ICMP type, and per family; DNS names are written as the
 * addresses they resolved to. A network firewall becomes one `aws_network_acl` per interface
 * (subnet) that is not the Internet's: stateless, numbered, with the derived return traffic.
 * Network ACLs match neither source ports nor TCP flags: return traffic is allowed to the client
 * ports by destination port only; and an entry names only the remote address, so it reaches
 * every host of its subnet (the host's security group narrows that). The file says both. Descriptions keep to the characters AWS
 * accepts, and `${`/`%{` are escaped for Terraform.
 */
export const awsBackend: Backend = {
  target: 'aws',
  description: TARGET_DESCRIPTIONS['aws'],
  suffixes: ['.tf.json'],
  capabilities: {
    host: capabilities({
      tracking: 'stateful',
      dnsNames: 'addresses',
      unitIds: { id: (host) => `pc_${tfId(host)}`, what: 'security group' },
      hostEntryLimit: sgLimit,
    }),
    // Network ACLs match neither source ports nor TCP flags (the file says so), and hold 40 entries per direction.
    firewall: capabilities({
      tracking: 'stateless',
      dnsNames: 'addresses',
      sourcePorts: false,
      tcpFlags: false,
      entryLimit: naclLimit,
      interfaceIds: { id: (fw, iface) => `pc_${tfId(fw)}_${tfId(iface)}`, what: 'network ACL' },
      unitIds: { id: (fw) => tfId(fw), what: 'Terraform name prefix' },
    }),
  },
  loadCommand: (name) =>
    `terraform plan (with ${name}.tf.json and portcullis-vpc.tf.json in the module; set var.vpc_id and the subnet variables)`,
  renderHost(rs: HostRuleset): Rendered {
    const notes: string[] = [
      `portcullis: host ${safeComment(rs.host)} of site ${safeComment(rs.site)} (${addressList(rs.addresses)}). Security groups are stateful; anything not listed is denied.`,
    ];
    const { ingress, egress } = sgRules(rs, notes);
    if (explicitNote(rs.rules.map((r) => r.remote)).length > 0)
      notes.push(
        'internet (every address outside the site) is written as the CIDRs it is: security groups only allow, so they cannot leave the site out otherwise.',
      );
    const id = tfId(rs.host);
    const doc = {
      '//': notes,
      resource: {
        aws_security_group: {
          [`pc_${id}`]: {
            name: awsText(`portcullis-${rs.site}-${rs.host}`),
            description: awsText(`portcullis host ${rs.host} of site ${rs.site}`),
            vpc_id: '${var.vpc_id}',
            ingress,
            egress,
            tags: { Name: awsText(`portcullis-${rs.host}`), 'portcullis-site': awsText(rs.site) },
          },
        },
      },
    };
    return {
      files: [{ name: `${rs.host}.tf.json`, content: `${JSON.stringify(doc, null, 2)}\n` }, VPC_FILE],
      ruleCount: ingress.length + egress.length,
    };
  },
  renderFirewall(rs: ForwardRuleset): Rendered {
    const notes: string[] = [
      `portcullis: network firewall ${safeComment(rs.firewall)} of site ${safeComment(rs.site)} as network ACLs, one per subnet (interface). Stateless: return traffic is derived; client (ephemeral) ports ${formatPortRange(rs.ephemeralPorts)}.`,
      'Network ACLs match neither source ports nor TCP flags: return traffic is allowed by destination (client) port only.',
      'A network ACL entry matches the remote address only, not the host inside its own subnet: an entry lets its ports reach every host of the subnet. Give each host its security group (portcullis compile --target aws --host HOST) for the per-host part of the plan.',
    ];
    if (rs.self)
      notes.push(
        `The site names host ${safeComment(rs.self.host)} as this router; network ACLs do not filter traffic of the VPC router itself: give ${safeComment(rs.self.host)} its security group (portcullis compile --target aws --host ${safeComment(rs.self.host)}).`,
      );
    const variables: Record<string, object> = {};
    const acls: Record<string, object> = {};
    let count = 0;
    for (const { iface, ingress, egress } of naclsOf(rs, notes)) {
      if (ingress.length > NACL_QUOTA || egress.length > NACL_QUOTA)
        notes.push(
          `${safeComment(iface.name)}: ${ingress.length} ingress and ${egress.length} egress entries; AWS allows ${NACL_QUOTA} per direction unless the quota is raised (up to ${NACL_MAX}).`,
        );
      const id = `${tfId(rs.firewall)}_${tfId(iface.name)}`;
      variables[`${id}_subnet_ids`] = {
        type: 'list(string)',
        description: awsText(`subnets behind ${iface.name} (${iface.label})`),
      };
      acls[`pc_${id}`] = {
        vpc_id: '${var.vpc_id}',
        subnet_ids: `\${var.${id}_subnet_ids}`,
        ingress,
        egress,
        tags: { Name: awsText(`portcullis-${rs.firewall}-${iface.name}`), 'portcullis-site': awsText(rs.site) },
      };
      count += ingress.length + egress.length;
    }
    const doc = { '//': notes, variable: variables, resource: { aws_network_acl: acls } };
    return {
      files: [{ name: `${rs.firewall}.tf.json`, content: `${JSON.stringify(doc, null, 2)}\n` }, VPC_FILE],
      ruleCount: count,
    };
  },
};

interface NaclGroup {
  protocol: string;
  family: 4 | 6;
  cidr: string;
  ports: PortRange[];
  icmpTypes: Set<number>;
  /** `deny`: an entry that refuses the site's own addresses ahead of "every address but" allows. */
  action?: 'deny';
  /** An allow for every address that stands for every address but the site's own: after the denies. */
  afterDenies?: boolean;
}

/** Numbered entries: one per merged port range or ICMP type of each protocol and address. */
function naclEntries(groups: NaclGroup[]): object[] {
  const out: Record<string, unknown>[] = [];
  for (const g of groups) {
    const base = (): Record<string, unknown> => ({
      rule_no: 100 + out.length * 10,
      action: g.action ?? 'allow',
      protocol: g.protocol,
    });
    const where = { [g.family === 4 ? 'cidr_block' : 'ipv6_cidr_block']: g.cidr };
    if (g.ports.length > 0)
      for (const [lo, hi] of normalizePorts(g.ports)) out.push({ ...base(), from_port: lo, to_port: hi, ...where });
    else {
      const types = g.icmpTypes.has(-1) ? [-1] : [...g.icmpTypes].sort((a, b) => a - b);
      for (const t of types) out.push({ ...base(), from_port: 0, to_port: 0, ...where, icmp_type: t, icmp_code: -1 });
    }
  }
  return out;
}

/** Why an interface has no network ACL: it holds the Internet, which is no subnet. */
function holdsInternet(iface: ForwardRuleset['interfaces'][number]): boolean {
  return iface.outside;
}

/**
 * The entries of each subnet's network ACL. An entry names the remote address and the
 * destination ports only, so entries that differ in nothing else are one set of ports: merged
 * per protocol and address. The interface that holds the Internet gets none (a note says so).
 */
function naclsOf(
  rs: ForwardRuleset,
  notes: string[],
): { iface: ForwardRuleset['interfaces'][number]; ingress: object[]; egress: object[] }[] {
  const out = [];
  for (const iface of rs.interfaces) {
    if (holdsInternet(iface)) {
      notes.push(
        `${safeComment(iface.name)} (${safeComment(iface.label)}) holds the Internet: no network ACL (it is no subnet); its flows are filtered by the other subnets' ACLs.`,
      );
      continue;
    }
    const sides = { ingress: new Map<string, NaclGroup>(), egress: new Map<string, NaclGroup>() };
    const ends = (r: ForwardRuleset['rules'][number]) =>
      [
        ['ingress', r.oif === iface.name ? r.src : null],
        ['egress', r.iif === iface.name ? r.dst : null],
      ] as const;
    // "Every address but the site's own" (internet) is written natively, as deny entries for the
    // own addresses ahead of an allow for every address, where all such entries of one direction
    // and family leave out the same addresses (then a denied packet is one no later entry allows).
    const order = new OrderedSides(new ExceptSets(rs.own), rs.rules.flatMap(ends));
    const denies = { ingress: new Map<string, NaclGroup>(), egress: new Map<string, NaclGroup>() };
    const native = (side: 'ingress' | 'egress', remote: Remote): ExceptSet | null => order.native(side, remote);
    for (const r of rs.rules) {
      // Traffic enters this subnet (ingress, matched on its source) or leaves it (egress, on its destination).
      for (const [side, remote] of ends(r)) {
        if (!remote) continue;
        const set = native(side, remote);
        if (set) {
          for (const c of set.cidrs)
            denies[side].set(c.text, {
              protocol: '-1',
              family: set.family,
              cidr: c.text,
              ports: [[0, 0]],
              icmpTypes: new Set(),
              action: 'deny',
            });
        }
        const addrs = set
          ? { v4: set.family === 4 ? ['0.0.0.0/0'] : [], v6: set.family === 6 ? ['::/0'] : [] }
          : addressesOf(remote, r.family, rs.sets, notes, r.comment);
        for (const [family, cidrs] of [
          [4, addrs.v4],
          [6, addrs.v6],
        ] as const) {
          for (const cidr of cidrs) {
            const protocol = r.protocol === 'icmpv6' ? '58' : r.protocol;
            const key = `${protocol}|${cidr}|${set ? 'but' : ''}`;
            const g: NaclGroup = sides[side].get(key) ?? {
              protocol,
              family,
              cidr,
              ports: [],
              icmpTypes: new Set<number>(),
            };
            if (set) g.afterDenies = true;
            if (r.protocol === 'tcp' || r.protocol === 'udp') g.ports.push(...(r.dports ?? [[0, 65535] as PortRange]));
            else for (const t of r.icmpTypes ?? [-1]) g.icmpTypes.add(t);
            sides[side].set(key, g);
          }
        }
      }
    }
    const ordered = (side: 'ingress' | 'egress'): NaclGroup[] => {
      const groups = [...sides[side].values()];
      return [
        ...groups.filter((g) => !g.afterDenies),
        ...denies[side].values(),
        ...groups.filter((g) => g.afterDenies),
      ];
    };
    out.push({ iface, ingress: naclEntries(ordered('ingress')), egress: naclEntries(ordered('egress')) });
  }
  return out;
}

/** The ingress and egress rules of a host's security group. */
function sgRules(rs: HostRuleset, notes: string[]): { ingress: object[]; egress: object[] } {
  const ingress: object[] = [];
  const egress: object[] = [];
  for (const r of rs.rules) {
    const addrs = addressesOf(r.remote, r.family, rs.sets, notes, r.comment);
    if (addrs.v4.length + addrs.v6.length === 0) continue;
    for (const [from, to, protocol] of portsOf(r)) {
      (r.direction === 'in' ? ingress : egress).push({
        description: awsText(r.comment),
        from_port: from,
        to_port: to,
        protocol,
        cidr_blocks: addrs.v4,
        ipv6_cidr_blocks: addrs.v6,
        prefix_list_ids: [],
        security_groups: [],
        self: false,
      });
    }
  }
  return { ingress, egress };
}

/** Rules per security group and direction that AWS allows by default (each CIDR of a rule counts). */
const SG_MAX = 60;

/**
 * A security group that needs more rules than AWS allows by default. Security groups only
 * allow, so a peer that is every address but the site's own (internet) is the CIDRs it is,
 * and those are many: the hint says what to do instead.
 */
function sgLimit(rs: HostRuleset): { message: string; hint: string } | null {
  const { ingress, egress } = sgRules(rs, []);
  for (const [dir, list] of [
    ['ingress', ingress],
    ['egress', egress],
  ] as const) {
    const count = list.reduce(
      (n, r) =>
        n +
        ((r as { cidr_blocks?: string[] }).cidr_blocks?.length ?? 0) +
        ((r as { ipv6_cidr_blocks?: string[] }).ipv6_cidr_blocks?.length ?? 0),
      0,
    );
    if (count > SG_MAX)
      return {
        message: `the security group of host ${rs.host} needs ${count} ${dir} rules (each CIDR counts); AWS allows ${SG_MAX} per direction by default`,
        hint: "security groups cannot leave addresses out, so internet (every address but the site's own) is many CIDRs: map the peer to any where every address may connect, raise the quota (rules per security group), or filter internet with the network ACL of a firewall (compile --firewall), which writes it natively",
      };
  }
  return null;
}

/** The first network ACL that needs more entries than AWS allows in one direction (a hard limit). */
function naclLimit(rs: ForwardRuleset): { message: string; hint: string } | null {
  for (const { iface, ingress, egress } of naclsOf(rs, [])) {
    for (const [dir, list] of [
      ['ingress', ingress],
      ['egress', egress],
    ] as const) {
      if (list.length > NACL_MAX)
        return {
          message: `the network ACL of ${iface.name} (${iface.label}) needs ${list.length} ${dir} entries after merging; AWS allows at most ${NACL_MAX} per direction`,
          hint: `filter this firewall's flows with security groups per host (compile --target aws --host HOST) and a coarser network ACL, or split ${iface.name}'s networks into more subnets`,
        };
    }
  }
  return null;
}

/** The CIDR blocks of a remote per family; a DNS name as resolved (noted), `any` as the whole family. */
function addressesOf(
  remote: Remote,
  family: Family | null,
  sets: readonly FqdnSet[],
  notes: string[],
  comment: string,
): { v4: string[]; v6: string[] } {
  const addrs = remoteCidrs(remote, sets);
  const fams: Family[] = family === null ? [4, 6] : [family];
  const list = addrs ?? fams.map(anyOf);
  if (remote.kind === 'fqdn')
    notes.push(
      `${safeComment(comment)}: DNS name ${safeComment(remote.fqdn)} ${addrs && addrs.length > 0 ? `written as the addresses it resolved to at compile time (${addrs.join(', ')})` : 'resolved to no address: no rule'}`,
    );
  return { v4: list.filter((a) => !a.includes(':')), v6: list.filter((a) => a.includes(':')) };
}

/** [from_port, to_port, protocol, icmp fields] per port range or ICMP type. */
function portsOf(
  r: Pick<FilterRule, 'protocol' | 'dports' | 'icmpTypes'>,
  nacl = false,
): [number, number, string, Record<string, number> | null][] {
  if (r.protocol === 'tcp' || r.protocol === 'udp')
    return (r.dports ?? [[0, 65535] as PortRange]).map(([lo, hi]) => [lo, hi, r.protocol, null]);
  const protocol = r.protocol === 'icmp' ? 'icmp' : nacl ? '58' : 'icmpv6';
  if (nacl) return (r.icmpTypes ?? [-1]).map((t) => [0, 0, protocol, { icmp_type: t, icmp_code: -1 }]);
  return (r.icmpTypes ?? [-1]).map((t) => [t, -1, protocol, null]);
}

/** Text in the characters AWS accepts in descriptions and names, at most 255, safe in Terraform strings. */
export function awsText(s: string): string {
  return safeComment(s, 255).replace(/[^A-Za-z0-9. _\-:/()#,@[\]+=&;!*]/g, '_');
}

/**
 * The one variable every file of a compile names (`var.vpc_id`), declared once in a file of its
 * own: the files of one `--out` directory are then one valid Terraform module.
 */
const VPC_FILE: OutputFile = {
  name: 'portcullis-vpc.tf.json',
  content: `${JSON.stringify({ variable: { vpc_id: { type: 'string', description: 'VPC of the portcullis security groups and network ACLs' } } }, null, 2)}\n`,
};

function tfId(s: string): string {
  return s.replace(/[^A-Za-z0-9_]/g, '_');
}
