import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { HOOK_PRIORITIES } from '../netfilter-hooks.js';
import {
  RulesetMemo,
  type FwChain,
  type FwRule,
  type FwRuleset,
  type FwTable,
  type PathChain,
  type Side,
} from '../firewall-model.js';
import { isObj, jsonText, NftError } from './json.js';
import type { NftChain, NftDump, NftTable } from './model.js';
import { lineCol, nftDiagnostic, tableOf, unreadable } from './parse.js';
import { compileRule } from './rule.js';

const HOOK_OF: Record<string, [Side, 0 | 1]> = {
  prerouting: ['in', 0],
  input: ['in', 1],
  output: ['out', 0],
  postrouting: ['out', 1],
};

/** Ingress chains run before prerouting, egress after postrouting: their place on the path. */
const DEVICE_HOOK = 1e6;

/** A table as the evaluator sees it, with the dump's table it comes from. */
interface Converted {
  source: NftTable;
  table: FwTable;
}

interface Placed {
  from: Converted;
  chain: FwChain;
  side: Side;
}

/**
 * The second stage of reading an nft dump: its tables into the neutral firewall model the audit
 * evaluates. Tables of family ip, ip6 and inet are analysed; each base chain of type filter (or
 * route) on the prerouting, input, output and postrouting hooks is placed on the host's path by
 * hook and priority; nat chains that rewrite destinations are kept for the audit to name. Matches
 * become cubes (see rule.ts and match.ts). `line` of a rule is its position in the `nftables`
 * array (1-based); its text names the table, chain and handle, so `nft delete rule ... handle N`
 * can act on it.
 */
export function nftFirewall(dump: NftDump): { ruleset: FwRuleset | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const warnings = new Set(dump.warnings);
  const tables = new Map<NftTable, Converted>();
  const paths: (Placed & { hook: 0 | 1; priority: number; devices?: string[] })[] = [];
  const natChains: (Placed & { priority: number })[] = [];
  const forwardChains: (Placed & { priority: number })[] = [];
  for (const source of dump.tables.values()) {
    const from: Converted = { source, table: { name: `${source.family} ${source.name}`, chains: new Map() } };
    tables.set(source, from);
    for (const c of source.chains.values()) {
      const chain = chainOf(dump.file, c);
      from.table.chains.set(chain.name, chain);
      if (c.hook === null || source.families.length === 0) continue;
      const hook = HOOK_OF[c.hook];
      const priority = typeof c.prio === 'number' ? c.prio : (HOOK_PRIORITIES[jsonText(c.prio)] ?? 0);
      if (c.type === 'nat') {
        if (c.hook === 'prerouting' || c.hook === 'output')
          natChains.push({ from, chain, side: c.hook === 'prerouting' ? 'in' : 'out', priority });
      } else if (hook) paths.push({ from, chain, side: hook[0], hook: hook[1], priority });
      else if (c.hook === 'forward') forwardChains.push({ from, chain, side: 'in', priority });
      else if (c.hook === 'ingress' || c.hook === 'egress') {
        // One device's packets, before prerouting (ingress) or after postrouting (egress): on the
        // path when the audit is told the host's interface and it is that device.
        const ingress = c.hook === 'ingress';
        paths.push({
          from,
          chain,
          side: ingress ? 'in' : 'out',
          hook: ingress ? 0 : 1,
          priority: ingress ? priority - DEVICE_HOOK : priority + DEVICE_HOOK,
          devices: c.devices,
        });
        warnings.add(
          `chain ${c.name} of table ${source.family} ${source.name} (hook ${c.hook}, device ${c.devices.join(', ') || 'none'}) filters one device's packets: it is judged when --interface names that device, and left out otherwise`,
        );
      }
    }
  }
  const ruleCount = readRules(dump, tables, warnings, diagnostics);
  diagnostics.push(...unknownJumps(dump, [...tables.values()]));
  if (diagnostics.length > 0) return { ruleset: null, diagnostics };
  // dnat and redirect in the nat chains and every chain they jump to: their matches alone, so
  // that more is marked approximate, never less.
  const rewriting = natChains.flatMap((n) => {
    const found: FwRule[] = [];
    const seen = new Set<FwChain>();
    const visit = (chain: FwChain | undefined): void => {
      if (!chain || seen.has(chain)) return;
      seen.add(chain);
      for (const r of chain.rules) {
        if (r.action.kind === 'dnat') found.push(r);
        if (r.action.kind === 'jump' || r.action.kind === 'goto') visit(n.from.table.chains.get(r.action.chain));
      }
    };
    visit(n.chain);
    return found.map((rule) => ({ ...n, rule }));
  });
  if (rewriting.length > 0) {
    warnings.add(
      `nat rules rewrite destinations (line ${[...new Set(rewriting.map((r) => r.rule.line))].join(', ')}): followed to where they send new connections: exposure lists them (this host or, forwarded, another); a required flow rewritten to this host is judged as rewritten, one forwarded is not judged`,
    );
  }
  const placed = (list: (Placed & { priority: number })[], family: 4 | 6, hook: 0 | 1): PathChain[] =>
    list
      .filter((p) => p.from.source.families.includes(family))
      .sort((a, b) => a.priority - b.priority)
      .map((p) => ({ table: p.from.table, chain: p.chain, hook, priority: p.priority, beforeConntrack: false }));
  const ruleset: FwRuleset = {
    file: dump.file,
    format: 'nft-json',
    // An nft dump is the kernel's whole ruleset: a family without a table is not filtered at all.
    families: [4, 6],
    ruleCount,
    memo: new RulesetMemo(),
    // Tables of other families (bridge, arp) are not read: their rules are neither live nor dead here.
    tables: [...tables.values()].filter((t) => t.source.families.length > 0).map((t) => t.table),
    warnings: [...warnings],
    rewrites(family, side): FwRule[] {
      return rewriting.filter((r) => r.side === side && r.from.source.families.includes(family)).map((r) => r.rule);
    },
    natPath(family): PathChain[] {
      return placed(
        natChains.filter((n) => n.side === 'in'),
        family,
        0,
      );
    },
    forwardPath(family): PathChain[] {
      return placed(forwardChains, family, 1);
    },
    path(family, side, iface): PathChain[] {
      return paths
        .filter(
          (p) =>
            p.side === side &&
            p.from.source.families.includes(family) &&
            (!p.devices || (iface != null && p.devices.includes(iface))),
        )
        .sort((a, b) => a.hook - b.hook || a.priority - b.priority)
        .map((p) => ({
          table: p.from.table,
          chain: p.chain,
          hook: p.hook,
          priority: p.priority,
          beforeConntrack: p.priority < -200,
        }));
    },
  };
  return { ruleset, diagnostics };
}

function chainOf(file: string, c: NftChain): FwChain {
  const base = c.hook !== null;
  return {
    file,
    name: c.name,
    base,
    policy: base ? (c.policy === 'drop' ? 'DROP' : 'ACCEPT') : null,
    side: c.hook === 'output' || c.hook === 'postrouting' ? 'out' : c.hook === 'forward' ? undefined : 'in',
    line: c.index + 1,
    rules: [],
  };
}

/** Every rule into its chain, in the dump's order; returns how many were read. */
function readRules(
  dump: NftDump,
  tables: Map<NftTable, Converted>,
  warnings: Set<string>,
  diagnostics: Diagnostic[],
): number {
  let count = 0;
  // Sets a rule adds to or updates (`add @knocked { ip saddr }`) change as packets pass: a match
  // on them is uncertain (followed both ways), whatever elements the dump lists.
  for (const { body: o } of dump.rules) {
    const source = tableOf(dump, o);
    for (const stmt of Array.isArray(o.expr) ? o.expr : []) {
      const update = isObj(stmt) && isObj(stmt.set) ? stmt.set : null;
      const name = update && typeof update.set === 'string' ? update.set.replace(/^@/, '') : null;
      const set = name !== null ? source?.sets.get(name) : undefined;
      if (set) set.dynamic = true;
    }
  }
  for (const { body: o, index } of dump.rules) {
    try {
      const source = tableOf(dump, o);
      const table = source && tables.get(source);
      if (!source || !table) {
        throw new NftError(
          `rule in table ${jsonText(o.family)} ${jsonText(o.table)}, which is not declared`,
          'list the whole ruleset with `nft -j list ruleset`',
        );
      }
      const chain = table.table.chains.get(jsonText(o.chain));
      if (!chain) {
        throw new NftError(
          `rule in chain ${jsonText(o.chain)}, which is not declared in table ${source.family} ${source.name}`,
          'list the whole ruleset with `nft -j list ruleset`',
        );
      }
      chain.rules.push(...compileRule(o, source, index + 1, dump.file, warnings));
      count++;
    } catch (err) {
      const [message, hint] = unreadable(err);
      diagnostics.push(nftDiagnostic(dump.file, dump.text, dump.offsets[index] ?? 0, message, hint));
    }
  }
  return count;
}

/** Jumps and gotos to chains their table does not declare. */
function unknownJumps(dump: NftDump, tables: Converted[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { source, table } of tables) {
    for (const chain of table.chains.values()) {
      for (const r of chain.rules) {
        if ((r.action.kind !== 'jump' && r.action.kind !== 'goto') || table.chains.has(r.action.chain)) continue;
        const offset = dump.offsets[r.line - 1] ?? 0;
        out.push({
          code: 'RULESET_UNKNOWN_CHAIN',
          severity: 'error',
          file: dump.file,
          start: lineCol(dump.text, offset),
          offsets: [offset, offset + 1],
          message: `rule jumps to chain ${r.action.chain}, which table ${source.family} ${source.name} does not declare`,
          hint: 'list the whole ruleset with `nft -j list ruleset`',
        });
      }
    }
  }
  return out;
}
