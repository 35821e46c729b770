import { constructFromEvents, CORE_SCHEMA, mergeTag, parseEvents, YAMLException, type Event } from 'js-yaml';
import { readBounded, readFailure, readHint } from './read-bounded.js';
import { buildTrees, type YamlMap, type YamlNode, type YamlScalar } from './yaml-tree.js';
import type { Diagnostic, DiagnosticCode, Position } from '../diagnostics/diagnostic.js';
import type { Origin } from '../model/types.js';

/** A parsed YAML file that remembers where every node came from. */
export interface SourceFile {
  file: string;
  text: string;
  /** The document's root node, with the offsets of every node. */
  root: YamlNode;
  /** The parser's events, from which the data is constructed (`toPlainData`). */
  events: readonly Event[];
  /** How many aliases the document holds. */
  aliases: number;
  /** Line and column (1-based) of an offset. */
  linePos(offset: number): Position;
}

export type PathItem = string | number;

/** Largest file we parse: catalogs and sites are small; anything bigger is a mistake. */
const MAX_BYTES = 8 * 1024 * 1024;
/** How many nodes aliases may add to a document once expanded: far more than "the same as above" needs, far less than a bomb. */
const MAX_ALIAS_NODES = 100_000;
/** Deepest nesting of mappings and sequences: a site is five levels deep. */
const MAX_DEPTH = 64;
/**
 * YAML 1.2's core schema (what every YAML 1.2 parser reads `yes`, `0o17`, `~` as), with the merge
 * key: `<<: *smtp`, "the same as above, but", is YAML 1.1's and widely used.
 */
const SCHEMA = CORE_SCHEMA.withTags(mergeTag);

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
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return fail(file, 'BINARY_FILE', 'file is not valid UTF-8 text', 'save the file as UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const linePos = lineCounter(text);
  const syntax = (offset: number, message: string, hint: string): { source: null; diagnostics: Diagnostic[] } => {
    const start = linePos(offset);
    return {
      source: null,
      diagnostics: [
        { code: 'YAML_SYNTAX', severity: 'error', file, start, offsets: [offset, offset + 1], message, hint },
      ],
    };
  };
  let events: Event[];
  try {
    events = parseEvents(text, { filename: file, maxDepth: MAX_DEPTH });
  } catch (err) {
    if (!(err instanceof YAMLException)) throw err;
    const offset = Math.min(err.mark?.position ?? 0, text.length);
    if (/depth/i.test(err.reason))
      return syntax(
        offset,
        `nesting deeper than ${MAX_DEPTH} levels`,
        'a site or profile is a few levels deep; flatten the structure',
      );
    // YAML allows printable characters only: a raw control character (a pasted escape sequence) is refused.
    const control = firstControl(text, offset);
    if (control !== null)
      return syntax(
        control,
        `control character U+${text.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0')} in the text (YAML allows printable characters only)`,
        'remove it, or write it as an escape inside double quotes ("\\x1b")',
      );
    // js-yaml reads on past an unclosed quote or bracket until the indentation no longer fits.
    const hint = /deficient indentation|end of the stream/.test(err.reason)
      ? 'a quote or bracket opened above may be left unclosed, or this line is indented less than what it continues'
      : 'fix the YAML syntax at this place (indentation, quotes, brackets)';
    return syntax(offset, err.reason, hint);
  }
  const { docs, duplicates, protoKeys, aliases } = buildTrees(text, events);
  if (docs.length > 1) {
    const second = docs[1];
    const offset = second ? second.range[0] : text.lastIndexOf('---') >= 0 ? text.lastIndexOf('---') : 0;
    return syntax(
      offset,
      'the file holds more than one YAML document',
      'a site or profile is one document: remove the "---" line and what follows, or split the file',
    );
  }
  const root = docs[0] ?? null;
  if (root === null || (root.kind === 'scalar' && root.text === '' && root.range[0] === root.range[1])) {
    return fail(file, 'EMPTY_FILE', 'file is empty', 'a site or profile file is a YAML mapping; see examples/');
  }
  const source: SourceFile = { file, text, root, events, aliases, linePos };
  const diagnostics = keyDiagnostics(source, duplicates, protoKeys);
  if (diagnostics.length > 0) return { source: null, diagnostics };
  return { source, diagnostics };
}

/** The keys of the document's top-level mapping (none when it is not a mapping). */
export function rootKeys(source: SourceFile): Set<string> {
  const root = source.root;
  return new Set(root.kind === 'map' ? root.pairs.flatMap((p) => (p.key.kind === 'scalar' ? [p.key.text] : [])) : []);
}

/**
 * Converts the document to plain data, refusing what cannot be data: aliases that name no anchor
 * or themselves, and alias bombs, measured before anything is expanded.
 */
export function toPlainData(source: SourceFile): { data: unknown; diagnostics: Diagnostic[] } {
  const aliases = source.aliases > 0 ? aliasDiagnostics(source) : [];
  if (aliases.length > 0) return { data: undefined, diagnostics: aliases };
  try {
    const [data] = constructFromEvents(source.events as Event[], {
      source: source.text,
      filename: source.file,
      schema: SCHEMA,
      maxAliases: -1,
      maxTotalMergeKeys: MAX_ALIAS_NODES,
    });
    return { data, diagnostics: [] };
  } catch (err) {
    if (!(err instanceof YAMLException)) throw err;
    const offset = Math.min(err.mark?.position ?? source.root.range[0], source.text.length);
    return {
      data: undefined,
      diagnostics: [
        at(
          source,
          [offset, offset + 1],
          'YAML_SYNTAX',
          err.reason,
          'write the value in a form YAML 1.2 reads as data (quote a string that looks like something else)',
        ),
      ],
    };
  }
}

/**
 * Aliases that name no anchor or the node they stand in (at the alias), and aliases that add more
 * than MAX_ALIAS_NODES nodes to the document once expanded (an alias bomb, at the document): the
 * size of each node once expanded is counted with each anchor's size computed once, so a bomb is
 * measured without expanding it. A scalar used 250 times adds 250 nodes: fine.
 */
function aliasDiagnostics(source: SourceFile): Diagnostic[] {
  const sizes = new Map<YamlNode, number>();
  let written = 0;
  let unresolved: Diagnostic | null = null;
  const size = (n: YamlNode): number => {
    const known = sizes.get(n);
    if (known !== undefined) return known;
    written++;
    let total = 1;
    if (n.kind === 'alias') {
      if (!n.target) {
        unresolved ??= at(
          source,
          n.range,
          'YAML_SYNTAX',
          n.cyclic ? `alias *${n.name} stands inside the node it names (a cycle)` : `alias *${n.name} names no anchor`,
          n.cyclic
            ? 'write the value out: data cannot contain itself'
            : `define &${n.name} before this alias, or write the value out`,
        );
        return 0;
      }
      total = size(n.target);
    } else if (n.kind === 'map') {
      for (const pair of n.pairs) total += size(pair.key) + size(pair.value);
    } else if (n.kind === 'seq') {
      for (const item of n.items) total += size(item);
    }
    sizes.set(n, total);
    return total;
  };
  const expanded = size(source.root);
  if (unresolved) return [unresolved];
  if (expanded - written <= MAX_ALIAS_NODES) return [];
  return [
    at(
      source,
      source.root.range,
      'ALIAS_LIMIT',
      `aliases expand this document from ${written} nodes to ${expanded}, more than ${MAX_ALIAS_NODES} added`,
      'write the values out instead of nesting aliases',
    ),
  ];
}

/** Keys that cannot be data: duplicates (found while the tree was built), and `__proto__`. */
function keyDiagnostics(
  source: SourceFile,
  duplicates: readonly YamlScalar[],
  protoKeys: readonly YamlScalar[],
): Diagnostic[] {
  const out = [
    // Data, never an object's internals: `__proto__` would set a prototype, not a key.
    ...protoKeys.map((k) =>
      at(
        source,
        k.range,
        'BAD_IDENTIFIER',
        'key "__proto__" is not allowed',
        'rename it: names start with a letter, then letters, digits, "-", "_" or "."',
      ),
    ),
    ...duplicates.map((k) =>
      at(
        source,
        k.range,
        'DUPLICATE_KEY',
        `key "${k.text}" appears twice in this mapping`,
        'remove or rename one of the two keys',
      ),
    ),
  ];
  return out.sort((a, b) => (a.offsets?.[0] ?? 0) - (b.offsets?.[0] ?? 0));
}

/** The first control character YAML does not allow (all but tab, LF, CR) on the line of `offset` or before, if any. */
function firstControl(text: string, offset: number): number | null {
  const end = text.indexOf('\n', offset);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  const m = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/.exec(
    text.slice(0, end < 0 ? text.length : end),
  );
  return m ? m.index : null;
}

/** Line and column (1-based) of an offset, by a binary search over the line starts (found once). */
function lineCounter(text: string): (offset: number) => Position {
  let starts: number[] | null = null;
  return (offset) => {
    if (starts === null) {
      starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo]! + 1 };
  };
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
  return { code, severity, file: source.file, start: source.linePos(offsets[0]), offsets, message, hint };
}

/** An alias stands for the node it names. */
function deref(node: YamlNode): YamlNode {
  return node.kind === 'alias' && node.target ? node.target : node;
}

/**
 * The pair of `key` in a mapping: its own, else one a merge key (`<<: *smtp`) brings in, where
 * the merged value is written.
 */
function pairOf(map: YamlMap, key: string): { key: YamlNode; value: YamlNode } | undefined {
  let merged: { key: YamlNode; value: YamlNode } | undefined;
  for (const pair of map.pairs) {
    if (pair.key.kind !== 'scalar') continue;
    if (pair.key.text === key) return pair;
    if (pair.key.text === '<<' && merged === undefined) {
      const from = deref(pair.value);
      const sources = from.kind === 'seq' ? from.items.map(deref) : [from];
      for (const m of sources) if (m.kind === 'map') merged ??= pairOf(m, key);
    }
  }
  return merged;
}

/**
 * Where the node at `path` stands: the value, or with `key` the key of its pair. Falls back to
 * the deepest ancestor that exists, so a missing key points at the mapping that lacks it.
 */
export function locate(source: SourceFile, path: readonly PathItem[], key = false): [number, number] {
  let node: YamlNode = source.root;
  let best = node.range;
  for (let i = 0; i < path.length; i++) {
    const item = path[i]!;
    const here = deref(node);
    let next: YamlNode | undefined;
    let keyNode: YamlNode | undefined;
    if (here.kind === 'map') {
      const pair = pairOf(here, String(item));
      next = pair?.value;
      keyNode = pair?.key;
    } else if (here.kind === 'seq' && typeof item === 'number') {
      next = here.items[item];
    }
    if (next === undefined) return best;
    if (i === path.length - 1 && key && keyNode) return keyNode.range;
    best = next.range;
    node = next;
  }
  return best;
}

/** Where the node at `path` stands, kept for later stages' diagnostics (see `locate`). */
export function originAt(source: SourceFile, path: readonly PathItem[], key = false): Origin {
  const offsets = locate(source, path, key);
  return { file: source.file, start: source.linePos(offsets[0]), offsets };
}

/**
 * Where each key of the mapping at `path` stands, found in one pass over the mapping (a site's
 * `hosts:` may hold ten thousand entries: looking each up with `originAt` would be quadratic).
 */
export function keyOrigins(source: SourceFile, path: readonly PathItem[]): Map<string, Origin> {
  const out = new Map<string, Origin>();
  let node: YamlNode | undefined = source.root;
  for (const item of path) {
    const here: YamlNode = deref(node);
    if (here.kind !== 'map') return out;
    node = pairOf(here, String(item))?.value;
    if (node === undefined) return out;
  }
  const map = deref(node);
  if (map.kind !== 'map') return out;
  for (const pair of map.pairs) {
    if (pair.key.kind !== 'scalar' || out.has(pair.key.text)) continue;
    const offsets = pair.key.range;
    out.set(pair.key.text, { file: source.file, start: source.linePos(offsets[0]), offsets });
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

function fail(
  file: string,
  code: DiagnosticCode,
  message: string,
  hint: string,
): { source: null; diagnostics: Diagnostic[] } {
  return { source: null, diagnostics: [{ code, severity: 'error', file, start: { line: 1, col: 1 }, message, hint }] };
}
