/**
 * Comment text that is safe in every target: names and descriptions come from user files, and a
 * quote, backslash, `$`, backtick or newline could end the comment and inject a rule. We keep a
 * whitelist instead of escaping per language, so no target can be surprised; anything else
 * becomes `_`. The result is at most `maxBytes` long (nftables allows 128 bytes per comment,
 * iptables 256).
 */
export function safeComment(text: string, maxBytes = 120): string {
  let s = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[^A-Za-z0-9 ._,:;/()[\]+=@%>-]/g, '_');
  if (s.length > maxBytes) s = `${s.slice(0, maxBytes - 3).trimEnd()}...`;
  return s;
}

/** True when `s` could come out of safeComment (used by property tests and assertions). */
export function isSafeComment(s: string): boolean {
  return /^[A-Za-z0-9 ._,:;/()[\]+=@%>-]*$/.test(s);
}

/**
 * The invisible format characters, as the body of a character class: bidi marks, embeddings,
 * overrides and isolates, zero-width characters and the byte order mark, which can make a name
 * read as another. The handout shows them as U+XXXX, the CLI as \uXXXX.
 */
export const FORMAT_CHARS = '\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff';
