import { z } from 'zod';
import { isValidCidr } from '../net/addresses.js';
import { parsePortSpec } from '../net/port-ranges.js';

/**
 * Building blocks shared by the profile and site schemas. Refinements carry a diagnostic
 * code and hint in `params`, so the loader can report them with the right code.
 */
export const IDENTIFIER_PATTERN = '^[A-Za-z][A-Za-z0-9_.-]{0,62}$';
const IDENTIFIER_RE = new RegExp(IDENTIFIER_PATTERN);

export const IDENTIFIER_HINT = 'names start with a letter, then letters, digits, "-", "_" or "." (at most 63 characters)';

export const identifier = z
  .string()
  .regex(IDENTIFIER_RE, { message: 'not an identifier' })
  .describe('A name: a letter, then letters, digits, "-", "_" or "."');

/** A DNS name: at least two labels of letters, digits and hyphens, the last not all digits. */
export const FQDN_RE =
  /^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.?$/;

/** A DNS name as a profile names a fixed peer (`my.mailstore.com`), checked as a site's are. */
export const dnsName = z
  .string()
  .superRefine((v, ctx) => {
    if (v.includes('*'))
      ctx.addIssue({
        code: 'custom',
        message: `"${v}" is a wildcard: no firewall can hold every name under it, and DNS gives no list of them`,
        params: {
          code: 'BAD_VALUE',
          hint: 'name the hosts the document lists (one peer per name), or leave fqdn out and let the site map the peer to a zone or CIDRs',
        },
      });
    else if (!FQDN_RE.test(v) || /^[\d.]+$/.test(v))
      ctx.addIssue({
        code: 'custom',
        message: `"${v}" is not a DNS name`,
        params: { code: 'BAD_VALUE', hint: 'a DNS name like my.mailstore.com: no scheme, path, port or address' },
      });
  })
  .describe('A DNS name (my.mailstore.com)');

/** One port (`25`) or an inclusive range (`"10045-10049"`). */
export const portSpec = z
  .union([
    z.number().int().meta({ minimum: 1, maximum: 65535 }),
    // The form is checked below, with a message per mistake; the pattern is for editors (JSON Schema).
    z.string().meta({ pattern: '^\\s*\\d{1,5}\\s*(-\\s*\\d{1,5}\\s*)?$' }),
  ])
  .superRefine((v, ctx) => {
    if (typeof v === 'string' && /^\s*\d{1,5}(\s*[\s,/;|+]\s*\d{1,5})+\s*$/.test(v)) {
      const list = v.split(/[\s,/;|+]+/).filter(Boolean);
      ctx.addIssue({
        code: 'custom',
        message: `port ${JSON.stringify(v)} is ${list.length} ports in one string`,
        params: { code: 'BAD_PORT', hint: `write a list: [${list.join(', ')}]` },
      });
    } else if (typeof v === 'string' && !/^\s*\d{1,5}\s*(-\s*\d{1,5}\s*)?$/.test(v)) {
      ctx.addIssue({
        code: 'custom',
        message: `port ${JSON.stringify(v)} is neither a port nor a range`,
        params: { code: 'BAD_PORT', hint: 'a port is 25, a range "10045-10049"; several are a list: [25, 465]' },
      });
    } else if (parsePortSpec(v) === null) {
      ctx.addIssue({
        code: 'custom',
        message: `port ${JSON.stringify(v)} is outside 1-65535 or a reversed range`,
        params: { code: 'BAD_PORT', hint: 'ports are 1-65535; a range is "LOW-HIGH" with LOW <= HIGH' },
      });
    }
  })
  .describe('A port (25) or an inclusive range ("10045-10049")');

export const ports = z.union([portSpec, z.array(portSpec).min(1)]).describe('One port or range, or a list of them');

const icmpType = z
  .number()
  .int()
  .meta({ minimum: 0, maximum: 255 })
  .superRefine((v, ctx) => {
    if (v < 0 || v > 255) {
      ctx.addIssue({ code: 'custom', message: `ICMP type ${v} is outside 0-255`, params: { code: 'BAD_ICMP_TYPE', hint: 'ICMP types are 0-255, e.g. 3 destination-unreachable, 8 echo-request' } });
    }
  });

export const icmpTypes = z
  .union([z.literal('all'), icmpType, z.array(icmpType).min(1)])
  .describe('"all" for every type, one type number, or a list of type numbers');

/** An address or CIDR, IPv4 or IPv6. */
export const cidr = z
  .string()
  .superRefine((v, ctx) => {
    if (!isValidCidr(v)) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not an IP address or CIDR`, params: { code: 'BAD_ADDRESS', hint: 'write 192.0.2.10, 192.0.2.0/24, 2001:db8::1 or 2001:db8::/32' } });
    }
  })
  .describe('An IPv4 or IPv6 address or CIDR');

/** `from` / `to` of a flow: one endpoint name or a list. */
export const endpoints = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).describe('An endpoint name, or a list of them');

/** The protocol keys that every flow (profile or site) shares. */
export const flowProtocols = {
  tcp: ports.optional().describe('TCP destination ports'),
  udp: ports.optional().describe('UDP destination ports'),
  icmp: icmpTypes.optional().describe('ICMP (IPv4) types'),
  icmpv6: icmpTypes.optional().describe('ICMPv6 types'),
};
