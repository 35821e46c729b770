import { normalizePorts, parsePortSpec, type PortRange } from '../net/port-ranges.js';
import { PROTOCOLS, type Service } from './types.js';

type PortsInput = number | string | (number | string)[];
type IcmpInput = 'all' | number | number[];

/** The protocol keys of a validated flow, as services. Ports were checked by the schema. */
export function servicesOf(flow: {
  tcp?: PortsInput | undefined;
  udp?: PortsInput | undefined;
  icmp?: IcmpInput | undefined;
  icmpv6?: IcmpInput | undefined;
}): Service[] {
  const out: Service[] = [];
  for (const protocol of PROTOCOLS) {
    const v = flow[protocol];
    if (v === undefined) continue;
    if (protocol === 'tcp' || protocol === 'udp') {
      const list = Array.isArray(v) ? v : [v];
      const ranges = list.map((p) => parsePortSpec(p)).filter((r): r is PortRange => r !== null);
      out.push({ protocol, ports: normalizePorts(ranges), icmpTypes: null });
    } else {
      out.push({
        protocol,
        ports: null,
        icmpTypes: v === 'all' ? null : normalizeIcmpTypes(Array.isArray(v) ? (v as number[]) : [v as number]),
      });
    }
  }
  return out;
}

export function normalizeIcmpTypes(types: readonly number[]): number[] {
  return [...new Set(types)].sort((a, b) => a - b);
}

/** Union of two ICMP type lists where `null` means every type. */
export function unionIcmpTypes(a: number[] | null, b: number[] | null): number[] | null {
  if (a === null || b === null) return null;
  return normalizeIcmpTypes([...a, ...b]);
}
