import ipaddr from 'ipaddr.js';

export type Family = 4 | 6;

/** A normalised CIDR: network address with host bits cleared, and its prefix length. */
export interface Cidr {
  family: Family;
  /** Network address as a bigint, host bits zero. */
  base: bigint;
  prefix: number;
  /** `192.0.2.0/25`, `2001:db8::/32`, `192.0.2.10/32`. */
  text: string;
}

const BITS: Record<Family, number> = { 4: 32, 6: 128 };

/** True when `s` is an address or CIDR that `parseCidr` accepts. Never throws. */
export function isValidCidr(s: string): boolean {
  return parseCidr(s) !== null;
}

/** Plain dotted-quad IPv4 with an optional prefix: the common case, read without ipaddr.js. */
const DOTTED = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})(?:\/(0|[1-9]\d?))?$/;

/**
 * Parses `192.0.2.10`, `192.0.2.0/25`, `2001:db8::1`, `2001:db8::/32`; host bits are cleared.
 * Plans hold parsed values, so each address of a site is parsed once, when it is loaded.
 */
export function parseCidr(s: string): Cidr | null {
  const str = s.trim();
  const m = DOTTED.exec(str);
  if (m) {
    const octets = [m[1], m[2], m[3], m[4]].map(Number);
    const prefix = m[5] === undefined ? 32 : Number(m[5]);
    if (octets.every((o) => o <= 255) && prefix <= 32) {
      const value = BigInt(((octets[0]! << 24) >>> 0) + (octets[1]! << 16) + (octets[2]! << 8) + octets[3]!);
      const base = maskOf(value, prefix, 4);
      return { family: 4, base, prefix, text: `${formatAddress(base, 4)}/${prefix}` };
    }
  }
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  let prefix: number;
  try {
    if (str.includes('/')) {
      const parts = str.split('/');
      // One address, one prefix: `192.0.2.0/24/8` is no CIDR.
      if (parts.length !== 2) return null;
      const [a, p] = parts;
      if (!/^\d{1,3}$/.test(p ?? '')) return null;
      addr = ipaddr.parse(a!);
      prefix = Number(p);
    } else {
      addr = ipaddr.parse(str);
      prefix = addr.kind() === 'ipv4' ? 32 : 128;
    }
  } catch {
    return null;
  }
  // ipaddr.parse accepts legacy forms such as "10" or "0x7f.1"; an administrator's file should not.
  if (addr.kind() === 'ipv4' && !ipaddr.IPv4.isValidFourPartDecimal(str.split('/')[0]!)) return null;
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).zoneId) return null;
  const family: Family = addr.kind() === 'ipv4' ? 4 : 6;
  if (prefix > BITS[family]) return null;
  const value = family === 4 ? bytesToBigint(addr.toByteArray()) : partsToBigint((addr as ipaddr.IPv6).parts);
  const base = maskOf(value, prefix, family);
  return { family, base, prefix, text: `${formatAddress(base, family)}/${prefix}` };
}

/** The address as text (`192.0.2.10`, `2001:db8::1`). */
export function formatAddress(value: bigint, family: Family): string {
  if (family === 4) return formatIPv4(Number(value));
  // Eight 16-bit groups from one hex conversion (per-byte bigint shifts cost more than the rest).
  const hex = value.toString(16).padStart(32, '0');
  const parts: number[] = [];
  for (let i = 0; i < 32; i += 4) parts.push(parseInt(hex.slice(i, i + 4), 16));
  return new ipaddr.IPv6(parts).toString();
}

/** An IPv4 address given as a number (0 to 2^32 - 1) as dotted-quad text. */
export function formatIPv4(v: number): string {
  return `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
}

/** True for a CIDR of one address (`/32`, `/128`). */
export function isSingleAddress(c: Cidr): boolean {
  return c.prefix === BITS[c.family];
}

/** The bare address of a host CIDR (`/32`, `/128`), else the CIDR text. */
export function cidrAddressText(c: Cidr): string {
  return isSingleAddress(c) ? formatAddress(c.base, c.family) : c.text;
}

export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return (
    outer.family === inner.family &&
    outer.prefix <= inner.prefix &&
    maskOf(inner.base, outer.prefix, outer.family) === outer.base
  );
}

/** Last address in the CIDR. */
export function cidrLast(c: Cidr): bigint {
  const hostBits = BigInt(BITS[c.family] - c.prefix);
  return c.base | ((1n << hostBits) - 1n);
}

/** True when the CIDR covers a whole family (`0.0.0.0/0`, `::/0`). */
export function isWholeFamily(c: Cidr): boolean {
  return c.prefix === 0;
}

/** A host CIDR for an address value. */
export function hostCidr(value: bigint, family: Family): Cidr {
  const prefix = BITS[family];
  return { family, base: value, prefix, text: `${formatAddress(value, family)}/${prefix}` };
}

/**
 * Canonical set of CIDRs: sorted, with CIDRs inside another removed and adjacent siblings
 * joined, so equal address sets have equal text.
 */
export function normalizeCidrs(list: readonly Cidr[]): Cidr[] {
  let cur = [...list].sort(compareCidrs);
  // Drop CIDRs covered by an earlier (shorter or equal) one; sort order puts covers first.
  const kept: Cidr[] = [];
  for (const c of cur) {
    const last = kept[kept.length - 1];
    if (last && cidrContains(last, c)) continue;
    kept.push(c);
  }
  cur = kept;
  // Join sibling halves into their parent until nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    const out: Cidr[] = [];
    for (const c of cur) {
      const last = out[out.length - 1];
      if (last && last.family === c.family && last.prefix === c.prefix && c.prefix > 0) {
        const parent = maskOf(last.base, c.prefix - 1, c.family);
        if (parent === last.base && maskOf(c.base, c.prefix - 1, c.family) === parent && c.base !== last.base) {
          out[out.length - 1] = makeCidr(parent, c.prefix - 1, c.family);
          changed = true;
          continue;
        }
      }
      out.push(c);
    }
    cur = out;
  }
  return cur;
}

export function compareCidrs(a: Cidr, b: Cidr): number {
  if (a.family !== b.family) return a.family - b.family;
  if (a.base !== b.base) return a.base < b.base ? -1 : 1;
  return a.prefix - b.prefix;
}

/** Parses a list of CIDR texts that are known to be valid. */
export function cidrsOf(texts: readonly string[]): Cidr[] {
  return texts.map((t) => {
    const c = parseCidr(t);
    if (!c) throw new Error(`not a CIDR: ${t}`);
    return c;
  });
}

/** CIDRs as one key text (`192.0.2.0/25,2001:db8::/64`). */
export function cidrKey(cidrs: readonly Cidr[]): string {
  return cidrs.map((c) => c.text).join(',');
}

export function makeCidr(base: bigint, prefix: number, family: Family): Cidr {
  return { family, base, prefix, text: `${formatAddress(base, family)}/${prefix}` };
}

function maskOf(value: bigint, prefix: number, family: Family): bigint {
  const bits = BITS[family];
  const hostBits = BigInt(bits - prefix);
  return (value >> hostBits) << hostBits;
}

/** An IPv6 address's eight 16-bit groups as one number, through one hex conversion. */
function partsToBigint(parts: readonly number[]): bigint {
  return BigInt(`0x${parts.map((p) => p.toString(16).padStart(4, '0')).join('')}`);
}

function bytesToBigint(bytes: number[]): bigint {
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return v;
}

/** The dotted netmask of an IPv4 prefix length (`/28` -> `255.255.255.240`). */
export function prefixMask(prefix: number): string {
  return formatIPv4(prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0);
}

/** The dotted wildcard (inverse) mask of an IPv4 prefix length (`/28` -> `0.0.0.15`), as Cisco ACLs use. */
export function wildcardMask(prefix: number): string {
  return formatIPv4(prefix === 32 ? 0 : (0xffffffff >>> prefix) >>> 0);
}

/** The fewest CIDRs that cover the addresses `lo` to `hi` (inclusive) of a family. */
export function rangeCidrs(lo: bigint, hi: bigint, family: Family): Cidr[] {
  const bits = BITS[family];
  const out: Cidr[] = [];
  let cur = lo;
  while (cur <= hi) {
    // The largest block that starts at `cur` (aligned) and ends at or before `hi`.
    let size = 0;
    while (size < bits && (cur & ((1n << BigInt(size + 1)) - 1n)) === 0n && cur + (1n << BigInt(size + 1)) - 1n <= hi)
      size++;
    out.push(makeCidr(cur, bits - size, family));
    cur += 1n << BigInt(size);
  }
  return out;
}

/**
 * Every address of `family` that none of `list` covers, as the fewest CIDRs (normalised):
 * `internet` is the complement of the site's own addresses.
 */
export function complementCidrs(list: readonly Cidr[], family: Family): Cidr[] {
  const own = normalizeCidrs(list.filter((c) => c.family === family));
  const out: Cidr[] = [];
  let next = 0n;
  const last = (1n << BigInt(BITS[family])) - 1n;
  for (const c of own) {
    if (c.base > next) out.push(...rangeCidrs(next, c.base - 1n, family));
    next = cidrLast(c) + 1n;
  }
  if (next <= last) out.push(...rangeCidrs(next, last, family));
  return out;
}

/**
 * An address set in its shorter form, per family: the CIDRs themselves, or (`except`) every
 * address of the family but the complement's CIDRs, when that list is shorter. Targets that can
 * negate a match (nft `!=`, a RETURN chain, pf `!<table>`) and the documents use the second form.
 */
export interface AddressForm {
  family: Family;
  except: boolean;
  cidrs: Cidr[];
}

export function addressForms(list: readonly Cidr[]): AddressForm[] {
  // Lists are shared (a plan's peers, a rule's remote): each is worked out once.
  let forms = formsOf.get(list);
  if (!forms) formsOf.set(list, (forms = computeForms(list)));
  return forms;
}

const formsOf = new WeakMap<readonly Cidr[], AddressForm[]>();

function computeForms(list: readonly Cidr[]): AddressForm[] {
  const out: AddressForm[] = [];
  for (const family of [4, 6] as const) {
    const mine = normalizeCidrs(list.filter((c) => c.family === family));
    if (mine.length === 0) continue;
    const rest = mine.length > 1 ? complementCidrs(mine, family) : [];
    out.push(
      rest.length > 0 && rest.length < mine.length
        ? { family, except: true, cidrs: rest }
        : { family, except: false, cidrs: mine },
    );
  }
  return out;
}

/**
 * An address set as a person reads it: `192.0.2.0/24`, or `every IPv4 address except 192.0.2.0/24`;
 * with `shown`, the first that many CIDRs of each form and how many more (`(+3 more)`).
 */
export function describeAddresses(list: readonly Cidr[], sep = ' ', shown = Infinity): string[] {
  const some = (cidrs: readonly Cidr[]): string => {
    const text = cidrs
      .slice(0, shown)
      .map((c) => c.text)
      .join(sep);
    return cidrs.length > shown ? `${text} (+${cidrs.length - shown} more)` : text;
  };
  return addressForms(list).map((f) =>
    f.except ? `every IPv${f.family} address except ${some(f.cidrs)}` : some(f.cidrs),
  );
}

/** The addresses of `a` that none of `b` covers, as the fewest CIDRs. */
export function cidrsMinus(a: readonly Cidr[], b: readonly Cidr[]): Cidr[] {
  const out: Cidr[] = [];
  for (const family of [4, 6] as const) {
    const cut = normalizeCidrs(b.filter((c) => c.family === family));
    for (const c of normalizeCidrs(a.filter((x) => x.family === family))) {
      let next = c.base;
      const last = cidrLast(c);
      for (const d of cut) {
        const dl = cidrLast(d);
        if (dl < next || d.base > last) continue;
        if (d.base > next) out.push(...rangeCidrs(next, d.base - 1n, family));
        next = dl + 1n;
        if (next > last) break;
      }
      if (next <= last) out.push(...rangeCidrs(next, last, family));
    }
  }
  return out;
}
