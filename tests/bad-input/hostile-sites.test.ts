import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { cli } from '../../src/cli/cli.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { loadSite } from '../../src/site/load-site.js';

/**
 * Hostile or broken site files, one mistake each: every one is exit 2 with a diagnostic
 * `FILE:LINE:COL: error: ...` and a hint, nothing on stdout, no internal error or stack trace.
 */
const BASE = 'site: x\nzones: { adm: [192.0.2.128/28] }\nhosts:\n  mx1: { addresses: [203.0.113.10] }\n';
const DEPLOY = (peers: string, extra = ''): string =>
  `${BASE}deployments:\n  - { profile: mailserver, roles: { server: mx1 }, peers: ${peers}${extra} }\n`;
const FLOW = (flow: string): string => `${BASE}flows:\n  - ${flow}\n`;

const CASES: [string, string, string][] = [
  ['CIDR with a prefix past 32', 'BAD_ADDRESS', BASE.replace('192.0.2.128/28', '192.0.2.0/33')],
  ['CIDR with a prefix past 128', 'BAD_ADDRESS', BASE.replace('192.0.2.128/28', '2001:db8::/129')],
  ['octet past 255', 'BAD_ADDRESS', BASE.replace('203.0.113.10', '203.0.113.256')],
  ['five octets', 'BAD_ADDRESS', BASE.replace('203.0.113.10', '203.0.113.10.1')],
  ['leading-zero octet', 'BAD_ADDRESS', BASE.replace('203.0.113.10', '203.0.113.010')],
  ['negative prefix', 'BAD_ADDRESS', BASE.replace('192.0.2.128/28', '192.0.2.0/-1')],
  ['empty address', 'BAD_ADDRESS', BASE.replace('203.0.113.10', '""')],
  ['address with a port', 'BAD_ADDRESS', BASE.replace('203.0.113.10', '"203.0.113.10:25"')],
  ['IPv6 with two ::', 'BAD_ADDRESS', BASE.replace('203.0.113.10', '"2001::db8::1"')],
  ['address a number', 'BAD_TYPE', BASE.replace('[203.0.113.10]', '[12345]')],
  ['addresses a mapping', 'BAD_VALUE', BASE.replace('[203.0.113.10]', '{ a: 1 }')],
  ['no addresses', 'MISSING_KEY', BASE.replace('{ addresses: [203.0.113.10] }', '{ description: x }')],
  ['empty address list', 'BAD_VALUE', BASE.replace('[203.0.113.10]', '[]')],
  ['host name with a space', 'YAML_SYNTAX', BASE.replace('  mx1:', '  mx 1 x: y:')],
  ['host name starting with a digit', 'BAD_IDENTIFIER', BASE.replace('  mx1:', '  1mx:')],
  ['host name with a slash', 'BAD_IDENTIFIER', BASE.replace('  mx1:', '  "mx/1":')],
  ['host name with a newline', 'BAD_IDENTIFIER', BASE.replace('  mx1:', '  "mx\\n1":')],
  ['host name with an escape', 'BAD_IDENTIFIER', BASE.replace('  mx1:', '  "mx\\e[31m":')],
  ['host name 64 characters', 'BAD_IDENTIFIER', BASE.replace('  mx1:', `  m${'x'.repeat(63)}:`)],
  ['host name __proto__', 'BAD_IDENTIFIER', BASE.replace('  mx1:', '  __proto__:')],
  ['zone named internet', 'DUPLICATE_NAME', BASE.replace('adm:', 'internet:')],
  ['zone named any', 'DUPLICATE_NAME', BASE.replace('adm:', 'any:')],
  ['duplicate host', 'DUPLICATE_KEY', `${BASE}  mx1: { addresses: [203.0.113.11] }\n`],
  ['unknown top-level key', 'UNKNOWN_KEY', `${BASE}hostz: {}\n`],
  ['site name missing', 'MISSING_KEY', BASE.replace('site: x\n', '')],
  ['site name a number', 'BAD_TYPE', BASE.replace('site: x', 'site: 42')],
  ['site name a list', 'BAD_TYPE', BASE.replace('site: x', 'site: [a]')],
  ['document a list', 'BAD_TYPE', '- a\n- b\n'],
  ['document a scalar', 'BAD_TYPE', 'hello\n'],
  ['tab indentation', 'YAML_SYNTAX', BASE.replace('  mx1:', '\tmx1:')],
  ['unclosed bracket', 'YAML_SYNTAX', BASE.replace('[203.0.113.10]', '[203.0.113.10')],
  ['unclosed quote', 'YAML_SYNTAX', BASE.replace('site: x', 'site: "x')],
  ['two documents', 'YAML_SYNTAX', `${BASE}---\nsite: y\n`],
  ['undefined alias', 'YAML_SYNTAX', BASE.replace('[203.0.113.10]', '[*nope]')],
  ['unknown profile', 'UNKNOWN_PROFILE', DEPLOY('{ internet: internet }').replace('mailserver', 'mailservr')],
  ['unknown role', 'UNKNOWN_ROLE', DEPLOY('{ internet: internet }').replace('server: mx1', 'servr: mx1')],
  ['role naming an unknown host', 'UNKNOWN_HOST', DEPLOY('{ internet: internet }').replace('server: mx1', 'server: mx2')],
  ['role key constructor', 'UNKNOWN_ROLE', DEPLOY('{ internet: internet }').replace('server: mx1', 'server: mx1, constructor: mx1')],
  ['unknown peer', 'UNKNOWN_PEER', DEPLOY('{ internet: internet, lan: adm }')],
  ['peer key valueOf', 'UNKNOWN_PEER', DEPLOY('{ internet: internet, valueOf: adm }')],
  ['peer mapped to nothing known', 'UNKNOWN_ENDPOINT', DEPLOY('{ internet: intranet }')],
  ['unknown feature', 'UNKNOWN_FEATURE', DEPLOY('{ internet: internet }', ', features: [pop4]')],
  ['feature toString', 'UNKNOWN_FEATURE', DEPLOY('{ internet: internet }', ', features: [toString]')],
  ['features a string', 'BAD_VALUE', DEPLOY('{ internet: internet }', ', features: imaps')],
  ['port 0', 'BAD_PORT', FLOW('{ from: adm, to: mx1, tcp: 0, why: x }')],
  ['port 65536', 'BAD_PORT', FLOW('{ from: adm, to: mx1, tcp: 65536, why: x }')],
  ['negative port', 'BAD_PORT', FLOW('{ from: adm, to: mx1, tcp: -22, why: x }')],
  ['fractional port', 'BAD_VALUE', FLOW('{ from: adm, to: mx1, tcp: 22.5, why: x }')],
  ['reversed range', 'BAD_PORT', FLOW('{ from: adm, to: mx1, tcp: "30-20", why: x }')],
  ['range past 65535', 'BAD_PORT', FLOW('{ from: adm, to: mx1, tcp: "65000-70000", why: x }')],
  ['port a word', 'BAD_PORT', FLOW('{ from: adm, to: mx1, tcp: ssh, why: x }')],
  ['two ports in one string', 'BAD_PORT', FLOW('{ from: adm, to: mx1, tcp: "22 443", why: x }')],
  ['port true', 'BAD_VALUE', FLOW('{ from: adm, to: mx1, tcp: true, why: x }')],
  ['empty port list', 'BAD_VALUE', FLOW('{ from: adm, to: mx1, tcp: [], why: x }')],
  ['ICMP type 256', 'BAD_ICMP_TYPE', FLOW('{ from: adm, to: mx1, icmp: [256], why: x }')],
  ['ICMP type negative', 'BAD_ICMP_TYPE', FLOW('{ from: adm, to: mx1, icmp: [-1], why: x }')],
  ['flow with no protocol', 'NO_PROTOCOL', FLOW('{ from: adm, to: mx1, why: x }')],
  ['flow from nowhere', 'UNKNOWN_ENDPOINT', FLOW('{ from: admz, to: mx1, tcp: 22, why: x }')],
  ['flow without why', 'MISSING_KEY', FLOW('{ from: adm, to: mx1, tcp: 22 }')],
  ['flow with an unknown key', 'UNKNOWN_KEY', FLOW('{ from: adm, to: mx1, tcp: 22, why: x, sctp: 9 }')],
  ['flows a mapping', 'BAD_TYPE', `${BASE}flows: { a: 1 }\n`],
  ['management from nowhere', 'UNKNOWN_ENDPOINT', `${BASE}management: { from: nowhere }\n`],
  ['management port 0', 'BAD_PORT', `${BASE}management: { from: adm, tcp: 0 }\n`],
  ['stateful not a boolean', 'BAD_TYPE', `${BASE}options: { stateful: maybe }\n`],
  ['ephemeral ports reversed', 'BAD_PORT', `${BASE}options: { ephemeral-ports: "65535-1024" }\n`],
  ['firewall with one interface', 'BAD_VALUE', `${BASE}firewalls:\n  edge: { interfaces: { eth0: internet } }\n`],
  ['firewall interface to nowhere', 'UNKNOWN_ENDPOINT', `${BASE}firewalls:\n  edge: { interfaces: { eth0: internet, eth1: nowhere } }\n`],
  ['firewall router host unknown', 'UNKNOWN_HOST', `${BASE}firewalls:\n  edge: { host: mx9, interfaces: { eth0: internet, eth1: adm } }\n`],
  ['firewall interface named with a space', 'BAD_IDENTIFIER', `${BASE}firewalls:\n  edge: { interfaces: { "eth 0": internet, eth1: adm } }\n`],
  ['probe target outside its range', 'BAD_VALUE', `${BASE}probe-targets: { adm: [198.51.100.7] }\n`],
  ['probe target a URL', 'BAD_VALUE', `${BASE}probe-targets: { adm: ["http://192.0.2.130/"] }\n`],
];

async function validate(file: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await cli(['validate', file], {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
  });
  return { code, out, err };
}

describe('hostile site files: exit 2, the place, a hint, no stack trace', () => {
  let dir = '';
  before(() => (dir = mkdtempSync(join(tmpdir(), 'portcullis-hostile-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));
  CASES.forEach(([name, code, text], i) => {
    test(`${name} (${code})`, async () => {
      const file = join(dir, `case${i}.yaml`);
      writeFileSync(file, text);
      const r = await validate(file);
      assert.equal(r.code, 2, `${r.out}${r.err}`);
      assert.equal(r.out, '');
      assert.match(r.err, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error: `, 'm'));
      assert.match(r.err, /\n {2}hint: \S/);
      assert.doesNotMatch(r.err, /internal error|\n {4}at /);
      assert.equal(codeOf(file), code, r.err);
    });
  });
});

/** The diagnostic code of the first error the library reports for a file. */
function codeOf(file: string): string | undefined {
  const r = loadSite(file, loadCatalog().catalog, readFileSync(file, 'utf8'));
  const errors = [...r.diagnostics, ...(r.site ? buildPlan(r.site).diagnostics : [])].filter(
    (d) => d.severity === 'error',
  );
  return errors[0]?.code;
}
