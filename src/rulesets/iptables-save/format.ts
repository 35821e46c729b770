import type { RulesetFormat } from '../format.js';
import { parseIptablesSave } from './parse.js';
import { iptablesFirewall } from './to-firewall.js';

/** `iptables-save` / `ip6tables-save` output (and iptables-restore input). */
export const iptablesSaveFormat: RulesetFormat = {
  name: 'iptables-save',
  description: 'iptables-save / ip6tables-save output',
  detect: (text) => !text.trimStart().startsWith('{'),
  read: (file, text, { ipsets }) => {
    const { ruleset, diagnostics } = parseIptablesSave(file, text);
    const usable = ruleset !== null && diagnostics.every((d) => d.severity !== 'error');
    return { ruleset: usable ? iptablesFirewall(ruleset, ipsets) : null, diagnostics };
  },
};
