/**
 * Diagnostics are data: library calls return them, only the CLI prints them.
 * Each code has a one-line meaning in DIAGNOSTIC_CODES.
 */

/** What went wrong, as a stable string a script can match. */
export type DiagnosticCode =
  | 'READ_FAILED'
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'YAML_SYNTAX'
  | 'DUPLICATE_KEY'
  | 'ALIAS_LIMIT'
  | 'UNKNOWN_KEY'
  | 'MISSING_KEY'
  | 'BAD_TYPE'
  | 'BAD_VALUE'
  | 'BAD_IDENTIFIER'
  | 'BAD_ADDRESS'
  | 'BAD_PORT'
  | 'BAD_ICMP_TYPE'
  | 'DUPLICATE_NAME'
  | 'UNKNOWN_PROFILE'
  | 'UNKNOWN_ROLE'
  | 'UNKNOWN_FEATURE'
  | 'UNKNOWN_PEER'
  | 'UNKNOWN_ENDPOINT'
  | 'UNKNOWN_HOST'
  | 'UNMAPPED_PEER'
  | 'NO_PROTOCOL'
  | 'UNRESOLVED_FQDN'
  | 'PINNED_FQDN'
  | 'UNUSED_ROLE'
  | 'UNUSED_PEER'
  | 'NO_ADDRESS_FAMILY'
  | 'FLOW_GIVES_NO_RULE'
  | 'UNUSED_FEATURE'
  | 'RULESET_SYNTAX'
  | 'RULESET_UNKNOWN_CHAIN'
  | 'RULESET_JUMP_LOOP'
  | 'TARGET_CANNOT_EXPRESS'
  | 'TARGET_WIDENS'
  | 'NO_MANAGEMENT_ACCESS'
  | 'NO_DNS_FLOW';

/** One line per code, for `--help` and the README. */
export const DIAGNOSTIC_CODES: Record<DiagnosticCode, string> = {
  READ_FAILED: 'the file could not be read',
  EMPTY_FILE: 'the file is empty or holds only comments',
  BINARY_FILE: 'the file is not text (it holds NUL bytes or invalid UTF-8)',
  YAML_SYNTAX: 'the file is not valid YAML',
  DUPLICATE_KEY: 'a mapping names the same key twice',
  ALIAS_LIMIT: 'aliases expand to too many nodes (an alias bomb)',
  UNKNOWN_KEY: 'a key that the format does not have',
  MISSING_KEY: 'a required key is absent',
  BAD_TYPE: 'a value has the wrong type (a list where a mapping is needed, ...)',
  BAD_VALUE: 'a value is outside what the key allows',
  BAD_IDENTIFIER: 'a name that is not an identifier (letters, digits, - _ .)',
  BAD_ADDRESS: 'an IP address or CIDR that does not parse',
  BAD_PORT: 'a port outside 1-65535 or a reversed range',
  BAD_ICMP_TYPE: 'an ICMP type outside 0-255',
  DUPLICATE_NAME: 'two profiles, hosts or zones share one name',
  UNKNOWN_PROFILE: 'a deployment names a profile the catalog does not have',
  UNKNOWN_ROLE: 'a deployment names a role its profile does not have',
  UNKNOWN_FEATURE: 'a deployment names a feature its profile does not have',
  UNKNOWN_PEER: 'a deployment maps a peer its profile does not have',
  UNKNOWN_ENDPOINT: 'a flow names an endpoint that is neither a zone, a host, a role nor a peer',
  UNKNOWN_HOST: 'a host name that the site does not define',
  UNMAPPED_PEER: 'a profile peer that the deployment does not map to anything',
  NO_PROTOCOL: 'a flow names no protocol (tcp, udp, icmp, icmpv6)',
  UNRESOLVED_FQDN: 'a DNS name gave no address; its set is empty, never "any"',
  PINNED_FQDN: 'a DNS name written as the addresses it had at compile time: they are not followed when they change',
  UNUSED_ROLE: 'a role that no host holds: its flows give no rule',
  UNUSED_PEER: 'a deployment maps a peer that none of its enabled flows uses: the mapping gives no rule',
  NO_ADDRESS_FAMILY: 'a flow has no address family in common between its ends and gives no rule',
  FLOW_GIVES_NO_RULE: 'a profile flow the deployment enables gives no rule to any host or firewall',
  UNUSED_FEATURE: 'a feature the deployment turns on whose flows give no rule',
  RULESET_SYNTAX: 'a ruleset dump (iptables-save, nft JSON) has a line or value that does not parse',
  RULESET_UNKNOWN_CHAIN: 'a ruleset rule jumps to, or is added to, a chain that is not declared',
  RULESET_JUMP_LOOP: 'a ruleset chain jumps back into itself, or jumps nest deeper than the kernel follows',
  TARGET_CANNOT_EXPRESS:
    'the chosen target cannot express a planned flow (a DNS name, ICMP types, a forward rule); nothing is written',
  TARGET_WIDENS:
    'the chosen target writes return traffic wider than planned (no source ports or TCP flags), as its files say',
  NO_MANAGEMENT_ACCESS:
    'no planned flow lets administrators reach a host (SSH; RDP or WinRM on Windows): loading its rules over that session locks them out',
  NO_DNS_FLOW: 'a host whose rules refuse unplanned outbound traffic has no DNS flow: it cannot resolve names',
};

export type Severity = 'error' | 'warning';

/** A 1-based line and column. */
export interface Position {
  line: number;
  col: number;
}

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** File the diagnostic is about, as given by the caller. */
  file: string;
  /** Start of the offending node; absent when the problem has no place (an empty file). */
  start?: Position;
  /** Character offsets of the node in the file, to draw a caret. */
  offsets?: [number, number];
  message: string;
  hint: string;
}

/** A diagnostic at a place a loader recorded (a flow, a peer mapping, a firewall). */
export function diagnosticAt(
  origin: { file: string; start: Position; offsets: [number, number] },
  code: DiagnosticCode,
  severity: Severity,
  message: string,
  hint: string,
): Diagnostic {
  return { code, severity, file: origin.file, start: origin.start, offsets: origin.offsets, message, hint };
}

/** True when any diagnostic is an error. */
export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === 'error');
}

/** Raised inside the library when a stage cannot go on; carries its diagnostics. */
export class DiagnosticError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('; '));
    this.name = 'DiagnosticError';
    this.diagnostics = diagnostics;
  }
}
