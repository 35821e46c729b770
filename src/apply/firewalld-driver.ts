import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { OutputFile } from '../backends/backend.js';
import { xml } from '../backends/firewalld.js';
import { ApplyError, must, type Driver } from './driver.js';
import { putBack, saveFile, writeFileAtomic, type SavedFile } from './persist-files.js';
import { makeDirs } from './make-dirs.js';
import type { System } from './system.js';

/** firewalld's configuration directory (its permanent configuration). */
export const FIREWALLD_ETC = '/etc/firewalld';

/** What a firewalld apply needs to undo itself: where, which interfaces, and our files as they were. */
export interface FirewalldSnapshot {
  etc: string;
  zone: string;
  interfaces: string[];
  /** Paths relative to `etc` (zones/pc-mx1.xml, ipsets/pc-mx1-1.xml, ...). */
  files: Record<string, SavedFile>;
}

export interface FirewalldOptions {
  etc?: string;
  /** The interfaces to bind to the host's zone (apply finds those that hold the host's addresses). */
  interfaces?: readonly string[];
}

/** The file's place under /etc/firewalld: `mx1/zones/pc-mx1.xml` -> `zones/pc-mx1.xml`. */
const placeOf = (f: OutputFile): string => f.name.replace(/^[^/]+\//, '');

/**
 * firewalld: portcullis's part is the host's zone, its outbound policy and its ipsets. firewalld
 * makes new zones, policies and ipsets only from its permanent configuration, and only on a
 * reload, so apply loads runtime first this way: the files go into /etc/firewalld, firewalld
 * reloads, the interfaces are bound to the zone at runtime, and the files as they were go back at
 * once. From then on the permanent configuration is the old one: a reboot, or any reload, brings
 * the old rules back; the rollback is that reload. Only `--persist` on confirmation writes the
 * new files (and the interface binding) into the permanent configuration.
 */
export function firewalldDriver(sys: System, opts: FirewalldOptions = {}): Driver {
  const etc = opts.etc ?? FIREWALLD_ETC;
  const cmd = (what: string, args: string[]): string => must(sys, what, 'firewall-cmd', args);
  const reload = (what: string): void => void cmd(what, ['--reload']);
  const ours = (files: readonly OutputFile[]): OutputFile[] => files.filter((f) => f.name.endsWith('.xml'));
  const zoneOf = (files: readonly OutputFile[]): string => {
    const z = ours(files).find((f) => placeOf(f).startsWith('zones/'));
    if (!z)
      throw new ApplyError('no firewalld zone was compiled', 'compile with --target firewalld gives HOST/zones/*.xml');
    return placeOf(z).replace(/^zones\/|\.xml$/g, '');
  };
  const restoreFiles = (snap: FirewalldSnapshot): void => {
    for (const [place, saved] of Object.entries(snap.files)) putBack(join(snap.etc, place), saved);
  };
  return {
    tools: ['firewall-cmd', 'firewall-offline-cmd', 'nft'],
    check(files) {
      const state = sys.run('firewall-cmd', ['--state']);
      if (state.code !== 0 || state.stdout.trim() !== 'running')
        throw new ApplyError(
          `firewalld is not running (firewall-cmd --state: ${(state.stdout || state.stderr).trim() || `exit ${state.code}`})`,
          'the firewalld target loads through the daemon: start it (systemctl start firewalld), or use --target nftables',
        );
      // firewalld's own check of the whole configuration as it would be, in a scratch copy.
      const dir = mkdtempSync(join(tmpdir(), 'portcullis-firewalld-'));
      try {
        cpSync(etc, dir, { recursive: true });
        for (const f of ours(files)) {
          makeDirs(dirname(join(dir, placeOf(f))));
          writeFileSync(join(dir, placeOf(f)), f.content);
        }
        const r = sys.run('firewall-offline-cmd', ['--system-config', dir, '--check-config']);
        const complaints = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /ERROR/.test(l));
        if (r.code !== 0 || complaints.length > 0)
          throw new ApplyError(
            `firewalld's check of the configuration with these files failed: ${complaints.join(' / ') || `exit ${r.code}`}`,
            'nothing was loaded; check the message above',
          );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    warnings(files) {
      const zone = zoneOf(files);
      const out: string[] = [];
      // A reload drops whatever firewalld holds at runtime only: say what that would be.
      const drift = runtimeOnly(sys, zone);
      if (drift.length > 0)
        out.push(
          `firewalld's runtime configuration differs from its permanent one (${drift.join('; ')}): loading reloads firewalld, which drops those runtime-only changes (make them permanent first: firewall-cmd --runtime-to-permanent)`,
        );
      const flushed = iptablesRules(sys);
      if (flushed.count > 0)
        out.push(
          `firewalld's reload (loading needs one) flushes every iptables rule: ${flushed.count} rule${flushed.count === 1 ? '' : 's'} in chains ${flushed.chains.join(', ')}. Docker adds its own again on the reload; others (fail2ban's iptables actions, your own) are lost until their software adds them (for fail2ban: banaction = nftables-multiport)`,
        );
      return out;
    },
    snapshot(files): FirewalldSnapshot {
      const zone = zoneOf(files);
      const interfaces = [...(opts.interfaces ?? [])];
      const places = new Set(ours(files).map(placeOf));
      // An earlier apply's ipsets that this one no longer has: removed on load, back on rollback.
      for (const f of safeList(join(etc, 'ipsets')))
        if (f.startsWith(`${zone}-`) && f.endsWith('.xml')) places.add(`ipsets/${f}`);
      const saved: Record<string, SavedFile> = {};
      for (const p of [...places].sort()) saved[p] = saveFile(join(etc, p));
      return { etc, zone, interfaces, files: saved };
    },
    load(files, before) {
      const snap = before as FirewalldSnapshot;
      const fresh = new Set(ours(files).map(placeOf));
      try {
        for (const place of Object.keys(snap.files))
          if (!fresh.has(place)) rmSync(join(snap.etc, place), { force: true });
        for (const f of ours(files)) writeFileAtomic(join(snap.etc, placeOf(f)), f.content);
        reload('firewalld reloading with the new zone, policy and ipsets');
        for (const i of snap.interfaces)
          cmd(`binding ${i} to zone ${snap.zone} (runtime)`, [`--zone=${snap.zone}`, `--change-interface=${i}`]);
      } finally {
        // Runtime first: the permanent configuration is the old one again at once.
        restoreFiles(snap);
      }
    },
    restore(before) {
      const snap = before as FirewalldSnapshot;
      restoreFiles(snap);
      reload('firewalld reloading its permanent configuration (the rules as they were)');
    },
    listing() {
      // firewalld's own table and every other nft table; iptables's tables (which any firewalld
      // reload flushes, and Docker fills again on its own time) are not part of it.
      const r = sys.run('nft', ['-s', 'list', 'ruleset']);
      return r.stdout
        .split(/^(?=table )/m)
        .filter((t) => !/^table (ip|ip6) (filter|nat|mangle|raw|security) /.test(t))
        .join('');
    },
    persist(files, _paths, before) {
      const snap = before as FirewalldSnapshot;
      const written: string[] = [];
      const fresh = new Set(ours(files).map(placeOf));
      for (const place of Object.keys(snap.files))
        if (!fresh.has(place)) {
          rmSync(join(snap.etc, place), { force: true });
          written.push(join(snap.etc, place));
        }
      // The binding moves to the host's zone: out of any other zone file that holds it.
      for (const i of snap.interfaces)
        for (const f of safeList(join(snap.etc, 'zones'))) {
          if (!f.endsWith('.xml') || f === `${snap.zone}.xml`) continue;
          const path = join(snap.etc, 'zones', f);
          const now = saveFile(path);
          const line = new RegExp(`^\\s*<interface name="${escapeRe(i)}"\\s*/>\\s*\\n`, 'm');
          if (now && line.test(now.text)) {
            writeFileAtomic(path, now.text.replace(line, ''), now.mode);
            written.push(path);
          }
        }
      for (const f of ours(files)) {
        const place = placeOf(f);
        const text =
          place === `zones/${snap.zone}.xml`
            ? f.content.replace(
                /(<zone[^>]*>\n)/,
                `$1${snap.interfaces.map((i) => `  <interface name="${xml(i)}"/>\n`).join('')}`,
              )
            : f.content;
        writeFileAtomic(join(snap.etc, place), text);
        written.push(join(snap.etc, place));
      }
      return written;
    },
  };
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What firewalld holds at runtime and not in its permanent configuration (a reload drops it):
 * zones, policies, ipsets and direct rules compared; the host's own zone, policy and ipsets (an
 * earlier apply not persisted) are left out, being replaced anyway.
 */
function runtimeOnly(sys: System, zone: string): string[] {
  const ask = (args: string[]): string | null => {
    const r = sys.run('firewall-cmd', args);
    return r.code === 0 ? r.stdout : null;
  };
  const mine = (name: string): boolean =>
    name === zone || name === zone.replace(/^pc-/, 'pco-') || name.startsWith(`${zone}-`);
  const out: string[] = [];
  for (const kind of ['zones', 'policies'] as const) {
    const runtime = blocks(ask([`--list-all-${kind}`]) ?? '');
    const permanent = blocks(ask(['--permanent', `--list-all-${kind}`]) ?? '');
    for (const [name, text] of runtime) {
      if (mine(name)) continue;
      // Interfaces bound to the host's zone by an earlier apply are in the zone's own block.
      const strip = (t: string): string => t.replace(/^\s+interfaces:.*$/m, '');
      const perm = permanent.get(name);
      if (perm === undefined) out.push(`${kind === 'zones' ? 'zone' : 'policy'} ${name} is runtime only`);
      else if (strip(perm) !== strip(text)) out.push(`${kind === 'zones' ? 'zone' : 'policy'} ${name}`);
      else if (kind === 'zones' && interfacesOf(text).some((i) => !interfacesOf(perm).includes(i)))
        out.push(`zone ${name} holds interface ${interfacesOf(text).join(' ')} at runtime only`);
    }
  }
  const sets = (ask(['--get-ipsets']) ?? '').trim().split(/\s+/).filter(Boolean);
  for (const s of sets) {
    if (mine(s)) continue;
    const r = ask([`--info-ipset=${s}`]);
    const p = ask(['--permanent', `--info-ipset=${s}`]);
    if (p === null) out.push(`ipset ${s} is runtime only`);
    else if (r !== null && entries(r) !== entries(p)) out.push(`ipset ${s} has entries at runtime only`);
  }
  const direct = ask(['--direct', '--get-all-rules']);
  const directPerm = ask(['--permanent', '--direct', '--get-all-rules']);
  if (direct !== null && directPerm !== null && direct.trim() !== directPerm.trim()) out.push('direct rules');
  return out;
}

/** `--list-all-zones` output as name -> block, the (active)/(default) marks left out. */
function blocks(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of text.split(/\n(?=\S)/)) {
    const name = /^(\S+)/.exec(b)?.[1];
    if (name) out.set(name, b.replace(/^\S+.*\n/, '').trim());
  }
  return out;
}

const interfacesOf = (block: string): string[] =>
  (/^\s*interfaces:(.*)$/m.exec(block)?.[1] ?? '').trim().split(/\s+/).filter(Boolean);

const entries = (info: string): string =>
  (/^\s*entries:(.*)$/m.exec(info)?.[1] ?? '').trim().split(/\s+/).filter(Boolean).sort().join(' ');

/** The rules iptables holds (a firewalld reload flushes them all), and their chains. */
function iptablesRules(sys: System): { count: number; chains: string[] } {
  let count = 0;
  const chains = new Set<string>();
  for (const bin of ['iptables-save', 'ip6tables-save']) {
    if (!sys.has(bin)) continue;
    const r = sys.run(bin, []);
    if (r.code !== 0) continue;
    for (const l of r.stdout.split('\n')) {
      const m = /^-A (\S+)/.exec(l);
      if (m) {
        count++;
        chains.add(m[1]!);
      }
    }
  }
  return { count, chains: [...chains].sort() };
}
