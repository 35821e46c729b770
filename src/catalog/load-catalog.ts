import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Catalog, Profile } from '../model/types.js';
import { atPath, readSourceFile } from '../load/source-file.js';
import { loadProfile } from './load-profile.js';
import { PACKAGE_ROOT } from '../package-root.js';

/** The profiles that ship with portcullis (`catalog/` at the package root). */
export const BUILTIN_CATALOG_DIR: string = join(PACKAGE_ROOT, 'catalog');
/** Profiles that encode no vendor document (the operating system's own needs), kept apart. */
export const BASE_CATALOG_DIR: string = join(BUILTIN_CATALOG_DIR, 'base');

/**
 * Loads the bundled profiles and every `*.yaml` / `*.yml` file in `extraDirs`.
 * A profile id defined twice is an error: a user profile does not silently replace a bundled one.
 */
export function loadCatalog(extraDirs: readonly string[] = [], options: { builtin?: boolean } = {}): { catalog: Catalog; diagnostics: Diagnostic[] } {
  const dirs = [...(options.builtin === false ? [] : [BUILTIN_CATALOG_DIR, BASE_CATALOG_DIR]), ...extraDirs];
  const profiles = new Map<string, Profile>();
  const diagnostics: Diagnostic[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      if (!statSync(dir).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
      names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
    } catch (err) {
      diagnostics.push({ code: 'READ_FAILED', severity: 'error', file: dir, start: { line: 1, col: 1 }, message: `cannot read catalog directory (${(err as NodeJS.ErrnoException).code ?? String(err)})`, hint: '--catalog takes a directory of profile YAML files' });
      continue;
    }
    for (const name of names) {
      const file = join(dir, name);
      const { profile, diagnostics: d } = loadProfile(file);
      diagnostics.push(...d);
      if (!profile) continue;
      const prior = profiles.get(profile.id);
      if (prior) {
        const { source } = readSourceFile(file);
        const message = `profile id "${profile.id}" is already defined by ${prior.file}`;
        const hint = 'give your profile its own id; a user profile does not replace a bundled one';
        diagnostics.push(source ? atPath(source, ['id'], 'DUPLICATE_NAME', message, hint) : { code: 'DUPLICATE_NAME', severity: 'error', file, message, hint });
        continue;
      }
      profiles.set(profile.id, profile);
    }
  }
  return { catalog: { profiles }, diagnostics };
}
