import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export function planVerb(program: Command, ctx: CliContext): void {
  program
    .command('plan')
    .description('the flows each host must allow')
    .argument('<site>', 'site YAML file')
    .option('--host <name>', 'only this host')
    .option('--firewall <name>', 'only this network firewall')
    .option('--json', 'print the plan as JSON (hosts[].rules[] and firewalls[], addresses as text)')
    .addHelpText(
      'after',
      '\nExample:\n  portcullis plan examples/acme-mail.yaml --host mgmt1 --json\n  portcullis plan examples/acme-mail.yaml --firewall edge',
    )
    .action(async (site: string, opts: { host?: string; firewall?: string; json?: boolean }) => {
      // Loaded when run: a command loads only the modules it needs (start-up time).
      const [{ plan }, { planJson }, { renderPlanTable }] = await Promise.all([
        import('../../commands/plan.js'),
        import('../render-output.js'),
        import('../render-plan-table.js'),
      ]);
      const view = ctx.finish(
        await plan({ site, host: opts.host, firewall: opts.firewall, catalogDirs: ctx.catalogDirs() }, ctx.env),
      );
      ctx.io.stdout.write(
        opts.json
          ? `${JSON.stringify(planJson(view.plan, view.hosts, view.firewalls), null, 2)}\n`
          : renderPlanTable(view.plan, view.hosts, view.firewalls),
      );
    });
}
