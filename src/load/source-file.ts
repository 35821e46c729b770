import { readBounded, readFailure, readHint } from './read-bounded.js';
import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import type { Diagnostic, DiagnosticCode, Position } from '../diagnostics/diagnostic.js';
import type { Origin } from '../model/types.js';

/** A parsed YAML file that remembers where every node came from. */
export interface SourceFile {
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export type PathItem = string | number;

/** Largest file we parse: catalogs and sites are small; anything bigger is a mistake. */
const MAX_BYTES = 8 * 1024 * 1024;
/** How many nodes aliases may add to a document once expanded: far more than "the same as above" needs, far less than a bomb. */
const MAX_ALIAS_NODES = 100_000;

/** What to parse: the file's text, or a function that reads it (the file system by default). */
export type FileInput = string | ((file: string) => Buffer);

/** Reads and parses a YAML file; `null` with diagnostics when it cannot be used at all. */
export function readSourceFile(
  file: string,
  input: FileInput = (path) => readBounded(path),
): { source: SourceFile | null; diagnostics: Diagnostic[] } {
  let raw: Buffer;
  try {
    raw = typeof input === 'function' ? input(file) : Buffer.from(input, 'utf8');
  } catch (err) {
    return fail(
      file,
      'READ_FAILED',
      `cannot read file (${readFailure(err)})`,
      readHint(err, 'check the path and its permissions'),
    );
  }
  if (raw.length > MAX_BYTES)
    return fail(
      file,
      'READ_FAILED',
      `file is ${raw.length} bytes, over the ${MAX_BYTES}-byte limit`,
      'site and profile files are small YAML documents',
    );
  if (raw.includes(0))
    return fail(file, 'BINARY_FILE', 'file is binary (it contains NUL bytes)', 'give a YAML text file');
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return fail(file, 'BINARY_FILE', 'file is not valid UTF-8 text', 'save the file as UTF-8');
  }
  if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
  const lines = new LineCounter();
  // `merge`: a merge key (`<<: *smtp`, "the same as above, but") is YAML 1.1's and widely used.
  const doc = parseDocument(content, {
    lineCounter: lines,
    uniqueKeys: false,
    prettyErrors: false,
    strict: true,
    merge: true,
  });
  const source: SourceFile = { file, text: content, doc, lines };
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors) {
    const code: DiagnosticCode = e.code === 'DUPLICATE_KEY' ? 'DUPLICATE_KEY' : 'YAML_SYNTAX';
    const hint =
      code === 'DUPLICATE_KEY'
        ? 'remove or rename one of the two keys'
        : 'fix the YAML syntax at this place (indentation, quotes, brackets)';
    diagnostics.push(at(source, [e.pos[0], e.pos[1]], code, firstLine(e.message), hint));
  }
  diagnostics.push(...keyDiagnostics(source));
  if (diagnostics.length > 0) return { source: null, diagnostics };
  if (doc.contents === null || (isScalar(doc.contents) && (doc.contents.value === null || doc.contents.value === ''))) {
    return fail(file, 'EMPTY_FILE', 'file is empty', 'a site or profile file is a YAML mapping; see examples/');
  }
  return { source, diagnostics };
}

/**
 * Converts the document to plain data, refusing alias bombs: `yaml` throws when aliases
 * expand past the limit, and we turn that into a diagnostic at the document root.
 */
export function toPlainData(source: SourceFile): { data: unknown; diagnostics: Diagnostic[] } {
  const aliases = aliasDiagnostics(source);
  if (aliases.length > 0) return { data: undefined, diagnostics: aliases };
  try {
    // The expansion was measured above (aliasDiagnostics): yaml's own count would refuse a
    // harmless scalar used 250 times.
    return { data: source.doc.toJS({ maxAliasCount: -1 }), diagnostics: [] };
  } catch (err) {
    const node = source.doc.contents;
    const range: [number, number] = isNode(node) && node.range ? [node.range[0], node.range[1]] : [0, 0];
    return {
      data: undefined,
      diagnostics: [
        at(
          source,
          range,
          'ALIAS_LIMIT',
          `aliases expand too far: ${firstLine((err as Error).message)}`,
          'write the values out instead of nesting aliases',
        ),
      ],
    };
  }
}

/**
 * Aliases that name no anchor (at the alias), and aliases that add more than
 * MAX_ALIAS_NODES nodes to the document once expanded (an alias bomb, at the document): the
 * size of each node once expanded is counted with each anchor's size computed once, so a bomb is
 * measured without expanding it. A scalar used 250 times adds 250 nodes: fine.
 */
function aliasDiagnostics(source: SourceFile): Diagnostic[] {
  const doc = source.doc;
  const sizes = new Map<Node, number>();
  let written = 0;
  let unresolved: Diagnostic | null = null;
  const size = (n: unknown): number => {
    if (!isNode(n)) return 0;
    const known = sizes.get(n);
    if (known !== undefined) return known;
    written++;
    let total = 1;
    if (isAlias(n)) {
      const target = n.resolve(doc);
      if (!target) {
        unresolved ??= at(
          source,
          n.range ? [n.range[0], n.range[1]] : [0, 0],
          'YAML_SYNTAX',
          `alias *${n.source} names no anchor`,
          `define &${n.source} before this alias, or write the value out`,
        );
        return 0;
      }
      total = size(target);
    } else if (isMap(n) || isSeq(n)) {
      for (const item of n.items) total += isPair(item) ? size(item.key) + size(item.value) : size(item);
    }
    sizes.set(n, total);
    return total;
  };
  const expanded = size(doc.contents);
  if (unresolved) return [unresolved];
  if (expanded - written <= MAX_ALIAS_NODES) return [];
  const node = doc.contents;
  return [
    at(
      source,
      isNode(node) && node.range ? [node.range[0], node.range[1]] : [0, 0],
      'ALIAS_LIMIT',
      `aliases expand this document from ${written} nodes to ${expanded}, more than ${MAX_ALIAS_NODES} added`,
      'write the values out instead of nesting aliases',
    ),
  ];
}

/**
 * Keys that cannot be data: duplicates, found with one Set per mapping (`yaml`'s own uniqueKeys
 * check compares each key with all earlier ones, which is quadratic on a site with thousands of
 * hosts), and `__proto__`.
 */
function keyDiagnostics(source: SourceFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(source.doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const k = String(pair.key.value);
        const r = pair.key.range ?? [0, 0];
        const flag = (code: DiagnosticCode, message: string, hint: string): void =>
          void out.push(at(source, [r[0], r[1]], code, message, hint));
        // Data, never an object's internals: `__proto__` would set a prototype, not a key.
        if (k === '__proto__')
          flag(
            'BAD_IDENTIFIER',
            'key "__proto__" is not allowed',
            'rename it: names start with a letter, then letters, digits, "-", "_" or "."',
          );
        if (seen.has(k))
          flag('DUPLICATE_KEY', `key "${k}" appears twice in this mapping`, 'remove or rename one of the two keys');
        seen.add(k);
      }
    },
  });
  return out;
}

/** A diagnostic at a character range of the file. */
export function at(
  source: SourceFile,
  offsets: [number, number],
  code: DiagnosticCode,
  message: string,
  hint: string,
  severity: 'error' | 'warning' = 'error',
): Diagnostic {
  const p = source.lines.linePos(offsets[0]);
  const start: Position = { line: p.line, col: p.col };
  return { code, severity, file: source.file, start, offsets, message, hint };
}

/**
 * Where the node at `path` stands: the value, or with `key` the key of its pair. Falls back to
 * the deepest ancestor that exists, so a missing key points at the mapping that lacks it.
 */
export function locate(source: SourceFile, path: readonly PathItem[], key = false): [number, number] {
  let node: unknown = source.doc.contents;
  let best: [number, number] = rangeOf(node) ?? [0, 0];
  for (let i = 0; i < path.length; i++) {
    const item = path[i];
    let next: unknown = undefined;
    let keyNode: unknown = undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(item));
      if (pair) {
        next = pair.value;
        keyNode = pair.key;
      }
    } else if (isSeq(node) && typeof item === 'number') {
      next = node.items[item];
    }
    if (next === undefined && keyNode === undefined) return best;
    const last = i === path.length - 1;
    if (last && key && keyNode) return rangeOf(keyNode) ?? best;
    const r = rangeOf(next) ?? rangeOf(keyNode);
    if (r) best = r;
    node = next;
  }
  return best;
}

/** Where the node at `path` stands, kept for later stages' diagnostics (see `locate`). */
export function originAt(source: SourceFile, path: readonly PathItem[], key = false): Origin {
  const offsets = locate(source, path, key);
  const p = source.lines.linePos(offsets[0]);
  return { file: source.file, start: { line: p.line, col: p.col }, offsets };
}

/**
 * Where each key of the mapping at `path` stands, found in one pass over the mapping (a site's
 * `hosts:` may hold ten thousand entries: looking each up with `originAt` would be quadratic).
 */
export function keyOrigins(source: SourceFile, path: readonly PathItem[]): Map<string, Origin> {
  const out = new Map<string, Origin>();
  let node: unknown = source.doc.contents;
  for (const item of path) {
    if (!isMap(node)) return out;
    node = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(item))?.value;
  }
  if (!isMap(node)) return out;
  for (const pair of node.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const offsets = rangeOf(pair.key);
    if (!offsets) continue;
    const p = source.lines.linePos(offsets[0]);
    out.set(String(pair.key.value), { file: source.file, start: { line: p.line, col: p.col }, offsets });
  }
  return out;
}

/** A diagnostic at the node at `path`. */
export function atPath(
  source: SourceFile,
  path: readonly PathItem[],
  code: DiagnosticCode,
  message: string,
  hint: string,
  opts: { key?: boolean; severity?: 'error' | 'warning' } = {},
): Diagnostic {
  return at(source, locate(source, path, opts.key ?? false), code, message, hint, opts.severity ?? 'error');
}

function rangeOf(node: unknown): [number, number] | undefined {
  if (isNode(node as Node) && (node as Node).range) {
    const r = (node as Node).range!;
    return [r[0], r[1]];
  }
  return undefined;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

function fail(
  file: string,
  code: DiagnosticCode,
  message: string,
  hint: string,
): { source: null; diagnostics: Diagnostic[] } {
  return { source: null, diagnostics: [{ code, severity: 'error', file, start: { line: 1, col: 1 }, message, hint }] };
}
