import { Command, CommanderError, type Option } from 'commander';
import { readBounded } from '../load/read-bounded.js';
import { PACKAGE_VERSION } from '../package-root.js';
import { visibleStreams } from './visible.js';
import { nodeEnv } from '../commands/environment.js';
import { EXIT } from '../commands/outcome.js';
import type { Resolver } from '../net/resolver.js';
import { CliContext, Exit, type Streams } from './context.js';
import { collect, UsageExit } from './options.js';
import { applyVerb } from './verbs/apply.js';
import { dnsSyncVerb } from './verbs/dns-sync.js';
import { auditVerb } from './verbs/audit.js';
import { catalogVerb } from './verbs/catalog.js';
import { compileVerb } from './verbs/compile.js';
import { listenVerb } from './verbs/listen.js';
import { planVerb } from './verbs/plan.js';
import { probeVerb } from './verbs/probe.js';
import { validateVerb } from './verbs/validate.js';

/** Where the CLI writes, and what tests replace. */
export interface CliIo extends Streams {
  /** Replaces the system resolver for DNS-named peers (tests). */
  resolve?: Resolver;
  /** Reads standard input (`--ruleset -`); tests pass text. */
  readStdin?: () => string;
}

export { EXIT };

const EXAMPLES =
  '\nExample:\n  portcullis plan examples/acme-mail.yaml --host trap1\n  portcullis compile examples/acme-mail.yaml --target nftables --out rules/\n\nExit codes: 0 fine, 1 findings, 2 bad input or usage, 3 internal error.';

/**
 * The whole command line as a function of argv and streams, so tests drive it directly.
 * `argv` excludes the node binary and script (`['plan', 'site.yaml', '--json']`). Each verb's
 * wiring lives in `verbs/`, each command's work in `../commands/`.
 */
export async function cli(argv: readonly string[], ioIn: CliIo): Promise<number> {
  // Everything printed is made visible (control and bidi characters written out): see visible.ts.
  const io: CliIo = { ...ioIn, ...visibleStreams(ioIn) };
  const program = new Command('portcullis')
    .description("Firewall rules for email infrastructure, from the vendors' port lists, proven on a kernel")
    .option('--catalog <dir>', 'add the profile files in DIR to the catalog (repeatable)', collect, [] as string[])
    .option('--debug', 'show stack traces of internal errors')
    .version(PACKAGE_VERSION, '--version', 'print the version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(commanderError(s)),
    })
    .configureHelp({ optionDescription })
    .addHelpText('after', EXAMPLES);
  const ctx = new CliContext(
    io,
    cliEnv(io, (file, text) => ctx.remember(file, text)),
    program,
    readOrUndefined,
  );
  for (const verb of [
    validateVerb,
    planVerb,
    compileVerb,
    auditVerb,
    probeVerb,
    listenVerb,
    applyVerb,
    dnsSyncVerb,
    catalogVerb,
  ])
    verb(program, ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exit;
  } catch (err) {
    return exitCodeOf(err, io, argv.includes('--debug'));
  }
}

/** The environment of a CLI run: the real one, with the test doubles of `io`; stdin is kept for diagnostics. */
function cliEnv(io: CliIo, remember: (file: string, text: string) => void): ReturnType<typeof nodeEnv> {
  const base = nodeEnv(io.resolve ? { resolve: io.resolve } : {});
  const stdin = io.readStdin ?? base.readStdin;
  return {
    ...base,
    readStdin: () => {
      const text = stdin();
      remember('<stdin>', text);
      return text;
    },
  };
}

/** The exit code for whatever ended the run: a verb's Exit, a usage error, commander, or a bug (3). */
function exitCodeOf(err: unknown, io: Streams, debug: boolean): number {
  if (err instanceof Exit) return err.code;
  if (err instanceof UsageExit) {
    io.stderr.write(`portcullis: error: ${err.message}\n  hint: ${err.hint}\n`);
    return EXIT.badInput;
  }
  if (err instanceof CommanderError) {
    // Help asked for, or the version: fine. Help shown because something was missing (no command): usage.
    if (err.code === 'commander.help') return err.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    const fine = ['commander.helpDisplayed', 'commander.version', 'commander.executeSubCommandAsync'];
    return fine.includes(err.code) ? EXIT.ok : EXIT.badInput;
  }
  const e = err as Error | undefined;
  io.stderr.write(`portcullis: internal error: ${e?.message ?? String(err)}\n`);
  if (debug) io.stderr.write(`${e?.stack ?? ''}\n`);
  else io.stderr.write('  hint: run again with --debug for the stack trace, and report it\n');
  return EXIT.internal;
}

/**
 * An option's help line: its description, its choices, and its default where the description
 * does not say it already (no "(default 2000) (default: 2000)") and it is more than an empty list.
 */
function optionDescription(o: Option): string {
  const extra: string[] = [];
  if (o.argChoices) extra.push(`one of: ${o.argChoices.join(', ')}`);
  const d: unknown = o.defaultValue;
  const empty = d === undefined || d === false || (Array.isArray(d) && d.length === 0);
  if (!empty && !/\bdefault\b/.test(o.description)) extra.push(`default: ${JSON.stringify(d)}`);
  return extra.length > 0 ? `${o.description} (${extra.join('; ')})` : o.description;
}

/**
 * Commander's error in portcullis's form: `portcullis: error: MESSAGE` and a hint line (its
 * suggestion for a misspelt option or command, else where the usage is).
 */
function commanderError(text: string): string {
  const lines = text.trim().split('\n');
  const message = (lines[0] ?? '').replace(/^error: /, '');
  const suggestion = lines.map((l) => /^\(Did you mean (.+)\?\)$/.exec(l)?.[1]).find((m) => m !== undefined);
  const hint = suggestion ? `did you mean ${suggestion}?` : 'see portcullis --help, or portcullis COMMAND --help';
  return `portcullis: error: ${message}\n  hint: ${hint}\n`;
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readBounded(file).toString('utf8');
  } catch {
    return undefined;
  }
}
