import type { PlanRule } from '../plan/plan-types.js';
import type { SmtpExpected, SmtpSeen } from './smtp.js';

/** nmap's port states (SPEC.md `probe --json`). */
export type PortState = 'open' | 'closed' | 'filtered' | 'open|filtered';

/** How a port is probed: a protocol exchange where one exists, else a connect or a bare datagram. */
export type ProbeMethod =
  | 'tcp-connect'
  | 'tls-handshake'
  | 'banner'
  | 'smtp'
  | 'dns-query'
  | 'dns-tcp-query'
  | 'ntp-request'
  | 'dcc-nop'
  | 'pyzor-ping'
  | 'udp-empty'
  | 'udp-token';

/** One port of one target, for one rule of the plan. */
export interface ProbeSpec {
  direction: 'in' | 'out';
  protocol: 'tcp' | 'udp';
  port: number;
  /** The address connected to. */
  target: string;
  /** The name the target came from (an FQDN of the plan), for the report. */
  targetName?: string;
  method: ProbeMethod;
  rule: PlanRule;
  /** `udp-token`: the datagram sent, which the portcullis listener answers with (pair mode). */
  token?: string;
  /** SMTP: the dialogue the far end should show (pair mode: the listener's, or the host's own view). */
  expected?: SmtpExpected;
}

/** One probe's outcome, in SPEC.md's `probe --json` result shape. */
export interface ProbeResult {
  direction: 'in' | 'out';
  protocol: 'tcp' | 'udp';
  port: number;
  target: string;
  state: PortState;
  method: ProbeMethod;
  /** Round-trip time of the deciding exchange (connect, or request to reply); null without one. */
  rttMs: number | null;
  detail: string;
  /** SMTP: what the dialogue showed (for the smtp-unaltered check). */
  smtp?: SmtpSeen;
}

/** A planned flow that was not probed, and why (a range peer with no target, ...). */
export interface Unprobed {
  direction: 'in' | 'out';
  protocol: string;
  ports: string;
  peers: string[];
  why: string;
}
