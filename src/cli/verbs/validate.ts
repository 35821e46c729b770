import type { Command } from 'commander';
import { validate } from '../../commands/validate.js';
import type { CliContext } from '../context.js';

export function validateVerb(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description('check site (and profile) files against the catalog; print nothing but diagnostics')
    .argument('<files...>', 'site or profile YAML files')
    .addHelpText('after', '\nExample:\n  portcullis validate examples/acme-mail.yaml')
    .action(async (files: string[]) => {
      ctx.finish(await validate({ files, catalogDirs: ctx.catalogDirs() }, ctx.env));
    });
}
