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
