import { z } from 'zod';
import { dnsName, endpoints, flowProtocols, identifier } from './common.js';

/** One flow of a product, as its document states it. */
export const profileFlowSchema = z.strictObject({
  id: identifier.optional().describe('A stable name for the flow; defaults to its position'),
  from: endpoints,
  to: endpoints,
  ...flowProtocols,
  when: identifier.optional().describe('The feature that must be on for this flow'),
  why: z.string().min(1).describe('What the flow is for, in our words'),
  cite: z.string().min(1).describe('Where in the source document the flow is stated'),
  'probe-targets': z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe("Well-known public servers of this flow (DNS names or addresses) that `probe` may use when the site gives no target; portcullis's choice, not the document's"),
});

export const profileSchema = z
  .strictObject({
    id: identifier.describe('Catalog id, used by sites as `profile:`'),
    title: z.string().min(1),
    source: z.string().min(1).describe('Identifier of the vendor document this profile encodes, as plans and reports cite it'),
    document: z
      .string()
      .min(1)
      .optional()
      .describe("The vendor document's title as published, what a reader looks for; shown wherever the profile is cited"),
    url: z.string().optional().describe("Where the vendor's document is published"),
    description: z.string().optional(),
    roles: z.record(identifier, z.string()).describe('Kinds of machine the product runs on -> description'),
    peers: z
      .record(
        identifier,
        z.strictObject({
          description: z.string(),
          fqdn: dnsName.optional().describe('A fixed DNS name this peer always is; needs no site mapping'),
          default: z
            .enum(['any', 'internet'])
            .optional()
            .describe(
              'What the peer is when the site maps it neither by name nor by "*": `any` where the document means every computer, the site\'s own included',
            ),
        }),
      )
      .default({})
      .describe('Parties the roles talk to -> description'),
    features: z.record(identifier, z.string()).default({}).describe('Conditional requirements -> what turns them on'),
    checks: z
      .array(
        z.strictObject({
          name: identifier,
          description: z.string(),
          cite: z.string(),
        }),
      )
      .default([])
      .describe('Requirements that are not flows, for back ends and probes that can act on them'),
    notes: z.array(z.string()).default([]).describe('How the document was read where it is ambiguous'),
    flows: z.array(profileFlowSchema).min(1),
  })
  .describe('A portcullis catalog profile: one product\'s network requirements');

export type ProfileInput = z.infer<typeof profileSchema>;
export type ProfileFlowInput = z.infer<typeof profileFlowSchema>;
