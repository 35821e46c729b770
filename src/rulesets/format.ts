import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FwRuleset } from './firewall-model.js';
import type { IpSet } from './ipset-save/parse.js';

/** Every ruleset dump portcullis reads, by name (the registry, `registry.ts`, is a Record over them). */
export const FORMAT_NAMES = ['iptables-save', 'nft-json'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** What a reader may need beyond the text: the `ipset save` dumps that `-m set` matches name. */
export interface ReadContext {
  ipsets: ReadonlyMap<string, IpSet | null>;
}

/**
 * One ruleset format. Each lives in a folder of its own with the same stages: parse the text
 * into the format's own model (with line and column for every diagnostic), then convert that
 * model into the neutral firewall model the audit evaluates (`FwRuleset`).
 */
export interface RulesetFormat {
  name: FormatName;
  /** What produces it, for help and errors. */
  description: string;
  /** Whether a text is in this format (for `--format auto`). */
  detect: (text: string) => boolean;
  /** Text -> neutral model; `ruleset` is null when an error diagnostic stops it. */
  read: (file: string, text: string, context: ReadContext) => { ruleset: FwRuleset | null; diagnostics: Diagnostic[] };
}
