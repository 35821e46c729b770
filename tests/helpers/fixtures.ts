import { IPTABLES_HOOKS } from '../../src/backends/iptables.js';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { formatDiagnostic } from '../../src/diagnostics/format-diagnostic.js';
import type { Catalog, Origin, Site } from '../../src/model/types.js';
import { cidrsOf, type Cidr } from '../../src/net/addresses.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import type { Plan } from '../../src/plan/plan-types.js';
import { loadSite } from '../../src/site/load-site.js';

/** Repository root, from dist/tests/<dir>/. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const EXAMPLE = `${ROOT}examples/acme-mail.yaml`;

let cached: Catalog | undefined;
export function catalog(): Catalog {
  if (!cached) {
    const { catalog, diagnostics } = loadCatalog();
    if (diagnostics.length > 0) throw new Error(diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
    cached = catalog;
  }
  return cached;
}

/** Loads a site from text; throws with formatted diagnostics when it has errors. */
export function siteOf(text: string, file = 'test-site.yaml'): Site {
  const { site, diagnostics } = loadSite(file, catalog(), text);
  if (!site) throw new Error(diagnostics.map((d) => formatDiagnostic(d, text)).join('\n'));
  return site;
}

export function planOf(text: string): Plan {
  return buildPlan(siteOf(text));
}

/** A one-host site running `profile` in `role` with every feature, all peers on the Internet. */
export function singleHostSite(profile: string, role: string, extra = ''): string {
  return `site: t\nhosts:\n  h1: { addresses: [203.0.113.10, 2001:db8:10::10] }\ndeployments:\n  - profile: ${profile}\n    roles: { ${role}: h1 }\n    peers: { "*": internet }\n    features: all\n${extra}`;
}

/** CIDRs from text, for plans written by hand in tests. */
export function cidrs(...texts: string[]): Cidr[] {
  return cidrsOf(texts);
}

/** A place for hand-written plans that come from no file. */
export const TEST_ORIGIN: Origin = { file: 'test', start: { line: 1, col: 1 }, offsets: [0, 0] };

/** A planned rule's peers as text. */
export function peerTexts(r: { peers: readonly Cidr[] }): string[] {
  return r.peers.map((c) => c.text);
}

/**
 * A compiled iptables file as `iptables-save` shows it once loaded with the command its header
 * names: the built-in chains with their (untouched, ACCEPT) policies and one jump to each of
 * portcullis's chains.
 */
export function asLoadedIptables(text: string, kind: 'host' | 'firewall' = 'host'): string {
  const builtIn = ':INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n';
  const jumps = IPTABLES_HOOKS[kind].map(([from, to]) => `-A ${from} -j ${to}\n`).join('');
  return text.replace('*filter\n', `*filter\n${builtIn}`).replace(/\nCOMMIT\n/, `\n${jumps}COMMIT\n`);
}

/** `nft -j list ruleset` text of one `inet f` table with the given chains, sets and rules (see below). */
export function nftInet(...items: object[]): string {
  return JSON.stringify({ nftables: [{ table: { family: 'inet', name: 'f', handle: 1 } }, ...items] });
}

/** A base chain of table `inet f` (a filter chain at priority 0), with any other keys given. */
export function nftChain(name: string, handle: number, hook: string, policy: string, extra: object = {}): object {
  return { chain: { family: 'inet', table: 'f', name, handle, type: 'filter', hook, prio: 0, policy, ...extra } };
}

/** A rule of table `inet f`. */
export function nftRule(chain: string, handle: number, expr: object[]): object {
  return { rule: { family: 'inet', table: 'f', chain, handle, expr } };
}
