import { interval } from '../algebra/interval-set.js';
import { PacketSet, STATES, universeCube } from '../algebra/packet-set.js';
import { ruleCube, type MatchContext } from './iptables-cube.js';
import type { IptChain, IptRule, IptRuleset, IptTable } from './iptables-model.js';

export type Verdict = 'ACCEPT' | 'DROP' | 'REJECT';

/** A part of the input that ended with a verdict, and the rules that decided it. */
export interface Outcome {
  set: PacketSet;
  verdict: Verdict;
  /** The deciding rule (or the chain's policy line), last first: the jump chain that led there follows. */
  decidedBy: IptRule[];
  /** Policy line when the built-in chain's policy decided. */
  policyLine: number | null;
}

export interface ChainResult {
  outcomes: Outcome[];
  /** What fell off the end of a user chain or hit RETURN: continues in the caller. */
  returned: PacketSet;
  /** Rules that some packet reached and matched (for dead-rule analysis). */
  hit: Set<IptRule>;
  /** Packets a NOTRACK rule matched (raw table): connection tracking will call them UNTRACKED. */
  untracked: PacketSet;
}

const MAX_DEPTH = 64;

/**
 * First-match walk of a chain over a set of packets, exactly as the kernel does it: terminal
 * verdicts end the walk, jumps descend and continue with what the sub-chain returns, goto
 * returns to the caller's caller, built-in chains end in their policy.
 */
export function walkChain(table: IptTable, chain: IptChain, input: PacketSet, ctx: MatchContext, trail: IptRule[] = [], depth = 0, hit = new Set<IptRule>()): ChainResult {
  if (depth > MAX_DEPTH) throw new Error(`chain ${chain.name}: jumps nest deeper than ${MAX_DEPTH} (a loop?)`);
  const outcomes: Outcome[] = [];
  let remaining = input;
  let returned = PacketSet.empty();
  let untracked = PacketSet.empty();
  for (const rule of chain.rules) {
    if (remaining.isEmpty()) break;
    const cube = ruleCube(rule.match, ctx);
    if (!cube) continue;
    const matched = remaining.intersectCube(cube);
    if (matched.isEmpty()) continue;
    hit.add(rule);
    const t = rule.target;
    switch (t.kind) {
      case 'ACCEPT':
      case 'DROP':
        outcomes.push({ set: matched, verdict: t.kind, decidedBy: [rule, ...trail], policyLine: null });
        remaining = remaining.subtract(matched);
        break;
      case 'REJECT':
        outcomes.push({ set: matched, verdict: 'REJECT', decidedBy: [rule, ...trail], policyLine: null });
        remaining = remaining.subtract(matched);
        break;
      case 'RETURN':
        returned = returned.union(matched);
        remaining = remaining.subtract(matched);
        break;
      case 'jump':
      case 'goto': {
        const sub = table.chains.get(t.chain);
        if (!sub) break;
        const r = walkChain(table, sub, matched, ctx, [rule, ...trail], depth + 1, hit);
        outcomes.push(...r.outcomes);
        untracked = untracked.union(r.untracked);
        remaining = remaining.subtract(matched);
        if (t.kind === 'jump') remaining = remaining.union(r.returned);
        else returned = returned.union(r.returned);
        break;
      }
      case 'NOTRACK':
        if (table.name === 'raw') untracked = untracked.union(matched);
        break;
      default:
        // LOG, MARK, ...: the packet goes on to the next rule.
        break;
    }
  }
  if (chain.builtin) {
    // RETURN in a built-in chain (or from a chain entered by goto) ends in the policy too.
    const rest = remaining.union(returned);
    if (!rest.isEmpty()) outcomes.push({ set: rest, verdict: chain.policy === 'DROP' ? 'DROP' : 'ACCEPT', decidedBy: [...trail], policyLine: chain.line });
    returned = PacketSet.empty();
  } else returned = returned.union(remaining);
  return { outcomes, returned, hit, untracked };
}

/** The built-in chains a packet crosses, in order, for a host's own traffic (filter decides; raw NOTRACK sets state). */
export const HOOKS: Record<'in' | 'out', [string, string][]> = {
  in: [['raw', 'PREROUTING'], ['mangle', 'PREROUTING'], ['mangle', 'INPUT'], ['filter', 'INPUT'], ['security', 'INPUT']],
  out: [['raw', 'OUTPUT'], ['mangle', 'OUTPUT'], ['filter', 'OUTPUT'], ['security', 'OUTPUT'], ['mangle', 'POSTROUTING']],
};

/**
 * The packets of `input` that the whole path accepts, and the outcomes that refuse the rest.
 * An accept ends one chain; the packet still has to pass the next table's chain.
 */
export function evaluatePath(rs: IptRuleset, side: 'in' | 'out', input: PacketSet, ctx: MatchContext): { accepted: PacketSet; refused: Outcome[]; accepts: Outcome[]; hit: Set<IptRule> } {
  let current = input;
  const refused: Outcome[] = [];
  let accepts: Outcome[] = [];
  const hit = new Set<IptRule>();
  // Packets that raw NOTRACK rules matched, in the caller's terms (with the state they would
  // have had); after the raw table they travel with state UNTRACKED.
  let untrackedOrigin = PacketSet.empty();
  for (const [tableName, chainName] of HOOKS[side]) {
    const table = rs.tables.get(tableName);
    const chain = table?.chains.get(chainName);
    if (!table || !chain) continue;
    const r = walkChain(table, chain, current, ctx, [], 0, hit);
    let next = PacketSet.empty();
    const chainAccepts: Outcome[] = [];
    for (const o of r.outcomes) {
      if (o.verdict === 'ACCEPT') {
        next = next.union(o.set);
        chainAccepts.push(o);
      } else refused.push(o);
    }
    if (tableName === 'raw' && !r.untracked.isEmpty()) {
      untrackedOrigin = r.untracked.intersect(next);
      next = next.subtract(untrackedOrigin).union(withState(untrackedOrigin, STATES.UNTRACKED));
    }
    current = next;
    if (tableName === 'filter') accepts = chainAccepts;
  }
  if (untrackedOrigin.isEmpty()) return { accepted: current, refused, accepts, hit };
  // Back to the caller's terms: an accepted UNTRACKED packet is the original packet it came from.
  const untrackedState = PacketSet.of({ ...universeCube(ctx.family), state: interval(STATES.UNTRACKED, STATES.UNTRACKED) });
  const acceptedUntracked = current.intersect(untrackedState);
  const accepted = current.subtract(untrackedState).union(untrackedOrigin.intersect(withAnyState(acceptedUntracked)));
  return { accepted, refused, accepts, hit };
}

function withState(set: PacketSet, state: bigint): PacketSet {
  return PacketSet.of(...set.cubes.map((c) => ({ ...c, state: interval(state, state) })));
}

function withAnyState(set: PacketSet): PacketSet {
  return PacketSet.of(...set.cubes.map((c) => ({ ...c, state: interval(0n, 4n) })));
}
