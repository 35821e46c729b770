import type { OutputFile } from '../backends/backend.js';
import { NFT_TABLE } from '../backends/nftables.js';
import { must, type Driver, type PersistPaths } from './driver.js';
import { ensureBlock, writeFileAtomic } from './persist-files.js';
import type { System } from './system.js';

const TABLE = `inet ${NFT_TABLE}`;

/**
 * nftables: portcullis's part is table inet portcullis. Loading and restoring are each one
 * `nft -f` transaction (the file declares, deletes and refills the table), so established
 * connections see no gap; every other table is untouched.
 */
export function nftablesDriver(sys: System): Driver {
  const nft = (what: string, args: string[], input?: string): string => must(sys, what, 'nft', args, input);
  return {
    tools: ['nft'],
    check(files) {
      for (const f of files) nft(`nft's check of ${f.name}`, ['-c', '-f', '/dev/stdin'], f.content);
    },
    snapshot(): string | null {
      const r = sys.run('nft', ['-s', 'list', 'table', ...TABLE.split(' ')]);
      return r.code === 0 ? r.stdout : null;
    },
    load(files) {
      for (const f of files) nft(`loading ${f.name}`, ['-f', '/dev/stdin'], f.content);
    },
    restore(before) {
      const text = `table ${TABLE}\ndelete table ${TABLE}\n${typeof before === 'string' ? before : ''}`;
      nft('restoring the table as it was', ['-f', '/dev/stdin'], text);
    },
    listing() {
      return nft('listing the ruleset', ['-s', 'list', 'ruleset']);
    },
    persist(files: readonly OutputFile[], paths: PersistPaths) {
      const [file] = files;
      if (!file) return [];
      writeFileAtomic(paths.nftablesFile, file.content);
      ensureBlock(paths.nftablesConf, [`include "${paths.nftablesFile}"`], '#!/usr/sbin/nft -f\n');
      return [paths.nftablesFile, paths.nftablesConf];
    },
  };
}
