import type { FlowAudit } from '../../src/audit/audit-flows.js';
import type { AuditReport } from '../../src/audit/audit-ruleset.js';
import { cidrContains, parseCidr } from '../../src/net/addresses.js';
import type { HostPlan } from '../../src/plan/plan-types.js';
import { cidrs, TEST_ORIGIN } from '../helpers/fixtures.js';
import assert from 'node:assert/strict';
import { Lab } from './lab.js';

/**
 * What the kernel differentials share (both readers, flows and exposure): the plan of one probe,
 * the comparison of a claim with what the kernel did, and the probing of every peer at once.
 */
export class Tally {
  probes = 0;
  passed = 0;
  approximate = 0;
  /** Probes to a port that nat rewrites (exposure). */
  rewritten = 0;
  mismatches: string[] = [];

  /**
   * A flow verdict against the kernel: an exact claim must be what the kernel did; an
   * approximate one is counted, and must still be a bound ("open" is what every reading
   * accepts, so the kernel accepts it).
   */
  flow(verdict: FlowAudit, outcome: string, label: string): void {
    const kernelPass = this.count(outcome);
    if (verdict.approximate) {
      this.approximate++;
      if (verdict.verdict === 'open' && !kernelPass)
        this.mismatches.push(`${label}: audit open (approximate), kernel ${outcome}`);
    } else if ((verdict.verdict === 'open') !== kernelPass)
      this.mismatches.push(`${label}: audit ${verdict.verdict}, kernel ${outcome}`);
  }

  /**
   * The exposure report against one inbound probe: exposure is an upper bound, so nothing listed
   * means the kernel refuses; an exact entry (for the probes' whole source-port range) means it
   * accepts; anything else is an approximate claim, counted.
   */
  exposure(
    report: AuditReport,
    probe: { protocol: 'tcp' | 'udp'; port: number; peer: string },
    outcome: string,
    ephemeral: [number, number],
  ): void {
    const { protocol, port, peer } = probe;
    const at = parseCidr(peer)!;
    const entries = report.exposure.filter(
      (e) =>
        e.direction === 'in' &&
        e.protocol === protocol &&
        (e.ports ?? []).some(([a, b]) => a <= port && port <= b) &&
        e.peers.some((c) => cidrContains(parseCidr(c)!, at)) &&
        // A condition on the client's port that leaves the probes' range out decides nothing here.
        (e.sourcePorts === null || e.sourcePorts.some(([a, b]) => b >= ephemeral[0] && a <= ephemeral[1])),
    );
    const wholeRange = (e: (typeof entries)[number]): boolean =>
      e.sourcePorts === null || e.sourcePorts.some(([a, b]) => a <= ephemeral[0] && ephemeral[1] <= b);
    const kernelPass = this.count(outcome);
    if (entries.some((e) => e.rewrittenTo)) this.rewritten++;
    if (entries.length === 0) {
      if (kernelPass) this.mismatches.push(`${peer} ${protocol}/${port}: not in exposure, kernel open`);
    } else if (entries.some((e) => !e.approximate && wholeRange(e))) {
      if (!kernelPass) this.mismatches.push(`${peer} ${protocol}/${port}: exposed (exact), kernel ${outcome}`);
    } else this.approximate++;
  }

  /**
   * The sample must hold both kernel outcomes and mostly exact claims (with `someApproximate`,
   * approximate ones too); its figures go into the test's report.
   */
  check(t: { diagnostic(s: string): void }, label: string, someApproximate: boolean): void {
    assert.ok(
      this.passed > 0 && this.passed < this.probes,
      `probes ${this.probes}, passed ${this.passed}: the sample must contain both outcomes`,
    );
    assert.ok(
      (!someApproximate || this.approximate > 0) && this.approximate < this.probes / 2,
      `probes ${this.probes}, approximate ${this.approximate}`,
    );
    t.diagnostic(
      `${label}: ${this.probes} probes, ${this.passed} passed in the kernel${this.rewritten ? `, ${this.rewritten} to rewritten ports` : ''}, ${this.approximate} approximate claims (not compared)`,
    );
  }

  /** Every probe of a batch (in and out, tcp and udp, each port) against the audit's one-port flow. */
  flows(batch: ProbeBatch, ports: readonly number[], audit: (plan: HostPlan) => FlowAudit): void {
    const { peer, host } = batch;
    const judge = (direction: 'in' | 'out', protocol: 'tcp' | 'udp', port: number, outcome: string): void =>
      this.flow(
        audit(onePortPlan(direction, protocol, port, peer, host)),
        outcome,
        `${direction} ${peer} ${protocol}/${port}`,
      );
    ports.forEach((port, i) => {
      judge('in', 'tcp', port, batch.tin[i]!);
      judge('in', 'udp', port, batch.uin[i]!);
      judge('out', 'tcp', port, batch.tout[i]!);
      judge('out', 'udp', port, batch.uout[i]!);
    });
  }

  private count(outcome: string): boolean {
    this.probes++;
    const pass = outcome === 'open';
    if (pass) this.passed++;
    return pass;
  }
}

/** The plan of one probe: a one-port flow between a host (one address) and one peer. */
export function onePortPlan(
  direction: 'in' | 'out',
  protocol: 'tcp' | 'udp',
  port: number,
  peer: string,
  host: string,
  name = 'h',
): HostPlan {
  return {
    name,
    origin: TEST_ORIGIN,
    addresses: cidrs(host),
    rules: [
      {
        direction,
        protocol,
        ports: [[port, port]],
        icmpTypes: null,
        peers: cidrs(peer.includes(':') ? `${peer}/128` : `${peer}/32`),
        fqdns: [],
        because: [],
      },
    ],
  };
}

export interface ProbeBatch {
  peer: string;
  host: string;
  /** tcp and udp, inbound (the peer to the host) and, when asked, outbound; one result per port. */
  tin: string[];
  uin: string[];
  tout: string[];
  uout: string[];
}

/**
 * Every peer, family and protocol (and outbound, when asked) probed at once: each batch waits out
 * its refusals' timeout, and the exchanges are distinct flows (no conntrack entry serves another).
 */
export async function probeAll(
  lab: Lab,
  peers: Record<string, readonly string[]>,
  hosts: readonly string[],
  ports: readonly number[],
  outbound: boolean,
): Promise<ProbeBatch[]> {
  const batches = Object.entries(peers).flatMap(([name, addrs]) =>
    addrs.map(async (peer, f): Promise<ProbeBatch> => {
      const host = hosts[f]!;
      const inbound = await lab.agent(name);
      const self = await lab.agent('h');
      const targetsIn = ports.map((port) => ({ addr: host, port }));
      const targetsOut = ports.map((port) => ({ addr: peer, port }));
      const [tin, uin, tout, uout] = await Promise.all([
        inbound.tcp(targetsIn, 700, 50),
        inbound.udp(targetsIn, 700, 50),
        outbound ? self.tcp(targetsOut, 700, 50) : Promise.resolve([] as string[]),
        outbound ? self.udp(targetsOut, 700, 50) : Promise.resolve([] as string[]),
      ]);
      return { peer, host, tin, uin, tout, uout };
    }),
  );
  return Promise.all(batches);
}

/** The differentials' lab: the host and two peers, each with an IPv4 and an IPv6 address. */
export function diffLab(host: readonly string[], peers: Record<string, readonly string[]>): Lab {
  return new Lab([
    { name: 'h', addresses: [...host] },
    ...Object.entries(peers).map(([name, addresses]) => ({ name, addresses: [...addresses] })),
  ]).up();
}

/** The clients' source ports: the kernel's ephemeral range (the audit is told the same). */
export function ephemeralRange(lab: Lab): [number, number] {
  return lab.run('h', ['cat', '/proc/sys/net/ipv4/ip_local_port_range']).trim().split(/\s+/).map(Number) as [
    number,
    number,
  ];
}
