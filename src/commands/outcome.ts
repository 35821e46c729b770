import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';

/** Exit codes of the product contract: 0 fine, 1 findings, 2 bad input or usage, 3 internal error. */
export const EXIT = { ok: 0, findings: 1, badInput: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A request the command cannot carry out as asked (an unknown host, flags that exclude each other). */
export interface UsageProblem {
  message: string;
  hint: string;
}

/**
 * What a command gives back: its value (null when it stopped early), the diagnostics about the
 * files it read, a usage problem if the request itself was wrong, and the exit code.
 */
export interface Outcome<T> {
  value: T | null;
  diagnostics: Diagnostic[];
  usage: UsageProblem | null;
  exit: ExitCode;
}

/** Thrown inside a command to stop it; `runCommand` turns it into an Outcome. */
class Stop extends Error {
  constructor(
    readonly exit: ExitCode,
    readonly usage: UsageProblem | null,
  ) {
    super(usage?.message ?? `exit ${exit}`);
  }
}

/** Stops the command with a usage problem (exit 2). */
export function usageError(message: string, hint: string): never {
  throw new Stop(EXIT.badInput, { message, hint });
}

/**
 * The body of one command, with a place for its diagnostics. `check` collects diagnostics and
 * stops the command when one of them is an error; `findings` marks the result as exit 1.
 */
export interface CommandScope {
  check(diagnostics: readonly Diagnostic[]): void;
  findings(): void;
}

/** Runs a command body; usage problems and error diagnostics end it with exit 2, never an exception. */
export async function runCommand<T>(body: (scope: CommandScope) => T | Promise<T>): Promise<Outcome<T>> {
  const diagnostics: Diagnostic[] = [];
  let exit: ExitCode = EXIT.ok;
  const scope: CommandScope = {
    check(ds) {
      diagnostics.push(...ds);
      if (hasErrors(ds)) throw new Stop(EXIT.badInput, null);
    },
    findings() {
      exit = EXIT.findings;
    },
  };
  try {
    const value = await body(scope);
    return { value, diagnostics, usage: null, exit };
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    return { value: null, diagnostics, usage: err.usage, exit: err.exit };
  }
}
