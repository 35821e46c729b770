import { runProbe } from './socket-probes.js';
import type { ProbeResult, ProbeSpec } from './probe-types.js';

export interface RunOptions {
  /** Per probe, in ms (default 2000). */
  timeout?: number;
  /** Probes in flight at once (default 64). */
  concurrency?: number;
  /** Probes started per second at most (default 200): a preflight, not a flood. */
  rate?: number;
  /** Called after each probe (a progress bar). */
  progress?: (done: number, total: number) => void;
}

/**
 * Every probe, at most `concurrency` at a time and `rate` starts per second, in the order
 * given; the results in that order. With enough concurrency the whole run takes about one
 * timeout, not the sum of them.
 */
export async function runProbes(specs: readonly ProbeSpec[], opts: RunOptions = {}): Promise<ProbeResult[]> {
  const timeout = opts.timeout ?? 2000;
  const concurrency = Math.max(1, opts.concurrency ?? 64);
  const gap = 1000 / Math.max(1, opts.rate ?? 200);
  const results = new Array<ProbeResult>(specs.length);
  let next = 0;
  let done = 0;
  let nextStart = performance.now();
  const worker = async (): Promise<void> => {
    while (next < specs.length) {
      const i = next++;
      // Starts are spaced by the rate limit, whichever worker takes them.
      const at = nextStart;
      nextStart = Math.max(nextStart, performance.now()) + gap;
      const wait = at - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      results[i] = await runProbe(specs[i]!, timeout);
      opts.progress?.(++done, specs.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, specs.length) }, worker));
  return results;
}
