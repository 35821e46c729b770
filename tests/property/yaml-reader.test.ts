import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import fc from 'fast-check';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type Node } from 'yaml';
import { locate, readSourceFile, toPlainData, type PathItem } from '../../src/load/source-file.js';

/**
 * The reader (js-yaml's event parser, with our position tree) against the reference YAML 1.2
 * parser (`yaml`, a development dependency only): the same data, and every node found where the
 * reference puts it.
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function reference(text: string): { data: unknown; doc: ReturnType<typeof parseDocument> } {
  const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: false, merge: true });
  assert.deepEqual(doc.errors, [], 'the reference parser reads the text');
  return { data: doc.toJS({ maxAliasCount: -1 }), doc };
}

function ours(text: string): unknown {
  const { source, diagnostics } = readSourceFile('t.yaml', text);
  assert.ok(source, diagnostics.map((d) => `${d.start?.line}:${d.start?.col} ${d.message}`).join('\n'));
  const { data, diagnostics: more } = toPlainData(source);
  assert.deepEqual(more, []);
  return data;
}

/** Every path to a node of the reference document, with where the reference says the node starts. */
function paths(node: unknown, path: PathItem[] = [], out: [PathItem[], number][] = []): [PathItem[], number][] {
  const n = node as Node;
  if (n?.range) out.push([path, n.range[0]]);
  if (isMap(node)) {
    for (const pair of node.items)
      if (isScalar(pair.key) && typeof pair.key.value !== 'symbol' && pair.key.value !== '<<')
        paths(pair.value, [...path, String(pair.key.value)], out);
  } else if (isSeq(node)) node.items.forEach((item, i) => paths(item, [...path, i], out));
  return out;
}

function samePositions(text: string): void {
  const { doc } = reference(text);
  const { source } = readSourceFile('t.yaml', text);
  assert.ok(source);
  for (const [path, start] of paths(doc.contents)) {
    const node = doc.getIn(path, true) as Node | undefined;
    // An empty value (`key:`) has no text of its own: the reference puts it after the key, we at the key's end.
    if (isScalar(node) && node.source === '' && node.value === null) continue;
    assert.equal(locate(source, path)[0], start, `${JSON.stringify(path)} in ${JSON.stringify(text)}`);
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}

test('every YAML file that ships or is tested reads as the reference parser reads it, each node where it says', () => {
  const files = ['catalog', 'examples', 'tests/bad-input'].flatMap((d) => yamlFiles(join(ROOT, d)));
  assert.ok(files.length > 40, `${files.length} files`);
  let compared = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const ref = parseDocument(text, { uniqueKeys: false, merge: true });
    // Files the reference refuses are bad-input cases with their own expectations.
    // eslint-disable-next-line no-control-regex -- raw control characters: a bad-input case of their own
    if (ref.errors.length > 0 || /[\u0000-\u0008\u000e-\u001f]/.test(text)) continue;
    const { source } = readSourceFile(file, text);
    if (!source) continue; // duplicate keys, __proto__: refused on purpose (bad-input tests)
    const { data } = toPlainData(source);
    if (data === undefined) continue; // alias cases
    assert.deepEqual(data, ref.toJS({ maxAliasCount: -1 }), file);
    samePositions(text);
    compared++;
  }
  assert.ok(compared > 30, `${compared} files compared`);
});

test('scalars read the same: YAML 1.2 core types, quoting, block scalars, merge keys, anchors', () => {
  const cases = [
    'a: yes\nb: no\nc: on\nd: ~\ne: null\nf: Null\ng: true\nh: False\n',
    'a: 0o17\nb: 017\nc: 0x1F\nd: 1e3\ne: .inf\nf: -.Inf\ng: .nan\nh: +12\ni: 1_000\n',
    'a: 2001-12-14\nb: 12:30\nc: 1.2.3.4\nd: 2001:db8::1\ne: 192.0.2.0/24\nf: "25"\ng: \'587\'\n',
    "a: |\n  line 1\n  line 2\nb: >-\n  folded\n  text\nc: \"esc \\t \\u00e9 \\x41\"\nd: 'it''s'\n",
    'base: &b { tcp: 25, why: smtp }\nx: { <<: *b, why: other }\ny: [*b, *b]\n',
    'a: &s hello\nb: *s\nc: [&t 1, *t]\n',
    'a: [1, [2, [3, {b: c}]]]\nb:\n  - x\n  -\n    - y\n  - { k: v }\n',
    'key with spaces: v\n"quoted key": w\n? complex\n: value\n',
    'a: # comment\n  b: 1 # more\n# end\n',
    'empty:\nlist: []\nmap: {}\nstr: ""\n',
  ];
  for (const text of cases) {
    assert.deepEqual(ours(text), reference(text).data, text);
    samePositions(text);
  }
});

/** Random data as YAML 1.2 writes it, in block or flow style, with any quoting the writer chooses. */
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.string({ unit: 'grapheme-ascii', maxLength: 12 }),
    fc.string({ maxLength: 8 }),
    fc.integer(),
    fc.double({ noNaN: true }).filter((d) => !Object.is(d, -0)),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(
      'yes',
      'no',
      '0o17',
      '1e3',
      '~',
      '- x',
      'a: b',
      '#c',
      '"q"',
      "'s'",
      '*a',
      '&b',
      '@',
      '`',
      '{x}',
      '',
    ),
  ),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }).filter((k) => k !== '__proto__' && k !== '<<'),
    tie('node'),
    { maxKeys: 4 },
  ),
})).map;

test('random documents: the same data, every node where the reference parser puts it', () => {
  fc.assert(
    fc.property(
      value,
      fc.constantFrom(Infinity, 0, 1, 2),
      fc.constantFrom<'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE'>('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
      (data, flowLevel, defaultStringType) => {
        const text = stringify(data, {
          collectionStyle: flowLevel === Infinity ? 'block' : 'any',
          flowCollectionPadding: flowLevel !== 1,
          defaultStringType,
          ...(flowLevel === 0 ? { collectionStyle: 'flow' } : {}),
        });
        assert.deepEqual(ours(text), reference(text).data, text);
        samePositions(text);
      },
    ),
    { numRuns: 400 },
  );
});
