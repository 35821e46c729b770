import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { isSafeComment, safeComment } from '../../src/backends/safe-comment.js';
import { TARGETS } from '../../src/backends/registry.js';
import { compilePlan, staticResolver } from '../../src/compile/compile.js';
import { kernelAvailable, kernelRequired } from '../kernel/lab.js';
import { planOf } from '../helpers/fixtures.js';

/** Pieces that break out of a naive comment in nft, iptables-restore, shell or PowerShell. */
const PIECES = ['"', "'", '\\', '\n', '\r\n', '`reboot`', '$(reboot)', '${x}', ';', '}', '{', '#', '\u2028', '\u0000', '\t', ' accept', 'comment "x"', '\n-A INPUT -j ACCEPT\n', '\n}\n}\ntable inet x {', '-j', 'COMMIT', 'é', '💣', '<!-- -->', '&', '%s'];
const hostile = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 20 })), { minLength: 1, maxLength: 12 }).map((xs) => `x${xs.join('')}`);

function site(why: string): string {
  return `site: t\nzones: { adm: [192.0.2.128/28, 2001:db8:1::/64] }\nhosts:\n  h1: { addresses: [203.0.113.10, 2001:db8:10::10] }\nflows:\n  - from: adm\n    to: h1\n    tcp: 22\n    udp: [53, 123]\n    icmp: [8]\n    why: ${JSON.stringify(why)}\n`;
}

/** Lines that are rules (nft chain bodies and iptables -A lines), to compare shapes. */
function ruleLines(text: string): number {
  return text.split('\n').filter((l) => /^\t\t\S/.test(l) || l.startsWith('-A ')).length;
}

test('safeComment only ever returns whitelisted text of bounded length', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), hostile, (a, b) => {
      for (const s of [a, b]) {
        const c = safeComment(s);
        assert.ok(isSafeComment(c), JSON.stringify(c));
        assert.ok(Buffer.byteLength(c) <= 120);
      }
    }),
    { numRuns: 500 },
  );
});

test('hostile descriptions cannot add, remove or end a rule in any target', async () => {
  const baseline: Record<string, number> = {};
  for (const target of TARGETS) {
    const { hosts } = await compilePlan(planOf(site('benign')), target, { resolve: staticResolver({}) });
    baseline[target] = ruleLines(hosts[0]!.files.map((f) => f.content).join('\n'));
  }
  await fc.assert(
    fc.asyncProperty(hostile, async (why) => {
      for (const target of TARGETS) {
        const { hosts } = await compilePlan(planOf(site(why)), target, { resolve: staticResolver({}) });
        const text = hosts[0]!.files.map((f) => f.content).join('\n');
        assert.equal(ruleLines(text), baseline[target], `rule lines changed for ${JSON.stringify(why)}`);
        for (const m of text.matchAll(/comment "([^"]*)"/g)) assert.ok(isSafeComment(m[1]!), m[1]);
        // Every line is either a comment, a known keyword line, or a rule: no stray text.
        for (const line of text.split('\n')) assert.ok(!/reboot|table inet x/.test(line.replace(/comment "[^"]*"/g, '')), line);
      }
    }),
    { numRuns: 200 },
  );
});

const kernel = kernelAvailable();
const skip = !kernel.ok && !kernelRequired() ? `needs root and nft (${kernel.why})` : false;

test('nft -c and iptables-restore --test accept the output for hostile descriptions', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-hostile-'));
  const ns = `pc${process.pid}-hostile`;
  execFileSync('ip', ['netns', 'add', ns]);
  try {
    const samples = fc.sample(hostile, { numRuns: 25, seed: 42 });
    for (const why of samples) {
      const plan = planOf(site(why));
      const nft = (await compilePlan(plan, 'nftables', { resolve: staticResolver({}) })).hosts[0]!.files[0]!;
      writeFileSync(join(dir, nft.name), nft.content);
      execFileSync('ip', ['netns', 'exec', ns, 'nft', '-c', '-f', join(dir, nft.name)], { stdio: ['ignore', 'pipe', 'pipe'] });
      const ipt = (await compilePlan(plan, 'iptables', { resolve: staticResolver({}) })).hosts[0]!.files;
      execFileSync('ip', ['netns', 'exec', ns, 'iptables-restore', '--test'], { input: ipt[0]!.content, stdio: ['pipe', 'pipe', 'pipe'] });
      execFileSync('ip', ['netns', 'exec', ns, 'ip6tables-restore', '--test'], { input: ipt[1]!.content, stdio: ['pipe', 'pipe', 'pipe'] });
    }
  } finally {
    execFileSync('ip', ['netns', 'del', ns]);
    rmSync(dir, { recursive: true, force: true });
  }
});
