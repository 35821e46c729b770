import type { Cube } from '../algebra/packet-set.js';

/** Where a chain sits: inbound chains see the remote end as source, outbound as destination. */
export type Side = 'in' | 'out';

/** How to read matches that the text alone cannot decide. */
export interface MatchContext {
  family: 4 | 6;
  side: Side;
  /** The interface the host's traffic uses; `null` for "any" (then interface matches are uncertain). */
  iface: string | null;
  /** Uncertain matches (limit, recent, marks, interfaces when unknown ...) taken as matching or not. */
  assumeOpaque: boolean;
  /** Whether loopback traffic is in question (dead-rule analysis); flows with a remote peer never use `lo`. */
  loopback?: boolean;
  /**
   * A forwarded packet (FORWARD, nft hook forward): it comes in by `iface` (its source is the
   * remote end, its destination the "local" one) and leaves by `outIface`, null when not known
   * (it depends on the routes): then an out-interface match is uncertain.
   */
  forward?: { outIface: string | null };
}

export function contextKey(ctx: MatchContext): string {
  const fwd = ctx.forward ? `|>${ctx.forward.outIface ?? '*'}` : '';
  return `${ctx.family}|${ctx.side}|${ctx.iface ?? '*'}|${ctx.assumeOpaque ? 1 : 0}|${ctx.loopback ? 1 : 0}${fwd}`;
}

export type Verdict = 'ACCEPT' | 'DROP' | 'REJECT';

/**
 * Where DNAT or REDIRECT sends a new connection. `redirect`: to the host itself (the address of
 * the interface it came in by). `addresses`: the first and last address of the new destination
 * (decimal; one address mostly), null when the rule computes it (a map) or does not say.
 * `ports`: the new destination port range, null to keep the port.
 */
export interface NatTo {
  redirect: boolean;
  addresses: [first: string, last: string] | null;
  ports: [number, number] | null;
  /** The destination as the rule writes it, for the report (`172.17.0.2:80`, `:8080`). */
  text: string;
}

/**
 * What a rule does with the packets it matches. `continue` is any non-terminal statement (log,
 * counter, mark). `queue` hands them to a program (NFQUEUE, nft `queue`), which accepts or drops
 * each: terminal, verdict unknown. `unknown` is a target the audit cannot read (an extension
 * such as TARPIT): it may accept, drop, or let the packet go on; both are followed.
 */
export type Action =
  | { kind: Verdict | 'RETURN' | 'NOTRACK' | 'continue' }
  | { kind: 'jump' | 'goto'; chain: string }
  | { kind: 'queue'; bypass: boolean }
  | { kind: 'unknown'; name: string }
  /** DNAT or REDIRECT (nat chains only): terminal in its chain; the packet goes on translated. */
  | { kind: 'dnat'; to: NatTo };

/**
 * One rule of either format, reduced to what the analysis needs: where it is, what it matches in
 * a context (a union of cubes, usually one; empty when it matches nothing there) and its action.
 */
export interface FwRule {
  file: string;
  /** Line in the file (iptables-save), or position in the `nftables` array (nft JSON). */
  line: number;
  text: string;
  action: Action;
  /** Interface names the rule matches on, iptables style (`eth+` for a prefix). */
  interfaces: string[];
  match: MatchFn;
}

/** What a rule matches in a context. `varies: false` says the context's interface and reading never change it. */
export interface MatchFn {
  (ctx: MatchContext): readonly Cube[];
  varies?: boolean;
}

export interface FwChain {
  file: string;
  name: string;
  /** A base (built-in) chain ends in its policy; a regular chain returns to its caller. */
  base: boolean;
  policy: 'ACCEPT' | 'DROP' | null;
  /** For a base chain, which end of the packet is the remote one; unset for forward chains (both ends are). */
  side?: Side;
  line: number;
  rules: FwRule[];
}

export interface FwTable {
  name: string;
  chains: Map<string, FwChain>;
}

/** A base chain on a host's path, in the order the kernel runs them. */
export interface PathChain {
  table: FwTable;
  chain: FwChain;
  /** 0 for the first hook of the side (prerouting, output), 1 for the second (input, postrouting). */
  hook: 0 | 1;
  priority: number;
  /** A chain that exists by default (iptables raw, mangle, security): its policy accept is not worth naming. */
  quietPolicy?: boolean;
  /** Runs before connection tracking (priority < -200): `notrack` there makes packets UNTRACKED. */
  beforeConntrack: boolean;
}

/** A parsed ruleset of either format, as the evaluator sees it. */
export interface FwRuleset {
  file: string;
  format: 'iptables-save' | 'nft-json';
  /** Address families the ruleset speaks for. */
  families: (4 | 6)[];
  ruleCount: number;
  tables: FwTable[];
  /**
   * The base chains a host's own inbound or outbound packet of one family crosses, in order.
   * With the interface the packets use, the chains bound to that device (nft ingress, egress)
   * are on the path too.
   */
  path(family: 4 | 6, side: Side, iface?: string | null): PathChain[];
  /** The nat chains a new inbound connection crosses before routing (iptables nat PREROUTING, nft type nat hook prerouting), in order. */
  natPath(family: 4 | 6): PathChain[];
  /** The base chains a forwarded packet crosses after routing (FORWARD, nft hook forward), in order. */
  forwardPath(family: 4 | 6): PathChain[];
  /** What the analysis could not read (e.g. iptables-nft `xt` expressions), for the report. */
  warnings: string[];
  /**
   * Rules of nat base chains that rewrite the destination of new connections on this side
   * (DNAT, REDIRECT): the evaluator does not follow rewrites, so flows they touch are marked
   * approximate and these rules named.
   */
  rewrites(family: 4 | 6, side: Side): FwRule[];
  /** Facts about the rules that analyses find once and keep with the ruleset (see RulesetMemo). */
  readonly memo: RulesetMemo;
}

/** Facts derived from a ruleset's rules, found on first use and kept with that ruleset (never shared). */
export class RulesetMemo {
  /** One interface name per class of interfaces the rules tell apart (see interfaceClasses). */
  interfaceClasses?: string[];
}

/**
 * The base chains a packet crosses when several rulesets cover a family (an iptables dump and
 * an nft one both load into the kernel): all of them, in hook and priority order.
 */
export function pathOf(
  rulesets: readonly FwRuleset[],
  family: 4 | 6,
  side: Side,
  iface: string | null = null,
  which: 'host' | 'nat' | 'forward' = 'host',
): PathChain[] {
  return rulesets
    .flatMap((r) =>
      which === 'nat' ? r.natPath(family) : which === 'forward' ? r.forwardPath(family) : r.path(family, side, iface),
    )
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.hook - b.p.hook || a.p.priority - b.p.priority || a.i - b.i)
    .map(({ p }) => p);
}

const NONE: readonly Cube[] = Object.freeze([]);

/**
 * A rule's `match` with its results kept per context, keyed only by what the rule depends on:
 * family and side always, the interface only when the rule names one, the reading only when
 * the rule has something uncertain. Contexts that cannot change a rule share one result object,
 * which saves memory and lets `sameReadings` see cheaply that both readings agree.
 */
export function memoMatch(
  compute: (ctx: MatchContext) => readonly Cube[],
  depends: { iface: boolean; uncertain: boolean },
): MatchFn {
  // Family, side and (when it matters) the reading index a small array; only rules that name
  // an interface need a map (by interface name). Rules are many: no key strings on the hot path.
  const slots: (readonly Cube[] | undefined)[] = [];
  const byIface = depends.iface ? new Map<string, readonly Cube[]>() : null;
  const fn: MatchFn = (ctx) => {
    let slot = (ctx.family === 4 ? 0 : 1) * 2 + (ctx.side === 'in' ? 0 : 1);
    if (depends.iface || depends.uncertain) slot = slot * 2 + (ctx.assumeOpaque ? 1 : 0);
    let r: readonly Cube[] | undefined;
    // Only interface matches read a forwarded packet differently (its out-interface).
    const key = byIface
      ? `${slot}|${ctx.iface ?? '*'}|${ctx.loopback ? 1 : 0}${ctx.forward ? `>${ctx.forward.outIface ?? '*'}` : ''}`
      : '';
    r = byIface ? byIface.get(key) : slots[slot];
    if (!r) {
      r = compute(ctx);
      if (r.length === 0) r = NONE;
      if (byIface) byIface.set(key, r);
      else slots[slot] = r;
    }
    return r;
  };
  fn.varies = depends.iface || depends.uncertain;
  return fn;
}

/** Interface names as iptables and nftables match them: a trailing `+` (nft `*`, read as `+`) matches any suffix. */
export function ifaceMatches(pattern: string, name: string): boolean {
  return pattern.endsWith('+') ? name.startsWith(pattern.slice(0, -1)) : pattern === name;
}
