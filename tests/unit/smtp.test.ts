import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { inboundProbes } from '../../src/probe/inbound-targets.js';
import {
  decodeToken,
  encodeToken,
  LISTENER_KEYWORDS,
  listenerBanner,
  listenerExpected,
  type ListenToken,
} from '../../src/probe/listen-token.js';
import { inboundPorts } from '../../src/probe/listener.js';
import {
  ehloKeywords,
  isMasked,
  isXedOut,
  parseReplies,
  smtpDifferences,
  type SmtpSeen,
} from '../../src/probe/smtp.js';
import { smtpResponder } from '../../src/probe/smtp-responder.js';
import { parseCidr } from '../../src/net/addresses.js';
import { planOf } from '../helpers/fixtures.js';

const EHLO =
  '250-mx.example.org Hello\r\n250-PIPELINING\r\n250-SIZE 52428800\r\n250-8BITMIME\r\n250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250 CHUNKING\r\n';

function seen(banner: string, ehlo: string, starttls: Partial<SmtpSeen['starttls']> = {}): SmtpSeen {
  const b = parseReplies(banner).replies[0] ?? null;
  const e = parseReplies(ehlo).replies[0] ?? null;
  const keywords = e && e.code === 250 ? ehloKeywords(e) : [];
  return {
    banner: b,
    ehlo: e,
    keywords,
    starttls: { offered: keywords.includes('STARTTLS'), code: 220, tls: 'ok', detail: '', ...starttls },
  };
}
const CLEAN_BANNER = '220 mx.example.org ESMTP Postfix\r\n';
const host = {
  banner: 'mx.example.org ESMTP Postfix',
  keywords: ['PIPELINING', 'SIZE', '8BITMIME', 'STARTTLS', 'ENHANCEDSTATUSCODES', 'CHUNKING'],
};

test('replies: 250- continues and 250 ends; a partial reply waits; garbage is a reply of its own', () => {
  const { replies, rest } = parseReplies(`${EHLO}220 next\r\n250-par`);
  assert.equal(replies.length, 2);
  assert.equal(replies[0]!.code, 250);
  assert.equal(replies[0]!.lines.length, 7);
  assert.deepEqual(ehloKeywords(replies[0]!), [
    'PIPELINING',
    'SIZE',
    '8BITMIME',
    'STARTTLS',
    'ENHANCEDSTATUSCODES',
    'CHUNKING',
  ]);
  assert.equal(rest, '250-par');
  assert.deepEqual(parseReplies('250\r\n').replies, [{ code: 250, lines: [''] }], 'a bare code ends a reply');
  assert.deepEqual(parseReplies('HTTP/1.1 400 Bad\r\n').replies[0]!.code, 0);
  assert.deepEqual(
    ehloKeywords(parseReplies('250-x\n250 AUTH=LOGIN PLAIN\n').replies[0]!),
    ['AUTH'],
    'old AUTH= form, LF only',
  );
});

test('tamper signs: masked banner, X-ed keywords, not the real extensions', () => {
  assert.ok(isMasked('******************************'));
  assert.ok(isMasked('mx ******** ******* ***'));
  assert.ok(!isMasked('mx.example.org ESMTP *'));
  assert.ok(isXedOut('XXXXXXXA'));
  assert.ok(isXedOut('XXXXXXXX'));
  for (const k of ['XCLIENT', 'XFORWARD', 'XEXCH50', 'X-LINK2STATE', 'XXX', 'SIZE']) assert.ok(!isXedOut(k), k);
});

test("an unaltered dialogue passes, with or without the host's reference; timestamps do not count", () => {
  assert.deepEqual(smtpDifferences(seen(CLEAN_BANNER, EHLO)), []);
  assert.deepEqual(smtpDifferences(seen(CLEAN_BANNER, EHLO), host), []);
  const exim = seen('220 mx ESMTP Exim 4.96 Mon, 23 Nov 2026 10:00:01 +0000\r\n', EHLO);
  assert.deepEqual(
    smtpDifferences(exim, { banner: 'mx ESMTP Exim 4.96 Mon, 23 Nov 2026 09:59:58 +0000', keywords: host.keywords }),
    [],
  );
});

test('every tampering the issue names fails, and says how', () => {
  const cases: [string, SmtpSeen, RegExp][] = [
    ['PIX mailguard banner', seen('220 ****************************************\r\n', EHLO), /banner masked/],
    ['EHLO refused', seen(CLEAN_BANNER, '500 5.5.1 command unrecognized\r\n'), /EHLO refused: 500/],
    ['bare 250 OK', seen(CLEAN_BANNER, '250 OK\r\n'), /bare 250/],
    [
      'STARTTLS X-ed',
      seen(CLEAN_BANNER, EHLO.replace('STARTTLS', 'XXXXXXXA')),
      /overwritten with X: XXXXXXXA \(was STARTTLS or SMTPUTF8\?\)/,
    ],
    [
      'STARTTLS refused',
      seen(CLEAN_BANNER, EHLO, { code: 502, tls: 'not-tried', detail: '5.5.1 not implemented' }),
      /STARTTLS refused: 502/,
    ],
    ['closed at STARTTLS', seen(CLEAN_BANNER, EHLO, { code: null, tls: 'not-tried' }), /closed after STARTTLS/],
    ['closed after 220', seen(CLEAN_BANNER, EHLO, { tls: 'closed' }), /closed after STARTTLS was accepted/],
  ];
  for (const [name, s, re] of cases) {
    const d = smtpDifferences(s);
    assert.ok(
      d.some((x) => re.test(x)),
      `${name}: ${JSON.stringify(d)}`,
    );
  }
  // Against the host's view: a banner rewritten, a keyword dropped or added.
  const rewritten = seen(
    '220 mail ESMTP ready\r\n',
    EHLO.replace('250-ENHANCEDSTATUSCODES\r\n', '').replace('250 CHUNKING', '250-CHUNKING\r\n250 DSN'),
  );
  const d = smtpDifferences(rewritten, host);
  assert.ok(
    d.some((x) => /banner differs: seen "mail ESMTP ready", the host sees "mx.example.org ESMTP Postfix"/.test(x)),
    JSON.stringify(d),
  );
  assert.ok(d.includes('extensions missing from outside: ENHANCEDSTATUSCODES'));
  assert.ok(d.includes('extensions added on the way: DSN'));
});

test("the listener's responder: banner, EHLO with the five extensions, MAIL refused (never a relay)", () => {
  const r = smtpResponder('mx1');
  const ehlo = r.step('EHLO probe.portcullis.invalid');
  const reply = parseReplies(ehlo.reply).replies[0]!;
  assert.equal(reply.code, 250);
  assert.deepEqual(ehloKeywords(reply), LISTENER_KEYWORDS);
  assert.match(r.step('MAIL FROM:<a@example.org>').reply, /^550 /);
  assert.match(r.step('RCPT TO:<b@example.org>').reply, /^503 /);
  assert.match(r.step('DATA').reply, /^503 /);
  assert.equal(r.step('STARTTLS').starttls, true);
  assert.equal(r.step('QUIT').close, true);
  assert.equal(r.step('x'.repeat(1001)).close, true);
  const t: ListenToken = { nonce: '0123456789abcdef', host: 'mx1', real: [], smtp: {} };
  const own = {
    banner: parseReplies(`220 ${listenerBanner('mx1', t.nonce)}\r\n`).replies[0]!,
    ehlo: reply,
    keywords: ehloKeywords(reply),
    starttls: { offered: true, code: 220, tls: 'alert' as const, detail: '' },
  };
  assert.deepEqual(smtpDifferences(own, listenerExpected(t)), [], "the listener's own dialogue passes its own check");
});

test('token: round trip; damaged tokens are refused with a reason', () => {
  const t: ListenToken = {
    nonce: 'a1b2c3d4e5f60718',
    host: 'mx1',
    real: ['tcp/25'],
    smtp: { '25': { banner: 'mx1 ESMTP Postfix', keywords: ['STARTTLS'] } },
  };
  const line = encodeToken(t);
  assert.match(line, /^pc1\.[A-Za-z0-9_-]+$/);
  assert.deepEqual(decodeToken(line), t);
  assert.equal(typeof decodeToken('pc2.abc'), 'string');
  assert.equal(typeof decodeToken(line.slice(0, -3)), 'string');
  assert.equal(typeof decodeToken(`pc1.${Buffer.from('{"n":"x"}').toString('base64url')}`), 'string');
  fc.assert(
    fc.property(fc.string(), (s) => {
      const r = decodeToken(`pc1.${s}`);
      return typeof r === 'string' || /^[0-9a-f]{16}$/.test(r.nonce);
    }),
  );
});

test("pair mode: the inbound flows a peer zone may use, with the listener's answers or the real service's", () => {
  const plan = planOf(`site: t
zones:
  lan: [192.0.2.0/25]
hosts:
  mx1: { addresses: [198.51.100.25, 2001:db8::25] }
flows:
  - { from: internet, to: mx1, tcp: [25, 443], why: mail and web }
  - { from: lan, to: mx1, tcp: 22, udp: [53, 5000], why: admin }
  - { from: internet, to: mx1, tcp: 30000-40000, why: a wide range }
`);
  const mx1 = plan.hosts[0]!;
  const cidr = (s: string) => parseCidr(s)!;
  const fromInternet = inboundProbes(mx1, [cidr('203.0.113.0/24')], null); // a network outside the site
  assert.deepEqual(
    fromInternet.probes.map((p) => `${p.protocol}/${p.port}@${p.target}:${p.method}`),
    ['tcp/25@198.51.100.25:smtp', 'tcp/443@198.51.100.25:tls-handshake'],
  );
  assert.deepEqual(
    fromInternet.unprobed.map((u) => u.ports),
    ['30000-40000'],
  );
  const fromLan = inboundProbes(mx1, [cidr('192.0.2.0/25')], null);
  assert.deepEqual(
    fromLan.probes.map((p) => `${p.protocol}/${p.port}`).sort(),
    ['tcp/22', 'udp/5000', 'udp/53'],
    "the LAN is inside the site: the Internet's flows are not its own",
  );
  const t: ListenToken = { nonce: '0123456789abcdef', host: 'mx1', real: ['udp/53', 'tcp/443'], smtp: {} };
  const paired = [
    ...inboundProbes(mx1, [cidr('192.0.2.0/25')], t).probes,
    ...inboundProbes(mx1, [cidr('203.0.113.0/24')], t).probes,
  ];
  const by = (k: string) => paired.find((p) => `${p.protocol}/${p.port}` === k)!;
  assert.equal(by('udp/5000').method, 'udp-token');
  assert.equal(by('udp/5000').token, 'portcullis listener 0123456789abcdef');
  assert.equal(by('udp/53').method, 'dns-query', 'a real service is probed as it is');
  assert.equal(by('tcp/443').method, 'tls-handshake');
  assert.equal(by('tcp/22').method, 'banner', 'the listener greets with its nonce');
  assert.deepEqual(by('tcp/25').expected, listenerExpected(t));
  const v6 = inboundProbes(mx1, [cidr('2001:db8:ff::/48')], null);
  assert.deepEqual([...new Set(v6.probes.map((p) => p.target))], ['2001:db8::25']);
  const ports = inboundPorts(mx1);
  assert.deepEqual(
    ports.ports.map((p) => `${p.protocol}/${p.port}`),
    ['tcp/22', 'tcp/25', 'tcp/443', 'udp/53', 'udp/5000'],
  );
  assert.equal(ports.skipped.length, 1);
});
