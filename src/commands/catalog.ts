import type { Catalog, Profile } from '../model/types.js';
import { catalogFor } from './load-plan.js';
import { runCommand, usageError, type Outcome } from './outcome.js';

export interface CatalogRequest {
  catalogDirs?: readonly string[];
}

/** `portcullis catalog list`: the bundled profiles and those of `catalogDirs`. */
export function catalogList(options: CatalogRequest): Promise<Outcome<Catalog>> {
  return runCommand((scope) => catalogFor(scope, options.catalogDirs));
}

/** `portcullis catalog show ID`: one profile, or a usage error listing the ids there are. */
export function catalogShow(id: string, options: CatalogRequest): Promise<Outcome<Profile>> {
  return runCommand((scope) => {
    const catalog = catalogFor(scope, options.catalogDirs);
    const profile = catalog.profiles.get(id);
    if (!profile) usageError(`no profile "${id}"`, `profiles: ${[...catalog.profiles.keys()].join(', ')}`);
    return profile;
  });
}
