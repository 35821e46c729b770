import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { atPath, keyOrigins, originAt, type FileInput, type PathItem, type SourceFile } from '../load/source-file.js';
import {
  cidrContains,
  complementCidrs,
  isSingleAddress,
  normalizeCidrs,
  parseCidr,
  type Cidr,
} from '../net/addresses.js';
import { parsePortSpec } from '../net/port-ranges.js';
import { servicesOf } from '../model/services.js';
import type {
  Catalog,
  Deployment,
  Firewall,
  FirewallInterface,
  Host,
  Peer,
  Profile,
  Site,
  SiteFlow,
} from '../model/types.js';
import { didYouMean } from '../schema/did-you-mean.js';
import { FQDN_RE } from '../schema/common.js';
import { siteSchema, type SiteInput } from '../schema/site-schema.js';
import { loadValidated, validateSource, type Validated } from '../schema/validate.js';

/** Every site has these zones: `any` is every address, `internet` every address outside the site. */
export const INTERNET_ZONE = 'internet';
export const ANY_ZONE = 'any';
const ANY_CIDRS: Cidr[] = [parseCidr('0.0.0.0/0')!, parseCidr('::/0')!];
const BUILT_IN: Record<string, string> = {
  [INTERNET_ZONE]: 'every address outside the site: any minus its zones, hosts and firewall networks',
  [ANY_ZONE]: 'every address, 0.0.0.0/0 and ::/0',
};

/** Loads a site file and resolves it against the catalog. Errors leave `site` null. */
export function loadSite(
  file: string,
  catalog: Catalog,
  input?: FileInput,
): { site: Site | null; diagnostics: Diagnostic[] } {
  return siteOf(loadValidated(siteSchema, file, input), catalog);
}

/** A site from a file already parsed (see loadDocument). */
export function loadSiteSource(source: SourceFile, catalog: Catalog): { site: Site | null; diagnostics: Diagnostic[] } {
  return siteOf(validateSource(siteSchema, source), catalog);
}

function siteOf(
  loaded: Validated<typeof siteSchema>,
  catalog: Catalog,
): { site: Site | null; diagnostics: Diagnostic[] } {
  if (!loaded.source) return { site: null, diagnostics: loaded.diagnostics };
  const resolver = new SiteResolver(loaded.source, loaded.value, catalog);
  const site = resolver.resolve();
  return { site: resolver.hasErrors() ? null : site, diagnostics: resolver.diagnostics };
}

class SiteResolver {
  readonly diagnostics: Diagnostic[] = [];
  private readonly zones = new Map<string, Cidr[]>();
  private readonly hosts = new Map<string, Host>();

  constructor(
    private readonly source: SourceFile,
    private readonly input: SiteInput,
    private readonly catalog: Catalog,
  ) {}

  hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }

  resolve(): Site {
    const { input } = this;
    for (const [name, addrs] of Object.entries(input.zones)) {
      if (name in BUILT_IN) {
        this.error(
          ['zones', name],
          'DUPLICATE_NAME',
          `zone "${name}" is built in (${BUILT_IN[name]})`,
          name === INTERNET_ZONE
            ? 'use another name for your zone; internet already leaves out every address the site declares'
            : 'use another name for your zone',
          true,
        );
        continue;
      }
      this.zones.set(name, normalizeCidrs(toList(addrs).map((a) => parseCidr(a)!)));
    }
    const hostOrigins = keyOrigins(this.source, ['hosts']);
    for (const [name, h] of Object.entries(input.hosts)) {
      if (this.zones.has(name))
        this.error(
          ['hosts', name],
          'DUPLICATE_NAME',
          `"${name}" is both a zone and a host`,
          'rename one of them: flows and peers name either',
          true,
        );
      const texts = toList(h.addresses);
      const addresses = texts.map((a) => parseCidr(a)!);
      addresses.forEach((c, i) => {
        const a = texts[i]!;
        if (!isSingleAddress(c)) {
          const path = Array.isArray(h.addresses) ? ['hosts', name, 'addresses', i] : ['hosts', name, 'addresses'];
          this.error(
            path,
            'BAD_ADDRESS',
            `host address "${a}" is a network, not one address`,
            'give the host its own addresses; put networks under zones:',
          );
        }
      });
      const host: Host = {
        name,
        addresses,
        origin: hostOrigins.get(name) ?? originAt(this.source, ['hosts', name], true),
      };
      if (h.description !== undefined) host.description = h.description;
      this.hosts.set(name, host);
    }
    const own = this.ownAddresses();
    this.zones.set(ANY_ZONE, ANY_CIDRS);
    this.zones.set(INTERNET_ZONE, [...complementCidrs(own, 4), ...complementCidrs(own, 6)]);
    const deployments = input.deployments
      .map((d, i) => this.resolveDeployment(d, i))
      .filter((d): d is Deployment => d !== null);
    const flows = input.flows.map((f, i) => this.resolveSiteFlow(f, i)).filter((f): f is SiteFlow => f !== null);
    const management = input.management ? this.resolveManagement(input.management, input.flows.length) : null;
    if (management) flows.push(management);
    const eph = parsePortSpec(input.options['ephemeral-ports'])!;
    const probeTargets = this.resolveProbeTargets();
    const firewalls = this.resolveFirewalls();
    return {
      name: input.site,
      file: this.source.file,
      origin: originAt(this.source, ['site'], true),
      stateful: input.options.stateful,
      ephemeralPorts: eph,
      zones: this.zones,
      own,
      hosts: this.hosts,
      deployments,
      flows,
      firewalls,
      probeTargets,
    };
  }

  /**
   * The site's own addresses: every zone it declares, every host address and every network
   * behind a firewall interface given as a CIDR (zones and hosts there are counted already);
   * a /0 is no one's own.
   */
  private ownAddresses(): Cidr[] {
    const own: Cidr[] = [...[...this.zones.values()].flat(), ...[...this.hosts.values()].flatMap((h) => h.addresses)];
    for (const fw of Object.values(this.input.firewalls))
      for (const members of Object.values(fw.interfaces))
        for (const m of toList(members)) {
          const c = this.zones.has(m) || this.hosts.has(m) ? null : parseCidr(m);
          if (c) own.push(c);
        }
    // A zone or network of every address (0.0.0.0/0) stands for the outside, not for the site.
    return normalizeCidrs(own.filter((c) => c.prefix > 0));
  }

  /**
   * `firewalls:`: each interface with the zones, hosts and CIDRs behind it. One network on two
   * interfaces would make the path of a flow ambiguous, so it is an error; a firewall needs two
   * interfaces to stand between anything.
   */
  private resolveFirewalls(): Map<string, Firewall> {
    const out = new Map<string, Firewall>();
    for (const [name, fw] of Object.entries(this.input.firewalls)) {
      const base: PathItem[] = ['firewalls', name];
      if (this.hosts.has(name))
        this.warn(
          base,
          'DUPLICATE_NAME',
          `firewall "${name}" has the name of a host`,
          "its files and a host's would share a name in --out; rename one",
        );
      const interfaces: FirewallInterface[] = [];
      const owner = new Map<string, string>();
      for (const [ifname, members] of Object.entries(fw.interfaces)) {
        const list = toList(members);
        const cidrs: Cidr[] = [];
        list.forEach((m, j) => {
          const path = Array.isArray(members) ? [...base, 'interfaces', ifname, j] : [...base, 'interfaces', ifname];
          const r = this.resolveEndpoint(m, path, false);
          if (r) cidrs.push(...r.cidrs);
        });
        const normal = normalizeCidrs(cidrs);
        for (const c of normal) {
          const other = owner.get(c.text);
          if (other !== undefined)
            this.error(
              [...base, 'interfaces', ifname],
              'BAD_VALUE',
              `${c.text} is behind both ${other} and ${ifname} of firewall ${name}`,
              'a network is reached through one interface; list it under one of them',
            );
          owner.set(c.text, ifname);
        }
        interfaces.push({
          name: ifname,
          cidrs: normal,
          label: list.join(', '),
          outside: list.some((m) => m === INTERNET_ZONE || m === ANY_ZONE || parseCidr(m)?.prefix === 0),
          origin: originAt(this.source, [...base, 'interfaces', ifname], true),
        });
      }
      if (interfaces.length < 2)
        this.error(
          [...base, 'interfaces'],
          'BAD_VALUE',
          `firewall ${name} has ${interfaces.length} interface${interfaces.length === 1 ? '' : 's'}; it needs two to stand between zones`,
          'e.g. interfaces: { eth0: internet, eth1: dmz }',
        );
      const entry: Firewall = { name, interfaces, origin: originAt(this.source, base, true) };
      if (fw.description !== undefined) entry.description = fw.description;
      if (fw.host !== undefined) {
        if (this.hosts.has(fw.host)) entry.host = fw.host;
        else {
          const guess = didYouMean(fw.host, [...this.hosts.keys()]);
          this.error(
            [...base, 'host'],
            'UNKNOWN_HOST',
            `unknown host "${fw.host}" (the router itself)`,
            guess ? `did you mean "${guess}"?` : "define it under hosts: with the router's addresses",
          );
        }
      }
      out.set(name, entry);
    }
    return out;
  }

  /**
   * `probe-targets:` (zone name or CIDR -> addresses or DNS names), keyed by each of the
   * range's CIDRs. An address must lie inside the range: a probe never leaves what the plan names.
   */
  private resolveProbeTargets(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [key, targets] of Object.entries(this.input['probe-targets'])) {
      const cidr = parseCidr(key);
      const range = this.zones.get(key) ?? (cidr ? [cidr] : null);
      if (!range) {
        const guess = didYouMean(key, [...this.zones.keys()]);
        this.error(
          ['probe-targets', key],
          'UNKNOWN_ENDPOINT',
          `probe-targets: "${key}" is neither a zone nor a CIDR`,
          guess ? `did you mean "${guess}"?` : `zones: ${[...this.zones.keys()].join(', ')}`,
          true,
        );
        continue;
      }
      targets.forEach((t, i) => {
        const c = parseCidr(t);
        if (c) {
          if (!isSingleAddress(c))
            this.error(
              ['probe-targets', key, i],
              'BAD_ADDRESS',
              `probe target "${t}" is a network, not one address`,
              'name one address (or a DNS name) inside the range; ranges are never scanned',
            );
          else if (!range.some((r) => cidrContains(r, c)))
            this.error(
              ['probe-targets', key, i],
              'BAD_VALUE',
              `probe target "${t}" is not inside "${key}"`,
              `give an address inside ${range.map((r) => r.text).join(', ')}`,
            );
        } else if (!FQDN_RE.test(t) || /^[\d.]+$/.test(t)) {
          this.error(
            ['probe-targets', key, i],
            'BAD_VALUE',
            `probe target "${t}" is neither an address nor a DNS name`,
            'e.g. 198.51.100.53 or ns1.example.net',
          );
        }
      });
      for (const r of range) out.set(r.text, [...(out.get(r.text) ?? []), ...targets]);
    }
    return out;
  }

  private resolveDeployment(d: SiteInput['deployments'][number], i: number): Deployment | null {
    const base: PathItem[] = ['deployments', i];
    const profile = this.catalog.profiles.get(d.profile);
    if (!profile) {
      const ids = [...this.catalog.profiles.keys()];
      const guess = didYouMean(d.profile, ids);
      this.error(
        [...base, 'profile'],
        'UNKNOWN_PROFILE',
        `unknown profile "${d.profile}"`,
        guess
          ? `did you mean "${guess}"? (portcullis catalog list)`
          : `known profiles: ${ids.join(', ')}; add your own with --catalog DIR`,
      );
      return null;
    }
    const roles = this.resolveRoles(d, profile, base);
    const features = this.resolveFeatures(d, profile, base);
    const peers = this.resolvePeers(d, profile, features, base);
    const deployment: Deployment = {
      name: d.name ?? profile.id,
      profile,
      roles,
      peers,
      features,
      origin: originAt(this.source, base),
    };
    if (Array.isArray(d.features))
      deployment.featureOrigins = new Map(
        d.features.map((f, j) => [f, originAt(this.source, [...base, 'features', j])] as const),
      );
    return deployment;
  }

  /** Role -> host names, each role of the profile and each host of the site. */
  private resolveRoles(d: SiteInput['deployments'][number], profile: Profile, base: PathItem[]): Map<string, string[]> {
    const roles = new Map<string, string[]>();
    for (const [role, hosts] of Object.entries(d.roles)) {
      if (!Object.hasOwn(profile.roles, role)) {
        const guess = didYouMean(role, Object.keys(profile.roles));
        this.error(
          [...base, 'roles', role],
          'UNKNOWN_ROLE',
          `profile ${profile.id} has no role "${role}"`,
          guess ? `did you mean "${guess}"?` : `roles of ${profile.id}: ${Object.keys(profile.roles).join(', ')}`,
          true,
        );
        continue;
      }
      const list = toList(hosts);
      list.forEach((h, j) => {
        if (!this.hosts.has(h)) {
          const guess = didYouMean(h, [...this.hosts.keys()]);
          this.error(
            Array.isArray(hosts) ? [...base, 'roles', role, j] : [...base, 'roles', role],
            'UNKNOWN_HOST',
            `unknown host "${h}"`,
            guess ? `did you mean "${guess}"?` : 'define it under hosts:',
          );
        }
      });
      roles.set(role, [...new Set(list)]);
    }
    for (const role of Object.keys(profile.roles)) {
      if (!roles.has(role) && !this.hasErrors()) {
        this.warn(
          [...base, 'roles'],
          'UNUSED_ROLE',
          `no host holds role "${role}" of ${profile.id}; its flows give no rule`,
          `add "${role}: HOST" under roles: if a host runs it`,
        );
      }
    }
    return roles;
  }

  /** The features turned on (`all`, or a list of the profile's). */
  private resolveFeatures(d: SiteInput['deployments'][number], profile: Profile, base: PathItem[]): Set<string> {
    let features: Set<string>;
    if (d.features === 'all') features = new Set(Object.keys(profile.features));
    else {
      features = new Set();
      d.features.forEach((f, j) => {
        if (!Object.hasOwn(profile.features, f)) {
          const names = Object.keys(profile.features);
          const guess = didYouMean(f, names);
          this.error(
            [...base, 'features', j],
            'UNKNOWN_FEATURE',
            `profile ${profile.id} has no feature "${f}"`,
            guess
              ? `did you mean "${guess}"?`
              : names.length
                ? `features of ${profile.id}: ${names.join(', ')}`
                : `${profile.id} has no features`,
          );
        } else features.add(f);
      });
    }
    return features;
  }

  /** Peer -> what the site maps it to, for the peers the enabled flows need. */
  private resolvePeers(
    d: SiteInput['deployments'][number],
    profile: Profile,
    features: Set<string>,
    base: PathItem[],
  ): Map<string, Peer> {
    // Peers: explicit entries, then the profile's own DNS name, then "*", then the profile's default, then a zone of the same name.
    for (const key of Object.keys(d.peers)) {
      if (key !== '*' && !Object.hasOwn(profile.peers, key)) {
        const guess = didYouMean(key, Object.keys(profile.peers));
        this.error(
          [...base, 'peers', key],
          'UNKNOWN_PEER',
          `profile ${profile.id} has no peer "${key}"`,
          guess ? `did you mean "${guess}"?` : `peers of ${profile.id}: ${Object.keys(profile.peers).join(', ')}`,
          true,
        );
      }
    }
    const needed = new Set<string>();
    for (const f of profile.flows) {
      if (f.when !== undefined && !features.has(f.when)) continue;
      for (const e of [...f.from, ...f.to]) if (Object.hasOwn(profile.peers, e)) needed.add(e);
    }
    for (const key of Object.keys(d.peers)) {
      if (key === '*' || !Object.hasOwn(profile.peers, key) || needed.has(key)) continue;
      const by = [
        ...new Set(profile.flows.filter((f) => f.when && [...f.from, ...f.to].includes(key)).map((f) => f.when!)),
      ];
      this.warn(
        [...base, 'peers', key],
        'UNUSED_PEER',
        `peer "${key}" of ${profile.id} is used by no flow this deployment has: the mapping gives no rule`,
        by.length > 0
          ? `its flows need the feature${by.length > 1 ? 's' : ''} ${by.join(', ')} (features:)`
          : 'remove the mapping',
        true,
      );
    }
    const peers = new Map<string, Peer>();
    const unmapped: string[] = [];
    for (const name of Object.keys(profile.peers)) {
      const spec = profile.peers[name]!;
      let peer: Peer | null = null;
      const origin = originAt(this.source, base);
      if (Object.hasOwn(d.peers, name)) peer = this.resolveTarget(d.peers[name]!, [...base, 'peers', name]);
      else if (spec.fqdn !== undefined)
        peer = { cidrs: [], fqdns: [spec.fqdn.toLowerCase()], label: spec.fqdn, origin };
      else if (Object.hasOwn(d.peers, '*')) peer = this.resolveTarget(d.peers['*']!, [...base, 'peers', '*']);
      else if (spec.default !== undefined)
        peer = { cidrs: this.zones.get(spec.default)!, fqdns: [], label: spec.default, origin };
      else if (this.zones.has(name)) peer = { cidrs: this.zones.get(name)!, fqdns: [], label: name, origin };
      else if (needed.has(name)) unmapped.push(name);
      if (peer) peers.set(name, peer);
    }
    if (unmapped.length > 0) {
      const lines = unmapped.map((p) => `${p} (${profile.peers[p]!.description})`).join('; ');
      this.error(
        base,
        'UNMAPPED_PEER',
        `deployment of ${profile.id} does not map peer${unmapped.length > 1 ? 's' : ''} ${unmapped.map((p) => `"${p}"`).join(', ')}`,
        `add under peers: ${unmapped.map((p) => `${p}: ZONE|HOST|CIDR|FQDN`).join(', ')}, or "*": internet. Needed: ${lines}`,
      );
    }
    return peers;
  }

  /** A peer target: zone, host, CIDR(s) or DNS name(s), alone or in a list. */
  private resolveTarget(target: string | string[], path: PathItem[]): Peer | null {
    const list = toList(target);
    const cidrs: Cidr[] = [];
    const fqdns: string[] = [];
    const hosts: string[] = [];
    let ok = true;
    list.forEach((t, j) => {
      const p = Array.isArray(target) ? [...path, j] : path;
      const r = this.resolveEndpoint(t, p, true);
      if (!r) ok = false;
      else {
        cidrs.push(...r.cidrs);
        fqdns.push(...r.fqdns);
        if (this.hosts.has(t) && !this.zones.has(t)) hosts.push(t);
      }
    });
    if (!ok) return null;
    // One zone: its own (normalised) list, shared by every mapping that names it.
    const single = list.length === 1 ? this.zones.get(list[0]!) : undefined;
    const peer: Peer = {
      cidrs: single ?? normalizeCidrs(cidrs),
      fqdns: [...new Set(fqdns)].sort(),
      label: list.join(', '),
      origin: originAt(this.source, path),
    };
    if (hosts.length > 0) peer.hosts = [...new Set(hosts)];
    return peer;
  }

  private resolveEndpoint(t: string, path: PathItem[], allowFqdn: boolean): { cidrs: Cidr[]; fqdns: string[] } | null {
    const zone = this.zones.get(t);
    if (zone) return { cidrs: zone, fqdns: [] };
    const host = this.hosts.get(t);
    if (host) return { cidrs: host.addresses, fqdns: [] };
    const c = parseCidr(t);
    if (c) return { cidrs: [c], fqdns: [] };
    if (allowFqdn && FQDN_RE.test(t) && !/^[\d.]+$/.test(t))
      return { cidrs: [], fqdns: [t.toLowerCase().replace(/\.$/, '')] };
    const names = [...this.zones.keys(), ...this.hosts.keys()];
    const guess = didYouMean(t, names);
    this.error(
      path,
      'UNKNOWN_ENDPOINT',
      `"${t}" is not a zone, a host${allowFqdn ? ', a CIDR or a DNS name' : ' or a CIDR'}`,
      guess
        ? `did you mean "${guess}"?`
        : `zones: ${[...this.zones.keys()].join(', ')}; hosts: ${[...this.hosts.keys()].join(', ') || '(none)'}`,
    );
    return null;
  }

  private resolveSiteFlow(f: SiteInput['flows'][number], i: number): SiteFlow | null {
    const base: PathItem[] = ['flows', i];
    let ok = true;
    const sides = { from: toList(f.from), to: toList(f.to) };
    for (const side of ['from', 'to'] as const) {
      sides[side].forEach((name, j) => {
        const p = Array.isArray(f[side]) ? [...base, side, j] : [...base, side];
        if (!this.resolveEndpoint(name, p, false)) ok = false;
      });
    }
    const services = servicesOf(f);
    if (services.length === 0) {
      this.error(base, 'NO_PROTOCOL', 'flow names no protocol', 'add tcp:, udp:, icmp: or icmpv6:');
      ok = false;
    }
    if (!ok) return null;
    return {
      index: i,
      name: `flows[${i}]`,
      from: sides.from,
      to: sides.to,
      services,
      why: f.why,
      origin: originAt(this.source, base),
    };
  }

  /** `management:` as a site flow from the administrators to every host, on the management ports. */
  private resolveManagement(m: NonNullable<SiteInput['management']>, index: number): SiteFlow | null {
    const base: PathItem[] = ['management'];
    const from = toList(m.from);
    let ok = true;
    from.forEach((name, j) => {
      if (!this.resolveEndpoint(name, Array.isArray(m.from) ? [...base, 'from', j] : [...base, 'from'], false))
        ok = false;
    });
    if (!ok) return null;
    const to = [...this.hosts.keys()].filter((h) => !from.includes(h));
    const services = servicesOf({ tcp: m.tcp ?? 22 });
    const why = "management access (the site's management:)";
    return { index, name: 'management', from, to, services, why, origin: originAt(this.source, base, true) };
  }

  error(path: PathItem[], code: Diagnostic['code'], message: string, hint: string, key = false): void {
    this.diagnostics.push(atPath(this.source, path, code, message, hint, { key }));
  }

  warn(path: PathItem[], code: Diagnostic['code'], message: string, hint: string, key = false): void {
    this.diagnostics.push(atPath(this.source, path, code, message, hint, { severity: 'warning', key }));
  }
}

/** Addresses a site-flow endpoint stands for: a zone, a host or a CIDR. */
export function endpointCidrs(site: Site, name: string): Cidr[] {
  const known = site.zones.get(name) ?? site.hosts.get(name)?.addresses;
  if (known) return known;
  // A CIDR written in a flow, parsed once per site (site flows ask for every pair of endpoints),
  // and the same array each time (what is computed from an address list is cached by the list).
  let parsed = literalCidrs.get(site);
  if (!parsed) literalCidrs.set(site, (parsed = new Map<string, Cidr[]>()));
  let cidrs = parsed.get(name);
  if (!cidrs) {
    const c = parseCidr(name);
    parsed.set(name, (cidrs = c ? [c] : []));
  }
  return cidrs;
}

const literalCidrs = new WeakMap<Site, Map<string, Cidr[]>>();

function toList<T>(v: T | T[]): T[] {
  return Array.isArray(v) ? v : [v];
}
