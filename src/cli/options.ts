import type { Command } from 'commander';
import { isValidCidr } from '../net/addresses.js';

/** Raised while reading the command line: printed as `portcullis: error: ...` with its hint, exit 2. */
export class UsageExit extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** Commander's collector for a repeatable option. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** A commander parser for an integer option within bounds (a bad value is a usage error). */
export function intOption(flag: string, min: number, max: number): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < min || n > max) {
      throw new UsageExit(
        `${flag} "${v}" is not a whole number from ${min} to ${max}`,
        `e.g. ${flag} ${Math.min(max, Math.max(min, 1000))}`,
      );
    }
    return n;
  };
}

/**
 * `--resolve NAME=ADDR[,ADDR]` entries as a table (names in lower case). With `namesToo` the
 * values may be DNS names as well (`--target PEER=NAME`).
 */
export function parseResolve(
  entries: readonly string[],
  flag = '--resolve',
  example = 'e.g. --resolve my.mailstore.com=198.51.100.7',
  namesToo = false,
): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  const ok = (a: string): boolean => isValidCidr(a) || (namesToo && /^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}\.?$/.test(a));
  for (const entry of entries) {
    const m = /^([^=\s]+)=(.+)$/.exec(entry);
    const addrs = m?.[2]?.split(',') ?? [];
    const name = m?.[1]?.toLowerCase();
    if (name === undefined || !addrs.every(ok))
      throw new UsageExit(`${flag} "${entry}" is not NAME=ADDR[,ADDR...]`, example);
    table[name] = [...(table[name] ?? []), ...addrs];
  }
  return table;
}

/**
 * Options a command cannot run without, checked before its action and after commander's own
 * checks, so that a misspelt option (`--targt`) is reported as such, not as the one it missed.
 */
export function requireOptions(cmd: Command, required: Record<string, string>): Command {
  return cmd.hook('preAction', (_self, action) => {
    const opts = action.opts<Record<string, unknown>>();
    for (const [name, hint] of Object.entries(required))
      if (opts[name] === undefined) throw new UsageExit(`required option '--${name}' not given`, hint);
  });
}
