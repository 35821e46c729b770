import { DIMENSIONS, universeCube, type Cube } from '../algebra/cube.js';
import { interval, type IntervalSet } from '../algebra/interval-set.js';
import { Region } from '../algebra/rank-cube.js';
import type { RankSet } from '../algebra/rank-set.js';
import type { RCube } from '../algebra/space.js';
import { evaluatePath, type EvalContext, type Fork, type Outcome } from './evaluate.js';
import { pathOf, type FwRule, type FwRuleset, type NatTo, type PathChain } from '../rulesets/firewall-model.js';

const LOCAL = DIMENSIONS.indexOf('local');
const DPORT = DIMENSIONS.indexOf('dport');
const SPORT = DIMENSIONS.indexOf('sport');

/** Where new inbound connections that one DNAT or REDIRECT rule rewrites end up. */
export interface NatLeg {
  rule: FwRule;
  to: NatTo;
  /** `host`: delivered to this host (REDIRECT, or DNAT to its own address); `forward`: routed on; `unknown`: not read. */
  via: 'host' | 'forward' | 'unknown';
  /** The new destination's addresses (values), null for `unknown`. */
  destination: IntervalSet | null;
  /** Packets (as they arrive) that some reading of the nat rules sends to this rule. */
  reached: Region;
  /** Those that no reading of the nat chains sends elsewhere (once the prerouting chains pass them). */
  surelyReached: Region;
  /** Of the reached packets, those that some reading accepts after the rewrite (as they arrive). */
  accepted: Region;
  /** Of `within`, the packets surely rewritten here and surely accepted after. */
  surely: (within: Region) => Region;
  /** The uncertain rules met after the rewrite, with the packets (rewritten) they split. */
  forks: Fork[];
  /** The accepting outcomes after the rewrite (rewritten packets), to name what decided. */
  accepts: Outcome[];
  /** Arriving packets as the chains after the rewrite see them. */
  translate: (r: Region) => Region;
  /**
   * The same rewrite for either end's port: `dport` for the packets of the opening side (the
   * new destination), `sport` for the replies (they leave from it), and back (`widen`: any
   * address and port of the end, within a region of arriving packets).
   */
  rewriteOf: (port: 'dport' | 'sport') => { translate: (r: Region) => Region; widen: (r: Region) => Region };
}

export interface NatResult {
  legs: NatLeg[];
  /** Uncertain rules of the nat chains (what is rewritten, or not, depends on them). */
  forks: Fork[];
  /** The input packets that meet the nat chains: those the prerouting chains pass, tracked. */
  natInput: Region;
  /** Input packets a notrack rule may have taken (never rewritten). */
  untracked: Region;
}

/**
 * The values a translation writes, for the audit's space: the new destination addresses and
 * ports of every DNAT and REDIRECT on the inbound path (REDIRECT's address is the host's own,
 * already in the space).
 */
export function natTargets(rulesets: readonly FwRuleset[], family: 4 | 6): Cube[] {
  const out: Cube[] = [];
  for (const rs of rulesets)
    for (const r of rs.rewrites(family, 'in')) {
      if (r.action.kind !== 'dnat') continue;
      const { addresses, ports } = r.action.to;
      const u = universeCube(family);
      out.push({
        ...u,
        local: addresses ? interval(BigInt(addresses[0]), BigInt(addresses[1])) : u.local,
        dport: ports ? interval(BigInt(ports[0]), BigInt(ports[1])) : u.dport,
      });
    }
  return out;
}

/**
 * Follows DNAT and REDIRECT for new inbound connections. The packets the prerouting filter
 * chains pass (and that are tracked: UNTRACKED packets are never rewritten) walk the nat
 * chains; each rewriting rule's packets are given their new destination (address, port) and
 * walk the chains they meet next: this host's input chains, or the forward chains (leaving by
 * an interface the routes choose, unknown here: out-interface matches are uncertain). The
 * result is stated for packets as they arrive, so that exposure can speak of the host's ports.
 * A rewrite to several possible addresses or ports is accepted for sure only when every one is.
 */
export function followNat(
  rulesets: readonly FwRuleset[],
  input: Region,
  ctx: EvalContext,
  hostLocal: IntervalSet,
  hostKnown: boolean,
): NatResult {
  const family = ctx.family;
  const natPath = pathOf(rulesets, family, 'in', ctx.iface, 'nat');
  if (natPath.length === 0) return { legs: [], forks: [], natInput: Region.empty(), untracked: Region.empty() };
  const hostPath = pathOf(rulesets, family, 'in', ctx.iface);
  const pre = evaluatePath(
    hostPath.filter((p) => p.hook === 0),
    input,
    ctx,
    { refused: false },
  );
  let pending = pre.untracked.isEmpty() ? pre.accepted : pre.accepted.subtract(pre.untracked);
  const natInput = pending;
  // Rewritten packets are accepted for sure only where the prerouting chains surely pass them.
  const preSure = pre.forks.length > 0 ? pre.surely(natInput) : natInput;
  const legs: NatLeg[] = [];
  const forks: Fork[] = [];
  for (const chain of natPath) {
    if (pending.isEmpty()) break;
    const r = evaluatePath([{ ...chain, quietPolicy: false }], pending, ctx);
    forks.push(...r.forks);
    const outcomes = [...r.accepts, ...r.refused];
    const rewriting = r.accepts.filter((o) => o.decidedBy[0]?.action.kind === 'dnat');
    for (const o of rewriting) {
      const reached = o.set;
      if (reached.isEmpty()) continue;
      // Surely here where no other outcome (another rule, the policy) may take the packets too.
      let surely = reached;
      if (r.forks.length > 0)
        for (const other of outcomes) if (other !== o && !surely.isEmpty()) surely = surely.subtract(other.set);
      legs.push(
        leg(
          o.decidedBy[0]!,
          reached,
          surely,
          { sure: preSure, forks: pre.forks },
          ctx,
          { hostLocal, hostKnown },
          hostPath,
          rulesets,
        ),
      );
    }
    // What a nat chain lets through unchanged meets the next nat chain.
    const passed = r.accepts.filter((o) => o.decidedBy[0]?.action.kind !== 'dnat').map((o) => o.set);
    pending = passed.reduce((a, b) => a.union(b), Region.empty());
  }
  return { legs, forks, natInput, untracked: pre.untracked };
}

function leg(
  rule: FwRule,
  reached: Region,
  surelyReached: Region,
  pre: { sure: Region; forks: Fork[] },
  ctx: EvalContext,
  host: { hostLocal: IntervalSet; hostKnown: boolean },
  hostPath: PathChain[],
  rulesets: readonly FwRuleset[],
): NatLeg {
  const to = (rule.action as { kind: 'dnat'; to: NatTo }).to;
  const space = ctx.space;
  const { hostLocal, hostKnown } = host;
  const destination = to.redirect
    ? hostLocal
    : to.addresses
      ? interval(BigInt(to.addresses[0]), BigInt(to.addresses[1]))
      : null;
  if (destination === null) {
    return {
      rule,
      to,
      via: 'unknown',
      destination: null,
      reached,
      surelyReached,
      accepted: reached,
      surely: () => Region.empty(),
      forks: [],
      accepts: [],
      translate: (x) => x,
      rewriteOf: () => ({ translate: (x) => x, widen: (x) => x }),
    };
  }
  const toHost = to.redirect || (hostKnown && destination.every(([a, b]) => within(hostLocal, a, b)));
  const localRanks = space.axes[LOCAL]!.encode(destination);
  const portRanks = to.ports ? space.axes[DPORT]!.encode(interval(BigInt(to.ports[0]), BigInt(to.ports[1]))) : null;
  const all = space.universe();
  const rewriteOf = (port: 'dport' | 'sport') => {
    const dim = port === 'dport' ? DPORT : SPORT;
    return {
      translate: (x: Region): Region => Region.of(...x.cubes.map((c) => rewrite(c, localRanks, portRanks, dim))),
      // Back to arriving packets: any address and (when rewritten) any port of this end.
      widen: (x: Region): Region =>
        Region.of(...x.cubes.map((c) => rewrite(c, all[LOCAL]!, portRanks ? all[dim]! : null, dim))),
    };
  };
  const { translate, widen } = rewriteOf('dport');
  const after = toHost
    ? hostPath.filter((p) => p.hook === 1)
    : pathOf(rulesets, ctx.family, 'in', ctx.iface, 'forward');
  const postCtx: EvalContext = toHost ? ctx : { ...ctx, loopback: false, forward: { outIface: null } };
  const translated = translate(reached);
  const post = evaluatePath(after, translated, postCtx);
  const accepted = widen(post.accepted).intersect(reached);
  const maybeRefused = translated.subtract(post.surely(translated));
  const reachedForSure = pre.forks.length === 0 ? surelyReached : surelyReached.intersect(pre.sure);
  const sure = maybeRefused.isEmpty() ? reachedForSure : reachedForSure.subtract(widen(maybeRefused));
  return {
    rule,
    to,
    via: toHost ? 'host' : 'forward',
    destination,
    reached,
    surelyReached,
    accepted,
    surely: (w) => sure.intersect(w),
    forks: [...pre.forks.map((f) => ({ ...f, set: translate(Region.disjoint(f.set)).cubes })), ...post.forks],
    accepts: post.accepts,
    translate,
    rewriteOf,
  };
}

function rewrite(c: RCube, local: RankSet, port: RankSet | null, dim: number): RCube {
  const out = c.slice();
  out[LOCAL] = local;
  if (port) out[dim] = port;
  return out;
}

function within(set: IntervalSet, a: bigint, b: bigint): boolean {
  return set.some(([lo, hi]) => lo <= a && b <= hi);
}
