import type { Profile } from './types.js';

/** How a reader finds a profile's document: its published title (which names the vendor), else the profile's title. */
export function documentName(p: Pick<Profile, 'document' | 'title'>): string {
  return p.document ?? p.title;
}
