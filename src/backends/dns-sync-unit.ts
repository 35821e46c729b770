import type { HostRuleset } from '../compile/host-ruleset.js';
import type { OutputFile } from './backend.js';
import { safeComment } from './safe-comment.js';

/**
 * Host and site as the unit writes them (identifiers: anything else replaced), and the host's
 * DNS names, sorted.
 */
function unitNames(rs: HostRuleset): { host: string; site: string; names: string[] } {
  const id = (s: string): string => s.replace(/[^A-Za-z0-9_.-]/g, '_');
  return { host: id(rs.host), site: id(rs.site), names: [...new Set(rs.sets.map((x) => x.fqdn))].sort() };
}

/**
 * The systemd service that runs `portcullis dns-sync` for a host with DNS-named peers: long-running
 * (it refreshes as TTLs run out, and for nftables and firewalld fills the sets again at once when
 * the rules are reloaded). Host and site names are identifiers (letters, digits, - _ .): nothing in them is
 * special to systemd or the shell; anything else is replaced.
 */
export function dnsSyncUnit(rs: HostRuleset, target: 'nftables' | 'iptables' | 'firewalld'): OutputFile {
  const { host, site, names } = unitNames(rs);
  const unit = `portcullis-dns-sync-${host}.service`;
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

/**
 * For a pf host (OpenBSD, FreeBSD, macOS: no systemd): a line for root's crontab that runs
 * `portcullis dns-sync --once` every minute. Each run asks every name once, keeps what it learnt
 * in its state file (so an address still goes only after its TTL plus the grace period), and
 * fills the tables again after pf.conf was loaded.
 */
export function dnsSyncCron(rs: HostRuleset): OutputFile {
  const { host, site, names } = unitNames(rs);
  return {
    name: `${host}.dns-sync.cron`,
    companion: true,
    content: [
      `# portcullis: keeps the pf tables of host ${host}'s DNS-named peers current (site ${site}): ${names.map((n) => safeComment(n)).join(', ')}.`,
      `# It reads the site from /etc/portcullis/${site}.yaml: copy the site file there. Install as root with:`,
      `#   (crontab -l 2>/dev/null; grep -v '^#' ${host}.dns-sync.cron) | crontab -`,
      '# Each run refreshes every name once (--once) and logs its changes through syslog (logger -t portcullis).',
      `* * * * * /usr/bin/env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin portcullis dns-sync /etc/portcullis/${site}.yaml --host ${host} --target pf --once 2>&1 | logger -t portcullis`,
      '',
    ].join('\n'),
  };
}
