import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { isSafeComment, safeComment } from '../../src/backends/safe-comment.js';
import type { Target } from '../../src/backends/backend.js';
import { BACKENDS, TARGETS } from '../../src/backends/registry.js';
import { compileFirewalls, compilePlan } from '../../src/compile/compile.js';
import { staticResolver } from '../../src/net/resolver.js';
import { awsText } from '../../src/backends/aws.js';
import { xml } from '../../src/backends/firewalld.js';
import { csvCell, mdText } from '../../src/backends/handout.js';
import { sh } from '../../src/backends/ufw.js';
import { ps } from '../../src/backends/windows.js';
import { kernelAvailable, kernelRequired } from '../kernel/lab.js';
import { planOf } from '../helpers/fixtures.js';

/** Pieces that break out of a naive comment in nft, iptables-restore, shell or PowerShell. */
const PIECES = [
  '"',
  "'",
  '\\',
  '\n',
  '\r\n',
  '`reboot`',
  '$(reboot)',
  '${x}',
  ';',
  '}',
  '{',
  '#',
  '\u2028',
  '\u0000',
  '\t',
  ' accept',
  'comment "x"',
  '\n-A INPUT -j ACCEPT\n',
  '\n}\n}\ntable inet x {',
  '-j',
  'COMMIT',
  'é',
  '💣',
  '<!-- -->',
  '&',
  '%s',
];
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 20 })), {
    minLength: 1,
    maxLength: 12,
  })
  .map((xs) => `x${xs.join('')}`);

function site(why: string): string {
  return `site: t\nzones: { adm: [192.0.2.128/28, 2001:db8:1::/64] }\nhosts:\n  h1: { addresses: [203.0.113.10, 2001:db8:10::10] }\nflows:\n  - from: adm\n    to: h1\n    tcp: 22\n    udp: [53, 123]\n    icmp: [8]\n    why: ${JSON.stringify(why)}\n`;
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

function firewallSite(why: string): string {
  return `${site(why)}firewalls:\n  fw: { interfaces: { eth0: internet, eth1: adm } }\n`;
}

/**
 * The shape of a target's output with the contents of every comment or description field
 * blanked: a hostile description may change what a comment says, never anything else.
 */
const SKELETON: Record<Target, (text: string) => string> = {
  nftables: (t) => t.replace(/comment "[^"]*"/g, 'comment "_"'),
  iptables: (t) => t.replace(/--comment "[^"]*"/g, '--comment "_"'),
  pf: (t) => t.replace(/label "[^"]*"/g, 'label "_"'),
  'cisco-ios': (t) => t.replace(/^ remark .*$/gm, ' remark _'),
  windows: (t) =>
    t.replace(/'(?:[^'\u2018\u2019\u201a\u201b]|['\u2018\u2019\u201a\u201b]{2})*'/g, "'_'").replace(/^#.*$/gm, '#'),
  ufw: (t) =>
    t
      .replace(/ comment (?:'(?:[^']|'\\'')*'|\S+)$/gm, ' comment _')
      .replace(/^#.*$/gm, '#')
      // The fingerprint of the rules covers their comments too.
      .replace(/^PC_SUM=[0-9a-f]{16}$/m, 'PC_SUM=_')
      .replace(/^(description|title)=.*$/gm, '$1=_'),
  firewalld: (t) => t.replace(/<!--(?:(?!-->)[\s\S])*-->/g, '<!--_-->'),
  aws: (t) => JSON.stringify(JSON.parse(t, (k, v: unknown) => (k === 'description' || k === '//' ? '_' : v))),
  'hosts-allow': (t) => t.replace(/^#.*$/gm, '#'),
  handout: (t) =>
    t.startsWith('"')
      ? csvRows(t)
          .map((r) => `${r.length}:${r.slice(0, 6).join('|')}`)
          .join('\n')
      : t
          .split('\n')
          .map((l) =>
            l.startsWith('|')
              ? `${splitMdRow(l).length}:${splitMdRow(l).slice(0, 5).join('|')}`
              : l.replace(/^# .*/, '#'),
          )
          .join('\n'),
};

/** Cells of a Markdown table row, splitting on pipes that are not backslash-escaped. */
function splitMdRow(line: string): string[] {
  return line.split(/(?<!\\)\|/).slice(1, -1);
}

/** RFC 4180 rows (quoted fields, doubled quotes, CRLF). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      let j = i + 1;
      let cell = '';
      for (;;) {
        if (j >= text.length) throw new Error('unterminated CSV field');
        if (text[j] === '"' && text[j + 1] === '"') {
          cell += '"';
          j += 2;
        } else if (text[j] === '"') break;
        else cell += text[j++];
      }
      row.push(cell);
      i = j + 1;
    } else throw new Error(`unquoted CSV field at ${i}`);
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (text[i] === ',') i++;
    else throw new Error(`bad CSV separator at ${i}`);
  }
  return rows;
}

async function outputs(target: Target, why: string): Promise<string[]> {
  const texts: string[] = [];
  const { hosts, diagnostics } = await compilePlan(planOf(site(why)), target, { resolve: staticResolver({}) });
  assert.deepEqual(
    diagnostics.filter((d) => d.severity === 'error'),
    [],
  );
  texts.push(...hosts[0]!.files.map((f) => f.content));
  if (BACKENDS[target].renderFirewall) {
    const fw = await compileFirewalls(planOf(firewallSite(why)), target, ['fw'], { resolve: staticResolver({}) });
    texts.push(...fw.firewalls[0]!.files.map((f) => f.content));
  }
  return texts;
}

test('hostile descriptions change only comment and description fields, in every target (hosts and firewalls)', async () => {
  const baseline = new Map<Target, string[]>();
  for (const target of TARGETS) baseline.set(target, (await outputs(target, 'benign')).map(SKELETON[target]));
  await fc.assert(
    fc.asyncProperty(hostile, async (why) => {
      for (const target of TARGETS) {
        const texts = await outputs(target, why);
        assert.deepEqual(
          texts.map(SKELETON[target]),
          baseline.get(target),
          `${target}: shape changed for ${JSON.stringify(why)}`,
        );
        for (const text of texts) {
          for (const m of text.matchAll(/(?:comment|label) "([^"]*)"/g)) assert.ok(isSafeComment(m[1]!), m[1]);
          // Nothing of the hostile text outside its fields (the skeleton has it blanked).
          assert.ok(!/reboot|table inet x/.test(SKELETON[target](text)), `${target}: ${SKELETON[target](text)}`);
        }
      }
    }),
    { numRuns: 150 },
  );
});

test('PowerShell quoting: a literal never ends early, whatever the text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), hostile, (a, b) => {
      for (const s of [a, b]) {
        const q = ps(s);
        // One token: the quote-doubling rule leaves no single quote character alone inside.
        assert.match(q, /^'(?:[^'\u2018\u2019\u201a\u201b\n\r]|['\u2018\u2019\u201a\u201b]{2})*'$/u);
      }
    }),
    { numRuns: 500 },
  );
});

test('shell, XML, CSV and AWS text helpers keep hostile strings inside their field', () => {
  fc.assert(
    fc.property(hostile, (s) => {
      assert.match(sh(s), /^(?:[A-Za-z0-9_.:/,-]+|'(?:[^']|'\\'')*')$/);
      assert.doesNotMatch(xml(s), /[<>"']|&(?!amp;|lt;|gt;|quot;|apos;)/);
      assert.equal(csvRows(`${csvCell(s)}\r\n`)[0]!.length, 1);
      assert.doesNotMatch(csvCell(s), /^"[=+\-@]/);
      assert.doesNotMatch(awsText(s), /[$%{}"\\\n]/);
      assert.doesNotMatch(mdText(s), /(?<!\\)[|<>\n]/);
    }),
    { numRuns: 500 },
  );
});

const kernel = kernelAvailable();
const skip = !kernel.ok && !kernelRequired() ? `needs root and nft (${kernel.why})` : false;

test(
  'nft -c and iptables-restore --test accept the output (hosts and firewalls) for hostile descriptions',
  { skip },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-hostile-'));
    const ns = `pc${process.pid}-hostile`;
    execFileSync('ip', ['netns', 'add', ns]);
    try {
      const samples = fc.sample(hostile, { numRuns: 25, seed: 42 });
      for (const why of samples) {
        const plan = planOf(site(why));
        const nft = (await compilePlan(plan, 'nftables', { resolve: staticResolver({}) })).hosts[0]!.files[0]!;
        writeFileSync(join(dir, nft.name), nft.content);
        execFileSync('ip', ['netns', 'exec', ns, 'nft', '-c', '-f', join(dir, nft.name)], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const ipt = (await compilePlan(plan, 'iptables', { resolve: staticResolver({}) })).hosts[0]!.files;
        execFileSync('ip', ['netns', 'exec', ns, 'iptables-restore', '--test'], {
          input: ipt[0]!.content,
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        execFileSync('ip', ['netns', 'exec', ns, 'ip6tables-restore', '--test'], {
          input: ipt[1]!.content,
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        // The network firewall's forward rules too.
        const fwPlan = planOf(firewallSite(why));
        const fwNft = (await compileFirewalls(fwPlan, 'nftables', ['fw'], { resolve: staticResolver({}) }))
          .firewalls[0]!.files[0]!;
        writeFileSync(join(dir, fwNft.name), fwNft.content);
        execFileSync('ip', ['netns', 'exec', ns, 'nft', '-c', '-f', join(dir, fwNft.name)], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const fwIpt = (await compileFirewalls(fwPlan, 'iptables', ['fw'], { resolve: staticResolver({}) }))
          .firewalls[0]!.files;
        execFileSync('ip', ['netns', 'exec', ns, 'iptables-restore', '--test', '--noflush'], {
          input: fwIpt[0]!.content,
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        execFileSync('ip', ['netns', 'exec', ns, 'ip6tables-restore', '--test', '--noflush'], {
          input: fwIpt[1]!.content,
          stdio: ['pipe', 'pipe', 'pipe'],
        });
      }
    } finally {
      execFileSync('ip', ['netns', 'del', ns]);
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
