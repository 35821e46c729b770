import { Option, type Command } from 'commander';
import { TARGET_DESCRIPTIONS, TARGETS } from '../../backends/targets.js';
import type { CliContext } from '../context.js';
import { collect, parseResolve, requireOptions } from '../options.js';
import { count } from '../count.js';

export function compileVerb(program: Command, ctx: CliContext): void {
  const cmd = program.command('compile');
  requireOptions(cmd, { target: `give --target, one of: ${TARGETS.join(', ')}` });
  cmd
    .description('firewall rules per host, per network firewall, or a handout for the site')
    .argument('<site>', 'site YAML file')
    .addOption(new Option('--target <target>', 'firewall language (required)').choices(TARGETS))
    .option('--host <name>', 'only this host')
    .option(
      '--firewall <name>',
      'the forward rules of this network firewall (`firewalls:` in the site) instead of host rules',
    )
    .option('--out <dir>', 'write one file per host (per family for iptables) into DIR')
    .option(
      '--resolve <name=addr>',
      'use ADDR for DNS name NAME instead of asking DNS (repeatable)',
      collect,
      [] as string[],
    )
    .addHelpText(
      'after',
      `\nTargets: ${TARGETS.map((t) => `${t} (${TARGET_DESCRIPTIONS[t]})`).join('; ')}\n\nExample:\n  portcullis compile examples/acme-mail.yaml --target nftables --host trap1 > trap1.nft\n  portcullis compile examples/acme-mail.yaml --target iptables --out rules/\n  portcullis compile examples/acme-mail.yaml --target cisco-ios --firewall edge`,
    )
    .action(
      async (
        site: string,
        opts: { target: string; host?: string; firewall?: string; out?: string; resolve: string[] },
      ) => {
        const resolve = parseResolve(opts.resolve);
        // Loaded when run: a command loads only the modules it needs (start-up time).
        const { compile } = await import('../../commands/compile.js');
        const result = ctx.finish(await compile({ ...opts, site, resolve, catalogDirs: ctx.catalogDirs() }, ctx.env));
        const { units, target } = result;
        const out = opts.out;
        if (out === undefined) {
          const [only] = units;
          if (!only) return;
          // The rules only: a service written beside them comes with --out.
          const rules = only.files.filter((f) => !f.companion);
          ctx.io.stdout.write(
            rules.map((f) => (rules.length > 1 ? `# ==> ${f.name} <==\n${f.content}` : f.content)).join('\n'),
          );
          ctx.io.stderr.write(`portcullis: ${only.host}: ${count(only.ruleCount, 'rule')} (${target})\n`);
          for (const f of only.files.filter((x) => x.companion))
            ctx.io.stderr.write(`portcullis: ${f.name} (to install beside the rules) is written with --out DIR\n`);
          return;
        }
        for (const u of units) {
          ctx.io.stdout.write(
            `${u.host}: ${count(u.ruleCount, 'rule')} -> ${u.files.map((f) => `${out.replace(/\/$/, '')}/${f.name}`).join(', ')}\n`,
          );
        }
        const what = result.kind === 'firewall' ? 'firewall' : 'host';
        ctx.io.stdout.write(
          `${count(result.written.length, 'file')} written for ${count(units.length, what)} (${target}); load with: ${result.loadWith}\n`,
        );
      },
    );
}
