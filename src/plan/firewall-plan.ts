import { cidrContains, cidrKey, cidrsMinus, normalizeCidrs, type Cidr, type Family } from '../net/addresses.js';
import type { Firewall, Service } from '../model/types.js';
import { PROTOCOLS } from '../model/types.js';
import type { Because, FirewallPlan, ForwardEnd, ForwardRule } from './plan-types.js';
import { mergeService, serviceOf } from './because.js';

/** One end of a planned flow, before it is placed behind a firewall's interfaces. */
export interface FlowEnd {
  cidrs: Cidr[];
  fqdns: string[];
  label: string;
}

/** A planned flow from one set of addresses to another (the site-wide view of the plan). */
export interface FlowPair {
  from: FlowEnd;
  to: FlowEnd;
  service: Service;
  /** Provenance, with the service's own ports (see withService). */
  because: Because;
}

interface Piece {
  cidrs: Cidr[];
  fqdns: string[];
  /** The peers of this piece for a set of families, with their key text (computed once). */
  views?: Map<string, { peers: Cidr[]; key: string }>;
}

/**
 * The flows that cross one network firewall. Each end of a flow is placed behind interfaces the
 * way routing would: an address belongs to the interface with the longest prefix that contains
 * it, and a wide end (the Internet) is split into the networks of other interfaces that lie
 * inside it, each on its own interface. A flow crosses the firewall between two different
 * interfaces; a flow with both ends behind one interface, or an end behind none, is not its
 * business. DNS names, and the parts of a wide end that no interface names, are placed behind
 * the interface that leads outside the site (it holds `internet`, `any` or a /0: the default route).
 * A flow to or from the router itself (`self`: the addresses of its host, `host:` in the site) is
 * its own traffic, which its host plan filters: it crosses no interface.
 */
export function planFirewall(fw: Firewall, pairs: readonly FlowPair[], self: readonly Cidr[] = []): FirewallPlan {
  const selfText = new Set(self.map((c) => c.text));
  const isSelf = (e: FlowEnd): boolean =>
    selfText.size > 0 && e.fqdns.length === 0 && e.cidrs.length > 0 && e.cidrs.every((c) => selfText.has(c.text));
  const merged = new Map<string, ForwardRule>();
  // Ends repeat (a host in every pair of its flows, the Internet in most): place each once.
  const placed = new WeakMap<readonly Cidr[], Map<string, Map<string, Piece>>>();
  // The same addresses in different arrays (the Internet of each deployment) share one entry.
  const placedByText = new Map<string, Map<string, Map<string, Piece>>>();
  const place = (end: FlowEnd, onlyFamily: Family | null): Map<string, Piece> => {
    let byEnd = placed.get(end.cidrs);
    if (!byEnd) {
      const text = end.cidrs.map((c) => c.text).join(',');
      byEnd = placedByText.get(text) ?? new Map<string, Map<string, Piece>>();
      placedByText.set(text, byEnd);
      placed.set(end.cidrs, byEnd);
    }
    const k = `${onlyFamily}|${end.fqdns.join(',')}`;
    let pieces = byEnd.get(k);
    if (!pieces) {
      pieces = placeEnd(fw, end, onlyFamily);
      byEnd.set(k, pieces);
    }
    return pieces;
  };
  for (const pair of pairs) {
    if (isSelf(pair.from) || isSelf(pair.to)) continue;
    const p = pair.service.protocol;
    const onlyFamily: Family | null = p === 'icmp' ? 4 : p === 'icmpv6' ? 6 : null;
    const src = place(pair.from, onlyFamily);
    const dst = place(pair.to, onlyFamily);
    for (const [si, s] of src) {
      for (const [di, d] of dst) {
        if (si === di) continue;
        const families = ([4, 6] as Family[]).filter((f) => hasFamily(s, f) && hasFamily(d, f));
        if (families.length === 0) continue;
        const sv = view(s, families);
        const dv = view(d, families);
        const key = `${p}|${si}|${sv.key}|${di}|${dv.key}`;
        const prior = merged.get(key);
        if (!prior) {
          const from: ForwardEnd = { interface: si, peers: sv.peers, fqdns: s.fqdns, label: pair.from.label };
          const to: ForwardEnd = { interface: di, peers: dv.peers, fqdns: d.fqdns, label: pair.to.label };
          merged.set(key, { ...serviceOf(pair.service, pair.because), from, to });
          continue;
        }
        mergeService(prior, pair.service, pair.because);
        if (!prior.from.label.split(', ').includes(pair.from.label)) prior.from.label += `, ${pair.from.label}`;
        if (!prior.to.label.split(', ').includes(pair.to.label)) prior.to.label += `, ${pair.to.label}`;
      }
    }
  }
  const rules = [...merged.values()].sort(byInterfaces(fw));
  const plan: FirewallPlan = {
    name: fw.name,
    interfaces: fw.interfaces.map((i) => ({
      name: i.name,
      networks: i.cidrs,
      label: i.label,
      outside: i.outside,
      origin: i.origin,
    })),
    rules,
    origin: fw.origin,
  };
  if (fw.description !== undefined) plan.description = fw.description;
  if (fw.host !== undefined) plan.host = fw.host;
  return plan;
}

/** Forward rules in the order of their interfaces, then protocol, first port or type, and peers. */
function byInterfaces(fw: Firewall): (a: ForwardRule, b: ForwardRule) => number {
  const order = new Map(fw.interfaces.map((i, n) => [i.name, n]));
  // The peers' key text, made once per rule (a sort compares each rule many times).
  const keys = new Map<ForwardRule, string>();
  const keyOf = (r: ForwardRule): string => {
    let k = keys.get(r);
    if (k === undefined) keys.set(r, (k = `${cidrKey(r.from.peers)}|${cidrKey(r.to.peers)}|${r.to.fqdns.join(',')}`));
    return k;
  };
  return (a, b) => {
    const ia = order.get(a.from.interface)! - order.get(b.from.interface)!;
    if (ia !== 0) return ia;
    const oa = order.get(a.to.interface)! - order.get(b.to.interface)!;
    if (oa !== 0) return oa;
    if (a.protocol !== b.protocol) return PROTOCOLS.indexOf(a.protocol) - PROTOCOLS.indexOf(b.protocol);
    const pa = a.ports?.[0]?.[0] ?? a.icmpTypes?.[0] ?? -1;
    const pb = b.ports?.[0]?.[0] ?? b.icmpTypes?.[0] ?? -1;
    if (pa !== pb) return pa - pb;
    const ka = keyOf(a);
    const kb = keyOf(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}

/** Which interface each part of a flow end lies behind (see planFirewall). */
export function placeEnd(fw: Firewall, end: FlowEnd, onlyFamily: Family | null): Map<string, Piece> {
  const out = new Map<string, Piece>();
  const add = (iface: string, cidrs: Cidr[], fqdns: string[]): void => {
    const piece = out.get(iface) ?? { cidrs: [], fqdns: [] };
    piece.cidrs.push(...cidrs);
    piece.fqdns.push(...fqdns);
    out.set(iface, piece);
  };
  const networks = fw.interfaces.flatMap((i) => i.cidrs.map((c) => ({ iface: i.name, cidr: c })));
  const outside = fw.interfaces.find((i) => i.outside);
  for (const c of end.cidrs) {
    if (onlyFamily !== null && c.family !== onlyFamily) continue;
    let owner: { iface: string; cidr: Cidr } | null = null;
    for (const n of networks) {
      if (n.cidr.family === c.family && cidrContains(n.cidr, c) && (!owner || n.cidr.prefix > owner.cidr.prefix))
        owner = n;
    }
    if (owner) add(owner.iface, [c], []);
    const inside: Cidr[] = [];
    for (const n of networks) {
      if (
        n.cidr.family === c.family &&
        n.cidr.prefix > c.prefix &&
        cidrContains(c, n.cidr) &&
        n.iface !== owner?.iface
      ) {
        add(n.iface, [n.cidr], []);
        inside.push(n.cidr);
      }
    }
    // What of a wide end no interface names (a zone of the site behind no interface of this
    // firewall) is reached by the default route: through the interface that leads outside.
    if (!owner && outside) {
      const rest = cidrsMinus([c], inside);
      if (rest.length > 0) add(outside.name, rest, []);
    }
  }
  if (end.fqdns.length > 0 && outside) add(outside.name, [], end.fqdns);
  for (const piece of out.values()) {
    piece.cidrs = normalizeCidrs(piece.cidrs);
    piece.fqdns = [...new Set(piece.fqdns)].sort();
  }
  return out;
}

function hasFamily(p: Piece, f: Family): boolean {
  return p.fqdns.length > 0 || p.cidrs.some((c) => c.family === f);
}

/** A piece's peers for some families, and their key text; computed once per piece and families. */
function view(p: Piece, families: Family[]): { peers: Cidr[]; key: string } {
  const k = families.join();
  p.views ??= new Map();
  let v = p.views.get(k);
  if (!v) {
    const peers = p.cidrs.filter((c) => families.includes(c.family));
    v = { peers, key: `${cidrKey(peers)}|${p.fqdns.join(',')}` };
    p.views.set(k, v);
  }
  return v;
}
