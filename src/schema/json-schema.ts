import { z } from 'zod';
import { profileSchema } from './profile-schema.js';
import { siteSchema } from './site-schema.js';

/**
 * JSON Schemas for editors, generated from the same zod schemas the loader validates with, so
 * the two cannot drift (a test compares the shipped files with a fresh generation).
 */
export function jsonSchemas(): Record<'profile' | 'site', object> {
  const gen = (schema: z.ZodType, id: string, title: string): object => ({
    $id: `https://portcullis.invalid/schema/${id}.schema.json`,
    title,
    ...(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as object),
  });
  return {
    profile: gen(profileSchema, 'profile', 'portcullis catalog profile'),
    site: gen(siteSchema, 'site', 'portcullis site file'),
  };
}
