import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Target } from '../../src/backends/backend.js';
import { kernelAvailable, kernelRequired, onPath } from './lab.js';
import { runScenario } from './scenario.js';
import { LAB_SITES } from './sites.js';

const kernel = kernelAvailable();
const skip =
  !kernel.ok && !kernelRequired() ? `kernel tests need root, ip, nft, iptables and ping (${kernel.why})` : false;

/** The sites whose ufw scripts are loaded twice (see below). */
const UFW_RELOAD_CHECKED = new Set(['spammertrap', 'mailstore-spe']);

/**
 * The sites loaded by ufw itself: ufw runs once per rule, the slowest load of all, so the two
 * single-host sites that nftables, iptables and firewalld already cover here (mailserver,
 * spamexperts) are not loaded by ufw; their ufw scripts are checked by ufw --dry-run
 * (tests/tools) and by their golden files.
 */
const UFW_SITES = new Set(['spammertrap', 'mailstore-spe', 'clearswift-seg']);

describe('host firewalls on a real kernel', { skip, concurrency: 2 }, () => {
  test('the kernel pieces are present', () => assert.ok(kernel.ok, kernel.why));
  // Negative controls: a rule too many and a rule too few must both show up as mismatches.
  const trap = LAB_SITES.find((s) => s.profile === 'spammertrap')!;
  test('the lab notices an extra open port (3389 in) and a missing one (25 in)', async () => {
    const mutate = (_host: string, _file: string, text: string): string =>
      text
        .replace('iif "lo" accept', 'iif "lo" accept\n\t\ttcp dport 3389 accept')
        .replace(/(tcp dport \{ )25, /, '$1');
    const r = await runScenario({
      name: 'lab-control',
      siteText: trap.siteText,
      target: 'nftables',
      reps: trap.reps,
      underTest: trap.underTest,
      mutate,
      extraPorts: 20,
      recheck: (protocol, port) => protocol === 'tcp' && port === 3389,
    });
    assert.ok(
      r.mismatches.some((m) => m.includes('tcp/3389') && m.includes('kernel passed')),
      'extra port 3389 not noticed',
    );
    assert.ok(
      r.mismatches.some((m) => m.includes('tcp/25 ') && m.includes('kernel refused')),
      'missing port 25 not noticed',
    );
  });
  for (const target of ['nftables', 'iptables'] as Target[]) {
    test(`spammertrap stateless (options.stateful: false) on ${target}: derived return traffic carries every planned flow, nothing else passes`, async () => {
      const siteText = `${trap.siteText}options: { stateful: false }\n`;
      const r = await runScenario({
        name: 'lab-stateless',
        siteText,
        target,
        reps: trap.reps,
        underTest: trap.underTest,
        seed: 7,
      });
      assert.ok(r.passed > 0);
      assert.deepEqual(r.mismatches.slice(0, 40), [], `${r.mismatches.length} probes disagree with the plan`);
    });
    test(`IPv6 neighbour discovery works through the ${target} rules (no static neighbours)`, async () => {
      const mail = LAB_SITES.find((s) => s.profile === 'mailserver')!;
      const r = await runScenario({
        name: 'lab-nd',
        siteText: mail.siteText,
        target,
        reps: mail.reps,
        underTest: mail.underTest,
        staticNeighbours: false,
        extraPorts: 10,
      });
      assert.deepEqual(r.mismatches, []);
    });
  }
  for (const site of LAB_SITES) {
    for (const target of ['nftables', 'iptables'] as Target[]) {
      const full = site.profile === 'spamexperts';
      test(`${site.profile} (all features) on ${target}: planned flows pass, ${full ? 'every other TCP port' : 'sampled other ports'} refused, both directions, IPv4 and IPv6`, async () => {
        const r = await runScenario({
          name: `lab-${site.profile}`,
          siteText: site.siteText,
          target,
          reps: site.reps,
          underTest: site.underTest,
          fullTcpRange: full,
          ...(site.fqdns ? { fqdns: site.fqdns } : {}),
        });
        assert.ok(r.reloadStable, 'loading the same file twice changed the ruleset');
        assert.ok(r.passed > 0, 'no probe passed at all: the lab is broken');
        // Every mismatch, with the plan or with the audit of the rules the kernel holds ("audit:").
        assert.ok(r.audited > 20, `only ${r.audited} probes compared with the audit`);
        assert.deepEqual(r.mismatches.slice(0, 40), [], `${r.mismatches.length} probes disagree with the plan`);
      });
    }
  }

  // ufw and firewalld are Linux back ends too: their own tools load the output in the host's
  // namespace (with private copies of their configuration), and the same traffic decides.
  const tools: Record<'ufw' | 'firewalld', boolean> = {
    ufw: onPath('ufw'),
    firewalld: onPath('firewalld') && onPath('dbus-daemon') && onPath('firewall-cmd'),
  };
  for (const target of ['ufw', 'firewalld'] as const) {
    for (const site of LAB_SITES) {
      if (target === 'ufw' && !UFW_SITES.has(site.profile)) continue;
      const skipTool = !tools[target] && !kernelRequired() ? `${target} is not installed` : false;
      test(
        `${site.profile} (all features) on ${target}, loaded by ${target} itself: planned flows pass, sampled other ports refused, IPv4 and IPv6`,
        { skip: skipTool },
        async (t) => {
          // The audit of what ufw and firewalld loaded must agree with the kernel too (ufw's chains use -m addrtype).
          const r = await runScenario({
            name: `lab-${target}-${site.profile}`,
            siteText: site.siteText,
            target,
            reps: site.reps,
            underTest: site.underTest,
            extraPorts: 60,
            // ufw's script runs ufw once per rule (seconds per load): the second load, which proves
            // a reload changes nothing, is checked on two of the sites (the other three load once).
            reloadCheck: target !== 'ufw' || UFW_RELOAD_CHECKED.has(site.profile),
            ...(site.fqdns ? { fqdns: site.fqdns } : {}),
          });
          assert.ok(r.audited > 20, `only ${r.audited} probes compared with the audit`);
          t.diagnostic(`${r.audited} audit claims compared, ${r.approximate} approximate (bound-checked)`);
          assert.ok(r.reloadStable, 'loading the same files twice changed the ruleset');
          assert.ok(r.passed > 0, 'no probe passed at all: the lab is broken');
          assert.deepEqual(r.mismatches.slice(0, 40), [], `${r.mismatches.length} probes disagree with the plan`);
        },
      );
    }
  }
});
