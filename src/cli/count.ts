/** `1 rule`, `2 rules`, `2 addresses`: a number and its noun, for the CLI's sentences. */
export function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : /(s|x|ch|sh)$/.test(word) ? 'es' : 's'}`;
}
