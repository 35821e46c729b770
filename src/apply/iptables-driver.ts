import type { OutputFile } from '../backends/backend.js';
import { IPTABLES_HOOKS, ipsetName } from '../backends/iptables.js';
import { ApplyError, must, type Driver, type PersistPaths } from './driver.js';
import { readOr, writeFileAtomic } from './persist-files.js';
import type { System } from './system.js';

const OWN = /^PORTCULLIS-/;
const FAMILIES = [4, 6] as const;
type Family = (typeof FAMILIES)[number];

/** portcullis's part of one family's filter table: its chains, their rules, the jumps into them. */
interface FamilyPart {
  chains: string[];
  rules: string[];
  /** Rules of other chains that jump to portcullis's, with their 1-based position in that chain. */
  jumps: { chain: string; index: number; line: string }[];
}

const bin = (f: Family, tool = ''): string => `${f === 4 ? 'iptables' : 'ip6tables'}${tool}`;

/** portcullis's part of an `iptables-save -t filter` listing. */
export function partOf(save: string): FamilyPart {
  const part: FamilyPart = { chains: [], rules: [], jumps: [] };
  const counts = new Map<string, number>();
  for (const line of save.split('\n')) {
    const decl = /^:(\S+) /.exec(line);
    if (decl && OWN.test(decl[1]!)) part.chains.push(decl[1]!);
    const rule = /^-A (\S+) (.*)$/.exec(line);
    if (!rule) continue;
    const chain = rule[1]!;
    const n = (counts.get(chain) ?? 0) + 1;
    counts.set(chain, n);
    if (OWN.test(chain)) part.rules.push(line);
    else if (/(^| )-[jg] PORTCULLIS-\S+( |$)/.test(rule[2]!)) part.jumps.push({ chain, index: n, line });
  }
  return part;
}

/** Words of a rule line as iptables-save quotes them (double quotes, backslash escapes). */
export function words(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  let has = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '\\' && i + 1 < line.length) {
      cur += line[++i];
    } else if (c === '"') {
      quoted = !quoted;
      has = true;
    } else if (c === ' ' && !quoted) {
      if (has || cur) out.push(cur);
      cur = '';
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (has || cur) out.push(cur);
  return out;
}

/**
 * iptables (IPv4 and IPv6): portcullis's part is its PORTCULLIS-* chains and one jump into each
 * from INPUT and OUTPUT. `iptables-restore --noflush` declaring the chains flushes and refills
 * them in one commit per family; policies and every other chain are left as they are.
 */
export function iptablesDriver(sys: System): Driver {
  const save = (f: Family): string => must(sys, `listing the IPv${f} filter table`, bin(f, '-save'), ['-t', 'filter']);
  const fileOf = (files: readonly OutputFile[], f: Family): OutputFile => {
    const file = files.find((x) => x.name.endsWith(`.v${f}.rules`));
    if (!file) throw new ApplyError(`no IPv${f} file was compiled`, 'compile with --target iptables gives two files');
    return file;
  };
  const loadFamily = (f: Family, file: OutputFile): void => {
    must(sys, `loading ${file.name}`, bin(f, '-restore'), ['--noflush'], file.content);
    for (const [from, to] of IPTABLES_HOOKS.host)
      if (sys.run(bin(f), ['-C', from, '-j', to]).code !== 0)
        must(sys, `jumping from ${from} to ${to}`, bin(f), ['-I', from, '1', '-j', to]);
  };
  const restoreFamily = (f: Family, before: FamilyPart): void => {
    const now = partOf(save(f));
    // The jumps first (a chain with references cannot go), from the last one up.
    for (const j of [...now.jumps].sort((a, b) => b.index - a.index || (a.chain < b.chain ? -1 : 1)))
      must(sys, `removing the jump in ${j.chain}`, bin(f), ['-D', j.chain, String(j.index)]);
    if (before.chains.length > 0) {
      const text = ['*filter', ...before.chains.map((c) => `:${c} - [0:0]`), ...before.rules, 'COMMIT', ''].join('\n');
      must(sys, `restoring portcullis's IPv${f} chains`, bin(f, '-restore'), ['--noflush'], text);
    }
    for (const c of now.chains.filter((x) => !before.chains.includes(x))) {
      must(sys, `emptying chain ${c}`, bin(f), ['-F', c]);
      must(sys, `removing chain ${c}`, bin(f), ['-X', c]);
    }
    for (const j of [...before.jumps].sort((a, b) => a.index - b.index)) {
      const w = words(j.line).slice(2);
      must(sys, `restoring the jump in ${j.chain}`, bin(f), ['-I', j.chain, String(j.index), ...w]);
    }
  };
  const setsOf = (files: readonly OutputFile[]): OutputFile | undefined =>
    files.find((x) => x.name.endsWith('.ipsets'));
  /** portcullis's ipsets that exist now (`ipset list -n`), or none when ipset is not there. */
  const ownSets = (): string[] => {
    const r = sys.run('ipset', ['list', '-n']);
    return r.code === 0 ? r.stdout.split('\n').filter((n) => n.startsWith(ipsetName(''))) : [];
  };
  return {
    tools: FAMILIES.flatMap((f) => [bin(f), bin(f, '-save'), bin(f, '-restore')]),
    check(files) {
      for (const f of FAMILIES) {
        const file = fileOf(files, f);
        // The DNS-named peers' ipsets do not exist before the load: their matches are checked
        // when the sets are loaded, and left out of iptables-restore's test of the rest.
        const text = setsOf(files)
          ? file.content.replace(/ -m set --match-set portcullis-\S+ (src|dst)/g, '')
          : file.content;
        must(sys, `${bin(f, '-restore')}'s check of ${file.name}`, bin(f, '-restore'), ['--test', '--noflush'], text);
      }
    },
    snapshot(): Record<string, unknown> {
      return { ...Object.fromEntries(FAMILIES.map((f) => [`v${f}`, partOf(save(f))])), ipsets: ownSets() };
    },
    load(files, before) {
      const snap = before as Record<string, FamilyPart>;
      const sets = setsOf(files);
      // The sets first (the rules match them); -exist keeps what they hold (dns-sync's addresses).
      if (sets) must(sys, `loading ${sets.name}`, 'ipset', ['-exist', 'restore'], sets.content);
      loadFamily(4, fileOf(files, 4));
      try {
        loadFamily(6, fileOf(files, 6));
      } catch (err) {
        // Both families or neither: IPv4 goes back as it was.
        restoreFamily(4, snap.v4!);
        throw err;
      }
    },
    restore(before) {
      const snap = before as Record<string, FamilyPart> & { ipsets?: string[] };
      for (const f of FAMILIES) restoreFamily(f, snap[`v${f}`]!);
      // The ipsets this apply made go with its rules (no rule refers to them any more).
      for (const s of ownSets().filter((x) => !(snap.ipsets ?? []).includes(x)))
        must(sys, `removing ipset ${s}`, 'ipset', ['destroy', s]);
    },
    listing() {
      return FAMILIES.map((f) => clean(must(sys, `listing IPv${f}`, bin(f, '-save'), []))).join('\n');
    },
    persist(files, paths: PersistPaths) {
      const out: string[] = [];
      if (setsOf(files)) {
        // netfilter-persistent's ipset plugin: portcullis's sets as they are now, other lines kept.
        const current = readOr(paths.ipsets, '');
        const mine = (l: string): boolean => /^(create|add) portcullis-\S+/.test(l);
        const now = must(sys, 'listing the ipsets', 'ipset', ['save']).split('\n').filter(mine);
        const kept = current.split('\n').filter((l) => l !== '' && !mine(l));
        writeFileAtomic(paths.ipsets, `${[...kept, ...now].join('\n')}\n`);
        out.push(paths.ipsets);
      }
      for (const f of FAMILIES) {
        const path = f === 4 ? paths.iptablesV4 : paths.iptablesV6;
        const now = save(f);
        writeFileAtomic(path, persisted(readOr(path, ''), partOf(now), policies(now)));
        out.push(path);
      }
      return out;
    },
  };
}

/**
 * A listing without counters and the dated comment lines; a table with no rule and every
 * policy ACCEPT (what listing or loading an unused table creates) is as good as none.
 */
export function clean(text: string): string {
  const lines = text
    .split('\n')
    .filter((l) => !l.startsWith('#') && l !== '')
    .map((l) => l.replace(/ \[\d+:\d+\]$/, ''));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('*')) {
      out.push(lines[i]!);
      continue;
    }
    const end = lines.indexOf('COMMIT', i);
    const table = lines.slice(i, end < 0 ? lines.length : end + 1);
    const empty = table.every((l) => l.startsWith('*') || l === 'COMMIT' || /^:\S+ (ACCEPT|-)$/.test(l));
    if (!empty) out.push(...table);
    i = end < 0 ? lines.length : end;
  }
  return out.join('\n');
}

/** The built-in chains' declaration lines of a filter listing (`:INPUT DROP [0:0]`). */
function policies(save: string): string[] {
  return save.split('\n').filter((l) => /^:(INPUT|FORWARD|OUTPUT) /.test(l));
}

/**
 * A netfilter-persistent file with portcullis's part replaced by the loaded one: other lines
 * stay as they are. A file without a filter table gets one with the built-in chains as they
 * are now, portcullis's chains and the jumps.
 */
export function persisted(file: string, part: FamilyPart, builtIns: readonly string[]): string {
  const lines = file.split('\n');
  const start = lines.indexOf('*filter');
  const own = (l: string): boolean =>
    /^:PORTCULLIS-/.test(l) ||
    /^-A PORTCULLIS-/.test(l) ||
    (/^-A /.test(l) && /(^| )-[jg] PORTCULLIS-\S+( |$)/.test(l));
  if (start < 0) {
    const base = file.trimEnd();
    const table = [
      '*filter',
      ...builtIns,
      ...part.chains.map((c) => `:${c} - [0:0]`),
      ...part.jumps.map((j) => j.line),
      ...part.rules,
      'COMMIT',
    ];
    return `${base ? `${base}\n` : ''}${table.join('\n')}\n`;
  }
  const end = lines.indexOf('COMMIT', start);
  const body = lines.slice(start + 1, end).filter((l) => !own(l));
  const decls = body.filter((l) => l.startsWith(':'));
  const rules = body.filter((l) => !l.startsWith(':'));
  // Each jump first in its chain, as apply loads it.
  const jumpsFirst = [...part.jumps].sort((a, b) => a.index - b.index).map((j) => j.line);
  const table = [
    '*filter',
    ...decls,
    ...part.chains.map((c) => `:${c} - [0:0]`),
    ...jumpsFirst,
    ...rules,
    ...part.rules,
    'COMMIT',
  ];
  return [...lines.slice(0, start), ...table, ...lines.slice(end + 1)].join('\n');
}
