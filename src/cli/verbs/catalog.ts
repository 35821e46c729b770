import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export function catalogVerb(program: Command, ctx: CliContext): void {
  const catalog = program.command('catalog').description('the bundled profiles (and --catalog ones)');
  catalog
    .command('list')
    .description('list profiles')
    .option('--json', 'JSON output')
    .addHelpText('after', '\nExample:\n  portcullis catalog list')
    .action(async (opts: { json?: boolean }) => {
      // Loaded when run: a command loads only the modules it needs (start-up time).
      const [{ catalogList }, { catalogJson, renderCatalogList }] = await Promise.all([
        import('../../commands/catalog.js'),
        import('../render-output.js'),
      ]);
      const c = ctx.finish(await catalogList({ catalogDirs: ctx.catalogDirs() }));
      const profiles = [...c.profiles.values()];
      ctx.io.stdout.write(
        opts.json
          ? `${JSON.stringify(
              profiles.map((p) => catalogJson(p, false)),
              null,
              2,
            )}\n`
          : renderCatalogList(c),
      );
    });
  catalog
    .command('show')
    .description('show one profile: roles, peers, features, checks and flows with their citations')
    .argument('<id>', 'profile id')
    .option('--json', 'JSON output')
    .addHelpText('after', '\nExample:\n  portcullis catalog show spammertrap')
    .action(async (id: string, opts: { json?: boolean }) => {
      const [{ catalogShow }, { catalogJson, renderProfile }] = await Promise.all([
        import('../../commands/catalog.js'),
        import('../render-output.js'),
      ]);
      const p = ctx.finish(await catalogShow(id, { catalogDirs: ctx.catalogDirs() }));
      ctx.io.stdout.write(opts.json ? `${JSON.stringify(catalogJson(p, true), null, 2)}\n` : renderProfile(p));
    });
}
