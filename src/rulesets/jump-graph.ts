import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FwChain, FwRule, FwRuleset, FwTable } from './firewall-model.js';

/** How deep jumps may nest: more than any ruleset the kernel loads needs, and what the audit follows. */
export const MAX_JUMP_DEPTH = 512;

/**
 * Jumps and gotos that loop (a chain that reaches itself again: the kernel refuses such a
 * ruleset) or nest deeper than MAX_JUMP_DEPTH, as errors at the rule that closes the loop or
 * goes one level too deep. Checked once after parsing, so the evaluation never meets them.
 */
export function jumpDiagnostics(ruleset: FwRuleset): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const table of ruleset.tables) {
    const error = checkTable(table);
    if (error) out.push(error);
  }
  return out;
}

function checkTable(table: FwTable): Diagnostic | null {
  // Depth of the deepest nesting below each chain (memoised); `onPath` finds loops.
  const depth = new Map<FwChain, number>();
  const onPath: FwChain[] = [];
  const visit = (chain: FwChain): { depth: number } | { error: Diagnostic } => {
    const known = depth.get(chain);
    if (known !== undefined) return { depth: known };
    onPath.push(chain);
    let deepest = 0;
    for (const rule of chain.rules) {
      if (rule.action.kind !== 'jump' && rule.action.kind !== 'goto') continue;
      const target = table.chains.get(rule.action.chain);
      if (!target) continue;
      const at = onPath.indexOf(target);
      if (at >= 0) {
        const loop = [...onPath.slice(at), target].map((c) => c.name).join(' -> ');
        return {
          error: jumpError(
            rule,
            `chain ${chain.name} jumps back to ${target.name} (a loop: ${loop}); the kernel refuses to load it`,
          ),
        };
      }
      if (onPath.length >= MAX_JUMP_DEPTH)
        return { error: jumpError(rule, `jumps nest deeper than ${MAX_JUMP_DEPTH} chains here`) };
      const below = visit(target);
      if ('error' in below) return below;
      deepest = Math.max(deepest, below.depth + 1);
    }
    onPath.pop();
    depth.set(chain, deepest);
    return { depth: deepest };
  };
  for (const chain of table.chains.values()) {
    const r = visit(chain);
    if ('error' in r) return r.error;
  }
  return null;
}

function jumpError(rule: FwRule, message: string): Diagnostic {
  return {
    code: 'RULESET_JUMP_LOOP',
    severity: 'error',
    file: rule.file,
    start: { line: rule.line, col: 1 },
    message,
    hint: 'give the ruleset as the kernel holds it (iptables-save, nft -j list ruleset)',
  };
}
