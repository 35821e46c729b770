import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';

/** What a child process printed, line by line, and a way to wait for a line. */
export interface LineReader {
  /** Every line so far. */
  seen: string[];
  /** Resolves with the first line that matches, printed already or to come; rejects after `ms`. */
  next(re: RegExp, ms?: number): Promise<string>;
}

/** Reads the given streams (a child's stdout, and its stderr too if given) line by line. */
export function lineReader(...streams: Readable[]): LineReader {
  const seen: string[] = [];
  const waiters: { re: RegExp; done: (l: string) => void }[] = [];
  const on = (l: string): void => {
    seen.push(l);
    for (const w of [...waiters])
      if (w.re.test(l)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.done(l);
      }
  };
  for (const s of streams) createInterface({ input: s }).on('line', on);
  return {
    seen,
    next: (re, ms = 20_000) =>
      new Promise((resolve, reject) => {
        const old = seen.find((l) => re.test(l));
        if (old !== undefined) return resolve(old);
        const timer = setTimeout(() => reject(new Error(`no line like ${re.source}; got: ${seen.join(' | ')}`)), ms);
        waiters.push({
          re,
          done: (l) => {
            clearTimeout(timer);
            resolve(l);
          },
        });
      }),
  };
}
