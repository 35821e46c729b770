import { MAX_JUMP_DEPTH } from '../rulesets/jump-graph.js';
import { boxOf, CubeIndex } from '../algebra/cube-index.js';
import { DIMENSIONS, STATES, type Cube } from '../algebra/cube.js';
import {
  coalesceRCubes,
  intersectRCubes,
  RCubeUnion,
  rcubesOverlap,
  rcubeWithin,
  Region,
  subtractAllRCubes,
} from '../algebra/rank-cube.js';
import { rankRange, ranksContain, subtractRanks } from '../algebra/rank-set.js';
import { Derived, type RCube, type Space } from '../algebra/space.js';
import {
  type Action,
  contextKey,
  type FwChain,
  type FwRule,
  type FwTable,
  type PathChain,
  type MatchContext,
  type Verdict,
} from '../rulesets/firewall-model.js';

export type { Verdict };

/** A part of the input that ended with a verdict, and the rules that decided it. */
export interface Outcome {
  /** Computed on first use for a chain's policy (the rest after every rule is the costly part). */
  readonly set: Region;
  verdict: Verdict;
  /** The deciding rule, then the jumps that led there (innermost first); empty for a policy. */
  decidedBy: FwRule[];
  /** Where the base chain's policy is, when the policy decided. */
  policy: { file: string; line: number } | null;
}

export interface ChainResult {
  outcomes: Outcome[];
  /** What fell off the end of a regular chain or hit RETURN: continues in the caller. */
  returned: () => Region;
  /** Packets a `notrack` rule matched: connection tracking will call them UNTRACKED. */
  untracked: RCube[];
  /** In a forked walk, packets an uncertain `notrack` may have matched (they go on both ways). */
  maybeUntracked: RCube[];
  /** In a forked walk, the rules whose uncertain match split packets, with the packets split. */
  forks: Fork[];
  /** The notrack rules that matched packets, with the packets (surely or maybe) matched. */
  notracks: Fork[];
}

/** An uncertain rule met in a forked walk: the packets it may or may not have matched (or decided). */
export interface Fork {
  rule: FwRule;
  set: readonly RCube[];
  /** Why its outcome is uncertain, when not its match (a queue's program, an unknown target). */
  why?: string;
}

/** Why a queue or an unknown target leaves the verdict open. */
function decisionWhy(a: { kind: 'queue'; bypass: boolean } | { kind: 'unknown'; name: string }): string {
  if (a.kind === 'unknown')
    return `target ${a.name} is an extension the audit does not know: its packets may be accepted, dropped or go on`;
  return a.bypass
    ? 'the packets go to a userspace queue: its program accepts or drops them (with no program listening, --queue-bypass accepts them)'
    : 'the packets go to a userspace queue: its program accepts or drops them (with no program listening, the kernel drops them)';
}

/** Jumps deeper than this were refused when the ruleset was read (rulesets/jump-graph.ts). */
const MAX_DEPTH = MAX_JUMP_DEPTH;
/** Later rules a continuation may meet before a redundancy check gives up (see wouldDecideAlike). */
export const REDUNDANCY_BUDGET = 256;
/** Overlapping earlier rules beyond which a rule subtracts the merged union instead. */
const WIDE = 64;
/** Actions that end a packet's walk through the chain (what a covering earlier rule must have). */
export const ENDS = new Set(['ACCEPT', 'DROP', 'REJECT', 'RETURN', 'goto', 'dnat']);
/** Actions that can give a packet a verdict (directly or in the chain they enter). */
const DECIDES = new Set(['ACCEPT', 'DROP', 'REJECT', 'jump', 'goto', 'dnat']);

/** A chain's rules as cubes in one context, with the index that finds overlapping rules. */
export interface ChainView {
  cubes: (readonly RCube[])[];
  index: CubeIndex;
}

/** Where a walk runs: how to read the rules, and the space their cubes are encoded in. */
export interface EvalContext extends MatchContext {
  space: Space;
  /**
   * Both readings at once (with `assumeOpaque: true`): a rule whose match the text cannot decide
   * (a rate limit, `recent`, rpfilter, an unknown interface) applies its action to the packets
   * it may match, and those packets also go on as if it had not matched. The accepted packets
   * are then every packet some reading accepts (an upper bound), and those no reading refuses
   * are accepted for sure (the lower bound): see `forkContext` and `PathResult.surely`.
   */
  fork?: boolean;
}

/** The forked reading of a context (see EvalContext.fork): what every sound audit claim uses. */
export function forkContext(ctx: Omit<EvalContext, 'assumeOpaque' | 'fork'>): EvalContext {
  return { ...ctx, assumeOpaque: true, fork: true };
}

/**
 * Forks whose two ways can both go on to be accepted, or returned: an uncertain accept, jump,
 * goto, RETURN or notrack. (An uncertain drop's packets are dropped one way and go on the other:
 * they never reach two accepting outcomes.)
 */
function twoWay(forks: readonly Fork[]): Fork[] {
  return forks.filter((f) => f.rule.action.kind !== 'DROP' && f.rule.action.kind !== 'REJECT');
}

/** The union of cube lists that may overlap one another (each list's cubes are disjoint). */
function unionOf(lists: readonly (readonly RCube[])[]): Region {
  let out = Region.empty();
  for (const l of lists) if (l.length > 0) out = out.isEmpty() ? Region.disjoint(l) : out.union(Region.disjoint(l));
  return out;
}

/**
 * The union of the parts of a walk's outcome (accepted parts, returned parts) as disjoint
 * cubes: parts of one partition are disjoint already; where the walk forked two ways a packet
 * may be in two parts, so only the parts' pieces inside those forks are merged (thousands of
 * single-address accepts elsewhere stay as they are).
 */
function mergeParts(lists: readonly (readonly RCube[])[], forks: readonly Fork[]): Region {
  const both = twoWay(forks);
  if (both.length === 0) return Region.disjoint(lists.flat());
  const forked = unionOf(both.map((f) => f.set));
  const outside: RCube[] = [];
  const inside: (readonly RCube[])[] = [];
  for (const l of lists) {
    if (l.length === 0) continue;
    for (const c of subtractAllRCubes(l, forked.cubes)) outside.push(c);
    const x = Region.disjoint(l).intersect(forked);
    if (!x.isEmpty()) inside.push(x.cubes);
  }
  return Region.disjoint([...outside, ...unionOf(inside).cubes]);
}

interface ViewCache {
  /** Each rule's match (in values) per view, to find a view that another context can share. */
  byCtx: Map<string, ChainView>;
  shapes: { matches: (readonly Cube[])[]; view: ChainView }[];
}
/**
 * What the evaluator keeps while it computes in one space: encoded matches, chain views, walks
 * and their names. Owned by the space (see Space.derived), so two audits never share it.
 */
class EvalCache {
  readonly encodings = new WeakMap<readonly Cube[], readonly RCube[]>();
  readonly views = new WeakMap<FwChain, ViewCache>();
  /** Whether any rule of a chain reads differently with the interface or the reading. */
  readonly varies = new WeakMap<FwChain, boolean>();
  /** The chains a walk from a chain can enter. */
  readonly reachable = new WeakMap<FwChain, FwChain[]>();
  readonly viewIds = new WeakMap<ChainView, number>();
  nextViewId = 0;
  readonly readings = new WeakMap<FwChain, Map<string, string>>();
  readonly universeWalks = new WeakMap<FwChain, Map<string, UniverseWalk>>();
}
const EVAL_CACHE = new Derived(() => new EvalCache());
const cacheOf = (ctx: EvalContext): EvalCache => ctx.space.derived(EVAL_CACHE);

/** A rule's match in the context, encoded in the context's space (once per match result). */
export function matchOf(rule: FwRule, ctx: EvalContext): readonly RCube[] {
  const bySpace = cacheOf(ctx).encodings;
  const m = rule.match(ctx);
  let r = bySpace.get(m);
  if (!r) bySpace.set(m, (r = m.map((c) => ctx.space.encode(c))));
  return r;
}

/**
 * A chain's rules as cubes in a context, with their index: cached per chain and context, and
 * shared by contexts in which every rule reads the same (interfaces and uncertain matches change
 * only the rules that have them; most chains read alike everywhere).
 */
export function viewOf(chain: FwChain, ctx: EvalContext): ChainView {
  const cached = cacheOf(ctx);
  let cache = cached.views.get(chain);
  if (!cache) cached.views.set(chain, (cache = { byCtx: new Map(), shapes: [] }));
  const key = chainVaries(chain, cached)
    ? contextKey(ctx)
    : ctx.family === 4
      ? ctx.side === 'in'
        ? '4in'
        : '4out'
      : ctx.side === 'in'
        ? '6in'
        : '6out';
  let v = cache.byCtx.get(key);
  if (v) return v;
  const matches = chain.rules.map((r) => r.match(ctx));
  v = cache.shapes.find((s) => s.matches.every((m, i) => m === matches[i]))?.view;
  if (!v) {
    const cubes = chain.rules.map((r) => matchOf(r, ctx));
    v = { cubes, index: new CubeIndex(cubes, ctx.space) };
    cache.shapes.push({ matches, view: v });
  }
  cache.byCtx.set(key, v);
  return v;
}

/** A rule's redundancy mark: the rules after it decided its packets alike in every walk so far, or not in one. */
export const SAME = 1;
export const DIFFERENT = 2;

/**
 * A small number per rule (hit or not, redundant or not), kept per chain by rule position: a
 * walk marks a hundred thousand rules, and typed arrays cost far less than sets of rule objects.
 */
export class RuleMarks {
  private readonly byChain = new Map<FwChain, Uint8Array>();

  /** The marks of a chain's rules, by position (0 when unmarked). */
  of(chain: FwChain): Uint8Array {
    let m = this.byChain.get(chain);
    if (!m) this.byChain.set(chain, (m = new Uint8Array(chain.rules.length)));
    return m;
  }

  get(chain: FwChain, i: number): number {
    return this.byChain.get(chain)?.[i] ?? 0;
  }

  chains(): IterableIterator<[FwChain, Uint8Array]> {
    return this.byChain.entries();
  }
}

/** Whether any rule of the chain reads differently with the interface or the reading (most chains: no). */
function chainVaries(chain: FwChain, cache: EvalCache): boolean {
  let v = cache.varies.get(chain);
  if (v === undefined) cache.varies.set(chain, (v = chain.rules.some((r) => r.match.varies !== false)));
  return v;
}

/** True when every cube of `a` lies within one cube of `b`. */
function allWithin(a: readonly RCube[], b: readonly RCube[]): boolean {
  for (const c of a) {
    let inside = false;
    for (const r of b) {
      if (rcubeWithin(c, r)) {
        inside = true;
        break;
      }
    }
    if (!inside) return false;
  }
  return true;
}

function lazy<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

export interface WalkOptions {
  /** The jumps that led here, innermost first. */
  trail?: FwRule[];
  depth?: number;
  /** Marks the rules some packet reached and matched (for dead-rule analysis). */
  hit?: RuleMarks;
  /**
   * When given, each terminal rule (and RETURN) that is reached is checked for redundancy: the
   * rules after it, in the same chain, would give the packets it takes the same verdict. The
   * marks keep, per rule, whether that held in every walk so far (SAME or DIFFERENT).
   */
  redundant?: RuleMarks;
  /** Start after this rule position (a continuation, for the redundancy check). */
  from?: number;
}

/**
 * First-match walk of a chain over a set of packets, exactly as the kernel runs it: terminal
 * verdicts end the walk, jumps descend and the caller continues with what the sub-chain
 * returns, goto returns to the caller's caller, base chains end in their policy.
 *
 * Why it is fast: instead of carrying "everything not matched yet" from rule to rule (a set
 * that fragments with every rule, which made the walk quadratic), each rule takes the input it
 * overlaps and subtracts only what the earlier rules that overlap *it* consumed; an index of
 * the chain's boxes finds those rules. Rules far apart in address or port space never meet.
 * The rest that falls off the end is computed only when someone asks (a DROP policy over the
 * universe is never needed for exposure or dead rules).
 */
export function walkChain(
  table: FwTable,
  chain: FwChain,
  input: Region,
  ctx: EvalContext,
  opts: WalkOptions = {},
): ChainResult {
  const depth = opts.depth ?? 0;
  if (depth > MAX_DEPTH) throw new Error(`chain ${chain.name}: jumps nest deeper than ${MAX_DEPTH} (a loop?)`);
  const walk = new ChainWalk(table, chain, ctx, opts, depth);
  const view = walk.view;
  let exhausted = false;
  if (!input.isEmpty()) {
    for (const k of view.index.query(boxOf(input.cubes), view.cubes.length, walk.from)) {
      const overlap: readonly RCube[] = input.intersect(Region.disjoint(view.cubes[k]!)).cubes;
      if (overlap.length === 0) continue;
      const m = walk.notConsumed(k, overlap);
      if (m.length === 0) continue;
      const kind = walk.apply(k, m);
      // A rule that matches every packet of the input ends the walk (what earlier rules did not
      // take, it takes): nothing is left for the rules after it (`-i lo -j ACCEPT` when the walk
      // is for lo, `-j DROP` at the end of a chain). In a forked walk, only where it surely matches.
      if (ENDS.has(kind) && allWithin(input.cubes, walk.certainCubes(k))) {
        exhausted = true;
        break;
      }
    }
  }
  return walk.result(input, exhausted);
}

/** One walk of one chain: what its rules consumed so far, and what it decided. */
class ChainWalk {
  readonly view: ChainView;
  readonly from: number;
  private readonly trail: FwRule[];
  private readonly hits: Uint8Array | undefined;
  private readonly redundant: Uint8Array | undefined;
  private readonly outcomes: Outcome[] = [];
  private readonly untracked: RCube[] = [];
  private readonly maybeUntracked: RCube[] = [];
  private readonly forks: Fork[] = [];
  private readonly notracks: Fork[] = [];
  /** In a forked walk, each rule's match where it is certain (null: every rule is certain). */
  private readonly strict: (readonly RCube[])[] | null;
  // What each rule consumed, by position, and the positions that consumed something, in order.
  private readonly consumed: (readonly RCube[] | undefined)[] = [];
  private readonly consumedIds: number[] = [];
  // The union of everything consumed, made when first needed (most walks of small chains never need it).
  private union: RCubeUnion | null = null;
  private readonly returnedParts: RCube[] = [];
  private readonly lateReturns: (() => Region)[] = [];

  constructor(
    private readonly table: FwTable,
    private readonly chain: FwChain,
    private readonly ctx: EvalContext,
    private readonly opts: WalkOptions,
    private readonly depth: number,
  ) {
    this.view = viewOf(chain, ctx);
    const strict = ctx.fork ? viewOf(chain, { ...ctx, assumeOpaque: false }) : null;
    this.strict = strict && strict !== this.view ? strict.cubes : null;
    this.from = opts.from ?? 0;
    this.trail = opts.trail ?? [];
    this.hits = opts.hit?.of(chain);
    this.redundant = opts.redundant?.of(chain);
  }

  private allConsumed(): RCubeUnion {
    if (!this.union) {
      this.union = new RCubeUnion();
      for (const j of this.consumedIds) this.union.add(this.consumed[j]!);
    }
    return this.union;
  }

  private consume(k: number, list: readonly RCube[]): void {
    if (list.length === 0) return;
    // A jump into a block list consumes thousands of cubes: merged once here, later rules
    // subtract a few cubes instead of thousands.
    const cubes = list.length > 16 ? coalesceRCubes(list) : list;
    this.consumed[k] = cubes;
    this.consumedIds.push(k);
    this.union?.add(cubes);
  }

  /**
   * The part of rule k's packets that no earlier rule consumed. Few rules consumed so far: look
   * at those that meet rule k; many: ask the index. A wide rule overlaps most of what came
   * before, and then the merged union of everything consumed is the cheaper thing to subtract.
   */
  notConsumed(k: number, m: readonly RCube[]): readonly RCube[] {
    const { index } = this.view;
    let earlier: RCube[] = [];
    let many = false;
    if (this.consumedIds.length <= WIDE) {
      for (const j of this.consumedIds) if (index.meet(j, k)) for (const c of this.consumed[j]!) earlier.push(c);
    } else {
      const near = index.queryEntry(k, k, this.from, WIDE);
      many = near.length > WIDE;
      if (!many) {
        for (const j of near) {
          const c = this.consumed[j];
          if (c) for (const x of c) earlier.push(x);
        }
      }
    }
    if (many || earlier.length > WIDE) earlier = this.allConsumed().cubes();
    return earlier.length > 0 ? subtractAllRCubes(m, earlier) : m;
  }

  /** Rule k's match where it is certain (all of it outside a forked walk). */
  certainCubes(k: number): readonly RCube[] {
    return this.strict?.[k] ?? this.view.cubes[k]!;
  }

  /**
   * The part of `m` (packets rule k matches in the loose reading) that it surely matches; in a
   * forked walk the rest is noted as a fork and goes on to the later rules as well.
   */
  private certain(k: number, m: readonly RCube[]): readonly RCube[] {
    const strict = this.strict?.[k];
    if (!strict || strict === this.view.cubes[k]) return m;
    const sure = Region.disjoint(m).intersect(Region.disjoint(strict));
    const maybe = subtractAllRCubes(m, sure.cubes);
    if (maybe.length > 0) this.forks.push({ rule: this.chain.rules[k]!, set: maybe });
    return sure.cubes;
  }

  /** Rule k takes the packets `m`: its verdict, jump or mark; returns its action's kind. */
  apply(k: number, m: readonly RCube[]): Action['kind'] {
    const rule = this.chain.rules[k]!;
    if (this.hits) this.hits[k] = 1;
    const a = rule.action;
    switch (a.kind) {
      // DNAT and REDIRECT end the nat chain: the packet goes on, translated (an accepting
      // outcome whose deciding rule says where to; see audit/nat.ts).
      case 'dnat':
      case 'ACCEPT':
      case 'DROP':
      case 'REJECT':
        this.outcomes.push({
          set: Region.disjoint(m),
          verdict: a.kind === 'dnat' ? 'ACCEPT' : a.kind,
          decidedBy: [rule, ...this.trail],
          policy: null,
        });
        this.consume(k, this.certain(k, m));
        break;
      case 'RETURN':
        this.returnedParts.push(...m);
        this.consume(k, this.certain(k, m));
        break;
      case 'jump':
      case 'goto': {
        const sub = this.table.chains.get(a.chain);
        if (!sub) break;
        const r = walkChain(this.table, sub, Region.disjoint(m), this.ctx, {
          trail: [rule, ...this.trail],
          depth: this.depth + 1,
          hit: this.opts.hit,
          redundant: this.opts.redundant,
        });
        this.outcomes.push(...r.outcomes);
        this.untracked.push(...r.untracked);
        this.maybeUntracked.push(...r.maybeUntracked);
        this.forks.push(...r.forks);
        this.notracks.push(...r.notracks);
        const sure = this.certain(k, m);
        if (a.kind === 'jump') {
          // What the sub-chain surely decided does not come back: its outcomes, or where it forked
          // (a packet it may decide may also return), what surely did not return.
          const decided =
            r.forks.length > 0 ? subtractAllRCubes(m, r.returned().cubes) : r.outcomes.flatMap((o) => o.set.cubes);
          // Of the packets the jump itself may not take, none is consumed: they go on as well.
          this.consume(k, sure === m ? decided : Region.disjoint(decided).intersect(Region.disjoint(sure)).cubes);
        } else {
          this.lateReturns.push(r.returned);
          this.consume(k, sure);
        }
        break;
      }
      case 'queue':
      case 'unknown': {
        // A program decides (queue) or the audit cannot read the target (unknown): the packets
        // may be accepted or dropped, and an unknown target may also let them go on.
        for (const verdict of ['ACCEPT', 'DROP'] as const)
          this.outcomes.push({ set: Region.disjoint(m), verdict, decidedBy: [rule, ...this.trail], policy: null });
        this.forks.push({ rule, set: m, why: decisionWhy(a) });
        if (a.kind === 'queue') this.consume(k, m);
        break;
      }
      case 'NOTRACK': {
        const sure = this.certain(k, m);
        this.notracks.push({ rule, set: m });
        this.untracked.push(...sure);
        if (sure !== m) this.maybeUntracked.push(...subtractAllRCubes(m, sure));
        break;
      }
      default:
        // log, counter, mark ...: the packet goes on to the next rule.
        break;
    }
    const redundant = this.redundant;
    if (
      redundant &&
      redundant[k] !== DIFFERENT &&
      (a.kind === 'ACCEPT' || a.kind === 'DROP' || a.kind === 'REJECT' || a.kind === 'RETURN')
    ) {
      redundant[k] = wouldDecideAlike(this.table, this.chain, k, m, this.ctx, this.depth, a.kind) ? SAME : DIFFERENT;
    }
    return a.kind;
  }

  /** The walk's outcomes; what falls off the end (or RETURNs) is computed only when asked for. */
  result(input: Region, exhausted: boolean): ChainResult {
    const { chain, outcomes, untracked, maybeUntracked, forks, notracks } = this;
    const parts = (): (readonly RCube[])[] => [
      this.returnedParts,
      ...this.lateReturns.map((f) => f().cubes),
      exhausted ? [] : subtractAllRCubes(input.cubes, this.allConsumed().cubes()),
    ];
    // The parts are disjoint in a walk that decides each packet once; a walk that forked (here or
    // in a chain it entered) sent some packets two ways, so its parts may overlap.
    const rest = lazy(() => mergeParts(parts(), forks));
    if (!chain.base) return { outcomes, returned: rest, untracked, maybeUntracked, forks, notracks };
    // A base chain's policy takes what falls off its end or RETURNs (also from a goto'd chain).
    const verdict: Verdict = chain.policy === 'DROP' ? 'DROP' : 'ACCEPT';
    outcomes.push({
      get set() {
        return rest();
      },
      verdict,
      decidedBy: [...this.trail],
      policy: { file: chain.file, line: chain.line },
    });
    return { outcomes, returned: () => Region.empty(), untracked, maybeUntracked, forks, notracks };
  }
}

/**
 * Whether the rules after position k of a chain give the packets `m` the verdict `kind` too
 * (RETURN: no later rule decides any of them). Judged within the chain: packets that would fall
 * off a regular chain count as "not alike" for a verdict, so a rule is called redundant only
 * when that is certain.
 */
function wouldDecideAlike(
  table: FwTable,
  chain: FwChain,
  k: number,
  m: readonly RCube[],
  ctx: EvalContext,
  depth: number,
  kind: Verdict | 'RETURN',
): boolean {
  // A rule whose packets meet hundreds of later rules (a stateful accept at the top of a big
  // chain) is practically never redundant, and checking costs a walk of the whole chain: such
  // rules are left unchecked, that is, called not redundant.
  const view = viewOf(chain, ctx);
  const later = view.index.query(boxOf(m), view.cubes.length, k + 1, REDUNDANCY_BUDGET);
  if (later.length > REDUNDANCY_BUDGET) return false;
  // No later rule that could decide (only RETURN, log, ...): the packets return to the caller,
  // or in a base chain meet the policy. (The common case of a block list; no walk needed.)
  if (later.every((j) => !DECIDES.has(chain.rules[j]!.action.kind))) {
    if (kind === 'RETURN') return !chain.base;
    return chain.base && kind === (chain.policy === 'DROP' ? 'DROP' : 'ACCEPT');
  }
  const r = walkChain(table, chain, Region.disjoint(m), ctx, { depth, from: k + 1 });
  if (kind === 'RETURN') return !chain.base && r.outcomes.every((o) => o.set.isEmpty());
  for (const o of r.outcomes) if (o.verdict !== kind && !o.set.isEmpty()) return false;
  return r.returned().isEmpty();
}

/** A base chain walked over every packet of the family in one reading of the rules. */
export interface UniverseWalk {
  result: ChainResult;
  /** The rules some packet reached and matched. */
  hit: RuleMarks;
  /** Per terminal rule reached, whether the rules after it would decide its packets alike. */
  redundant: RuleMarks;
}

/** The chains a walk from `chain` can enter (itself included), by its jumps and gotos. */
function reachableFrom(table: FwTable, chain: FwChain, cache: EvalCache): FwChain[] {
  let list = cache.reachable.get(chain);
  if (!list) {
    const seen = new Set<FwChain>([chain]);
    const todo = [chain];
    while (todo.length > 0) {
      for (const r of todo.pop()!.rules) {
        if (r.action.kind !== 'jump' && r.action.kind !== 'goto') continue;
        const sub = table.chains.get(r.action.chain);
        if (sub && !seen.has(sub)) {
          seen.add(sub);
          todo.push(sub);
        }
      }
    }
    cache.reachable.set(chain, (list = [...seen]));
  }
  return list;
}

/**
 * A name for how a context reads the chains a walk from `chain` can enter: their views.
 * Contexts that read all those rules alike (most do: few rules depend on the interface or on
 * uncertain matches) get the same name, and share their walks.
 */
function readingOf(table: FwTable, chain: FwChain, ctx: EvalContext): string {
  const cache = cacheOf(ctx);
  let byCtx = cache.readings.get(chain);
  if (!byCtx) cache.readings.set(chain, (byCtx = new Map<string, string>()));
  const ck = `${contextKey(ctx)}${ctx.fork ? 'F' : ''}`;
  let key = byCtx.get(ck);
  if (key === undefined) {
    const ids: number[] = [];
    for (const c of reachableFrom(table, chain, cache)) {
      const v = viewOf(c, ctx);
      let id = cache.viewIds.get(v);
      if (id === undefined) cache.viewIds.set(v, (id = cache.nextViewId++));
      ids.push(id);
    }
    byCtx.set(ck, (key = `${ctx.family}${ctx.side}${ctx.fork ? 'F' : ''}|${ids.join(',')}`));
  }
  return key;
}

/**
 * The walk of a base chain over every packet of the family, once per reading of its table. Every
 * question about the chain (a flow's packets, every new connection, dead rules) is then answered
 * by restricting this partition of the packets to the question (`evaluatePath`), which costs one
 * pass over the outcomes instead of a walk of the rules.
 */
export function walkUniverse(table: FwTable, chain: FwChain, ctx: EvalContext): UniverseWalk {
  const cache = cacheOf(ctx);
  let byReading = cache.universeWalks.get(chain);
  if (!byReading) cache.universeWalks.set(chain, (byReading = new Map<string, UniverseWalk>()));
  const key = readingOf(table, chain, ctx);
  let w = byReading.get(key);
  if (!w) {
    const hit = new RuleMarks();
    const redundant = new RuleMarks();
    const result = walkChain(table, chain, Region.disjoint([ctx.space.universe()]), ctx, { hit, redundant });
    byReading.set(key, (w = { result, hit, redundant }));
  }
  return w;
}

/**
 * A base chain's outcomes for the packets of `input` only, from its walk over every packet.
 * Exact: the walk decides each packet on its own, so its outcomes partition all packets, and a
 * part of the input goes where the walk sent it; the policy takes its own part of the walk (what
 * fell off the end) within the input. Refused parts are computed only when asked for (exposure
 * needs only what is accepted), and a refused policy part only when read.
 */
function restrict(
  walk: ChainResult,
  input: Region,
  refused: boolean,
): { outcomes: Outcome[]; untracked: RCube[]; maybeUntracked: RCube[]; forks: Fork[]; notracks: Fork[] } {
  const outcomes: Outcome[] = [];
  for (const o of walk.outcomes) {
    if (o.verdict !== 'ACCEPT' && !refused) continue;
    if (o.policy !== null && o.verdict !== 'ACCEPT') {
      const set = lazy(() => o.set.intersect(input));
      outcomes.push({
        get set() {
          return set();
        },
        verdict: o.verdict,
        decidedBy: o.decidedBy,
        policy: o.policy,
      });
      continue;
    }
    const set = o.set.intersect(input);
    if (!set.isEmpty()) outcomes.push({ set, verdict: o.verdict, decidedBy: o.decidedBy, policy: o.policy });
  }
  const within = (cubes: readonly RCube[]): RCube[] =>
    cubes.length > 0 ? Region.disjoint(cubes).intersect(input).cubes.slice() : [];
  const forks: Fork[] = [];
  for (const f of walk.forks) {
    const set = within(f.set);
    if (set.length > 0) forks.push({ ...f, set });
  }
  const notracks: Fork[] = [];
  for (const f of walk.notracks) if (within(f.set).length > 0) notracks.push(f);
  return {
    outcomes,
    untracked: within(walk.untracked),
    maybeUntracked: within(walk.maybeUntracked),
    forks,
    notracks,
  };
}

export interface PathResult {
  /** What the path accepts; in a forked walk, what some reading of the uncertain matches accepts. */
  accepted: Region;
  refused: Outcome[];
  /** The accepting outcomes of the last base chain that decided (for `decidedBy`). */
  accepts: Outcome[];
  /**
   * What the path accepts whatever the uncertain matches do (of `within`, when given): `accepted`
   * outside a forked walk; in one, the accepted packets that no reading refuses.
   */
  surely: (within?: Region) => Region;
  /** The uncertain rules that split some of the input (forked walks), with the packets they split. */
  forks: Fork[];
  /** The input packets a notrack rule (surely or maybe) made UNTRACKED, and those rules. */
  untracked: Region;
  untrackedBy: FwRule[];
}

/**
 * The packets of `input` that the whole path accepts, and the outcomes that refuse the rest.
 * An accept ends one base chain; the packet still has to pass the next one on the hook, while
 * a drop anywhere is final. With `refused: false` the refusing outcomes are left out.
 */
export function evaluatePath(
  path: readonly PathChain[],
  input: Region,
  ctx: EvalContext,
  opts: { refused?: boolean } = {},
): PathResult {
  let current = input;
  const refused: Outcome[] = [];
  const accepts: Outcome[] = [];
  const forks: Fork[] = [];
  const untrackedBy: FwRule[] = [];
  // Packets that `notrack` matched, in the caller's terms (with the state they would have had);
  // after that chain they travel with state UNTRACKED.
  let untrackedOrigin = Region.empty();
  // A forked walk needs the refused packets for its lower bound, whatever the caller reads.
  const wantRefused = (opts.refused ?? true) || ctx.fork === true;
  for (const { table, chain, beforeConntrack, quietPolicy } of path) {
    const r = restrict(walkUniverse(table, chain, ctx).result, current, wantRefused);
    const next: (readonly RCube[])[] = [];
    const chainAccepts: Outcome[] = [];
    for (const o of r.outcomes) {
      if (o.verdict === 'ACCEPT') {
        if (o.set.isEmpty()) continue;
        next.push(o.set.cubes);
        chainAccepts.push(o);
      } else refused.push(o);
    }
    forks.push(...r.forks);
    if (beforeConntrack) for (const n of r.notracks) if (!untrackedBy.includes(n.rule)) untrackedBy.push(n.rule);
    // Accepting outcomes partition what a chain accepts, except where a walk forked (a packet an
    // uncertain accept may take can also be accepted further down).
    current = mergeParts(next, r.forks);
    if (beforeConntrack && r.untracked.length > 0) {
      const origin = Region.disjoint(r.untracked).intersect(current);
      untrackedOrigin = untrackedOrigin.union(origin);
      current = current.subtract(origin).union(withState(origin, untrackedState(ctx.space)));
    }
    if (beforeConntrack && r.maybeUntracked.length > 0) {
      // Packets an uncertain notrack may have matched travel on both ways: tracked and UNTRACKED.
      const origin = Region.disjoint(r.maybeUntracked).intersect(current);
      untrackedOrigin = untrackedOrigin.union(origin);
      current = current.union(withState(origin, untrackedState(ctx.space)));
    }
    // The policy accept of a chain that exists by default (iptables raw, mangle) decides nothing worth naming.
    accepts.push(...(quietPolicy ? chainAccepts.filter((o) => o.policy === null) : chainAccepts));
  }
  // A packet both accepted and refused was split by a fork (elsewhere each packet has one fate):
  // only the accepted packets inside the forks' sets are checked against the refused ones, each
  // found through an index (a block list's fork sets and drops run to thousands of cubes).
  // Fork sets of one chain repeat one another (each uncertain rule of a block list forks what
  // reaches it): merged first, so that a packet is checked once, not once per fork.
  const forkIndex = lazy(() => indexed(coalesceRCubes(forks.flatMap((f) => f.set)), ctx.space));
  const surelyOf = (accepted: Region, refusedOutcomes: readonly Outcome[], exact: boolean) => {
    const refusedIndex = lazy(() => indexed(coalesceRCubes(refusedOutcomes.flatMap((o) => o.set.cubes)), ctx.space));
    return (within?: Region): Region => {
      const acc = within ? accepted.intersect(within) : accepted;
      if (forks.length === 0 || acc.isEmpty()) return acc;
      const forked = exact ? coalesceRCubes(forkIndex().meet(acc.cubes)) : acc.cubes;
      if (forked.length === 0) return acc;
      const refusedForked = refusedIndex().meet(forked);
      return refusedForked.length === 0 ? acc : acc.subtract(Region.overlapping(refusedForked));
    };
  };
  if (untrackedOrigin.isEmpty())
    return {
      accepted: current,
      refused,
      accepts,
      surely: surelyOf(current, refused, true),
      forks,
      untracked: untrackedOrigin,
      untrackedBy,
    };
  const origin = untrackedOrigin;
  const untracked = untrackedState(ctx.space);
  const anyState = ctx.space.universe()[STATE]!;
  const back = (set: Region): Region => {
    const untrackedPart = Region.disjoint(
      set.cubes.flatMap((c) => (ranksContain(c[STATE]!, untracked[0]!) ? [withField(c, STATE, untracked)] : [])),
    );
    const tracked = Region.disjoint(
      set.cubes.flatMap((c) => {
        const st = subtractRanks(c[STATE]!, untracked);
        return st.length > 0 ? [withField(c, STATE, st)] : [];
      }),
    );
    return untrackedPart.isEmpty() ? tracked : tracked.union(origin.intersect(withState(untrackedPart, anyState)));
  };
  // Outcomes after the notrack point speak of UNTRACKED packets: give them in the caller's terms.
  const mapBack = (o: Outcome): Outcome => ({
    get set() {
      return back(o.set);
    },
    verdict: o.verdict,
    decidedBy: o.decidedBy,
    policy: o.policy,
  });
  refused.splice(0, refused.length, ...refused.map(mapBack));
  accepts.splice(0, accepts.length, ...accepts.map(mapBack));
  // Back to the caller's terms: an accepted UNTRACKED packet is the original packet it came from.
  const accepted = back(current);
  // Fork sets speak of packets before the notrack point's state change: check every accepted packet.
  return {
    accepted,
    refused,
    accepts,
    surely: surelyOf(accepted, refused, false),
    forks,
    untracked: untrackedOrigin,
    untrackedBy,
  };
}

/** Cubes with an index over them: `meet` gives the parts of other cubes that lie in them (pieces may overlap). */
function indexed(cubes: readonly RCube[], space: Space): { meet: (others: readonly RCube[]) => RCube[] } {
  const index = new CubeIndex(
    cubes.map((c) => [c]),
    space,
  );
  return {
    meet(others) {
      const out: RCube[] = [];
      for (const c of others)
        for (const i of index.query(boxOf([c]))) {
          const x = rcubesOverlap(c, cubes[i]!) ? intersectRCubes(c, cubes[i]!) : null;
          if (x) out.push(x);
        }
      return out;
    },
  };
}

/** Where a decision was made: a rule, or a base chain's policy. */
export interface DecisionSite {
  file: string;
  line: number;
  text: string;
}

/**
 * The accepts worth naming for each of some regions: every rule that accepted part of the
 * region, and a chain's policy only for packets no rule accepted (a raw or priority chain that
 * lets everything through by policy is not what decided a flow). One pass over the accepts for
 * all regions (an exposure report has a region per service, and the accepts of a large ruleset
 * run to tens of thousands).
 */
export function acceptSites(accepts: readonly Outcome[], regions: readonly Region[], space: Space): DecisionSite[][] {
  const out: DecisionSite[][] = regions.map(() => []);
  // Outcomes and regions can both be large (a wide-open ruleset): find overlaps by index.
  const cubes: RCube[] = [];
  const owner: number[] = [];
  regions.forEach((r, g) => {
    for (const c of r.cubes) {
      cubes.push(c);
      owner.push(g);
    }
  });
  const index = new CubeIndex(
    cubes.map((c) => [c]),
    space,
  );
  const byRules: RCube[][] = regions.map(() => []);
  const named = new Int32Array(regions.length).fill(-1);
  accepts.forEach((o, n) => {
    if (o.policy !== null || o.decidedBy.length === 0) return;
    const r = o.decidedBy[0]!;
    for (const c of o.set.cubes) {
      for (const i of index.query(boxOf([c]))) {
        const x = rcubesOverlap(c, cubes[i]!) ? intersectRCubes(c, cubes[i]!) : null;
        if (!x) continue;
        const g = owner[i]!;
        byRules[g]!.push(x); // outcomes are disjoint, so are their parts
        if (named[g] !== n) {
          named[g] = n;
          out[g]!.push({ file: r.file, line: r.line, text: r.text });
        }
      }
    }
  });
  const policies = accepts.filter((o) => o.policy !== null);
  if (policies.length === 0) return out;
  regions.forEach((region, g) => {
    const rest = region.subtract(Region.disjoint(byRules[g]!));
    for (const o of policies) {
      if (rest.isEmpty() || o.set.intersect(rest).isEmpty()) continue;
      out[g]!.push({ ...o.policy!, text: `policy ACCEPT (line ${o.policy!.line})` });
    }
  });
  return out;
}

const STATE = DIMENSIONS.indexOf('state');

/** The rank of the UNTRACKED state in a space. */
function untrackedState(space: Space): readonly number[] {
  const r = space.axes[STATE]!.rank(STATES.UNTRACKED);
  return rankRange(r, r);
}

function withField(c: RCube, d: number, set: readonly number[]): RCube {
  const out = c.slice();
  out[d] = set;
  return out;
}

/** The region with every cube's state replaced (cubes that then overlap are made disjoint). */
function withState(set: Region, state: readonly number[]): Region {
  return Region.of(...set.cubes.map((c) => withField(c, STATE, state)));
}
