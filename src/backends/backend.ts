import type { HostRuleset } from '../compile/host-ruleset.js';

/** Every target portcullis compiles to; the registry is a Record over this union. */
export type Target = 'nftables' | 'iptables';

export interface OutputFile {
  /** File name inside the output directory (`gw1.nft`). */
  name: string;
  content: string;
}

export interface Rendered {
  files: OutputFile[];
  /** Rules the firewall will hold for this host (accepts, drops and jumps; no policies). */
  ruleCount: number;
}

/** One firewall language. Fails closed: what it cannot express is an error, never dropped. */
export interface Backend {
  target: Target;
  description: string;
  /** Suffixes of the files it writes per host. */
  suffixes: readonly string[];
  /** How to load the files, for the header comment and the README. */
  loadCommand(host: string): string;
  renderHost(ruleset: HostRuleset): Rendered;
}
