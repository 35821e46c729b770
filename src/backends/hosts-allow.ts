import type { HostRuleset } from '../compile/host-ruleset.js';
import { prefixMask, type Cidr } from '../net/addresses.js';
import { portInRanges } from '../net/port-ranges.js';
import type { Backend, Rendered } from './backend.js';
import { safeComment } from './safe-comment.js';
import { SITE_TRACKED } from './capabilities.js';

const SSH_PORT = 22;

/**
 * TCP wrappers (`/etc/hosts.allow`): the SSH restriction seed 000 asks for, from the planned
 * inbound SSH (tcp/22) rules of the host. IPv4 networks are written as net/mask and IPv6 as
 * [net]/prefix (hosts_access(5)); DNS names are written as the addresses they resolved to, as
 * hosts.allow would otherwise match the client's reverse DNS, which the client controls.
 */
export const hostsAllowBackend: Backend = {
  target: 'hosts-allow',
  description: '/etc/hosts.allow lines for sshd (the SSH restriction the SpamExperts document asks for)',
  suffixes: ['.hosts.allow'],
  capabilities: { host: SITE_TRACKED, firewall: null },
  loadCommand: (host) => `cat ${host}.hosts.allow >> /etc/hosts.allow && echo 'sshd: ALL' >> /etc/hosts.deny`,
  renderHost(rs: HostRuleset): Rendered {
    const clients: string[] = [];
    const why: string[] = [];
    for (const r of rs.planned) {
      if (r.direction !== 'in' || r.protocol !== 'tcp' || !r.ports || !portInRanges(SSH_PORT, r.ports)) continue;
      for (const p of r.peers) clients.push(client(p));
      for (const f of r.fqdns) {
        for (const s of rs.sets.filter((x) => x.fqdn === f)) clients.push(...s.addresses.map(client));
      }
      why.push(
        ...r.because
          .filter((b) => !b.ports || portInRanges(SSH_PORT, b.ports))
          .map((b) => `${b.deployment} ${b.flow}: ${b.why}`),
      );
    }
    const lines: string[] = [];
    lines.push(
      `# portcullis: host ${safeComment(rs.host)} of site ${safeComment(rs.site)}: who may reach sshd (tcp/22)`,
    );
    lines.push(`# Append to /etc/hosts.allow, and put "sshd: ALL" in /etc/hosts.deny so that no one else may.`);
    lines.push(
      '# Only an sshd built with libwrap reads these files (OpenSSH dropped it in 6.7): keep the packet filter too.',
    );
    const unique = [...new Set(clients)];
    if (unique.length === 0) lines.push('# The plan allows SSH to this host from no one: no allow line.');
    else {
      for (const w of [...new Set(why)]) lines.push(`# because ${safeComment(w)}`);
      lines.push(`sshd: ${unique.includes('ALL') ? 'ALL' : unique.join(', ')}`);
    }
    return {
      files: [{ name: `${rs.host}.hosts.allow`, content: `${lines.join('\n')}\n` }],
      ruleCount: unique.length === 0 ? 0 : 1,
    };
  },
};

/** One client pattern: ALL, an address, net/mask, or [v6net]/prefix. */
function client(c: Cidr): string {
  if (c.prefix === 0) return 'ALL';
  const addr = c.text.replace(/\/\d+$/, '');
  if (c.family === 6) return c.prefix === 128 ? `[${addr}]` : `[${addr}]/${c.prefix}`;
  return c.prefix === 32 ? addr : `${addr}/${prefixMask(c.prefix)}`;
}
