import { EVENT_ID, getScalarValue, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';

/**
 * Where each node of a YAML document stands, built in one pass over js-yaml's event stream (which
 * refers to the text by offsets). The data itself is js-yaml's to construct; this tree only
 * answers "where is the node at this path", finds duplicate keys, and measures aliases.
 */
export type YamlNode = YamlMap | YamlSeq | YamlScalar | YamlAlias;

interface Base {
  /** Offsets in the text, end exclusive. */
  range: [number, number];
}
export interface YamlMap extends Base {
  kind: 'map';
  pairs: { key: YamlNode; value: YamlNode }[];
}
export interface YamlSeq extends Base {
  kind: 'seq';
  items: YamlNode[];
}
export interface YamlScalar extends Base {
  kind: 'scalar';
  /** The decoded text (a key's name). */
  text: string;
}
export interface YamlAlias extends Base {
  kind: 'alias';
  name: string;
  /** The anchored node it repeats; `null` when no anchor of that name comes before it. */
  target: YamlNode | null;
  /** The alias stands inside the node it names (`&a [*a]`): a cycle. */
  cyclic: boolean;
}

/** What one pass over the events finds. */
export interface YamlTrees {
  /** Each document's root node (null for an empty document). */
  docs: (YamlNode | null)[];
  /** Keys that repeat an earlier key of their mapping, in text order. */
  duplicates: YamlScalar[];
  /** Keys named `__proto__`. */
  protoKeys: YamlScalar[];
  /** How many aliases the stream holds (none: nothing to measure for alias bombs). */
  aliases: number;
}

/** The documents of the stream, with what their keys and aliases need checked. */
export function buildTrees(text: string, events: readonly Event[]): YamlTrees {
  const docs: (YamlNode | null)[] = [];
  const duplicates: YamlScalar[] = [];
  const protoKeys: YamlScalar[] = [];
  let aliases = 0;
  // The keys of each open mapping: a list while short (most mappings hold a few keys), a set beyond.
  const keysOf = new Map<YamlMap, Set<string>>();
  const addKey = (map: YamlMap, key: YamlNode): void => {
    if (key.kind !== 'scalar') return;
    if (key.text === '__proto__') protoKeys.push(key);
    const pairs = map.pairs;
    if (pairs.length < 8) {
      for (const p of pairs) if (p.key.kind === 'scalar' && p.key.text === key.text) return void duplicates.push(key);
      return;
    }
    let set = keysOf.get(map);
    if (!set) {
      set = new Set(pairs.flatMap((p) => (p.key.kind === 'scalar' ? [p.key.text] : [])));
      keysOf.set(map, set);
    }
    if (set.has(key.text)) duplicates.push(key);
    else set.add(key.text);
  };
  const anchors = new Map<string, YamlNode>();
  const open: { node: YamlMap | YamlSeq; anchor: string | null; pendingKey: YamlNode | null }[] = [];
  let lastEnd = 0;
  const place = (node: YamlNode): void => {
    const top = open[open.length - 1];
    if (!top) {
      docs[docs.length - 1] = node;
      return;
    }
    if (top.node.kind === 'seq') top.node.items.push(node);
    else if (top.pendingKey === null) top.pendingKey = node;
    else {
      addKey(top.node, top.pendingKey);
      top.node.pairs.push({ key: top.pendingKey, value: node });
      top.pendingKey = null;
    }
  };
  const anchorOf = (e: { anchorStart: number; anchorEnd: number }): string | null =>
    e.anchorStart >= 0 ? text.slice(e.anchorStart, e.anchorEnd) : null;
  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        docs.push(null);
        anchors.clear();
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const range: [number, number] = [e.start, e.start + 1];
        const node: YamlMap | YamlSeq =
          e.type === EVENT_ID.MAPPING ? { kind: 'map', range, pairs: [] } : { kind: 'seq', range, items: [] };
        place(node);
        open.push({ node, anchor: anchorOf(e), pendingKey: null });
        lastEnd = Math.max(lastEnd, e.start + 1);
        break;
      }
      case EVENT_ID.SCALAR: {
        const quoted = e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED;
        const block = e.style === SCALAR_STYLE.LITERAL_BLOCK || e.style === SCALAR_STYLE.FOLDED_BLOCK;
        // An empty value (`key:`) has no offsets: it stands where the text before it ends. A
        // quoted scalar starts at its quote, a block scalar at its `|` or `>`.
        const range: [number, number] =
          e.valueStart < 0
            ? [lastEnd, lastEnd]
            : quoted
              ? [e.valueStart - 1, e.valueEnd + 1]
              : block
                ? [
                    blockHeader(text, e.style === SCALAR_STYLE.LITERAL_BLOCK ? '|' : '>', lastEnd, e.valueStart),
                    e.valueEnd,
                  ]
                : [e.valueStart, e.valueEnd];
        const node = new Scalar(range, text, e);
        place(node);
        const name = anchorOf(e);
        if (name !== null) anchors.set(name, node);
        lastEnd = Math.max(lastEnd, range[1]);
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = text.slice(e.anchorStart, e.anchorEnd);
        const cyclic = open.some((o) => o.anchor === name);
        aliases++;
        const range: [number, number] = [e.anchorStart - 1, e.anchorEnd];
        place({ kind: 'alias', range, name, target: cyclic ? null : (anchors.get(name) ?? null), cyclic });
        lastEnd = Math.max(lastEnd, range[1]);
        break;
      }
      case EVENT_ID.POP: {
        const top = open.pop();
        if (!top) break; // the end of a document
        if (top.node.kind === 'map') keysOf.delete(top.node);
        top.node.range[1] = Math.max(top.node.range[1], lastEnd);
        // Anchored when complete: an alias inside its own anchored node is a cycle (see ALIAS).
        if (top.anchor !== null) anchors.set(top.anchor, top.node);
        break;
      }
    }
  }
  return { docs, duplicates, protoKeys, aliases };
}

/** Where a block scalar's header (`|`, `>-`, ...) stands: the last indicator between `from` and its text. */
function blockHeader(text: string, indicator: string, from: number, valueStart: number): number {
  const at = text.lastIndexOf(indicator, valueStart - 1);
  return at >= from ? at : valueStart;
}

/** A scalar whose text is decoded when asked for (keys are; most values never are). */
class Scalar implements YamlScalar {
  readonly kind = 'scalar';
  private decoded: string | undefined;

  constructor(
    readonly range: [number, number],
    private readonly source: string,
    private readonly event: ScalarEvent,
  ) {}

  get text(): string {
    return (this.decoded ??= getScalarValue(this.source, this.event));
  }
}
