import { Option, type Command } from 'commander';
import { FORMAT_NAMES, type FormatName } from '../../rulesets/format.js';
import type { CliContext } from '../context.js';
import { collect, parseResolve, requireOptions } from '../options.js';

interface AuditFlags {
  host: string;
  ruleset: string[];
  ipset: string[];
  format: FormatName | 'auto';
  interface?: string;
  failOn?: 'exposure' | 'bans' | 'all';
  resolve: string[];
  json?: boolean;
}

export function auditVerb(program: Command, ctx: CliContext): void {
  const cmd = program.command('audit');
  requireOptions(cmd, { host: 'give --host NAME, one of the hosts of the site (portcullis plan SITE lists them)' });
  cmd
    .description(
      'judge an existing iptables or nftables ruleset against the plan: required flows, exposure, dead and redundant rules',
    )
    .argument('<site>', 'site YAML file')
    .option('--host <name>', 'the host whose plan is the reference (required)')
    .option(
      '--ruleset <file>',
      'iptables-save / ip6tables-save output or `nft -j list ruleset`; "-" for stdin (repeatable)',
      collect,
      [] as string[],
    )
    .option('--ipset <file>', '`ipset save` output, to judge `-m set` matches (repeatable)', collect, [] as string[])
    .addOption(new Option('--format <format>', 'ruleset format').choices(['auto', ...FORMAT_NAMES]).default('auto'))
    .option('--interface <name>', 'judge traffic on this interface (default: any)')
    .addOption(
      new Option(
        '--fail-on <condition>',
        'also exit 1 for exposure, for bans (listed single addresses an open flow refuses), or all',
      ).choices(['exposure', 'bans', 'all']),
    )
    .option('--resolve <name=addr>', 'addresses of a DNS name in the plan (repeatable)', collect, [] as string[])
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  iptables-save > gw.v4 && ip6tables-save > gw.v6\n  portcullis audit examples/acme-mail.yaml --host trap1 --ruleset gw.v4 --ruleset gw.v6\n  portcullis audit examples/acme-mail.yaml --host mx1 --ruleset examples/audit/mx1.nft.json\n\nExit codes: 0 every required flow open; 1 a flow blocked or partial (or what --fail-on names found); 2 bad input.',
    )
    .action(async (site: string, opts: AuditFlags) => {
      // Loaded when run: a command loads only the modules it needs (start-up time).
      const [{ audit }, { renderAudit }] = await Promise.all([
        import('../../commands/audit.js'),
        import('../render-audit.js'),
      ]);
      const options = {
        site,
        catalogDirs: ctx.catalogDirs(),
        host: opts.host,
        rulesets: opts.ruleset,
        ipsets: opts.ipset,
        format: opts.format,
        iface: opts.interface,
        failOn: opts.failOn,
        resolve: parseResolve(opts.resolve),
      };
      const report = ctx.finish(await audit(options, ctx.env));
      ctx.io.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : renderAudit(report));
    });
}
