import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { collect, intOption, requireOptions } from '../options.js';

interface DnsSyncOptions {
  host: string;
  target: string;
  once?: boolean;
  server: string[];
  minTtl: number;
  maxTtl: number;
  grace: number;
  maxAddresses: number;
  stateDir?: string;
  json?: boolean;
}

export function dnsSyncVerb(program: Command, ctx: CliContext): void {
  const cmd = program.command('dns-sync');
  requireOptions(cmd, {
    host: 'give --host NAME, the host whose rules are loaded here',
    target: 'give --target nftables, iptables, firewalld or pf (the target whose sets are loaded here)',
  });
  cmd
    .description("keep the named sets of the host's DNS-named peers current (on the host, as root)")
    .argument('<site>', 'site YAML file')
    .option('--host <name>', 'the host whose rules are loaded on this machine (required)')
    .option('--target <target>', "the loaded rules' target: nftables, iptables, firewalld or pf (required)")
    .option('--once', 'refresh every name once and exit (for a timer); without it, run and refresh as TTLs run out')
    .option(
      '--server <addr>',
      "a DNS server to ask instead of the host's resolver (repeatable; ADDR or ADDR:PORT)",
      collect,
      [] as string[],
    )
    .option('--min-ttl <seconds>', 'TTLs below this count as this (default 30)', intOption('--min-ttl', 0, 86_400), 30)
    .option(
      '--max-ttl <seconds>',
      'TTLs above this count as this (default 3600)',
      intOption('--max-ttl', 1, 604_800),
      3600,
    )
    .option(
      '--grace <seconds>',
      'keep an address this long after its TTL ran out (default 300)',
      intOption('--grace', 0, 604_800),
      300,
    )
    .option(
      '--max-addresses <n>',
      'at most this many addresses per name and family (default 64)',
      intOption('--max-addresses', 1, 65_536),
      64,
    )
    .option('--state-dir <dir>', 'where the addresses and their keep times are kept (default /var/lib/portcullis)')
    .option('--json', 'print the sets and the changes as JSON when done (with --once)')
    .addHelpText(
      'after',
      '\nExample (as root, on the host, after loading its nftables rules):\n  portcullis dns-sync /etc/portcullis/acme-mail.yaml --host mgmt1 --target nftables\n\nLogs each change (name, added, removed, TTL). A failed or empty answer keeps the last good\naddresses; an address is removed only after its TTL plus --grace. Stops on Ctrl-C or TERM.',
    )
    .action(async (site: string, opts: DnsSyncOptions) => {
      const { dnsSync } = await import('../../commands/dns-sync.js');
      const stop = new AbortController();
      const abort = (): void => stop.abort();
      process.once('SIGINT', abort);
      process.once('SIGTERM', abort);
      try {
        const r = ctx.finish(
          await dnsSync(
            {
              site,
              catalogDirs: ctx.catalogDirs(),
              host: opts.host,
              target: opts.target,
              once: opts.once,
              servers: opts.server,
              stateDir: opts.stateDir,
              policy: {
                minTtl: opts.minTtl,
                maxTtl: opts.maxTtl,
                grace: opts.grace,
                maxAddresses: opts.maxAddresses,
                retry: Math.max(1, Math.min(opts.minTtl, 30)),
              },
            },
            { ...ctx.env, signal: stop.signal },
            {
              log: (line) =>
                void (line.startsWith('warning: ')
                  ? ctx.io.stderr.write(`portcullis: ${line}\n`)
                  : ctx.io.stdout.write(`${line}\n`)),
            },
          ),
        );
        if (opts.json) ctx.io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      } finally {
        process.off('SIGINT', abort);
        process.off('SIGTERM', abort);
      }
    });
}
