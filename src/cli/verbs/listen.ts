import type { Command } from 'commander';
import type { ListenReady } from '../../commands/listen.js';
import type { CliContext } from '../context.js';
import { collect, intOption, requireOptions } from '../options.js';

export function listenVerb(program: Command, ctx: CliContext): void {
  const cmd = program.command('listen');
  requireOptions(cmd, { host: 'give --host NAME, one of the hosts of the site (portcullis plan SITE lists them)' });
  cmd
    .description(
      'pair mode, on the host: temporary listeners on its planned inbound ports that are free, for probe --from',
    )
    .argument('<site>', 'site YAML file')
    .option('--host <name>', 'the host this runs on (required)')
    .option('--for <seconds>', 'stop after this long (default 600)', intOption('--for', 1, 86_400), 600)
    .option(
      '--bind <addr>',
      "an address to listen on (repeatable; default: the host's planned addresses found on this machine)",
      collect,
      [] as string[],
    )
    .addHelpText(
      'after',
      '\nExample:\n  portcullis listen examples/acme-mail.yaml --host trap1 --for 600\n\nPrints one line (the token) on stdout: pass it to probe --token on the other side.\nTCP ports greet with the token, SMTP ports speak a small dialogue that refuses MAIL (never a relay),\nUDP ports answer only a datagram that is the token. Ports a service already holds are left to it.\nStops after --for seconds, or on Ctrl-C.',
    )
    .action(async (site: string, opts: { host: string; for: number; bind: string[] }) => {
      // Loaded when run: a command loads only the modules it needs (start-up time).
      const { listen } = await import('../../commands/listen.js');
      // Ctrl-C (or a TERM) ends the listening early; the handlers go when it is over.
      const stop = new AbortController();
      const abort = (): void => stop.abort();
      process.once('SIGINT', abort);
      process.once('SIGTERM', abort);
      try {
        const options = { site, catalogDirs: ctx.catalogDirs(), host: opts.host, seconds: opts.for, bind: opts.bind };
        ctx.finish(
          await listen(options, { ...ctx.env, signal: stop.signal }, (ready) => announce(ctx, ready, opts.for)),
        );
      } finally {
        process.off('SIGINT', abort);
        process.off('SIGTERM', abort);
      }
    });
}

function announce(ctx: CliContext, ready: ListenReady, seconds: number): void {
  const list = (ps: { protocol: string; port: number }[]): string =>
    ps.map((p) => `${p.protocol}/${p.port}`).join(' ') || '-';
  const where =
    ready.bind.length > 0 ? ready.bind.join(', ') : 'every address (none of the planned ones is on this machine)';
  ctx.io.stderr.write(`listening on ${where} for ${seconds} s:\n  ${list(ready.listening)}\n`);
  if (ready.real.length > 0) ctx.io.stderr.write(`in use by a service (probed as it is): ${list(ready.real)}\n`);
  for (const f of ready.failed)
    ctx.io.stderr.write(`portcullis: warning: could not listen on ${f.protocol}/${f.port}: ${f.why}\n`);
  for (const u of ready.skipped) ctx.io.stderr.write(`not listening on ${u.protocol} ${u.ports}: ${u.why}\n`);
  ctx.io.stdout.write(`${ready.token}\n`);
}
