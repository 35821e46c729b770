import assert from 'node:assert/strict';
import { test } from 'node:test';
import { legCube } from '../../src/flow/leg-cube.js';
import { flowLegs, icmpErrorLegs, requestLeg } from '../../src/flow/legs.js';
import { interval } from '../../src/algebra/interval-set.js';
import { STATES, TCP_FLAGS } from '../../src/algebra/cube.js';

const client = { requestsFrom: [1024, 65535] as [number, number], repliesTo: [1024, 65535] as [number, number] };

test('a TCP flow: the opening SYN, the replies from the service port, the opener’s later segments', () => {
  const legs = flowLegs({ protocol: 'tcp', ports: [[25, 25]], icmpTypes: null }, client);
  assert.deepEqual(
    legs.map((l) => [l.kind, l.way, l.tcp, l.state]),
    [
      ['request', 'forward', 'syn', 'NEW'],
      ['reply', 'back', 'reply', 'ESTABLISHED'],
      ['continuation', 'forward', 'ack', 'ESTABLISHED'],
    ],
  );
  assert.deepEqual(legs[1]!.sports, [[25, 25]]);
  assert.deepEqual(legs[1]!.dports, [[1024, 65535]]);
});

test('UDP has no later segments; ICMP gets an echo reply only for an echo request', () => {
  assert.equal(flowLegs({ protocol: 'udp', ports: [[53, 53]], icmpTypes: null }, client).length, 2);
  const ping = flowLegs({ protocol: 'icmp', ports: null, icmpTypes: [8] }, client);
  assert.deepEqual(ping[1]!.icmpTypes, [0]);
  assert.equal(flowLegs({ protocol: 'icmp', ports: null, icmpTypes: [3, 11] }, client).length, 1);
  assert.deepEqual(flowLegs({ protocol: 'icmpv6', ports: null, icmpTypes: null }, client)[1]!.icmpTypes, [129]);
});

test('the ICMP errors of a stateless firewall, both families, from the far end', () => {
  assert.deepEqual(
    icmpErrorLegs().map((l) => [l.protocol, l.icmpTypes, l.way, l.state]),
    [
      ['icmp', [3, 4, 11, 12], 'back', 'RELATED'],
      ['icmpv6', [1, 2, 3, 4], 'back', 'RELATED'],
    ],
  );
});

test('a leg as exact packets: the SYN alone opens, a request from any port spans 0-65535', () => {
  const all = interval(0n, 2n ** 32n - 1n);
  const syn = legCube(requestLeg({ protocol: 'tcp', ports: [[25, 25]], icmpTypes: null }, null), 4, all, all)!;
  assert.deepEqual(syn.tcpFlags, interval(BigInt(TCP_FLAGS.SYN), BigInt(TCP_FLAGS.SYN)));
  assert.deepEqual(syn.sport, interval(0n, 65535n));
  assert.deepEqual(syn.state, interval(STATES.NEW, STATES.NEW));
  assert.equal(legCube(requestLeg({ protocol: 'icmpv6', ports: null, icmpTypes: null }, null), 4, all, all), null);
});
