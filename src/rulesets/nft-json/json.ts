/** JSON values of an `nft -j` dump, and the small helpers every stage of the reader shares. */

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Obj = { [k: string]: Json };

/** A shape the reader does not expect: reported as a diagnostic at the element, never a crash. */
export class NftError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** A JSON value as message text: strings as they are, anything else as JSON (never `[object Object]`). */
export const jsonText = (v: Json | undefined): string =>
  typeof v === 'string' ? v : (JSON.stringify(v) ?? 'undefined');
export const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function unwrapElem(e: Json): Json {
  return isObj(e) && isObj(e.elem) && 'val' in e.elem ? e.elem.val! : e;
}

export function namesOf(right: Json): string[] {
  return (Array.isArray(right) ? right : isObj(right) && Array.isArray(right.set) ? right.set : [right]).map((x) =>
    jsonText(unwrapElem(x)),
  );
}

/** A short nft-like text of an expression, for reports. */
export function render(v: Json | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return jsonText(v);
  if (Array.isArray(v)) return v.map(render).join(',');
  const [k] = Object.keys(v);
  const x = v[k!];
  switch (k) {
    case 'payload':
      return isObj(x) ? `${jsonText(x.protocol)} ${jsonText(x.field)}` : k;
    case 'meta':
    case 'ct':
      return isObj(x) ? `${k} ${jsonText(x.key)}` : k;
    case 'prefix':
      return isObj(x) ? `${jsonText(x.addr)}/${jsonText(x.len)}` : k;
    case 'range':
      return Array.isArray(x) ? `${render(x[0])}-${render(x[1])}` : k;
    case 'set':
      return Array.isArray(x)
        ? `{ ${x.map((e) => (Array.isArray(e) ? `${render(e[0])} : ${render(e[1])}` : render(e))).join(', ')} }`
        : k;
    case 'concat':
      return Array.isArray(x) ? x.map(render).join(' . ') : k;
    case '&':
      return Array.isArray(x) ? `${render(x[0])} & (${render(x[1])})` : k;
    case '|':
      return Array.isArray(x) ? x.map(render).join('|') : k;
    case 'elem':
      return isObj(x) ? render(x.val) : k;
    case 'accept':
    case 'drop':
    case 'return':
      return k;
    case 'jump':
    case 'goto':
      return isObj(x) ? `${k} ${jsonText(x.target)}` : k;
    default:
      return k!;
  }
}
