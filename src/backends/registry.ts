import { awsBackend } from './aws.js';
import type { Backend, Target } from './backend.js';
import { ciscoIosBackend } from './cisco-ios.js';
import { firewalldBackend } from './firewalld.js';
import { handoutBackend } from './handout.js';
import { hostsAllowBackend } from './hosts-allow.js';
import { iptablesBackend } from './iptables.js';
import { nftablesBackend } from './nftables.js';
import { pfBackend } from './pf.js';
import { ufwBackend } from './ufw.js';
import { windowsBackend } from './windows.js';

/** Every target, once: a missing or duplicate entry does not compile. */
export const BACKENDS: Record<Target, Backend> = {
  nftables: nftablesBackend,
  iptables: iptablesBackend,
  firewalld: firewalldBackend,
  ufw: ufwBackend,
  windows: windowsBackend,
  pf: pfBackend,
  'cisco-ios': ciscoIosBackend,
  aws: awsBackend,
  'hosts-allow': hostsAllowBackend,
  handout: handoutBackend,
};

export const TARGETS = Object.keys(BACKENDS) as Target[];

export function isTarget(s: string): s is Target {
  return Object.hasOwn(BACKENDS, s);
}
