import type { System } from '../apply/system.js';
import { fqdnIpset } from '../backends/firewalld.js';
import { ipsetName } from '../backends/iptables.js';
import { NFT_TABLE } from '../backends/nftables.js';
import { firewalldIpsetStore, firewalldWatch } from './firewalld-ipsets.js';
import { ipsetStore } from './ipsets.js';
import { pfTableStore, pfWatch } from './pf-tables.js';
import { pfTable } from '../backends/pf.js';
import { nftSetStore, nftWatch, type SetStore } from './nft-sets.js';

/** How dns-sync reaches one target's named sets. */
export interface SyncTarget {
  /** The command it needs, and how to get it. */
  tool: { cmd: string; install: string };
  store(sys: System, host: string): SetStore;
  /**
   * Wakes dns-sync when a reload of the rules emptied the sets (returns a stop function); null
   * where a reload keeps them (ipsets outlive a reload of the iptables rules).
   */
  watch: ((wake: () => void) => () => void) | null;
  /** What the host's sets are called on the firewall, for the message when none is loaded. */
  loadedName(host: string, set: string): string;
  /** Why `--once` finds no set, and how to load them. */
  notLoaded(host: string, sets: readonly string[]): { message: string; hint: string };
}

export const SYNC_TARGETS = {
  nftables: {
    tool: { cmd: 'nft', install: 'Debian: apt-get install nftables' },
    store: (sys) => nftSetStore(sys),
    watch: nftWatch,
    loadedName: (_host, set) => set,
    notLoaded: (host, sets) => ({
      message: `the sets of host ${host} are not loaded (table inet ${NFT_TABLE} has no ${sets.join(', ')})`,
      hint: `load the rules first (nft -f ${host}.nft, or portcullis apply), then run dns-sync`,
    }),
  },
  iptables: {
    tool: { cmd: 'ipset', install: 'Debian: apt-get install ipset' },
    store: (sys) => ipsetStore(sys),
    watch: null,
    loadedName: (_host, set) => ipsetName(set),
    notLoaded: (host, sets) => ({
      message: `the ipsets of host ${host} are not loaded (no ${sets.join(', ')})`,
      hint: `load them first (ipset -exist restore < ${host}.ipsets, then the rules), then run dns-sync`,
    }),
  },
  firewalld: {
    tool: { cmd: 'busctl', install: 'Debian: apt-get install systemd' },
    store: (sys, host) => firewalldIpsetStore(sys, host),
    watch: firewalldWatch,
    loadedName: fqdnIpset,
    notLoaded: (host, sets) => ({
      message: `firewalld does not run, or has no ipset ${sets.join(', ')} of host ${host}`,
      hint: `start firewalld and load the host's files first (portcullis apply, or copy ${host}/ into /etc/firewalld and firewall-cmd --reload), then run dns-sync`,
    }),
  },
  pf: {
    tool: { cmd: 'pfctl', install: 'pfctl is part of OpenBSD, FreeBSD and macOS: run dns-sync on the pf host' },
    store: (sys) => pfTableStore(sys),
    watch: pfWatch,
    loadedName: (_host, set) => pfTable(set),
    notLoaded: (host, sets) => ({
      message: `the tables of host ${host} are not loaded (pf has no ${sets.join(', ')}, or pf is not running)`,
      hint: `load the rules first (pfctl -f ${host}.pf.conf), then run dns-sync`,
    }),
  },
} satisfies Record<string, SyncTarget>;

/** The targets whose named sets dns-sync fills. */
export type SyncTargetName = keyof typeof SYNC_TARGETS;
export const DNS_SYNC_TARGETS = Object.keys(SYNC_TARGETS) as SyncTargetName[];
