import type { Backend, Target } from './backend.js';
import { iptablesBackend } from './iptables.js';
import { nftablesBackend } from './nftables.js';

/** Every target, once: a missing or duplicate entry does not compile. */
export const BACKENDS: Record<Target, Backend> = {
  nftables: nftablesBackend,
  iptables: iptablesBackend,
};

export const TARGETS = Object.keys(BACKENDS) as Target[];

export function isTarget(s: string): s is Target {
  return Object.hasOwn(BACKENDS, s);
}
