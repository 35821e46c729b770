import type { CommandEnv } from './environment.js';
import { catalogFor } from './load-plan.js';
import { loadDocument } from '../load/load-document.js';
import { runCommand, type Outcome } from './outcome.js';

export interface ValidateRequest {
  /** Site or profile files; each is told apart by its content. */
  files: readonly string[];
  catalogDirs?: readonly string[];
}

/** `portcullis validate`: loads every file; the outcome carries their diagnostics (exit 2 on an error). */
export function validate(options: ValidateRequest, env: CommandEnv): Promise<Outcome<{ checked: string[] }>> {
  return runCommand((scope) => {
    const catalog = catalogFor(scope, options.catalogDirs);
    const read = (path: string): Buffer => env.readFile(path);
    scope.check(options.files.flatMap((file) => loadDocument(file, catalog, read).diagnostics));
    return { checked: [...options.files] };
  });
}
