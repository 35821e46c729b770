import { addressForms, cidrKey, type Cidr, type Family } from '../net/addresses.js';
import type { Remote } from '../compile/rule-list.js';

/** A list of addresses a rule leaves out: the rule matches every other address of the family. */
export interface ExceptSet {
  name: string;
  family: Family;
  cidrs: Cidr[];
  /** True when the list is the site's own addresses (the rule's other end is `internet`). */
  site: boolean;
}

/** How a target writes one family's CIDRs: the list itself, or "every address but" a named list. */
export type AddressMatch = { except: false; cidrs: Cidr[] } | { except: true; set: ExceptSet };

/**
 * The lists the rules of one file leave out, each named once: `site_v4` and `site_v6` for the
 * site's own addresses (what `internet` leaves out), `except_v4_1`... for others. Targets that can
 * negate a match (nft `!=` a set, pf `! <table>`) or order one (iptables, ufw, IOS and AWS network
 * ACLs: the left-out addresses refused first) write a long CIDR list (the complement of a short
 * one) this way; `name` makes the names fit the target.
 */
export class ExceptSets {
  private readonly byKey = new Map<string, ExceptSet>();
  private readonly ownKey: Record<Family, string>;

  constructor(
    own: readonly Cidr[],
    private readonly name: (base: string) => string = (b) => b,
  ) {
    this.ownKey = { 4: cidrKey(own.filter((c) => c.family === 4)), 6: cidrKey(own.filter((c) => c.family === 6)) };
  }

  /** Answers by list object: rules share their peers' arrays, and a firewall has many rules. */
  private readonly memo = new WeakMap<readonly Cidr[], AddressMatch>();

  /** The match for CIDRs of one family. */
  match(cidrs: readonly Cidr[]): AddressMatch {
    let m = this.memo.get(cidrs);
    if (!m) this.memo.set(cidrs, (m = this.compute(cidrs)));
    return m;
  }

  private compute(cidrs: readonly Cidr[]): AddressMatch {
    const form = addressForms(cidrs)[0];
    if (!form || !form.except) return { except: false, cidrs: [...cidrs] };
    const key = `${form.family}|${cidrKey(form.cidrs)}`;
    let set = this.byKey.get(key);
    if (!set) {
      const site = cidrKey(form.cidrs) === this.ownKey[form.family];
      const base = site ? `site_v${form.family}` : `except_v${form.family}_${this.byKey.size + 1}`;
      set = { name: this.name(base), family: form.family, cidrs: form.cidrs, site };
      this.byKey.set(key, set);
    }
    return { except: true, set };
  }

  /** The named lists, in the order first used. */
  get sets(): ExceptSet[] {
    return [...this.byKey.values()];
  }
}

/** The comment beside a named list a rule leaves out. */
export function exceptNote(set: ExceptSet): string {
  return set.site
    ? `own IPv${set.family} addresses of the site: rules for internet match every address but these`
    : `rules that name this set match every IPv${set.family} address but these`;
}

/** The header line of a file that writes such lists. */
export const EXCEPT_HEADER =
  'internet (every address outside the site) is written as every address but the own addresses of the site';

/**
 * The header line of a file whose target cannot negate an address match, when some rule's peers
 * are every address but a few (internet): they are written as the CIDRs they are.
 */
export function explicitNote(remotes: Iterable<Remote | null>, comment = '#'): string[] {
  for (const r of remotes)
    if (r?.kind === 'cidrs' && addressForms(r.cidrs).some((f) => f.except))
      return [
        `${comment} internet (every address outside the site) is written as the CIDRs it is: this target has no "every address but" match.`,
      ];
  return [];
}

/**
 * For targets that write internet by order (the left-out addresses refused first, then every
 * address): the list a remote on one side leaves out, where it is the only such list on that
 * side in its family; else null (then the remote is written as the CIDRs it is). One list per
 * side is what makes the order sound: a refused packet is one no later rule would let through.
 */
export class OrderedSides {
  private readonly only = new Map<string, ExceptSet | null>();

  constructor(
    readonly except: ExceptSets,
    sides: Iterable<readonly [side: string, remote: Remote | null]>,
  ) {
    for (const [side, remote] of sides) {
      const set = this.leftOut(remote);
      if (!set) continue;
      const key = `${side}|${set.family}`;
      const prior = this.only.get(key);
      this.only.set(key, prior === undefined || prior === set ? set : null);
    }
  }

  /** The list `remote` on `side` leaves out, where it is written by order. */
  native(side: string, remote: Remote | null): ExceptSet | null {
    const set = this.leftOut(remote);
    return set && this.only.get(`${side}|${set.family}`) === set ? set : null;
  }

  /** The list a remote leaves out, whether or not it is written by order. */
  leftOut(remote: Remote | null): ExceptSet | null {
    if (remote?.kind !== 'cidrs') return null;
    const m = this.except.match(remote.cidrs);
    return m.except ? m.set : null;
  }
}
