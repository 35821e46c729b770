import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const found = findRoot(dirname(fileURLToPath(import.meta.url)));

/**
 * The package's root directory (where its package.json, catalog/ and schema/ are), found from
 * this module upwards: the same from the compiled modules (dist/src/) and from the bundle the
 * command runs (dist/bundle/).
 */
export const PACKAGE_ROOT: string = found.root;

/** The package's version, from its package.json (read once, while the root is found). */
export const PACKAGE_VERSION: string = found.version;

function findRoot(from: string): { root: string; version: string } {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'portcullis') return { root: dir, version: String(pkg.version) };
    } catch {
      // no package.json here: look further up
    }
    if (dirname(dir) === dir) throw new Error(`portcullis: no package.json of portcullis above ${from}`);
  }
}
