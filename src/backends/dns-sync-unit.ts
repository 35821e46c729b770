import type { HostRuleset } from '../compile/host-ruleset.js';
import type { OutputFile } from './backend.js';
import { safeComment } from './safe-comment.js';

/**
 * The systemd service that runs `portcullis dns-sync` for a host with DNS-named peers: long-running
 * (it refreshes as TTLs run out, and for nftables and firewalld fills the sets again at once when
 * the rules are reloaded). Host and site names are identifiers (letters, digits, - _ .): nothing in them is
 * special to systemd or the shell; anything else is replaced.
 */
export function dnsSyncUnit(rs: HostRuleset, target: 'nftables' | 'iptables' | 'firewalld'): OutputFile {
  const id = (s: string): string => s.replace(/[^A-Za-z0-9_.-]/g, '_');
  const host = id(rs.host);
  const site = id(rs.site);
  const unit = `portcullis-dns-sync-${host}.service`;
  const names = [...new Set(rs.sets.map((x) => x.fqdn))].sort();
  const what = { nftables: 'nftables sets', iptables: 'ipsets', firewalld: 'firewalld ipsets' }[target];
  const after = {
    nftables: 'nftables.service',
    iptables: 'netfilter-persistent.service',
    firewalld: 'firewalld.service',
  }[target];
  return {
    name: `${host}.dns-sync.service`,
    companion: true,
    content: [
      `# portcullis: keeps the ${what} of host ${host}'s DNS-named peers current (site ${site}): ${names.map((n) => safeComment(n)).join(', ')}.`,
      `# It reads the site from /etc/portcullis/${site}.yaml: copy the site file there. Install with:`,
      `#   cp ${host}.dns-sync.service /etc/systemd/system/${unit}`,
      `#   systemctl daemon-reload && systemctl enable --now ${unit}`,
      `# Each change is logged (journalctl -u ${unit}): name, added, removed, TTL.`,
      '[Unit]',
      `Description=portcullis dns-sync: DNS-named peers of host ${host} (${what})`,
      `After=network-online.target ${after}`,
      'Wants=network-online.target',
      '',
      '[Service]',
      `ExecStart=/usr/bin/env portcullis dns-sync /etc/portcullis/${site}.yaml --host ${host} --target ${target}`,
      'Restart=always',
      'RestartSec=5',
      '',
      '[Install]',
      'WantedBy=multi-user.target',
      '',
    ].join('\n'),
  };
}
