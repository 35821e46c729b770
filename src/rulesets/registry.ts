import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FwRuleset } from './firewall-model.js';
import { FORMAT_NAMES, type FormatName, type RulesetFormat } from './format.js';
import { iptablesSaveFormat } from './iptables-save/format.js';
import type { IpSet } from './ipset-save/parse.js';
import { nftJsonFormat } from './nft-json/format.js';
import { jumpDiagnostics } from './jump-graph.js';

export type { FormatName, RulesetFormat } from './format.js';

/** Every ruleset format, once: a missing or duplicate entry does not compile. */
export const RULESET_FORMATS: Record<FormatName, RulesetFormat> = {
  'iptables-save': iptablesSaveFormat,
  'nft-json': nftJsonFormat,
};

export { FORMAT_NAMES };

/** The format a dump is in: nft JSON is one JSON object; anything else is read as iptables-save. */
export function detectFormat(text: string): FormatName {
  return FORMAT_NAMES.find((name) => RULESET_FORMATS[name].detect(text)) ?? 'iptables-save';
}

/** A ruleset dump of any format, as the neutral firewall model, or the diagnostics that stop it. */
export function parseRuleset(
  file: string,
  text: string,
  format: FormatName | 'auto' = 'auto',
  ipsets: ReadonlyMap<string, IpSet | null> = new Map(),
): { ruleset: FwRuleset | null; diagnostics: Diagnostic[] } {
  // A byte order mark (editors on Windows write one) is no part of either format.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const read = RULESET_FORMATS[format === 'auto' ? detectFormat(body) : format].read(file, body, { ipsets });
  if (!read.ruleset) return read;
  // Loops and over-deep jumps are bad input at their rule, found before any evaluation meets them.
  const loops = jumpDiagnostics(read.ruleset);
  return loops.length > 0 ? { ruleset: null, diagnostics: [...read.diagnostics, ...loops] } : read;
}
