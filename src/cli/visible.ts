import { FORMAT_CHARS } from '../backends/safe-comment.js';
import type { Streams } from './context.js';

/**
 * Characters that act on a terminal or reorder text instead of showing: C0 controls but tab and
 * newline (ESC starts sequences that move the cursor, set the title or write the clipboard; CR
 * overwrites a line), DEL, C1 controls, and the invisible format characters (bidi embeddings,
 * overrides and isolates, zero-width characters, the byte order mark, line and paragraph
 * separators), which can make a name read as another. A CR that ends a line (CRLF: the Windows
 * and CSV files) is a line end, not a control.
 */
const ACTIVE = new RegExp(
  `[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029${FORMAT_CHARS}]|\\r(?!\\n)`,
  'g',
);

/** Text with every such character written out visibly: `\x1b`, `\u202e`. Valid inside JSON strings too. */
export function visible(s: string): string {
  return s.replace(ACTIVE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 || code === 0x7f
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * The CLI's streams, with everything written made visible: what reaches a terminal (tables,
 * diagnostics quoting a source line, profile texts, arguments echoed back) never acts on it.
 * Generated rules are unchanged by it (their text is reduced to a safe set already); JSON stays
 * JSON (its encoder escapes C0 controls itself, and `\u202e` is a JSON escape).
 */
export function visibleStreams(io: Streams): Streams {
  const wrap = (s: Streams['stdout']): Streams['stdout'] => ({
    write: (text: string) => s.write(visible(text)),
    ...(s.isTTY === undefined ? {} : { isTTY: s.isTTY }),
  });
  return { stdout: wrap(io.stdout), stderr: wrap(io.stderr) };
}
