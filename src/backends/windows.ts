import { createHash } from 'node:crypto';
import { TARGET_DESCRIPTIONS } from './targets.js';
import type { FilterRule, HostRuleset } from '../compile/host-ruleset.js';
import type { Family } from '../net/addresses.js';
import { formatPortRange } from '../net/port-ranges.js';
import type { Backend, Rendered } from './backend.js';
import { addressList, remoteCidrs } from './rule-text.js';
import { safeComment } from './safe-comment.js';
import { explicitNote } from './except-sets.js';
import { capabilities } from './capabilities.js';

/** Windows writes "any address of one family" as a range. */
const WHOLE_FAMILY: Record<Family, string> = {
  4: '0.0.0.0-255.255.255.255',
  6: '::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
};

/**
 * Windows Defender Firewall: a PowerShell script of `New-NetFirewallRule` calls, grouped per site
 * and product. Idempotent: it first removes every rule it made for the host before (by name
 * prefix, an ordinal string comparison: no wildcard), then sets the default to block in and out,
 * then adds the plan. Windows tracks connections itself, so no
 * return traffic is derived. Every string is a single-quoted PowerShell literal.
 */
export const windowsBackend: Backend = {
  target: 'windows',
  description: TARGET_DESCRIPTIONS['windows'],
  suffixes: ['.ps1'],
  capabilities: {
    // Windows servers are administered over RDP and WinRM (HTTP and HTTPS).
    host: capabilities({
      tracking: 'stateful',
      dnsNames: 'addresses',
      management: { service: 'RDP or WinRM', ports: [3389, 5985, 5986] },
    }),
    firewall: null,
  },
  loadCommand: (host) => `powershell -ExecutionPolicy Bypass -File ${host}.ps1 (as Administrator)`,
  renderHost(rs: HostRuleset): Rendered {
    // Every rule is named `portcullis/SITE/HOST/N` (what a re-run removes) and grouped by site
    // and product (`portcullis SITE/spamexperts`), as Windows shows groups.
    const prefix = `portcullis/${safeComment(rs.site)}/${safeComment(rs.host)}/`;
    const lines: string[] = [];
    lines.push(
      `# portcullis: host ${safeComment(rs.host)} of site ${safeComment(rs.site)} (${addressList(rs.addresses)})`,
    );
    lines.push('# Windows Defender Firewall, stateful; default block in and out on every profile.');
    lines.push(...explicitNote(rs.rules.map((r) => r.remote)));
    lines.push(`# Run as Administrator: powershell -ExecutionPolicy Bypass -File ${safeComment(rs.host)}.ps1`);
    lines.push(
      '# Idempotent: removes the rules it made before (named portcullis/SITE/HOST/N) first. Other rules stay, and still allow what they allow.',
    );
    lines.push('#Requires -RunAsAdministrator');
    lines.push("$ErrorActionPreference = 'Stop'");
    lines.push(`$prefix = ${ps(prefix)}`);
    lines.push(
      'Get-NetFirewallRule -All | Where-Object { $_.Name.StartsWith($prefix, [System.StringComparison]::Ordinal) } | Remove-NetFirewallRule',
    );
    lines.push(
      'Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Block',
    );
    const keywords = dynamicKeywords(rs, lines);
    lines.push('$pcRules = 0');
    let count = 0;
    rs.rules.forEach((r, i) => {
      const rule = (args: string): string => {
        const group = `portcullis ${safeComment(rs.site)}/${r.profiles.map((p) => safeComment(p)).join('+')}`;
        return `New-NetFirewallRule -Group ${ps(group)} -Name ${ps(`${prefix}${i + 1}`)} -DisplayName ${ps(`${r.direction} ${r.protocol} ${safeComment(r.comment, 80)}`)} -Description ${ps(safeComment(r.comment, 1000))} ${args} -Action Allow -Profile Any | Out-Null; $pcRules++`;
      };
      const args = ruleArgs(r, rs);
      if (r.remote.kind === 'fqdn') {
        // The dynamic keyword address where Windows has them, the addresses of compile time elsewhere.
        const id = keywords.get(r.remote.fqdn)!;
        const dynamic = `if ($pcDynamic) { ${rule(`${baseArgs(r)} -RemoteDynamicKeywordAddresses ${ps(id)}`)} }`;
        if (args === null)
          lines.push(
            `${dynamic} # elsewhere not created: ${safeComment(r.comment)} -- its DNS name resolved to no address at compile time`,
          );
        else lines.push(`${dynamic} else { ${rule(args)} }`);
        count++;
        return;
      }
      if (args === null) {
        lines.push(`# not created: ${safeComment(r.comment)} -- its DNS name resolved to no address`);
        return;
      }
      lines.push(rule(args));
      count++;
    });
    lines.push(
      `Write-Output ("portcullis: {0} rules for host {1} of site {2}" -f $pcRules, ${ps(rs.host)}, ${ps(rs.site)})`,
    );
    return { files: [{ name: `${rs.host}.ps1`, content: `${lines.join('\r\n')}\r\n` }], ruleCount: count };
  },
};

/**
 * The host's DNS names as firewall dynamic keyword addresses with AutoResolve (Windows Server
 * 2022, Windows 10 and 11 from 21H2; build 20348), each with an id of its own derived from site,
 * host and name, so a second run finds it and keeps what it holds. The lines that make them
 * (only where the cmdlets exist, `$pcDynamic`); the id of each name.
 */
function dynamicKeywords(rs: HostRuleset, lines: string[]): Map<string, string> {
  const names = [...new Set(rs.sets.map((s) => s.fqdn))].sort();
  const ids = new Map<string, string>();
  if (names.length === 0) return ids;
  lines.push('$pcDynamic = [bool](Get-Command New-NetFirewallDynamicKeywordAddress -ErrorAction SilentlyContinue)');
  lines.push(
    `# DNS-named peers (${names.map((n) => safeComment(n)).join(', ')}): where Windows has firewall dynamic keyword addresses (Windows Server 2022, Windows 10 and 11 21H2 and later), each name is one, with AutoResolve: Microsoft Defender for Endpoint's network protection resolves it and keeps its addresses current (without it the keyword stays empty and its rules match nothing). Elsewhere the rules hold the addresses the names had at compile time: compile and run this again when they change.`,
  );
  for (const name of names) {
    const h = createHash('sha256').update(`portcullis/${rs.site}/${rs.host}/${name}`).digest('hex');
    // A version 4 layout of the hash's bits, in the braces Windows wants.
    const id = `{${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16]!, 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}}`;
    ids.set(name, id);
    lines.push(
      `if ($pcDynamic -and -not (Get-NetFirewallDynamicKeywordAddress -Id ${ps(id)} -ErrorAction SilentlyContinue)) { New-NetFirewallDynamicKeywordAddress -Id ${ps(id)} -Keyword ${ps(name)} -AutoResolve $true | Out-Null }`,
    );
  }
  return ids;
}

/** Direction, protocol and ports of one rule (no remote address). */
function baseArgs(r: FilterRule): string {
  const parts: string[] = [`-Direction ${r.direction === 'in' ? 'Inbound' : 'Outbound'}`];
  switch (r.protocol) {
    case 'tcp':
    case 'udp': {
      parts.push(`-Protocol ${r.protocol.toUpperCase()}`);
      const side = r.direction === 'in' ? 'Local' : 'Remote';
      if (r.dports) parts.push(`-${side}Port ${r.dports.map((p) => ps(formatPortRange(p))).join(',')}`);
      break;
    }
    case 'icmp':
    case 'icmpv6':
      parts.push(`-Protocol ${r.protocol === 'icmp' ? 'ICMPv4' : 'ICMPv6'}`);
      if (r.icmpTypes) parts.push(`-IcmpType ${r.icmpTypes.map((t) => ps(String(t))).join(',')}`);
      break;
  }
  return parts.join(' ');
}

/** Direction, protocol, ports and remote addresses of one rule; null when the remote is an empty set. */
function ruleArgs(r: FilterRule, rs: HostRuleset): string | null {
  const parts: string[] = [baseArgs(r)];
  const addrs = remoteCidrs(r.remote, rs.sets);
  if (addrs === null) {
    if (r.family !== null) parts.push(`-RemoteAddress ${ps(WHOLE_FAMILY[r.family])}`);
  } else {
    if (addrs.length === 0) return null;
    parts.push(`-RemoteAddress ${addrs.map(ps).join(',')}`);
  }
  return parts.join(' ');
}

/**
 * A PowerShell single-quoted literal. Inside one, only a quote ends the string, and PowerShell
 * counts the typographic quotes (U+2018-U+201B) as quotes too; each is doubled. Control
 * characters are replaced, so a string never spans lines.
 */
export function ps(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
  return `'${s.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, ' ').replace(/['\u2018\u2019\u201a\u201b]/g, '$&$&')}'`;
}
