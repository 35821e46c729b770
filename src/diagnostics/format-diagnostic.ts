import type { Diagnostic } from './diagnostic.js';

/**
 * `FILE:LINE:COL: error: MESSAGE`, the source line with a caret under the node, and a hint line.
 * `source` is the file's text when it is known, to show the line.
 */
export function formatDiagnostic(d: Diagnostic, source?: string): string {
  const where = d.start ? `${d.file}:${d.start.line}:${d.start.col}` : `${d.file}:1:1`;
  const lines = [`${where}: ${d.severity}: ${d.message}`];
  if (d.start && source !== undefined) {
    const text = source.split(/\r?\n/)[d.start.line - 1];
    if (text !== undefined && text.length <= 400) {
      const width = d.offsets ? Math.max(1, Math.min(d.offsets[1] - d.offsets[0], text.length - d.start.col + 1)) : 1;
      lines.push(`  ${text}`);
      lines.push(`  ${' '.repeat(d.start.col - 1)}${'^'.repeat(width)}`);
    }
  }
  if (d.hint) lines.push(`  hint: ${d.hint}`);
  return lines.join('\n');
}
