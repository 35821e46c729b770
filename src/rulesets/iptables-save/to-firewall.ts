import {
  memoMatch,
  type Action,
  type FwChain,
  type FwRule,
  type FwRuleset,
  type FwTable,
  type PathChain,
  type Side,
  RulesetMemo,
} from '../firewall-model.js';
import { HOOK_PRIORITIES } from '../netfilter-hooks.js';
import { isUncertain, ruleCube, SetInterner } from './match-cube.js';
import { iptablesDnatTo, redirectTo } from '../nat-to.js';
import type { IptRule, IptRuleset, IptTarget } from './model.js';
import type { IpSet } from '../ipset-save/parse.js';

/**
 * The tables a host's own packet crosses, in hook and priority order (raw -300, mangle -150,
 * filter 0, security 50). nat is apart (`natPath`): its chains see only a connection's first
 * packet and rewrite rather than filter; the audit follows what they rewrite.
 */
const HOOKS: Record<Side, [table: string, chain: string, hook: 0 | 1][]> = {
  in: [
    ['raw', 'PREROUTING', 0],
    ['mangle', 'PREROUTING', 0],
    ['mangle', 'INPUT', 1],
    ['filter', 'INPUT', 1],
    ['security', 'INPUT', 1],
  ],
  out: [
    ['raw', 'OUTPUT', 0],
    ['mangle', 'OUTPUT', 0],
    ['filter', 'OUTPUT', 0],
    ['security', 'OUTPUT', 0],
    ['mangle', 'POSTROUTING', 1],
  ],
};

/** The chains a forwarded packet crosses after routing. */
const FORWARD: [table: string, chain: string, hook: 0 | 1][] = [
  ['mangle', 'FORWARD', 1],
  ['filter', 'FORWARD', 1],
  ['security', 'FORWARD', 1],
];

function actionOf(t: IptTarget, table: string, family: 4 | 6): Action {
  switch (t.kind) {
    case 'nat':
      if (table !== 'nat' || (t.name !== 'DNAT' && t.name !== 'REDIRECT')) return { kind: 'continue' };
      return { kind: 'dnat', to: t.name === 'REDIRECT' ? redirectTo(t.to) : iptablesDnatTo(t.to ?? '', family) };
    case 'ACCEPT':
    case 'DROP':
    case 'REJECT':
    case 'RETURN':
      return { kind: t.kind };
    case 'jump':
    case 'goto':
      return { kind: t.kind, chain: t.chain };
    case 'NOTRACK':
      return { kind: table === 'raw' ? 'NOTRACK' : 'continue' };
    case 'queue':
      return { kind: 'queue', bypass: t.bypass };
    case 'unknown':
      return { kind: 'unknown', name: t.name };
    default:
      return { kind: 'continue' };
  }
}

export interface IptFwRule extends FwRule {
  source: IptRule;
}

/** An iptables-save dump as the evaluator's model. */
export function iptablesFirewall(rs: IptRuleset, ipsets: ReadonlyMap<string, IpSet | null> = new Map()): FwRuleset {
  const tables: FwTable[] = [];
  const sets = new SetInterner();
  for (const t of rs.tables.values()) {
    const chains = new Map<string, FwChain>();
    for (const c of t.chains.values()) {
      const rules: IptFwRule[] = c.rules.map((r) => ({
        file: rs.file,
        line: r.line,
        text: r.text,
        action: actionOf(r.target, t.name, rs.family),
        source: r,
        interfaces: [r.match.inIface?.value, r.match.outIface?.value].filter((x): x is string => !!x),
        match: memoMatch(
          (ctx) => {
            const cube = ruleCube(r.match, ctx, ipsets, sets);
            return cube ? [cube] : [];
          },
          // addrtype reads the remote end as LOCAL on loopback only: it depends on the interface too.
          {
            iface: !!(r.match.inIface || r.match.outIface || r.match.addrTypes?.length),
            uncertain: isUncertain(r.match, ipsets),
          },
        ),
      }));
      chains.set(c.name, {
        file: rs.file,
        name: c.name,
        base: c.builtin,
        policy: c.policy,
        side: c.name === 'OUTPUT' || c.name === 'POSTROUTING' ? 'out' : c.name === 'FORWARD' ? undefined : 'in',
        line: c.line,
        rules,
      });
    }
    tables.push({ name: t.name, chains });
  }
  const byName = new Map(tables.map((t) => [t.name, t]));
  // The chains of a hook list that the dump has, in order; tables other than filter exist by
  // default (their policy accept decides nothing worth naming), raw runs before conntrack.
  const placed = (list: readonly [string, string, 0 | 1][]): PathChain[] =>
    list.flatMap(([tn, cn, hook]) => {
      const table = byName.get(tn);
      const chain = table?.chains.get(cn);
      if (!table || !chain) return [];
      const priority = HOOK_PRIORITIES[tn]!;
      return [{ table, chain, hook, priority, beforeConntrack: tn === 'raw', quietPolicy: tn !== 'filter' }];
    });
  const nat = byName.get('nat');
  // DNAT and REDIRECT in the nat chains a new connection crosses, and in every chain they jump
  // to (Docker's published ports sit in chain DOCKER, reached from PREROUTING): their matches
  // alone, without the jumps' conditions, so that more is marked approximate, never less.
  const rewritingBy = new Map<Side, IptFwRule[]>();
  for (const [base, side] of [
    ['PREROUTING', 'in'],
    ['OUTPUT', 'out'],
  ] as const) {
    const found: IptFwRule[] = [];
    const seen = new Set<string>();
    const visit = (name: string): void => {
      const chain = nat?.chains.get(name);
      if (!chain || seen.has(name)) return;
      seen.add(name);
      for (const r of chain.rules as IptFwRule[]) {
        const t = r.source.target;
        if (t.kind === 'nat' && (t.name === 'DNAT' || t.name === 'REDIRECT')) found.push(r);
        if (t.kind === 'jump' || t.kind === 'goto') visit(t.chain);
      }
    };
    visit(base);
    rewritingBy.set(side, found);
  }
  const rewriting = [...new Set([...rewritingBy.values()].flat())].sort((a, b) => a.line - b.line);
  return {
    file: rs.file,
    format: 'iptables-save',
    families: [rs.family],
    ruleCount: rs.ruleCount,
    memo: new RulesetMemo(),
    tables,
    warnings: [
      ...(rewriting.length > 0
        ? [
            `nat rules rewrite destinations (line ${rewriting.map((r) => r.line).join(', ')}): followed to where they send new connections: exposure lists them (this host or, forwarded, another); a required flow rewritten to this host is judged as rewritten, one forwarded is not judged`,
          ]
        : []),
      ...(rs.unknownTargets ?? []).map(
        (name) =>
          `target ${name} is an extension the audit does not know: its packets are followed as accepted, dropped and going on (claims they touch are approximate)`,
      ),
    ],
    rewrites(family, side): FwRule[] {
      if (family !== rs.family) return [];
      return rewritingBy.get(side) ?? [];
    },
    natPath(family): PathChain[] {
      const chain = nat?.chains.get('PREROUTING');
      if (family !== rs.family || !nat || !chain) return [];
      return [
        { table: nat, chain, hook: 0, priority: HOOK_PRIORITIES.dstnat!, beforeConntrack: false, quietPolicy: true },
      ];
    },
    forwardPath(family): PathChain[] {
      return family === rs.family ? placed(FORWARD) : [];
    },
    path(family, side): PathChain[] {
      return family === rs.family ? placed(HOOKS[side]) : [];
    },
  };
}
