import { TARGET_DESCRIPTIONS } from './targets.js';
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
  description: TARGET_DESCRIPTIONS['hosts-allow'],
  suffixes: ['.hosts.allow'],
  // Lines for sshd alone: they refuse nothing outbound.
  capabilities: { host: { ...SITE_TRACKED, denyOutbound: false }, firewall: null },
  // The block is replaced, not appended again: loading twice gives the same file.
  loadCommand: (host) =>
    `sed -i '/^# portcullis begin ${host}$/,/^# portcullis end ${host}$/d' /etc/hosts.allow && cat ${host}.hosts.allow >> /etc/hosts.allow (then, once, the hosts.deny line its header gives)`,
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
    const host = safeComment(rs.host);
    const unique = [...new Set(clients)];
    const lines: string[] = [`# portcullis begin ${host}`];
    lines.push(`# portcullis: host ${host} of site ${safeComment(rs.site)}: who may reach sshd (tcp/22)`);
    lines.push(
      `# Replace the block between "# portcullis begin ${host}" and "# portcullis end ${host}" in /etc/hosts.allow.`,
    );
    lines.push(
      '# Only an sshd built with libwrap reads these files (OpenSSH dropped it in 6.7): keep the packet filter too.',
    );
    if (unique.length === 0) {
      lines.push('# The plan allows SSH to this host from no one: no allow line. Do NOT deny sshd in');
      lines.push('# /etc/hosts.deny for it: with no allow line, that would refuse every SSH login.');
    } else {
      lines.push(
        `# Then, once, so that no one else may: grep -qx 'sshd: ALL' /etc/hosts.deny || echo 'sshd: ALL' >> /etc/hosts.deny`,
      );
      for (const w of [...new Set(why)]) lines.push(`# because ${safeComment(w)}`);
      lines.push(`sshd: ${unique.includes('ALL') ? 'ALL' : unique.join(', ')}`);
    }
    lines.push(`# portcullis end ${host}`);
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
