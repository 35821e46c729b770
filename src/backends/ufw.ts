import { TARGET_DESCRIPTIONS } from './targets.js';
import { createHash } from 'node:crypto';
import type { ForwardRuleset } from '../compile/forward-ruleset.js';
import type { FilterRule, FqdnSet, HostRuleset, Remote } from '../compile/host-ruleset.js';
import { addressList, anyOf, append, chunkPorts, dnsNameNote, remoteCidrs } from './rule-text.js';
import { formatPortRange, normalizePorts, type PortRange } from '../net/port-ranges.js';
import { addressForms, cidrKey, describeAddresses, normalizeCidrs, type Cidr, type Family } from '../net/addresses.js';
import type { Backend, OutputFile, Rendered } from './backend.js';
import { safeComment } from './safe-comment.js';
import { ExceptSets, explicitNote, OrderedSides, type ExceptSet } from './except-sets.js';
import { capabilities, LINUX_INTERFACE_NAMES } from './capabilities.js';

/**
 * ufw: a shell script of `ufw` commands (reset, default deny in, out and routed, one `allow`
 * per planned rule and peer address, enable), and an application profile per product for
 * `ufw app list`. ufw tracks connections itself. Its command line has no ICMP types, so the
 * script puts the plan's ICMP rules into /etc/ufw/before.rules and before6.rules itself, in
 * place of the stock ICMP echo and error accepts; every string is a single-quoted shell word.
 */
export const ufwBackend: Backend = {
  target: 'ufw',
  description: TARGET_DESCRIPTIONS['ufw'],
  suffixes: ['.ufw.sh', '.ufw-apps'],
  capabilities: {
    host: capabilities({ tracking: 'stateful', dnsNames: 'addresses' }),
    firewall: capabilities({ tracking: 'stateful', dnsNames: 'addresses', interfaceNames: LINUX_INTERFACE_NAMES }),
  },
  loadCommand: (name) => `sh ${name}.ufw.sh (as root)`,
  renderHost(rs: HostRuleset): Rendered {
    const { cmds, icmp, remotes, ordered } = hostCommands(rs);
    return files(
      rs.host,
      `host ${rs.host} of site ${rs.site} (${addressList(rs.addresses)})`,
      cmds,
      icmp,
      apps(rs),
      remotes,
      'host',
      ordered,
    );
  },
  renderFirewall(rs: ForwardRuleset): Rendered {
    const cmds: string[] = [];
    const icmp: string[] = [];
    const order = new OrderedExcept(
      rs.own,
      rs.rules.flatMap((r) => [
        ['src', r.src, r.protocol],
        ['dst', r.dst, r.protocol],
      ]),
    );
    for (const r of rs.rules) {
      const iif = r.iif;
      const oif = r.oif;
      if (r.protocol === 'icmp' || r.protocol === 'icmpv6') {
        append(icmp, icmpLines('forward', [iif, oif], r, r.src, r.dst, rs.sets));
        continue;
      }
      const srcSet = order.native('src', r.src);
      const dstSet = order.native('dst', r.dst);
      if ((srcSet || dstSet) && !(srcSet && dstSet) && !(srcSet ? order.isExcept(r.dst) : order.isExcept(r.src))) {
        const set = (srcSet ?? dstSet)!;
        const others = addresses(srcSet ? r.dst : r.src, set.family, rs.sets, cmds, r.comment);
        const head = `"$@" route`;
        const where = `in on ${iif} out on ${oif} proto ${r.protocol}`;
        for (const other of others) {
          order.deny(`${where}|${srcSet ? 'src' : 'dst'}|${other}|${set.name}`, r.dports, (port) =>
            set.cidrs.map((c) => {
              const [from, to] = srcSet ? [c.text, other] : [other, c.text];
              return `${head} deny ${where} from ${sh(from)} to ${sh(to)}${port} comment ${sh(mark(NOT_INTERNET))}`;
            }),
          );
          for (const group of chunk(r.dports)) {
            const port = group ? ` port ${sh(group)}` : '';
            const [from, to] = srcSet ? [anyOf(set.family), other] : [other, anyOf(set.family)];
            order.tail.push(
              `${head} allow ${where} from ${sh(from)} to ${sh(to)}${port} comment ${sh(mark(r.comment))}`,
            );
          }
        }
        continue;
      }
      for (const src of addresses(r.src, r.family, rs.sets, cmds, r.comment)) {
        for (const dst of addresses(r.dst, r.family, rs.sets, cmds, r.comment)) {
          for (const group of chunk(r.dports))
            cmds.push(
              `"$@" route allow in on ${iif} out on ${oif} proto ${r.protocol} from ${sh(src)} to ${sh(dst)}${group ? ` port ${sh(group)}` : ''} comment ${sh(mark(r.comment))}`,
            );
        }
      }
    }
    append(cmds, order.after(cmds));
    const remotes = rs.rules.flatMap((r) => [r.src, r.dst]).filter((x, i) => !order.native(i % 2 ? 'dst' : 'src', x));
    // The router's own traffic, where the site names its host: that host's rules, before the route rules.
    const self = rs.self ? hostCommands(rs.self) : null;
    return files(
      rs.firewall,
      `network firewall ${rs.firewall} of site ${rs.site}`,
      self ? [...self.cmds, ...cmds] : cmds,
      self ? [...self.icmp, ...icmp] : icmp,
      rs.self ? apps(rs.self) : null,
      self ? [...self.remotes, ...remotes] : remotes,
      rs.self ? { router: rs.self.host } : 'firewall',
      order.tail.length > 0 || (self?.ordered ?? false),
    );
  },
};

const ANY: Remote = { kind: 'any' };

/** A host's ufw commands (and ICMP lines for before.rules): its own rules, or a router's own traffic. */
function hostCommands(rs: HostRuleset): { cmds: string[]; icmp: string[]; remotes: Remote[]; ordered: boolean } {
  const cmds: string[] = [];
  const icmp: string[] = [];
  const order = new OrderedExcept(
    rs.own,
    rs.rules.map((r) => [r.direction, r.remote, r.protocol]),
  );
  for (const r of rs.rules) {
    if (r.protocol === 'icmp' || r.protocol === 'icmpv6') {
      icmp.push(
        ...icmpLines(
          r.direction === 'in' ? 'input' : 'output',
          null,
          r,
          r.direction === 'in' ? r.remote : ANY,
          r.direction === 'out' ? r.remote : ANY,
          rs.sets,
        ),
      );
      continue;
    }
    const set = order.native(r.direction, r.remote);
    if (set) {
      // Every address but the site's own: a deny for each of those (merged over the rules of one
      // direction and protocol), then an allow for every address.
      order.deny(`${r.direction}|${r.protocol}|${set.name}`, r.dports, (port) =>
        set.cidrs.map((c) => {
          const [from, to] = r.direction === 'in' ? [c.text, 'any'] : ['any', c.text];
          return `"$@" deny ${r.direction} proto ${r.protocol} from ${sh(from)} to ${sh(to)}${port} comment ${sh(mark(NOT_INTERNET))}`;
        }),
      );
      for (const group of chunk(r.dports)) {
        const port = group ? ` port ${sh(group)}` : '';
        const [from, to] = r.direction === 'in' ? [anyOf(set.family), 'any'] : ['any', anyOf(set.family)];
        order.tail.push(
          `"$@" allow ${r.direction} proto ${r.protocol} from ${sh(from)} to ${sh(to)}${port} comment ${sh(mark(r.comment))}`,
        );
      }
      continue;
    }
    for (const addr of addresses(r.remote, r.family, rs.sets, cmds, r.comment)) {
      for (const group of chunk(r.dports)) {
        const [from, to] = r.direction === 'in' ? [addr, 'any'] : ['any', addr];
        cmds.push(
          `"$@" allow ${r.direction} proto ${r.protocol} from ${sh(from)} to ${sh(to)}${group ? ` port ${sh(group)}` : ''} comment ${sh(mark(r.comment))}`,
        );
      }
    }
  }
  append(cmds, order.after(cmds));
  const remotes = rs.rules.filter((r) => !order.native(r.direction, r.remote)).map((r) => r.remote);
  return { cmds, icmp, remotes, ordered: order.tail.length > 0 };
}

/**
 * ufw's rules are evaluated in order, so a peer that is every address but the site's own
 * (internet) is a deny for each own address and then an allow for every address, after all the
 * rules that name addresses. That is sound where every such peer on one side (inbound sources,
 * outbound destinations; a forward rule's source or destination) of a family leaves out the
 * same addresses: a denied packet is then one no later rule would allow. Otherwise the peer is
 * written as the CIDRs it is. TCP and UDP only: ICMP lines go to before.rules as CIDRs.
 */
class OrderedExcept {
  readonly tail: string[] = [];
  /** The denies for the own addresses, merged by key: the union of the ports of their rules. */
  private readonly denies = new Map<string, { ports: PortRange[] | null; lines: (port: string) => string[] }>();

  /** Adds the ports of one rule to the denies of `key` (`null`: every port). */
  deny(key: string, ports: PortRange[] | null, lines: (port: string) => string[]): void {
    const prior = this.denies.get(key);
    if (!prior) this.denies.set(key, { ports: ports && [...ports], lines });
    else if (prior.ports === null || ports === null) prior.ports = null;
    else prior.ports.push(...ports);
  }
  private readonly sides: OrderedSides;

  constructor(own: readonly Cidr[], sides: readonly (readonly [string, Remote, string])[]) {
    this.sides = new OrderedSides(
      new ExceptSets(own),
      sides
        .filter(([, , protocol]) => protocol === 'tcp' || protocol === 'udp')
        .map(([side, remote]) => [side, remote]),
    );
  }

  /**
   * The tail to add after `explicit`: a deny with the very match of an earlier allow is left out,
   * for ufw takes a rule with the same match as the same rule and would turn that allow into a
   * deny; the allow, first, decides that traffic anyway.
   */
  after(explicit: readonly string[]): string[] {
    const key = (c: string): string => c.replace(/ comment .*$/, '');
    const allowed = new Set(explicit.map(key));
    const denies = [...this.denies.values()].flatMap((d) =>
      chunk(d.ports && normalizePorts(d.ports)).flatMap((group) => d.lines(group ? ` port ${sh(group)}` : '')),
    );
    return [...denies, ...this.tail].filter(
      (c) => !(/^"\$@" (route )?deny /.test(c) && allowed.has(key(c).replace(' deny ', ' allow '))),
    );
  }

  /** The list a remote on this side leaves out, where it is written by order; else null. */
  native(side: string, remote: Remote): ExceptSet | null {
    return this.sides.native(side, remote);
  }

  isExcept(remote: Remote): boolean {
    return this.sides.leftOut(remote) !== null;
  }
}

/** The stock ICMP accepts of ufw's before.rules and before6.rules (echo and errors; neighbour discovery stays). */
const STOCK_ICMP_V4 = String.raw`/^-A ufw-before-\(input\|output\|forward\) -p icmp .* -j ACCEPT$/d`;
const STOCK_ICMP_V6 = String.raw`/^-A ufw6-before-\(input\|output\|forward\) -p icmpv6 --icmpv6-type \(destination-unreachable\|packet-too-big\|time-exceeded\|parameter-problem\|echo-request\|echo-reply\) -j ACCEPT$/d`;

/** End of the here-documents that carry ICMP lines; no generated line can equal it. */
const HEREDOC = 'PORTCULLIS_ICMP';

/** The comment of the denies that keep the site's own addresses out of internet rules. */
const NOT_INTERNET = 'not internet: own addresses of the site';

/** Every rule portcullis adds says so at the start of its comment: that is how a later run finds its own. */
const MARK = 'portcullis: ';

function mark(comment: string): string {
  return safeComment(`${MARK}${comment}`, 100);
}

/** The lines of before.rules / before6.rules this script adds lie between these two. */
const BLOCK_BEGIN = '# portcullis begin';
const BLOCK_END = '# portcullis end';

function files(
  name: string,
  what: string,
  cmds: string[],
  icmp: string[],
  appText: string | null,
  remotes: readonly Remote[],
  kind: 'host' | 'firewall' | { router: string },
  ordered: boolean,
): Rendered {
  const isV6 = (l: string): boolean => l.startsWith('-A ufw6-') || l.startsWith('# before6.rules');
  const v6 = icmp.filter(isV6);
  const v4 = icmp.filter((l) => !isV6(l));
  const script: string[] = [];
  script.push('#!/bin/sh');
  script.push(`# portcullis: ${safeComment(what)}`);
  script.push(
    kind === 'host'
      ? '# ufw, stateful; sets the defaults to deny incoming and outgoing (routed is left alone: containers and published ports pass as before).'
      : kind === 'firewall'
        ? "# ufw, stateful; sets the default for routed traffic to deny. The router's own traffic is left alone: incoming and outgoing keep their defaults (allow, if ufw was inactive)."
        : `# ufw, stateful; sets the defaults to deny incoming, outgoing and routed. The router's own traffic follows the plan of host ${safeComment(kind.router)}: its rules come first, then the route rules.`,
  );
  script.push(...explicitNote(remotes));
  if (ordered)
    script.push(
      '# internet (every address outside the site) is written as a deny for each own address of the site, then an allow for every address: ufw takes the first rule that matches.',
    );
  script.push(
    `# Run as root: sh ${safeComment(name)}.ufw.sh. Idempotent: it removes the rules an earlier run added (their comments start with "${MARK.trim()}") and adds the plan's; other ufw rules are kept.`,
  );
  script.push(
    '# Every rule is checked with ufw --dry-run before anything changes; if a later step fails, ufw is left enabled with what it holds (fail closed) and the script says how to recover.',
  );
  script.push(
    `# ICMP: ufw's command line cannot name ICMP types, so this script removes the stock ICMP echo and error accepts from /etc/ufw/before.rules and before6.rules (neighbour discovery stays) and adds the plan's ICMP rules there, between "${BLOCK_BEGIN}" and "${BLOCK_END}".`,
  );
  if (appText)
    script.push(
      `# Application profiles: copy ${safeComment(name)}.ufw-apps to /etc/ufw/applications.d/ (ufw app list shows them).`,
    );
  script.push('set -eu');
  script.push('# pc_rules CMD...: the rules of the plan, each run as CMD (ufw, or ufw --dry-run).');
  script.push('pc_rules() {');
  script.push('  :');
  for (const c of cmds) script.push(`  ${c}`);
  script.push('}');
  script.push(
    '# PORTCULLIS_CHECK_ONLY=1: check every rule with ufw --dry-run, change nothing (portcullis apply does).',
  );
  script.push('if [ "${PORTCULLIS_CHECK_ONLY:-}" = 1 ]; then pc_rules ufw --dry-run >/dev/null; exit 0; fi');
  // What this script adds, fingerprinted: run again with the same rules in place, it changes nothing.
  const sum = createHash('sha256').update(cmds.join('\n')).digest('hex').slice(0, 16);
  const state = `/etc/ufw/portcullis-${name.replace(/[^A-Za-z0-9_.-]/g, '_')}.sum`;
  script.push(
    `# ${state} holds the fingerprint of the rules last loaded and how many ufw then listed: when both match, the rules are in place and are not removed and added again.`,
  );
  script.push(`PC_SUM=${sum}`);
  script.push(`pc_count() { ufw show added | grep -c "comment '${MARK}" || true; }`);
  script.push(`pc_same=; [ "$(cat ${state} 2>/dev/null)" = "$PC_SUM $(pc_count)" ] && pc_same=1`);
  script.push('[ -n "$pc_same" ] || pc_rules ufw --dry-run >/dev/null');
  script.push(
    `pc_fail() { echo "portcullis: loading ${safeComment(name)}.ufw.sh failed; ufw is left enabled with the rules it holds. Fix the cause and run the script again; from the console, ufw disable turns filtering off." >&2; ufw --force enable >/dev/null 2>&1 || true; }`,
  );
  script.push("trap 'pc_fail' EXIT");
  if (kind === 'host') script.push('ufw default deny incoming', 'ufw default deny outgoing');
  else if (typeof kind === 'object')
    script.push('ufw default deny incoming', 'ufw default deny outgoing', 'ufw default deny routed');
  else {
    script.push(
      "if ufw status | grep -q '^Status: inactive'; then ufw default allow incoming; ufw default allow outgoing; fi",
      'ufw default deny routed',
    );
  }
  script.push('# Remove the rules an earlier run added (ufw show added lists them as commands, active or not).');
  script.push(
    `[ -n "$pc_same" ] || ufw show added | sed -n "s/^ufw \\(.*comment '${MARK}.*\\)$/\\1/p" | while read -r rule; do case "$rule" in "route "*) eval "ufw --force route delete \${rule#route }" ;; *) eval "ufw --force delete $rule" ;; esac >/dev/null; done`,
  );
  for (const file of ['before.rules', 'before6.rules'])
    script.push(`sed -i -e '/^${BLOCK_BEGIN}$/,/^${BLOCK_END}$/d' /etc/ufw/${file}`);
  script.push(`sed -i -e '${STOCK_ICMP_V4}' /etc/ufw/before.rules`);
  script.push(`sed -i -e '${STOCK_ICMP_V6}' /etc/ufw/before6.rules`);
  script.push('# pc_icmp FILE: adds the lines of standard input before the first COMMIT of FILE.');
  script.push(
    `pc_icmp() { add=$(mktemp); out=$(mktemp); cat > "$add"; awk 'FNR == NR { a = a $0 "\\n"; next } !d && /^COMMIT$/ { printf "%s", a; d = 1 } { print }' "$add" "$1" > "$out"; cat "$out" > "$1"; rm -f "$add" "$out"; }`,
  );
  for (const [file, lines] of [
    ['before.rules', v4],
    ['before6.rules', v6],
  ] as const) {
    if (lines.filter((l) => l.startsWith('-A')).length === 0) continue;
    script.push(`pc_icmp /etc/ufw/${file} <<'${HEREDOC}'`, BLOCK_BEGIN);
    append(script, lines);
    script.push(BLOCK_END, HEREDOC);
  }
  script.push(
    `[ -n "$pc_same" ] || { rm -f ${state}; pc_rules ufw >/dev/null; echo "$PC_SUM $(pc_count)" > ${state}; }`,
  );
  script.push('ufw --force enable');
  script.push('trap - EXIT');
  const out: OutputFile[] = [{ name: `${name}.ufw.sh`, content: `${script.join('\n')}\n` }];
  if (appText) out.push({ name: `${name}.ufw-apps`, content: appText });
  return {
    files: out,
    ruleCount:
      cmds.filter((c) => c.startsWith('"$@" allow') || c.startsWith('"$@" route')).length +
      icmp.filter((l) => l.startsWith('-A')).length,
  };
}

/** The address words of one end: `any`, a family's whole space, or each CIDR (DNS names as resolved). */
function addresses(
  remote: Remote,
  family: Family | null,
  sets: readonly FqdnSet[],
  cmds: string[],
  comment: string,
): string[] {
  const addrs = remoteCidrs(remote, sets);
  if (addrs === null) return [family === null ? 'any' : anyOf(family)];
  if (addrs.length === 0) cmds.push(`# not created: ${safeComment(comment)} -- its DNS name resolved to no address`);
  if (remote.kind === 'fqdn' && addrs.length > 0) cmds.push(`# ${safeComment(dnsNameNote(remote.fqdn))}`);
  return addrs;
}

/** ICMP rules as ufw's own before-chains would hold them. */
function icmpLines(
  chain: 'input' | 'output' | 'forward',
  ifs: [string, string] | null,
  r: Pick<FilterRule, 'protocol' | 'icmpTypes' | 'comment'>,
  src: Remote,
  dst: Remote,
  sets: readonly FqdnSet[],
): string[] {
  const v6 = r.protocol === 'icmpv6';
  const out: string[] = [`# ${v6 ? 'before6.rules' : 'before.rules'}: ${safeComment(r.comment)}`];
  const srcs = remoteCidrs(src, sets) ?? [null];
  const dsts = remoteCidrs(dst, sets) ?? [null];
  for (const s of srcs) {
    for (const d of dsts) {
      const head = `-A ufw${v6 ? '6' : ''}-before-${chain}${ifs ? ` -i ${ifs[0]} -o ${ifs[1]}` : ''}${s ? ` -s ${s}` : ''}${d ? ` -d ${d}` : ''} -p ${v6 ? 'ipv6-icmp' : 'icmp'}`;
      if (r.icmpTypes === null) out.push(`${head} -j ACCEPT`);
      else for (const t of r.icmpTypes) out.push(`${head} ${v6 ? '--icmpv6-type' : '--icmp-type'} ${t} -j ACCEPT`);
    }
  }
  return out;
}

/** ufw's `port` lists: groups of at most 15 ports (`a:b` for a range). */
function chunk(ranges: PortRange[] | null): (string | null)[] {
  if (!ranges) return [null];
  return chunkPorts(ranges).map((g) => g.map((r) => formatPortRange(r, ':')).join(','));
}

/** One application profile per product on the host: the inbound ports of its flows. */
function apps(rs: HostRuleset): string | null {
  // One profile per product and audience: ports open to everyone never share one with ports
  // only some may use (an administrator's `ufw allow APP` would open those to everyone).
  const byProfile = new Map<
    string,
    { profile: string; who: string | null; tcp: PortRange[]; udp: PortRange[]; why: Set<string> }
  >();
  const restricted = new Map<string, number>();
  for (const r of rs.planned) {
    if (r.direction !== 'in' || (r.protocol !== 'tcp' && r.protocol !== 'udp')) continue;
    const everyone = isPublic(r.peers, rs.own) && r.fqdns.length === 0;
    const peersKey = `${cidrKey(r.peers)}|${r.fqdns.join(',')}`;
    for (const b of r.because) {
      let name = b.profile;
      if (!everyone) {
        const k = `${b.profile}|${peersKey}`;
        if (!restricted.has(k))
          restricted.set(k, [...restricted.keys()].filter((x) => x.startsWith(`${b.profile}|`)).length + 1);
        name = `${b.profile}-only-${restricted.get(k)}`;
      }
      const who = everyone ? null : [...describeAddresses(r.peers, ', '), ...r.fqdns].join('; ');
      const e = byProfile.get(name) ?? { profile: b.profile, who, tcp: [], udp: [], why: new Set<string>() };
      e[r.protocol].push(...(b.ports ?? r.ports ?? []));
      e.why.add(b.why);
      byProfile.set(name, e);
    }
  }
  if (byProfile.size === 0) return null;
  const out: string[] = [];
  for (const [name, e] of byProfile) {
    const profile = e.profile;
    const ports = (['tcp', 'udp'] as const)
      .filter((p) => e[p].length > 0)
      .map(
        (p) =>
          `${normalizePorts(e[p])
            .map((r) => formatPortRange(r, ':'))
            .join(',')}/${p}`,
      );
    out.push(`[portcullis-${safeComment(name).replace(/[^A-Za-z0-9_.-]/g, '_')}]`);
    out.push(
      `title=${safeComment(profile === 'site' ? `site ${rs.site}` : profile, 60)}${e.who === null ? '' : ' (restricted)'} (portcullis)`,
    );
    out.push(
      `description=${safeComment(`${e.who === null ? '' : `only from ${e.who}: `}${[...e.why].join('; ')}`, 200)}`,
    );
    out.push(`ports=${ports.join('|')}`);
    out.push('');
  }
  return out.join('\n');
}

/** Peers that are everyone (every address, or every address outside the site): a public port. */
function isPublic(peers: readonly Cidr[], own: readonly Cidr[]): boolean {
  const forms = addressForms(peers);
  return (
    forms.length > 0 &&
    forms.every(
      (f) =>
        (!f.except && f.cidrs.some((c) => c.prefix === 0)) ||
        (f.except && cidrKey(f.cidrs) === cidrKey(normalizeCidrs(own.filter((c) => c.family === f.family)))),
    )
  );
}

/** A single-quoted POSIX shell word; a quote inside becomes '\''. */
export function sh(s: string): string {
  return /^[A-Za-z0-9_.:/,-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}
