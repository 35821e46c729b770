import { loadProfileSource } from '../catalog/load-profile.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Catalog, Profile, Site } from '../model/types.js';
import { loadSiteSource } from '../site/load-site.js';
import { readSourceFile, rootKeys, type FileInput } from './source-file.js';

/** A file that may be a site or a profile, loaded as what it is. */
export type LoadedDocument =
  | { kind: 'site'; site: Site | null; diagnostics: Diagnostic[] }
  | { kind: 'profile'; profile: Profile | null; diagnostics: Diagnostic[] };

/**
 * Reads a YAML file once and loads it as a profile when it looks like one (top-level `id:` and
 * `flows:` but no `site:`), as a site otherwise; a file that does not parse is reported as a site.
 */
export function loadDocument(file: string, catalog: Catalog, input?: FileInput): LoadedDocument {
  const read = readSourceFile(file, input);
  if (!read.source) return { kind: 'site', site: null, diagnostics: read.diagnostics };
  const keys = rootKeys(read.source);
  if (keys.has('id') && keys.has('flows') && !keys.has('site')) {
    return { kind: 'profile', ...loadProfileSource(read.source) };
  }
  return { kind: 'site', ...loadSiteSource(read.source, catalog) };
}
