import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { boxOf, CubeIndex } from '../../src/algebra/cube-index.js';
import { intersect, normalize, type Interval } from '../../src/algebra/interval-set.js';
import { DIMENSIONS, universeCube, type Cube, type Dimension } from '../../src/algebra/cube.js';
import { Region } from '../../src/algebra/rank-cube.js';
import { Space } from '../../src/algebra/space.js';
import { evaluatePath, RuleMarks, SAME, walkChain, type EvalContext } from '../../src/audit/evaluate.js';
import type { Action, FwChain, FwRule, FwTable, MatchContext, PathChain } from '../../src/rulesets/firewall-model.js';

/**
 * The evaluator against a reference that judges one packet at a time, the way the kernel does:
 * first match, jumps, RETURN, goto, policies, several base chains on one hook. Rulesets are
 * random; packets are taken near every rule's cube so that rules actually meet.
 */

type Point = Record<Dimension, bigint>;
const small = fc
  .array(
    fc
      .tuple(fc.bigInt({ min: 0n, max: 5n }), fc.bigInt({ min: 0n, max: 2n }))
      .map(([lo, n]) => [lo, lo + n] as Interval),
    { minLength: 1, maxLength: 2 },
  )
  .map(normalize);
// Most fields of a rule are "any" (as in real rules); a few are narrowed.
const cubeArb = fc
  .record(
    Object.fromEntries(DIMENSIONS.map((d) => [d, fc.option(small, { freq: 2 })])) as Record<
      Dimension,
      fc.Arbitrary<Interval[] | null>
    >,
  )
  .map((r) => {
    const c = universeCube(4);
    for (const d of DIMENSIONS) if (r[d]) c[d] = intersect(r[d], c[d]).length > 0 ? intersect(r[d], c[d]) : c[d];
    return c;
  });

const actions = (targets: string[]): fc.Arbitrary<Action> =>
  fc.oneof(
    fc.constantFrom<Action>(
      { kind: 'ACCEPT' },
      { kind: 'DROP' },
      { kind: 'REJECT' },
      { kind: 'RETURN' },
      { kind: 'continue' },
    ),
    ...(targets.length > 0
      ? [fc.record({ kind: fc.constantFrom<'jump' | 'goto'>('jump', 'goto'), chain: fc.constantFrom(...targets) })]
      : []),
  );

const rules = (targets: string[], max: number) =>
  fc.array(fc.record({ cube: cubeArb, action: actions(targets) }), { maxLength: max });

const rulesetArb = fc.record({
  pre: fc.array(
    fc.record({
      cube: cubeArb,
      action: fc.constantFrom<Action>({ kind: 'ACCEPT' }, { kind: 'DROP' }, { kind: 'continue' }),
    }),
    { maxLength: 3 },
  ),
  prePolicy: fc.constantFrom<'ACCEPT' | 'DROP'>('ACCEPT', 'ACCEPT', 'DROP'),
  input: rules(['A', 'B'], 8),
  inputPolicy: fc.constantFrom<'ACCEPT' | 'DROP'>('ACCEPT', 'DROP'),
  a: rules(['B'], 6),
  b: rules([], 6),
  seeds: fc.array(fc.nat({ max: 1000 }), { minLength: 8, maxLength: 8 }),
});

function build(
  spec: readonly { cube: Cube; action: Action }[],
  name: string,
  base: boolean,
  policy: 'ACCEPT' | 'DROP' | null,
): FwChain {
  const rs: FwRule[] = spec.map((r, i) => ({
    file: 'r',
    line: i + 1,
    text: `${name}#${i}`,
    action: r.action,
    interfaces: [],
    match: () => [r.cube],
  }));
  return { file: 'r', name, base, policy, side: 'in', line: 0, rules: rs };
}

function has(c: Cube, p: Point): boolean {
  return DIMENSIONS.every((d) => c[d].some(([lo, hi]) => p[d] >= lo && p[d] <= hi));
}

/** Reference: one packet through a chain. */
function judge(table: FwTable, chain: FwChain, p: Point, matched: Set<FwRule>, skip: FwRule | null): string {
  for (const r of chain.rules) {
    if (r === skip || !has(r.match({} as MatchContext)[0]!, p)) continue;
    matched.add(r);
    const a = r.action;
    if (a.kind === 'continue') continue;
    if (a.kind === 'jump' || a.kind === 'goto') {
      const v = judge(table, table.chains.get(a.chain)!, p, matched, skip);
      if (a.kind === 'goto' || v !== 'RETURN') return v;
      continue;
    }
    return a.kind;
  }
  return 'RETURN';
}

function judgePath(path: PathChain[], p: Point, matched: Set<FwRule>, skip: FwRule | null = null): string {
  for (const { table, chain } of path) {
    let v = judge(table, chain, p, matched, skip);
    if (v === 'RETURN') v = chain.policy!;
    if (v !== 'ACCEPT') return v;
  }
  return 'ACCEPT';
}

function pointsNear(cubes: Cube[], seeds: number[]): Point[] {
  const out: Point[] = [];
  cubes.forEach((c, ci) => {
    for (let k = 0; k < 3; k++) {
      const seed = seeds[(ci * 3 + k) % seeds.length]! + k;
      const p = {} as Point;
      DIMENSIONS.forEach((d, di) => {
        const [lo, hi] = c[d][(seed + di) % c[d].length]!;
        const span = hi - lo + 1n > 8n ? 8n : hi - lo + 1n;
        p[d] = lo + (BigInt(seed * (di + 1)) % span);
      });
      if (k === 2) p[DIMENSIONS[seed % DIMENSIONS.length]!] += 1n;
      // Only packets that exist (a nudge may step past the last state).
      if (DIMENSIONS.every((d) => p[d] <= universeCube(4)[d][0]![1])) out.push(p);
    }
  });
  return out;
}

test('evaluator: the accepted set, refusals, hits and redundancy agree with a packet-by-packet reference', () => {
  fc.assert(
    fc.property(rulesetArb, (spec) => {
      const table: FwTable = { name: 'filter', chains: new Map() };
      const pre: FwTable = { name: 'raw', chains: new Map() };
      pre.chains.set('PRE', build(spec.pre, 'PRE', true, spec.prePolicy));
      for (const [name, list, policy] of [
        ['INPUT', spec.input, spec.inputPolicy],
        ['A', spec.a, null],
        ['B', spec.b, null],
      ] as const)
        table.chains.set(name, build(list, name, name === 'INPUT', policy));
      const path: PathChain[] = [
        { table: pre, chain: pre.chains.get('PRE')!, hook: 0, priority: -300, beforeConntrack: false },
        { table, chain: table.chains.get('INPUT')!, hook: 1, priority: 0, beforeConntrack: false },
      ];
      const all = [...spec.pre, ...spec.input, ...spec.a, ...spec.b].map((r) => r.cube);
      const space = Space.of(4, all);
      const ctx: EvalContext = { family: 4, side: 'in', iface: null, assumeOpaque: false, space };
      const universe = Region.disjoint([space.universe()]);
      const result = evaluatePath(path, universe, ctx);
      const redundant = new RuleMarks();
      const hits = new RuleMarks();
      for (const { table: t, chain } of path) walkChain(t, chain, universe, ctx, { hit: hits, redundant });
      // Where each rule sits, to read its marks.
      const at = new Map<FwRule, [FwChain, number]>();
      for (const t of [pre, table]) for (const c of t.chains.values()) c.rules.forEach((r, i) => at.set(r, [c, i]));
      const mark = (marks: RuleMarks, r: FwRule): number => marks.get(...at.get(r)!);
      for (const p of pointsNear(all.length > 0 ? all : [universeCube(4)], spec.seeds)) {
        const matched = new Set<FwRule>();
        const want = judgePath(path, p, matched);
        const at = space.point(p);
        assert.equal(
          result.accepted.has(at),
          want === 'ACCEPT',
          `accepted at ${JSON.stringify(p, (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))}`,
        );
        if (want !== 'ACCEPT')
          assert.ok(
            result.refused.some((o) => o.verdict === want && o.set.has(at)),
            `refused as ${want}`,
          );
        for (const r of matched) assert.ok(mark(hits, r) === 1, `${r.text} matched a packet but was not hit`);
        // A rule called redundant changes no packet's verdict when removed.
        for (const r of matched)
          if (mark(redundant, r) === SAME)
            assert.equal(judgePath(path, p, new Set(), r), want, `${r.text} is not redundant`);
      }
    }),
    { numRuns: 400 },
  );
});

test('cube index: a query finds exactly the entries whose boxes overlap (against a scan)', () => {
  fc.assert(
    fc.property(
      fc.array(cubeArb, { maxLength: 30 }),
      cubeArb,
      fc.nat({ max: 30 }),
      fc.nat({ max: 30 }),
      (cubes, q, a, b) => {
        const space = Space.of(4, [...cubes, q]);
        const index = new CubeIndex(
          cubes.map((c) => [space.encode(c)]),
          space,
        );
        const [from, before] = a <= b ? [a, b] : [b, a];
        const box = boxOf([space.encode(q)]);
        const want = cubes
          .map((c, i) => [c, i] as const)
          .filter(
            ([c, i]) =>
              i >= from &&
              i < before &&
              DIMENSIONS.every(
                (d) => c[d][0]![0] <= q[d][q[d].length - 1]![1] && q[d][0]![0] <= c[d][c[d].length - 1]![1],
              ),
          )
          .map(([, i]) => i);
        assert.deepEqual([...index.query(box, before, from)], want);
      },
    ),
    { numRuns: 500 },
  );
});
