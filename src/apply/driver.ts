import type { OutputFile } from '../backends/backend.js';
import type { System } from './system.js';

/** A step of apply the machine refused: the tool's own words, and what to do. */
export class ApplyError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** Where --persist writes (the defaults are the platforms' own files). */
export interface PersistPaths {
  /** The nftables service's configuration, which gets one include of portcullis's file. */
  nftablesConf: string;
  /** portcullis's own nftables file, included from nftablesConf. */
  nftablesFile: string;
  /** netfilter-persistent's files. */
  iptablesV4: string;
  iptablesV6: string;
  /** netfilter-persistent's ipset plugin file. */
  ipsets: string;
}

export const DEFAULT_PERSIST: PersistPaths = {
  nftablesConf: '/etc/nftables.conf',
  nftablesFile: '/etc/portcullis/portcullis.nft',
  iptablesV4: '/etc/iptables/rules.v4',
  iptablesV6: '/etc/iptables/rules.v6',
  ipsets: '/etc/iptables/ipsets',
};

/**
 * What apply needs of one firewall target on this machine. Each touches only portcullis's own
 * part (a table, its chains and their jumps): snapshot and restore are of that part, so rules
 * other software adds meanwhile (a fail2ban ban during the confirmation window) are kept.
 */
export interface Driver {
  /** The commands it runs (each must be on PATH). */
  tools: string[];
  /** The target's own check of the files, without loading them. */
  check(files: readonly OutputFile[]): void;
  /** What loading would cost others here (said before loading; not a refusal). */
  warnings?(files: readonly OutputFile[]): string[];
  /** What portcullis's part is now (the files to load say where it is), to restore it exactly. */
  snapshot(files: readonly OutputFile[]): unknown;
  /** Loads the files, all families or none. */
  load(files: readonly OutputFile[], before: unknown): void;
  /** Puts the snapshot back. */
  restore(before: unknown): void;
  /** The listing of everything the target's families hold (to compare before and after). */
  listing(): string;
  /** Keeps the loaded rules across reboot; the files it wrote. */
  persist(files: readonly OutputFile[], paths: PersistPaths, before: unknown): string[];
}

/** Runs a command; throws ApplyError with its own message when it fails. */
export function must(sys: System, what: string, cmd: string, args: readonly string[], input?: string): string {
  const r = sys.run(cmd, args, input);
  if (r.code !== 0)
    throw new ApplyError(
      `${what}: ${cmd} ${args.join(' ')} failed: ${(r.stderr || r.stdout).trim() || `exit ${r.code}`}`,
      r.code === 127 ? `install ${cmd}` : 'the files were not loaded; check the message above',
    );
  return r.stdout;
}
