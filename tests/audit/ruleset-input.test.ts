import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRuleset } from '../../src/rulesets/registry.js';
import { MAX_JUMP_DEPTH } from '../../src/rulesets/jump-graph.js';

/** Jump loops and over-deep nesting are bad input at their rule (exit 2), never an internal error. */
function iptables(chains: string[], rules: string[]): string {
  return [
    '*filter',
    ':INPUT ACCEPT [0:0]',
    ':FORWARD ACCEPT [0:0]',
    ':OUTPUT ACCEPT [0:0]',
    ...chains.map((c) => `:${c} - [0:0]`),
    ...rules,
    'COMMIT',
    '',
  ].join('\n');
}

describe('jumps that loop or nest too deep', () => {
  test('a loop of two chains: an error at the rule that closes it, naming the loop', () => {
    const r = parseRuleset('loop.rules', iptables(['A', 'B'], ['-A INPUT -j A', '-A A -j B', '-A B -j A']));
    assert.equal(r.ruleset, null);
    const d = r.diagnostics.find((x) => x.code === 'RULESET_JUMP_LOOP');
    assert.ok(d, JSON.stringify(r.diagnostics));
    assert.equal(d.start?.line, 9);
    assert.match(d.message, /chain B jumps back to A \(a loop: A -> B -> A\)/);
  });

  test('a goto loop, and a chain that jumps to itself', () => {
    const g = parseRuleset('goto.rules', iptables(['A', 'B'], ['-A INPUT -j A', '-A A -g B', '-A B -g A']));
    assert.equal(g.ruleset, null);
    assert.ok(g.diagnostics.some((x) => x.code === 'RULESET_JUMP_LOOP'));
    const s = parseRuleset('self.rules', iptables(['A'], ['-A INPUT -j A', '-A A -p tcp --dport 25 -j A']));
    assert.match(s.diagnostics.find((x) => x.code === 'RULESET_JUMP_LOOP')!.message, /a loop: A -> A/);
  });

  test('100 nested chains (which the kernel loads) are read; past the limit is an error at its rule', () => {
    const nest = (n: number): string => {
      const names = Array.from({ length: n }, (_, i) => `C${i}`);
      const rules = ['-A INPUT -j C0', ...names.slice(0, -1).map((c, i) => `-A ${c} -j C${i + 1}`)];
      return iptables(names, [...rules, `-A C${n - 1} -p tcp --dport 25 -j ACCEPT`]);
    };
    const ok = parseRuleset('deep.rules', nest(100));
    assert.ok(ok.ruleset, JSON.stringify(ok.diagnostics.slice(0, 2)));
    const deep = parseRuleset('deeper.rules', nest(MAX_JUMP_DEPTH + 5));
    assert.equal(deep.ruleset, null);
    assert.match(deep.diagnostics.find((x) => x.code === 'RULESET_JUMP_LOOP')!.message, /nest deeper than 512/);
  });

  test('nft JSON: a loop between two regular chains', () => {
    const t = { family: 'inet', table: 't' };
    const json = JSON.stringify({
      nftables: [
        { table: { family: 'inet', name: 't' } },
        { chain: { ...t, name: 'input', type: 'filter', hook: 'input', prio: 0, policy: 'accept' } },
        { chain: { ...t, name: 'a' } },
        { chain: { ...t, name: 'b' } },
        { rule: { ...t, chain: 'input', expr: [{ jump: { target: 'a' } }] } },
        { rule: { ...t, chain: 'a', expr: [{ jump: { target: 'b' } }] } },
        { rule: { ...t, chain: 'b', expr: [{ jump: { target: 'a' } }] } },
      ],
    });
    const r = parseRuleset('loop.json', json);
    assert.equal(r.ruleset, null);
    assert.match(r.diagnostics.find((x) => x.code === 'RULESET_JUMP_LOOP')!.message, /a loop: a -> b -> a/);
  });
});

test('a byte order mark before a dump is no part of it (nft JSON and iptables-save)', () => {
  const json = JSON.stringify({ nftables: [{ table: { family: 'inet', name: 't' } }] });
  const nft = parseRuleset('bom.json', `\ufeff${json}`);
  assert.ok(nft.ruleset, JSON.stringify(nft.diagnostics));
  assert.equal(nft.ruleset.format, 'nft-json');
  const ipt = parseRuleset('bom.rules', `\ufeff${iptables([], ['-A INPUT -p tcp --dport 25 -j ACCEPT'])}`);
  assert.ok(ipt.ruleset, JSON.stringify(ipt.diagnostics));
});
