import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export function validateVerb(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description('check site (and profile) files against the catalog; print nothing but diagnostics')
    .argument('<files...>', 'site or profile YAML files')
    .addHelpText('after', '\nExample:\n  portcullis validate examples/acme-mail.yaml')
    .action(async (files: string[]) => {
      // Loaded when run: a command loads only the modules it needs (start-up time).
      const { validate } = await import('../../commands/validate.js');
      ctx.finish(await validate({ files, catalogDirs: ctx.catalogDirs() }, ctx.env));
    });
}
