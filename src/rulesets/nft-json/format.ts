import type { RulesetFormat } from '../format.js';
import { parseNftJson } from './parse.js';

/** `nft -j list ruleset` output (libnftables-json(5)): one JSON object. */
export const nftJsonFormat: RulesetFormat = {
  name: 'nft-json',
  description: 'nft -j list ruleset output',
  detect: (text) => text.trimStart().startsWith('{'),
  read: (file, text) => parseNftJson(file, text),
};
