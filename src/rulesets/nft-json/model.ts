import type { Json, Obj } from './json.js';

/**
 * An `nft -j list ruleset` dump as nftables itself describes it (libnftables-json(5)), before
 * anything is converted to the neutral firewall model: tables with their chains and sets, and
 * the rules with their expressions, each with its place in the file.
 */
export interface NftDump {
  file: string;
  /** The dump's text, for line and column of later diagnostics. */
  text: string;
  /** By `family name`. */
  tables: Map<string, NftTable>;
  /** In the order of the dump (after every set is known, they are read in this order). */
  rules: NftElement[];
  /** Offsets of the elements of the top-level `nftables` array. */
  offsets: number[];
  /** Things the reader says about the dump as a whole (a table it does not analyse). */
  warnings: string[];
}

export interface NftTable {
  family: string;
  name: string;
  /** The address families its chains see: ip 4, ip6 6, inet both, others none. */
  families: (4 | 6)[];
  chains: Map<string, NftChain>;
  sets: Map<string, NftSet>;
}

export interface NftChain {
  name: string;
  /** The hook of a base chain (`input`, `output`, ...); null for a regular chain. */
  hook: string | null;
  /** The devices an ingress or egress chain is bound to (`"dev"`). */
  devices: string[];
  /** `filter`, `nat`, `route`, as the dump says. */
  type: Json | undefined;
  prio: Json | undefined;
  policy: Json | undefined;
  /** Position in the `nftables` array (0-based). */
  index: number;
}

/** A named set or map (`@name`), with its elements. */
export interface NftSet {
  type: string[];
  elem: Json[];
  /** A verdict map (`map` with `"map": "verdict"`). */
  verdicts: boolean;
  /**
   * Filled from the packet path (a rule's `add @set` or `update @set`, port knocking, rate
   * meters) or with timeouts: what it holds when a packet arrives is not in the dump.
   */
  dynamic: boolean;
}

/** One element of the `nftables` array that is read later (a rule), with its place. */
export interface NftElement {
  body: Obj;
  /** Position in the `nftables` array (0-based). */
  index: number;
}
