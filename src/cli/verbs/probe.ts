import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { collect, intOption, parseResolve, requireOptions } from '../options.js';

interface ProbeFlags {
  host: string;
  json?: boolean;
  timeout: number;
  concurrency: number;
  rate: number;
  only?: 'in' | 'out';
  from?: string;
  token?: string;
  target: string[];
  resolve: string[];
}

export function probeVerb(program: Command, ctx: CliContext): void {
  const cmd = program.command('probe');
  requireOptions(cmd, { host: 'give --host NAME, one of the hosts of the site (portcullis plan SITE lists them)' });
  cmd
    .description('check that every planned flow is really open (nmap states), and that SMTP passes unaltered')
    .argument('<site>', 'site YAML file')
    .option('--host <name>', 'the host the flows belong to (required)')
    .option('--json', 'print the report as JSON')
    .option('--timeout <ms>', 'per probe (default 2000)', intOption('--timeout', 1, 600_000), 2000)
    .option('--concurrency <n>', 'probes in flight at once (default 64)', intOption('--concurrency', 1, 4096), 64)
    .option('--rate <n>', 'probe starts per second at most (default 200)', intOption('--rate', 1, 100_000), 200)
    .addOption(
      new Option(
        '--only <direction>',
        'out: run on the host, probe its outbound flows (the default); in: needs --from',
      ).choices(['in', 'out']),
    )
    .option(
      '--from <peer>',
      "pair mode: run on a machine in this peer (zone, host or CIDR) and probe the host's inbound flows from it",
    )
    .option('--token <token>', 'pair mode: the line `listen` printed on the host')
    .option(
      '--target <peer=addr>',
      'an address or DNS name to probe inside a peer that is a range, e.g. 0.0.0.0/0=192.0.2.53 (repeatable)',
      collect,
      [] as string[],
    )
    .option(
      '--resolve <name=addr>',
      'addresses of a DNS name in the plan instead of asking DNS (repeatable)',
      collect,
      [] as string[],
    )
    .addHelpText(
      'after',
      '\nExamples:\n  portcullis probe examples/acme-mail.yaml --host trap1 --target 0.0.0.0/0=192.0.2.53\n  portcullis listen examples/acme-mail.yaml --host trap1 --for 600      # on trap1\n  portcullis probe examples/acme-mail.yaml --host trap1 --from internet --token pc1.eyJ...   # outside\n\nProbes only the targets the plan names (and --target or probe-targets: give): no range is scanned.\nExit codes: 0 every probed flow open and SMTP unaltered; 1 a flow not open or a check failed; 2 bad input.',
    )
    .action(async (site: string, opts: ProbeFlags) => {
      // Loaded when run: a command loads only the modules it needs (start-up time).
      const [{ probe }, { progressBar, renderProbe }] = await Promise.all([
        import('../../commands/probe.js'),
        import('../render-probe.js'),
      ]);
      const targets = parseResolve(
        opts.target,
        '--target',
        'e.g. --target 0.0.0.0/0=192.0.2.53 or --target internet=ns1.example.net',
        true,
      );
      const tty = !opts.json && ctx.io.stderr.isTTY === true;
      const options = {
        ...opts,
        site,
        catalogDirs: ctx.catalogDirs(),
        targets,
        resolve: parseResolve(opts.resolve),
        progress: tty ? (done: number, total: number) => void ctx.io.stderr.write(progressBar(done, total)) : undefined,
      };
      const outcome = await probe(options, ctx.env);
      if (tty && outcome.value) ctx.io.stderr.write('\n');
      const report = ctx.finish(outcome);
      ctx.io.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : renderProbe(report));
    });
}
