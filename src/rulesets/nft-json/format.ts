import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { FwRuleset } from '../firewall-model.js';
import type { RulesetFormat } from '../format.js';
import { parseNftDump } from './parse.js';
import { nftFirewall } from './to-firewall.js';

/** `nft -j list ruleset` output as the neutral firewall model: parse, then convert. */
export function parseNftJson(file: string, text: string): { ruleset: FwRuleset | null; diagnostics: Diagnostic[] } {
  const parsed = parseNftDump(file, text);
  if (!parsed.dump) return { ruleset: null, diagnostics: parsed.diagnostics };
  const converted = nftFirewall(parsed.dump);
  const diagnostics = [...parsed.diagnostics, ...converted.diagnostics];
  return { ruleset: diagnostics.length > 0 ? null : converted.ruleset, diagnostics };
}

/** `nft -j list ruleset` output (libnftables-json(5)): one JSON object. */
export const nftJsonFormat: RulesetFormat = {
  name: 'nft-json',
  description: 'nft -j list ruleset output',
  detect: (text) => text.trimStart().startsWith('{'),
  read: parseNftJson,
};
