import { normalizePorts } from '../net/port-ranges.js';
import type { Service } from '../model/types.js';
import type { Because } from './plan-types.js';

/** Provenance with the flow's own ports or ICMP types for a rule's protocol (a rule may merge several flows). */
export function withService(b: Because, s: Service): Because {
  return { ...b, ports: s.ports ? normalizePorts(s.ports) : null, icmpTypes: s.icmpTypes };
}
