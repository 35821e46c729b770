import { z } from 'zod';
import { cidr, endpoints, flowProtocols, identifier, ports, portSpec } from './common.js';

/** Interface names: Linux (`eth0`, `bond0.12`), BSD (`em0`) and IOS (`GigabitEthernet0/1`). */
export const INTERFACE_RE = /^[A-Za-z][A-Za-z0-9_.:/-]{0,31}$/;

const addressList = z.union([cidr, z.array(cidr).min(1)]);

export const siteFlowSchema = z.strictObject({
  from: endpoints.describe('Zones, hosts or CIDRs'),
  to: endpoints.describe('Zones, hosts or CIDRs'),
  ...flowProtocols,
  why: z.string().min(1).describe('Why the site needs this flow'),
});

const peerTarget = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .describe('A zone name, a host name, a CIDR list or a DNS name');

export const siteSchema = z
  .strictObject({
    site: identifier.describe('Name of the site'),
    options: z
      .strictObject({
        stateful: z.boolean().default(true).describe('Track connections; false derives return traffic from the plan, as the SpammerTrap document describes for static firewalls'),
        'ephemeral-ports': portSpec.default('1024-65535').describe('Client ports that replies go to when return traffic is derived (stateless mode)'),
      })
      .default({ stateful: true, 'ephemeral-ports': '1024-65535' }),
    zones: z.record(identifier, addressList).default({}).describe('Named address sets; `any` (every address) and `internet` (every address outside the site) are built in'),
    hosts: z
      .record(
        identifier,
        z.strictObject({
          addresses: addressList.describe('One address or a list, IPv4 and/or IPv6'),
          description: z.string().optional(),
        }),
      )
      .describe('Machines the plan is for'),
    deployments: z
      .array(
        z.strictObject({
          profile: identifier.describe('Catalog id'),
          name: identifier.optional().describe('Names this deployment in provenance (defaults to the profile id)'),
          roles: z.record(identifier, z.union([identifier, z.array(identifier).min(1)])).describe('Role -> host(s)'),
          peers: z.record(z.string(), peerTarget).default({}).describe('Peer -> zone, host, CIDRs or DNS name; "*" maps every peer not named'),
          features: z.union([z.literal('all'), z.array(identifier)]).default([]).describe('Features in use, or "all"'),
        }),
      )
      .default([]),
    flows: z.array(siteFlowSchema).default([]).describe("The site's own flows"),
    management: z
      .strictObject({
        from: endpoints.describe('Zones, hosts or CIDRs the administrators work from'),
        tcp: ports.optional().describe('The management ports of every host (default 22, SSH; e.g. [3389, 5986] for Windows)'),
      })
      .optional()
      .describe("Who may reach every host's management port, declared once instead of a flow per host"),
    firewalls: z
      .record(
        identifier,
        z.strictObject({
          description: z.string().optional(),
          host: identifier
            .optional()
            .describe(
              "The host (under hosts:, with the router's addresses) that is this router: its plan (management, the site's flows, deployments) filters the router's own traffic on every target. Without it the router's own traffic is left alone",
            ),
          interfaces: z
            .record(
              z.string().regex(INTERFACE_RE, { message: 'not an interface name' }),
              z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).describe('Zones, hosts or CIDRs reached through this interface'),
            )
            .describe('Interface name -> what lies behind it; `internet` on the interface with the default route'),
        }),
      )
      .default({})
      .describe('Network firewalls between zones: `compile --firewall NAME` writes their forward rules'),
    'probe-targets': z
      .record(z.string(), z.array(z.string().min(1)).min(1))
      .default({})
      .describe('Zone name or CIDR -> addresses or DNS names inside it that `probe` uses for flows to that range'),
  })
  .describe('A portcullis site file');

export type SiteInput = z.infer<typeof siteSchema>;
export type SiteFlowInput = z.infer<typeof siteFlowSchema>;
