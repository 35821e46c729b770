import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { atPath, originAt, type FileInput, type SourceFile } from '../load/source-file.js';
import { servicesOf } from '../model/services.js';
import type { Profile, ProfileFlow } from '../model/types.js';
import { didYouMean } from '../schema/did-you-mean.js';
import { profileSchema } from '../schema/profile-schema.js';
import { loadValidated, validateSource, type Validated } from '../schema/validate.js';

/** Loads one profile file: YAML, schema, then the checks that span keys (endpoints, features). */
export function loadProfile(file: string, input?: FileInput): { profile: Profile | null; diagnostics: Diagnostic[] } {
  return profileOf(loadValidated(profileSchema, file, input));
}

/** A profile from a file already parsed (see loadDocument). */
export function loadProfileSource(source: SourceFile): { profile: Profile | null; diagnostics: Diagnostic[] } {
  return profileOf(validateSource(profileSchema, source));
}

function profileOf(loaded: Validated<typeof profileSchema>): { profile: Profile | null; diagnostics: Diagnostic[] } {
  if (!loaded.source) return { profile: null, diagnostics: loaded.diagnostics };
  const { source, value } = loaded;
  const file = source.file;

  const errors: Diagnostic[] = [];
  const roles = Object.keys(value.roles);
  const peers = Object.keys(value.peers);
  for (const p of peers) {
    if (roles.includes(p)) errors.push(atPath(source, ['peers', p], 'DUPLICATE_NAME', `"${p}" is both a role and a peer`, 'rename the peer or the role', { key: true }));
  }
  const endpoints = [...roles, ...peers];
  const ids = new Set<string>();
  const flows: ProfileFlow[] = value.flows.map((f, i) => {
    const id = f.id ?? `flow-${i + 1}`;
    if (ids.has(id)) errors.push(atPath(source, ['flows', i, 'id'], 'DUPLICATE_NAME', `flow id "${id}" is used twice`, 'give each flow its own id'));
    ids.add(id);
    for (const side of ['from', 'to'] as const) {
      const list = Array.isArray(f[side]) ? (f[side]) : [f[side]];
      list.forEach((name, j) => {
        if (!endpoints.includes(name)) {
          const guess = didYouMean(name, endpoints);
          const path = Array.isArray(f[side]) ? ['flows', i, side, j] : ['flows', i, side];
          errors.push(atPath(source, path, 'UNKNOWN_ENDPOINT', `"${name}" is neither a role nor a peer of profile ${value.id}`, guess ? `did you mean "${guess}"?` : `roles: ${roles.join(', ')}; peers: ${peers.join(', ') || '(none)'}`));
        }
      });
    }
    if (f.when !== undefined && !Object.hasOwn(value.features, f.when)) {
      const guess = didYouMean(f.when, Object.keys(value.features));
      errors.push(atPath(source, ['flows', i, 'when'], 'UNKNOWN_FEATURE', `feature "${f.when}" is not declared under features:`, guess ? `did you mean "${guess}"?` : 'declare it under features: with a description'));
    }
    const services = servicesOf(f);
    if (services.length === 0) errors.push(atPath(source, ['flows', i], 'NO_PROTOCOL', 'flow names no protocol', 'add tcp:, udp:, icmp: or icmpv6:'));
    const from = toList(f.from);
    const to = toList(f.to);
    const flow: ProfileFlow = { id, from, to, services, why: f.why, cite: f.cite, origin: originAt(source, ['flows', i]) };
    if (f.when !== undefined) flow.when = f.when;
    if (f['probe-targets'] !== undefined) flow.probeTargets = f['probe-targets'];
    return flow;
  });
  if (errors.length > 0) return { profile: null, diagnostics: errors };
  const profile: Profile = {
    id: value.id,
    title: value.title,
    source: value.source,
    roles: value.roles,
    peers: Object.fromEntries(
      Object.entries(value.peers).map(([k, v]) => {
        const peer: Profile['peers'][string] = { description: v.description };
        if (v.fqdn !== undefined) peer.fqdn = v.fqdn;
        if (v.default !== undefined) peer.default = v.default;
        return [k, peer];
      }),
    ),
    features: value.features,
    checks: value.checks,
    notes: value.notes,
    flows,
    file,
  };
  if (value.document !== undefined) profile.document = value.document;
  if (value.url !== undefined) profile.url = value.url;
  if (value.description !== undefined) profile.description = value.description;
  return { profile, diagnostics: [] };
}

function toList(v: string | string[]): string[] {
  return Array.isArray(v) ? v : [v];
}
