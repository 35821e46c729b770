import type { z } from 'zod';
import type { Diagnostic, DiagnosticCode } from '../diagnostics/diagnostic.js';
import { atPath, readSourceFile, toPlainData, type FileInput, type PathItem, type SourceFile } from '../load/source-file.js';
import { IDENTIFIER_HINT, IDENTIFIER_PATTERN } from './common.js';
import { didYouMean } from './did-you-mean.js';

type Issue = z.core.$ZodIssue;

/**
 * Checks plain data against a schema and turns every issue into a diagnostic that points at
 * the offending YAML node. Returns the parsed value only when there is no issue.
 */
export function validateAgainst<S extends z.ZodType>(schema: S, data: unknown, source: SourceFile): { value: z.infer<S> | null; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  // A misspelt key ("hots") also makes its intended key missing; report only the misspelling.
  const suggested = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = knownKeys(schema, issue.path.filter((p): p is PathItem => typeof p !== 'symbol'));
    for (const k of issue.keys) {
      const guess = didYouMean(k, known);
      if (guess) suggested.add(JSON.stringify([...issue.path.map(String), guess]));
    }
  }
  for (const issue of result.error.issues) {
    if (issue.code === 'invalid_type' && suggested.has(JSON.stringify(issue.path.map(String)))) continue;
    for (const d of issueToDiagnostics(issue, schema, data, source)) {
      const key = `${d.start?.line}:${d.start?.col}:${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      diagnostics.push(d);
    }
  }
  diagnostics.sort((a, b) => (a.offsets?.[0] ?? 0) - (b.offsets?.[0] ?? 0));
  return { value: null, diagnostics };
}

function issueToDiagnostics(issue: Issue, schema: z.ZodType, data: unknown, source: SourceFile): Diagnostic[] {
  const path = issue.path.filter((p): p is PathItem => typeof p !== 'symbol');
  const where = describePath(path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(schema, path);
      return issue.keys.map((key) => {
        const guess = didYouMean(key, known);
        const hint = guess ? `did you mean "${guess}"?` : known.length > 0 ? `known keys here: ${known.join(', ')}` : 'remove this key';
        return atPath(source, [...path, key], 'UNKNOWN_KEY', `unknown key "${key}"${where ? ` in ${where}` : ''}`, hint, { key: true });
      });
    }
    case 'invalid_type': {
      const value = valueAt(data, path);
      if (value === undefined) {
        const key = path[path.length - 1];
        return [atPath(source, path.slice(0, -1), 'MISSING_KEY', `missing key "${String(key)}"${path.length > 1 ? ` in ${describePath(path.slice(0, -1))}` : ''}`, `add "${String(key)}:"; see the JSON Schema in schema/ for its form`, { key: true })];
      }
      return [atPath(source, path, 'BAD_TYPE', `${where || 'document'} must be ${article(issue.expected)}, not ${typeName(value)}`, expectedHint(issue.expected, value, path))];
    }
    case 'invalid_union': {
      // Report the branch that got furthest: the one whose issues sit deepest.
      const branches = issue.errors.filter((b) => b.length > 0);
      const best = branches.map((b) => ({ b, depth: Math.max(...b.map((i) => i.path.length)), custom: b.some((i) => i.code === 'custom') })).sort((x, y) => Number(y.custom) - Number(x.custom) || y.depth - x.depth)[0];
      if (best && (best.custom || best.depth > 0)) {
        return best.b.flatMap((i) => issueToDiagnostics({ ...i, path: [...issue.path, ...i.path] }, schema, data, source));
      }
      const value = valueAt(data, path);
      if (value === undefined) {
        const key = path[path.length - 1];
        return [atPath(source, path.slice(0, -1), 'MISSING_KEY', `missing key "${String(key)}"${path.length > 1 ? ` in ${describePath(path.slice(0, -1))}` : ''}`, `add "${String(key)}:"; ${unionHint(path)}`, { key: true })];
      }
      return [atPath(source, path, 'BAD_VALUE', `${where || 'value'} has an unexpected form (${typeName(value)})`, unionHint(path))];
    }
    case 'invalid_key': {
      const key = path[path.length - 1];
      const inner = issue.issues[0];
      // Interface names have their own alphabet (IOS names hold "/"); other keys are identifiers.
      const isInterface = path.length >= 2 && path[path.length - 2] === 'interfaces';
      const hint = isInterface ? 'interface names start with a letter, then letters, digits, "_", ".", ":", "/" or "-" (at most 32 characters), as `ip link` or the router shows them' : inner ? IDENTIFIER_HINT : 'names are identifiers';
      return [atPath(source, path, 'BAD_IDENTIFIER', `"${String(key)}" is not a valid name${path.length > 1 ? ` in ${describePath(path.slice(0, -1))}` : ''}`, hint, { key: true })];
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { code?: DiagnosticCode; hint?: string };
      return [atPath(source, path, params.code ?? 'BAD_VALUE', issue.message, params.hint ?? 'see the JSON Schema in schema/')];
    }
    case 'invalid_format': {
      const value = valueAt(data, path);
      const params = ((issue as { params?: { code?: DiagnosticCode; hint?: string } }).params ?? {});
      if ((issue as { pattern?: string }).pattern === `/${IDENTIFIER_PATTERN}/`) {
        return [atPath(source, path, 'BAD_IDENTIFIER', `${JSON.stringify(value)} is not a valid name${where ? ` (${where})` : ''}`, IDENTIFIER_HINT)];
      }
      if (params.code) return [atPath(source, path, params.code, `${JSON.stringify(value)} is ${issue.message}`, params.hint ?? '')];
      return [atPath(source, path, 'BAD_VALUE', `${where}: ${JSON.stringify(value)} has the wrong form`, 'see the JSON Schema in schema/')];
    }
    case 'too_small': {
      return [atPath(source, path, 'BAD_VALUE', `${where || 'value'} must not be empty`, 'give at least one value, or remove the key')];
    }
    case 'invalid_value': {
      const value = valueAt(data, path);
      return [atPath(source, path, 'BAD_VALUE', `${where}: ${JSON.stringify(value)} is not allowed`, `use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`)];
    }
    default:
      return [atPath(source, path, 'BAD_VALUE', `${where || 'value'}: ${issue.message}`, 'see the JSON Schema in schema/')];
  }
}

/**
 * Reads a YAML file and validates it: the first three stages every site and profile goes through.
 * Returns the source (for later diagnostics) and the value, or the diagnostics that stopped it.
 */
export function loadValidated<S extends z.ZodType>(schema: S, file: string, input?: FileInput): Validated<S> {
  const read = readSourceFile(file, input);
  if (!read.source) return { source: null, value: null, diagnostics: read.diagnostics };
  return validateSource(schema, read.source);
}

/** The result of loadValidated: the source and its value, or the diagnostics that stopped it. */
export type Validated<S extends z.ZodType> =
  | { source: SourceFile; value: z.infer<S> }
  | { source: null; value: null; diagnostics: Diagnostic[] };

/** Converts a parsed file to plain data and validates it against the schema. */
export function validateSource<S extends z.ZodType>(schema: S, source: SourceFile): Validated<S> {
  const plain = toPlainData(source);
  if (plain.diagnostics.length > 0) return { source: null, value: null, diagnostics: plain.diagnostics };
  const { value, diagnostics } = validateAgainst(schema, plain.data, source);
  if (value === null) return { source: null, value: null, diagnostics };
  return { source, value };
}

/** The keys an object schema at `path` allows, for "did you mean". */
export function knownKeys(schema: z.ZodType, path: readonly PathItem[]): string[] {
  const found: string[] = [];
  walk(schema, 0);
  return [...new Set(found)];

  function walk(s: unknown, i: number): void {
    const def = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return;
    switch (def.type) {
      case 'optional':
      case 'default':
      case 'nullable':
      case 'prefault':
      case 'readonly':
        return walk(def.innerType, i);
      case 'pipe':
        return walk(def.in, i);
      case 'union':
        for (const o of def.options as unknown[]) walk(o, i);
        return;
      case 'object': {
        const shape = def.shape as Record<string, unknown>;
        if (i === path.length) {
          found.push(...Object.keys(shape));
          return;
        }
        const next = shape[String(path[i])];
        if (next) walk(next, i + 1);
        return;
      }
      case 'array':
        if (i < path.length && typeof path[i] === 'number') walk(def.element, i + 1);
        return;
      case 'record':
        if (i < path.length) walk(def.valueType, i + 1);
        return;
      default:
        return;
    }
  }
}

function valueAt(data: unknown, path: readonly PathItem[]): unknown {
  let v = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[String(p)];
  }
  return v;
}

function describePath(path: readonly PathItem[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v === 'string' ? 'the string' : typeof v === 'number' ? 'the number' : typeof v} ${JSON.stringify(v)}`;
}

function article(expected: string): string {
  const names: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'a string', number: 'a number', boolean: 'true or false', record: 'a mapping' };
  return names[expected] ?? expected;
}

function expectedHint(expected: string, value?: unknown, path: readonly PathItem[] = []): string {
  if (expected === 'object' || expected === 'record') return 'write "key: value" lines indented under this key';
  if (expected === 'array') return 'write a list: [a, b] or "- a" lines';
  if (expected === 'string' && Array.isArray(value))
    return path[path.length - 1] === 'when'
      ? 'a flow depends on one feature: for a flow under two, write it once per feature'
      : 'give one value here, not a list';
  if (expected === 'string') return 'quote the value if it looks like a number or boolean';
  return 'see the JSON Schema in schema/ for the expected form';
}

function unionHint(path: readonly PathItem[]): string {
  const key = path[path.length - 1];
  if (key === 'tcp' || key === 'udp') return 'ports: 25, "10045-10049", or a list of them';
  if (key === 'icmp' || key === 'icmpv6') return 'ICMP types: "all", a number 0-255, or a list of numbers';
  if (key === 'addresses' || typeof key === 'string') return 'one value or a list of values';
  return 'see the JSON Schema in schema/';
}
