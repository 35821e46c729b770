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

  private report(diags: readonly Diagnostic[]): void {
    for (const d of diags) {
      if (!this.sources.has(d.file)) this.sources.set(d.file, this.readSource(d.file));
      this.io.stderr.write(`${formatDiagnostic(d, this.sources.get(d.file))}\n`);
    }
  }
}
