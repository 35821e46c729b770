import type { Command } from 'commander';
import type { CommandEnv } from '../commands/environment.js';
import type { Outcome } from '../commands/outcome.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.js';

/** Where the CLI writes; tests pass buffers. */
export interface Streams {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

/** Diagnostics with the same words printed before the rest are only counted. */
const FOLD_AFTER = 3;

/** Raised by a verb to end the CLI with an exit code once everything is printed. */
export class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** What every verb's wiring gets: the streams, the environment, the global options, and `finish`. */
export class CliContext {
  /** The exit code so far (a verb's findings). */
  exit = 0;
  private readonly sources = new Map<string, string | undefined>();

  constructor(
    readonly io: Streams,
    readonly env: CommandEnv,
    private readonly program: Command,
    private readonly readSource: (file: string) => string | undefined,
  ) {}

  /** The `--catalog` directories. */
  catalogDirs(): string[] {
    return this.program.opts<{ catalog: string[] }>().catalog;
  }

  /** Remembers a text read from somewhere other than a file (stdin), for diagnostics to quote. */
  remember(file: string, text: string): void {
    this.sources.set(file, text);
  }

  /**
   * Prints a command's diagnostics and usage problem; returns its value, or ends the CLI with
   * the command's exit code when it has none. A finding (exit 1) is kept for the end.
   */
  finish<T>(outcome: Outcome<T>): T {
    this.report(outcome.diagnostics);
    if (outcome.usage)
      this.io.stderr.write(`portcullis: error: ${outcome.usage.message}\n  hint: ${outcome.usage.hint}\n`);
    if (outcome.value === null) throw new Exit(outcome.exit);
    this.exit = Math.max(this.exit, outcome.exit);
    return outcome.value;
  }

  /**
   * Prints diagnostics, folded: one that repeats another exactly (the same place and words) is
   * left out, and after the first three with the same words at different places the rest are
   * counted ("and 21 more like it") instead of printed.
   */
  private report(diags: readonly Diagnostic[]): void {
    const seen = new Set<string>();
    const alike = new Map<string, { shown: number; more: number; first: Diagnostic }>();
    for (const d of diags) {
      const words = `${d.severity}|${d.code}|${d.file}|${d.message}`;
      const exact = `${words}|${d.start?.line}|${d.start?.col}`;
      if (seen.has(exact)) continue;
      seen.add(exact);
      const group = alike.get(words) ?? { shown: 0, more: 0, first: d };
      alike.set(words, group);
      if (group.shown >= FOLD_AFTER) {
        group.more++;
        continue;
      }
      group.shown++;
      if (!this.sources.has(d.file)) this.sources.set(d.file, this.readSource(d.file));
      this.io.stderr.write(`${formatDiagnostic(d, this.sources.get(d.file))}\n`);
    }
    for (const { more, first } of alike.values())
      if (more > 0)
        this.io.stderr.write(`${first.file}: ${first.severity}: and ${more} more like it (${first.message})\n`);
  }
}
