import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FwRuleset } from './firewall-model.js';
import { iptablesFirewall } from './iptables-firewall.js';
import { parseIptablesSave } from './parse-iptables-save.js';
import { parseNftJson } from './parse-nft-json.js';
import type { IpSet } from './parse-ipset-save.js';

export type RulesetFormat = 'iptables-save' | 'nft-json';

/** `nft -j` output is one JSON object; iptables-save is line text starting with `#` or `*`. */
export function detectFormat(text: string): RulesetFormat {
  return text.trimStart().startsWith('{') ? 'nft-json' : 'iptables-save';
}

/** A ruleset file of either format, as the evaluator's model, or the diagnostics that stop it. */
export function parseRuleset(
  file: string,
  text: string,
  format: RulesetFormat | 'auto' = 'auto',
  ipsets: ReadonlyMap<string, IpSet | null> = new Map(),
): { ruleset: FwRuleset | null; diagnostics: Diagnostic[] } {
  const f = format === 'auto' ? detectFormat(text) : format;
  if (f === 'nft-json') return parseNftJson(file, text);
  const { ruleset, diagnostics } = parseIptablesSave(file, text);
  return {
    ruleset: ruleset && diagnostics.every((d) => d.severity !== 'error') ? iptablesFirewall(ruleset, ipsets) : null,
    diagnostics,
  };
}
