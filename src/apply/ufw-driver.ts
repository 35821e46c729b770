import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutputFile } from '../backends/backend.js';
import { ApplyError, must, type Driver } from './driver.js';
import { clean } from './iptables-driver.js';
import { putBack, saveFile, writeFileAtomic, type SavedFile } from './persist-files.js';
import type { System } from './system.js';

/** ufw's configuration that a portcullis script changes (rules, defaults, its ICMP block, its fingerprint). */
const CONFIG = [
  '/etc/ufw/user.rules',
  '/etc/ufw/user6.rules',
  '/lib/ufw/user.rules',
  '/lib/ufw/user6.rules',
  '/etc/ufw/before.rules',
  '/etc/ufw/before6.rules',
  '/etc/default/ufw',
  '/etc/ufw/ufw.conf',
];
const APPS = '/etc/ufw/applications.d';

/** Each file's text and mode (ufw warns of rules files others may read), or null when absent. */
type Snapshot = Record<string, SavedFile>;

/**
 * ufw: portcullis's part is its commented rules, the defaults, its ICMP block in before.rules
 * and its fingerprint file, all in ufw's configuration. The snapshot is those files; a restore
 * writes them back and has ufw reload them (ufw's own chains only: Docker's and fail2ban's
 * stay). ufw keeps its rules across reboot itself: --persist has nothing to add.
 */
export function ufwDriver(sys: System): Driver {
  const script = (files: readonly OutputFile[]): OutputFile => {
    const s = files.find((f) => f.name.endsWith('.ufw.sh'));
    if (!s) throw new ApplyError('no ufw script was compiled', 'compile with --target ufw gives HOST.ufw.sh');
    return s;
  };
  return {
    tools: ['ufw', 'sh', 'iptables-save', 'ip6tables-save'],
    check(files) {
      const s = script(files);
      withScript(s, (path) => {
        must(sys, `checking the syntax of ${s.name}`, 'sh', ['-n', path]);
        must(sys, `ufw --dry-run of every rule of ${s.name}`, 'env', ['PORTCULLIS_CHECK_ONLY=1', 'sh', path]);
      });
    },
    snapshot(files) {
      return ufwSnapshot(files);
    },
    load(files) {
      // (writeFileAtomic makes the directory when it is missing.)
      for (const f of files.filter((x) => x.name.endsWith('.ufw-apps')))
        writeFileAtomic(`${APPS}/${f.name}`, f.content);
      const s = script(files);
      withScript(s, (path) => void must(sys, `running ${s.name}`, 'sh', [path]));
    },
    restore(before) {
      const snap = before as { files: Snapshot };
      for (const [path, file] of Object.entries(snap.files)) putBack(path, file);
      const enabled = /^ENABLED=yes\b/m.test(snap.files['/etc/ufw/ufw.conf']?.text ?? '');
      if (enabled) must(sys, 'ufw reloading the restored rules', 'ufw', ['reload']);
      else must(sys, 'turning ufw off again, as it was', 'ufw', ['--force', 'disable']);
    },
    listing() {
      return [4, 6]
        .map((f) => clean(must(sys, `listing IPv${f}`, f === 4 ? 'iptables-save' : 'ip6tables-save', [])))
        .join('\n');
    },
    persist() {
      return [];
    },
  };
}

/**
 * Runs a body with the script in a private temporary file (a script read from standard input
 * would lose its rest to the first command inside that reads standard input).
 */
function withScript(s: OutputFile, body: (path: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-ufw-'));
  try {
    const path = join(dir, s.name.replace(/[^A-Za-z0-9_.-]/g, '_'));
    writeFileSync(path, s.content, { mode: 0o600 });
    body(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The ufw snapshot for a compiled script: its configuration files as they are now. */
export function ufwSnapshot(files: readonly OutputFile[]): { files: Snapshot } {
  const s = files.find((f) => f.name.endsWith('.ufw.sh'))?.content ?? '';
  const sum = /\/etc\/ufw\/portcullis-[A-Za-z0-9_.-]+\.sum/.exec(s)?.[0];
  const apps = files.filter((f) => f.name.endsWith('.ufw-apps')).map((f) => `${APPS}/${f.name}`);
  const paths = [...CONFIG, ...(sum ? [sum] : []), ...apps];
  return { files: Object.fromEntries(paths.map((p) => [p, saveFile(p)])) };
}
