import type { Cidr } from '../../net/addresses.js';
import type { PortRange } from '../../net/port-ranges.js';

/** A match that may be negated with `!`. */
export interface Neg<T> {
  neg: boolean;
  value: T;
}

export type CtState = 'NEW' | 'ESTABLISHED' | 'RELATED' | 'INVALID' | 'UNTRACKED' | 'SNAT' | 'DNAT';

/** What one iptables rule matches, as far as it can be read statically. */
export interface IptMatch {
  protocol?: Neg<string>;
  src?: Neg<Cidr>;
  dst?: Neg<Cidr>;
  inIface?: Neg<string>;
  outIface?: Neg<string>;
  sports?: Neg<PortRange[]>;
  dports?: Neg<PortRange[]>;
  /** ICMP or ICMPv6 type (and code); `any` when the match names `any`. */
  icmpType?: Neg<{ type: number; code: number | null } | 'any'>;
  ctstate?: Neg<CtState[]>;
  /** `--tcp-flags MASK COMP` (and `--syn`, which is FIN,SYN,RST,ACK SYN). */
  tcpFlags?: Neg<{ mask: string[]; comp: string[] }>;
  /** `-m set --match-set NAME src|dst[,...]`: judged with an `ipset save` dump, uncertain without. */
  sets?: Neg<{ name: string; dirs: string[] }>[];
  /** `-m addrtype --src-type|--dst-type TYPE[,TYPE]`: the kernel's route type of an address. */
  addrTypes?: Neg<{ dir: 'src' | 'dst'; types: string[] }>[];
  comment?: string;
  /** Matches that cannot be decided from the text (limit, recent, mark, unknown sets ...), verbatim. */
  opaque: string[];
  /**
   * A match on an IPv6 extension header (`-m rt`, `frag`, `hbh`, `dst`, `mh`): it never matches a
   * packet without that header, and the packets an audit asks about (connections, their
   * replies) carry none: the rule matches none of them.
   */
  extensionHeader?: string;
}

export type IptTarget =
  | { kind: 'ACCEPT' | 'DROP' | 'RETURN' | 'LOG' | 'NOTRACK' | 'NFLOG' | 'MARK' | 'CT' | 'none' }
  | { kind: 'REJECT'; with: string | null }
  | { kind: 'jump' | 'goto'; chain: string }
  /** `to`: DNAT's `--to-destination`, REDIRECT's `--to-ports` (null when not given). */
  | { kind: 'nat'; name: 'DNAT' | 'SNAT' | 'MASQUERADE' | 'REDIRECT'; to: string | null }
  | { kind: 'other'; name: string }
  /** NFQUEUE: a program decides; with --queue-bypass, packets pass when none listens. */
  | { kind: 'queue'; bypass: boolean }
  /** An extension target the audit does not know (TARPIT, DELUDE, DNPT ...): approximate. */
  | { kind: 'unknown'; name: string };

export interface IptRule {
  /** 1-based line in the dump, and its text (without counters), for `decidedBy`. */
  line: number;
  text: string;
  chain: string;
  match: IptMatch;
  target: IptTarget;
  counters: [number, number] | null;
}

export interface IptChain {
  name: string;
  builtin: boolean;
  /** Policy of a built-in chain; `null` for user chains. */
  policy: 'ACCEPT' | 'DROP' | null;
  line: number;
  rules: IptRule[];
}

export interface IptTable {
  name: string;
  line: number;
  chains: Map<string, IptChain>;
}

export interface IptRuleset {
  file: string;
  /** From the dump's addresses, ICMP version or header comment; IPv4 when nothing tells. */
  family: 4 | 6;
  tables: Map<string, IptTable>;
  ruleCount: number;
  /** Extension targets of the dump that the audit does not know (their packets are judged both ways). */
  unknownTargets?: string[];
}
