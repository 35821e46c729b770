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

/**
 * Every back end, loaded (for the library and tests; a command loads only its own, `targets.ts`).
 * A missing or duplicate entry does not compile.
 */
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

export { isTarget, TARGETS } from './targets.js';
