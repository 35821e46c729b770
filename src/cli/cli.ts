import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { isMap, parseDocument } from 'yaml';
import type { Target } from '../backends/backend.js';
import { BACKENDS, isTarget, TARGETS } from '../backends/registry.js';
import { loadCatalog } from '../catalog/load-catalog.js';
import { loadProfile } from '../catalog/load-profile.js';
import { compileFirewalls, compilePlan, compileSite, staticResolver, systemResolver } from '../compile/compile.js';
import type { Resolver } from '../compile/host-ruleset.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.js';
import type { Catalog } from '../model/types.js';
import { isValidCidr } from '../net/addresses.js';
import { buildPlan } from '../plan/build-plan.js';
import type { Plan } from '../plan/plan-types.js';
import { loadSite } from '../site/load-site.js';
import { auditHost } from '../audit/audit-ruleset.js';
import type { FwRuleset } from '../audit/firewall-model.js';
import { parseRuleset, type RulesetFormat } from '../audit/parse-ruleset.js';
import { parseIpsetSave, type IpSet } from '../audit/parse-ipset-save.js';
import { renderAudit } from './render-audit.js';
import { renderProbe, progressBar } from './render-probe.js';
import { allOpen } from '../probe/probe-report.js';
import { probeHost } from '../probe/probe-host.js';
import { decodeToken, encodeToken } from '../probe/listen-token.js';
import { inboundPorts, startListeners } from '../probe/listener.js';
import { localBindAddresses } from '../probe/local-addresses.js';
import { endpointCidrs } from '../site/load-site.js';
import type { Site } from '../model/types.js';
import { catalogJson, planJson, renderCatalogList, renderProfile } from './render-output.js';
import { renderPlanTable } from './render-plan-table.js';
import { writeFilesAtomically } from './write-files.js';

/** Where the CLI writes; tests pass buffers. */
export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  /** Replaces the system resolver for DNS-named peers (tests). */
  resolve?: Resolver;
  /** Reads standard input (`--ruleset -`); tests pass text. */
  readStdin?: () => string;
}

/** Exit codes of SPEC.md. */
export const EXIT = { ok: 0, findings: 1, badInput: 2, internal: 3 } as const;

/** Raised inside a command to stop with a code once diagnostics are printed. */
class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/**
 * The whole command line as a function of argv and streams, so tests drive it directly.
 * `argv` excludes the node binary and script (`['plan', 'site.yaml', '--json']`).
 */
export async function cli(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  const sources = new Map<string, string | undefined>();
  const report = (diags: readonly Diagnostic[]): void => {
    for (const d of diags) {
      if (!sources.has(d.file)) {
        try {
          sources.set(d.file, readFileSync(d.file, 'utf8'));
        } catch {
          sources.set(d.file, undefined);
        }
      }
      io.stderr.write(`${formatDiagnostic(d, sources.get(d.file))}\n`);
    }
  };
  const failIfErrors = (diags: readonly Diagnostic[]): void => {
    report(diags);
    if (hasErrors(diags)) throw new Exit(EXIT.badInput);
  };
  const usage = (message: string, hint: string): never => {
    io.stderr.write(`portcullis: error: ${message}\n  hint: ${hint}\n`);
    throw new Exit(EXIT.badInput);
  };
  const catalogOf = (dirs: string[]): Catalog => {
    const { catalog, diagnostics } = loadCatalog(dirs);
    failIfErrors(diagnostics);
    return catalog;
  };
  const planOf = (file: string, dirs: string[]): { plan: Plan; file: string; site: Site; catalog: Catalog } => {
    const catalog = catalogOf(dirs);
    const { site, diagnostics } = loadSite(file, catalog);
    failIfErrors(diagnostics);
    return { plan: buildPlan(site!), file, site: site!, catalog };
  };
  const firewallOf = (plan: Plan, name: string): Plan['firewalls'][number] => {
    const fw = plan.firewalls.find((f) => f.name === name);
    if (!fw)
      usage(
        `site ${plan.site} has no firewall "${name}"`,
        plan.firewalls.length
          ? `firewalls: ${plan.firewalls.map((f) => f.name).join(', ')}`
          : 'declare it under firewalls: with its interfaces',
      );
    return fw!;
  };
  const hostsOf = (plan: Plan, host: string | undefined): Plan['hosts'] => {
    if (host === undefined) return plan.hosts;
    const h = plan.hosts.find((x) => x.name === host);
    if (!h) usage(`site ${plan.site} has no host "${host}"`, `hosts: ${plan.hosts.map((x) => x.name).join(', ')}`);
    return [h!];
  };

  const program = new Command('portcullis')
    .description("Firewall rules for email infrastructure, from the vendors' port lists, proven on a kernel")
    .option('--catalog <dir>', 'add the profile files in DIR to the catalog (repeatable)', collect, [] as string[])
    .option('--debug', 'show stack traces of internal errors')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      '\nExample:\n  portcullis plan examples/acme-mail.yaml --host trap1\n  portcullis compile examples/acme-mail.yaml --target nftables --out rules/\n\nExit codes: 0 fine, 1 findings, 2 bad input or usage, 3 internal error.',
    );
  const dirs = (): string[] => program.opts<{ catalog: string[] }>().catalog;

  program
    .command('validate')
    .description('check site (and profile) files against the catalog; print nothing but diagnostics')
    .argument('<files...>', 'site or profile YAML files')
    .addHelpText('after', '\nExample:\n  portcullis validate examples/acme-mail.yaml')
    .action((files: string[]) => {
      const catalog = catalogOf(dirs());
      const all: Diagnostic[] = [];
      for (const file of files) {
        if (looksLikeProfile(file)) all.push(...loadProfile(file).diagnostics);
        else all.push(...loadSite(file, catalog).diagnostics);
      }
      failIfErrors(all);
    });

  program
    .command('plan')
    .description('the flows each host must allow')
    .argument('<site>', 'site YAML file')
    .option('--host <name>', 'only this host')
    .option('--firewall <name>', 'only this network firewall')
    .option('--json', "print SPEC.md's JSON shape")
    .addHelpText(
      'after',
      '\nExample:\n  portcullis plan examples/acme-mail.yaml --host mgmt1 --json\n  portcullis plan examples/acme-mail.yaml --firewall edge',
    )
    .action((file: string, opts: { host?: string; firewall?: string; json?: boolean }) => {
      const { plan } = planOf(file, dirs());
      const hosts = opts.firewall !== undefined && opts.host === undefined ? [] : hostsOf(plan, opts.host);
      const firewalls =
        opts.firewall !== undefined ? [firewallOf(plan, opts.firewall)] : opts.host !== undefined ? [] : plan.firewalls;
      io.stdout.write(
        opts.json
          ? `${JSON.stringify(planJson(plan, hosts, firewalls), null, 2)}\n`
          : renderPlanTable(plan, hosts, firewalls),
      );
    });

  program
    .command('compile')
    .description('firewall rules per host, per network firewall, or a handout for the site')
    .argument('<site>', 'site YAML file')
    .addOption(new Option('--target <target>', 'firewall language').choices(TARGETS).makeOptionMandatory())
    .option('--host <name>', 'only this host')
    .option(
      '--firewall <name>',
      'the forward rules of this network firewall (`firewalls:` in the site) instead of host rules',
    )
    .option('--out <dir>', 'write one file per host (per family for iptables) into DIR')
    .option(
      '--resolve <name=addr>',
      'use ADDR for DNS name NAME instead of asking DNS (repeatable)',
      collect,
      [] as string[],
    )
    .addHelpText(
      'after',
      `\nTargets: ${TARGETS.map((t) => `${t} (${BACKENDS[t].description})`).join('; ')}\n\nExample:\n  portcullis compile examples/acme-mail.yaml --target nftables --host trap1 > trap1.nft\n  portcullis compile examples/acme-mail.yaml --target iptables --out rules/\n  portcullis compile examples/acme-mail.yaml --target cisco-ios --firewall edge`,
    )
    .action(
      async (
        file: string,
        opts: { target: string; host?: string; firewall?: string; out?: string; resolve: string[] },
      ) => {
        if (!isTarget(opts.target)) usage(`unknown target "${opts.target}"`, `targets: ${TARGETS.join(', ')}`);
        const target = opts.target as Target;
        const backend = BACKENDS[target];
        if (opts.host !== undefined && opts.firewall !== undefined)
          usage(
            '--host and --firewall exclude each other',
            'a host firewall filters its own traffic; a network firewall forwards; compile one at a time',
          );
        const table = parseResolve(opts.resolve, usage);
        const { plan } = planOf(file, dirs());
        const resolve = staticResolver(table, io.resolve ?? systemResolver());
        let units: { host: string; files: { name: string; content: string }[]; ruleCount: number }[];
        let diagnostics: Diagnostic[];
        if (opts.firewall !== undefined) {
          firewallOf(plan, opts.firewall);
          const result = await compileFirewalls(plan, target, [opts.firewall], { resolve, siteFile: file });
          ({ diagnostics } = result);
          units = result.firewalls;
        } else if (opts.host === undefined && backend.renderSite) {
          const result = await compileSite(plan, target, { resolve, siteFile: file });
          ({ diagnostics } = result);
          units = [{ host: plan.site, files: result.files, ruleCount: result.ruleCount }];
        } else {
          const hosts = hostsOf(plan, opts.host);
          if (!opts.out && hosts.length !== 1)
            usage(
              `site ${plan.site} has ${hosts.length} hosts; stdout takes one`,
              'give --host NAME, or --out DIR for every host',
            );
          const result = await compilePlan(plan, target, { hosts: hosts.map((h) => h.name), resolve, siteFile: file });
          ({ diagnostics } = result);
          units = result.hosts;
        }
        failIfErrors(diagnostics);
        if (!opts.out) {
          const only = units[0]!;
          io.stdout.write(
            only.files.map((f) => (only.files.length > 1 ? `# ==> ${f.name} <==\n${f.content}` : f.content)).join('\n'),
          );
          io.stderr.write(`portcullis: ${only.host}: ${only.ruleCount} rules (${target})\n`);
          return;
        }
        const written = writeFilesAtomically(
          opts.out,
          units.flatMap((h) => h.files),
        );
        for (const h of units)
          io.stdout.write(
            `${h.host}: ${h.ruleCount} rules -> ${h.files.map((f) => `${opts.out!.replace(/\/$/, '')}/${f.name}`).join(', ')}\n`,
          );
        io.stdout.write(
          `${written.length} files written for ${units.length} ${opts.firewall !== undefined ? 'firewall' : 'host'}${units.length === 1 ? '' : 's'} (${target}); load with: ${opts.firewall !== undefined ? (backend.loadFirewallCommand ?? backend.loadCommand)(opts.firewall) : backend.loadCommand(backend.renderSite && opts.host === undefined ? plan.site : 'HOST')}\n`,
        );
      },
    );

  program
    .command('audit')
    .description(
      'judge an existing iptables or nftables ruleset against the plan: required flows, exposure, dead and redundant rules',
    )
    .argument('<site>', 'site YAML file')
    .requiredOption('--host <name>', 'the host whose plan is the reference')
    .option(
      '--ruleset <file>',
      'iptables-save / ip6tables-save output or `nft -j list ruleset`; "-" for stdin (repeatable)',
      collect,
      [] as string[],
    )
    .option('--ipset <file>', '`ipset save` output, to judge `-m set` matches (repeatable)', collect, [] as string[])
    .addOption(
      new Option('--format <format>', 'ruleset format').choices(['auto', 'iptables-save', 'nft-json']).default('auto'),
    )
    .option('--interface <name>', 'judge traffic on this interface (default: any)')
    .addOption(new Option('--fail-on <condition>', 'also exit 1 when this holds').choices(['exposure']))
    .option('--resolve <name=addr>', 'addresses of a DNS name in the plan (repeatable)', collect, [] as string[])
    .option('--json', "print SPEC.md's JSON shape")
    .addHelpText(
      'after',
      '\nExamples:\n  iptables-save > gw.v4 && ip6tables-save > gw.v6\n  portcullis audit examples/acme-mail.yaml --host trap1 --ruleset gw.v4 --ruleset gw.v6\n  portcullis audit examples/acme-mail.yaml --host mx1 --ruleset examples/audit/mx1.nft.json\n\nExit codes: 0 every required flow open; 1 a flow not open (or --fail-on exposure and exposure found); 2 bad input.',
    )
    .action(
      async (
        file: string,
        opts: {
          host: string;
          ruleset: string[];
          ipset: string[];
          format: string;
          interface?: string;
          failOn?: string;
          resolve: string[];
          json?: boolean;
        },
      ) => {
        if (opts.ruleset.length === 0)
          usage(
            'audit needs at least one --ruleset FILE',
            'give the output of iptables-save (and ip6tables-save) or of `nft -j list ruleset` with --ruleset',
          );
        const { plan } = planOf(file, dirs());
        const host = hostsOf(plan, opts.host)[0]!;
        const rulesets: FwRuleset[] = [];
        const diags: Diagnostic[] = [];
        const ipsets = new Map<string, IpSet | null>();
        for (const f of opts.ipset) {
          let text: string;
          try {
            text = readFileSync(f, 'utf8');
          } catch (err) {
            usage(
              `cannot read ipset dump ${f} (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
              'check the path',
            );
            return;
          }
          const parsed = parseIpsetSave(f, text);
          diags.push(...parsed.diagnostics);
          for (const [k, v] of parsed.sets) ipsets.set(k, v);
        }
        for (const f of opts.ruleset) {
          let text: string;
          try {
            text = f === '-' ? (io.readStdin ?? (() => readFileSync(0, 'utf8')))() : readFileSync(f, 'utf8');
          } catch (err) {
            usage(`cannot read ruleset ${f} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, 'check the path');
            return;
          }
          const name = f === '-' ? '<stdin>' : f;
          if (f === '-') sources.set(name, text);
          const { ruleset, diagnostics } = parseRuleset(name, text, opts.format as RulesetFormat | 'auto', ipsets);
          diags.push(...diagnostics);
          if (ruleset) rulesets.push(ruleset);
        }
        failIfErrors(diags);
        const fqdns: Record<string, string[]> = {};
        const table = parseResolve(opts.resolve, usage);
        const resolve = staticResolver(table, io.resolve ?? systemResolver());
        for (const name of new Set(host.rules.flatMap((r) => r.fqdns)))
          fqdns[name] = await resolve(name).catch(() => []);
        const report = auditHost(host, rulesets, {
          iface: opts.interface ?? null,
          fqdns,
          ephemeral: plan.ephemeralPorts,
        });
        io.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : renderAudit(report));
        const notOpen = report.summary.open < report.summary.required;
        if (notOpen || (opts.failOn === 'exposure' && report.exposure.length > 0)) throw new Exit(EXIT.findings);
      },
    );

  program
    .command('probe')
    .description('check that every planned flow is really open (nmap states), and that SMTP passes unaltered')
    .argument('<site>', 'site YAML file')
    .requiredOption('--host <name>', 'the host the flows belong to')
    .option('--json', "print SPEC.md's JSON shape")
    .option('--timeout <ms>', 'per probe (default 2000)', intOption(usage, '--timeout', 1, 600_000), 2000)
    .option(
      '--concurrency <n>',
      'probes in flight at once (default 64)',
      intOption(usage, '--concurrency', 1, 4096),
      64,
    )
    .option('--rate <n>', 'probe starts per second at most (default 200)', intOption(usage, '--rate', 1, 100_000), 200)
    .addOption(
      new Option(
        '--only <direction>',
        'out: run on the host, probe its outbound flows (the default); in: needs --from',
      ).choices(['in', 'out']),
    )
    .option(
      '--from <peer>',
      "pair mode: run on a machine in this peer (zone, host or CIDR) and probe the host's inbound flows from it",
    )
    .option('--token <token>', 'pair mode: the line `listen` printed on the host')
    .option(
      '--target <peer=addr>',
      'an address or DNS name to probe inside a peer that is a range, e.g. 0.0.0.0/0=192.0.2.53 (repeatable)',
      collect,
      [] as string[],
    )
    .option(
      '--resolve <name=addr>',
      'addresses of a DNS name in the plan instead of asking DNS (repeatable)',
      collect,
      [] as string[],
    )
    .addHelpText(
      'after',
      '\nExamples:\n  portcullis probe examples/acme-mail.yaml --host trap1 --target 0.0.0.0/0=192.0.2.53\n  portcullis listen examples/acme-mail.yaml --host trap1 --for 600      # on trap1\n  portcullis probe examples/acme-mail.yaml --host trap1 --from internet --token pc1.eyJ...   # outside\n\nProbes only the targets the plan names (and --target or probe-targets: give): no range is scanned.\nExit codes: 0 every probed flow open and SMTP unaltered; 1 a flow not open or a check failed; 2 bad input.',
    )
    .action(
      async (
        file: string,
        opts: {
          host: string;
          json?: boolean;
          timeout: number;
          concurrency: number;
          rate: number;
          only?: 'in' | 'out';
          from?: string;
          token?: string;
          target: string[];
          resolve: string[];
        },
      ) => {
        const { plan, site, catalog } = planOf(file, dirs());
        const host = hostsOf(plan, opts.host)[0]!;
        if (opts.only === 'in' && opts.from === undefined)
          usage(
            '--only in probes the inbound flows, which run from a peer',
            `run it on a machine in the peer zone with --from PEER (and on ${host.name}: portcullis listen)`,
          );
        if (opts.only === 'out' && opts.from !== undefined)
          usage(
            '--only out probes the outbound flows, which run on the host itself',
            'drop --from, and run it on the host',
          );
        if (opts.token !== undefined && opts.from === undefined)
          usage('--token belongs to pair mode', 'add --from PEER (the zone this machine is in)');
        let from: { name: string; cidrs: ReturnType<typeof endpointCidrs> } | undefined;
        if (opts.from !== undefined) {
          const cidrs = endpointCidrs(site, opts.from);
          if (cidrs.length === 0)
            usage(
              `--from "${opts.from}" is neither a zone, a host nor a CIDR of site ${site.name}`,
              `zones: ${[...site.zones.keys()].join(', ')}`,
            );
          from = { name: opts.from, cidrs };
        }
        const token = opts.token === undefined ? null : decodeToken(opts.token);
        if (typeof token === 'string')
          usage(`--token: ${token}`, 'pass the line `portcullis listen` printed, e.g. --token pc1.eyJ...');
        if (token && typeof token !== 'string' && token.host !== host.name)
          usage(
            `--token is from a listener on "${token.host}", not "${host.name}"`,
            `use --host ${token.host}, or the token of ${host.name}'s listener`,
          );
        const targets: Record<string, string[]> = {};
        for (const [peer, names] of Object.entries(
          parseResolve(
            opts.target,
            usage,
            '--target',
            'e.g. --target 0.0.0.0/0=192.0.2.53 or --target internet=ns1.example.net',
            true,
          ),
        )) {
          const ranges = endpointCidrs(site, peer);
          if (ranges.length === 0)
            usage(
              `--target "${peer}=..." names neither a zone nor a CIDR`,
              `zones: ${[...site.zones.keys()].join(', ')}`,
            );
          for (const r of ranges) targets[r.text] = [...(targets[r.text] ?? []), ...names];
        }
        for (const [range, names] of site.probeTargets) targets[range] = [...(targets[range] ?? []), ...names];
        const resolve = staticResolver(parseResolve(opts.resolve, usage), io.resolve ?? systemResolver());
        const tty = !opts.json && io.stderr.isTTY === true;
        const report = await probeHost(host, {
          catalog,
          resolve,
          targets,
          from,
          token: token as Exclude<typeof token, string>,
          timeout: opts.timeout,
          concurrency: opts.concurrency,
          rate: opts.rate,
          progress: tty ? (d, t) => io.stderr.write(progressBar(d, t)) : undefined,
        });
        if (tty) io.stderr.write('\n');
        io.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : renderProbe(report));
        if (!allOpen(report)) throw new Exit(EXIT.findings);
      },
    );

  program
    .command('listen')
    .description(
      'pair mode, on the host: temporary listeners on its planned inbound ports that are free, for probe --from',
    )
    .argument('<site>', 'site YAML file')
    .requiredOption('--host <name>', 'the host this runs on')
    .option('--for <seconds>', 'stop after this long (default 600)', intOption(usage, '--for', 1, 86_400), 600)
    .option(
      '--bind <addr>',
      "an address to listen on (repeatable; default: the host's planned addresses found on this machine)",
      collect,
      [] as string[],
    )
    .addHelpText(
      'after',
      '\nExample:\n  portcullis listen examples/acme-mail.yaml --host trap1 --for 600\n\nPrints one line (the token) on stdout: pass it to probe --token on the other side.\nTCP ports greet with the token, SMTP ports speak a small dialogue that refuses MAIL (never a relay),\nUDP ports answer only a datagram that is the token. Ports a service already holds are left to it.\nStops after --for seconds, or on Ctrl-C.',
    )
    .action(async (file: string, opts: { host: string; for: number; bind: string[] }) => {
      const { plan } = planOf(file, dirs());
      const host = hostsOf(plan, opts.host)[0]!;
      for (const b of opts.bind)
        if (!isValidCidr(b) || b.includes('/')) usage(`--bind "${b}" is not an address`, 'e.g. --bind 198.51.100.25');
      const bind = opts.bind.length > 0 ? opts.bind : localBindAddresses(host.addresses);
      const { ports, skipped } = inboundPorts(host);
      if (ports.length === 0)
        usage(
          `host ${host.name} has no planned inbound TCP or UDP port`,
          'nothing to listen on; probe its outbound flows with portcullis probe',
        );
      const l = await startListeners(host, ports, { bind: bind.length > 0 ? bind : ['::'] });
      const list = (ps: { protocol: string; port: number }[]): string =>
        ps.map((p) => `${p.protocol}/${p.port}`).join(' ') || '-';
      io.stderr.write(
        `listening on ${bind.length > 0 ? bind.join(', ') : 'every address (none of the planned ones is on this machine)'} for ${opts.for} s:\n  ${list(l.listening)}\n`,
      );
      if (l.real.length > 0) io.stderr.write(`in use by a service (probed as it is): ${list(l.real)}\n`);
      for (const f of l.failed)
        io.stderr.write(`portcullis: warning: could not listen on ${f.protocol}/${f.port}: ${f.why}\n`);
      for (const u of skipped) io.stderr.write(`not listening on ${u.protocol} ${u.ports}: ${u.why}\n`);
      io.stdout.write(`${encodeToken(l.token)}\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          clearTimeout(timer);
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        const timer = setTimeout(stop, opts.for * 1000);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await l.close();
      if (l.failed.length > 0) throw new Exit(EXIT.findings);
    });

  const catalogCmd = program.command('catalog').description('the bundled profiles (and --catalog ones)');
  catalogCmd
    .command('list')
    .description('list profiles')
    .option('--json', 'JSON output')
    .addHelpText('after', '\nExample:\n  portcullis catalog list')
    .action((opts: { json?: boolean }) => {
      const catalog = catalogOf(dirs());
      io.stdout.write(
        opts.json
          ? `${JSON.stringify(
              [...catalog.profiles.values()].map((p) => catalogJson(p, false)),
              null,
              2,
            )}\n`
          : renderCatalogList(catalog),
      );
    });
  catalogCmd
    .command('show')
    .description('show one profile: roles, peers, features, checks and flows with their citations')
    .argument('<id>', 'profile id')
    .option('--json', 'JSON output')
    .addHelpText('after', '\nExample:\n  portcullis catalog show spammertrap')
    .action((id: string, opts: { json?: boolean }) => {
      const catalog = catalogOf(dirs());
      const p = catalog.profiles.get(id);
      if (!p) usage(`no profile "${id}"`, `profiles: ${[...catalog.profiles.keys()].join(', ')}`);
      io.stdout.write(opts.json ? `${JSON.stringify(catalogJson(p!, true), null, 2)}\n` : renderProfile(p!));
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (err) {
    if (err instanceof Exit) return err.code;
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
        return EXIT.ok;
      if (err.code === 'commander.executeSubCommandAsync') return EXIT.ok;
      return EXIT.badInput;
    }
    const e = err as Error;
    io.stderr.write(`portcullis: internal error: ${e?.message ?? String(err)}\n`);
    if (debug) io.stderr.write(`${e?.stack ?? ''}\n`);
    else io.stderr.write('  hint: run again with --debug for the stack trace, and report it\n');
    return EXIT.internal;
  }
}

/** `--resolve NAME=ADDR[,ADDR]` entries as a table. */
function parseResolve(
  entries: string[],
  usage: (m: string, h: string) => never,
  flag = '--resolve',
  example = 'e.g. --resolve my.mailstore.com=198.51.100.7',
  namesToo = false,
): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const entry of entries) {
    const m = /^([^=\s]+)=(.+)$/.exec(entry);
    const addrs = m ? m[2]!.split(',') : [];
    const ok = (a: string): boolean => isValidCidr(a) || (namesToo && /^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}\.?$/.test(a));
    if (!m || !addrs.every(ok)) usage(`${flag} "${entry}" is not NAME=ADDR[,ADDR...]`, example);
    table[m[1]!.toLowerCase()] = [...(table[m[1]!.toLowerCase()] ?? []), ...addrs];
  }
  return table;
}

/** A commander parser for an integer option within bounds (a bad value is a usage error). */
function intOption(
  usage: (m: string, h: string) => never,
  flag: string,
  min: number,
  max: number,
): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < min || n > max)
      usage(
        `${flag} "${v}" is not a whole number from ${min} to ${max}`,
        `e.g. ${flag} ${Math.min(max, Math.max(min, 1000))}`,
      );
    return n;
  };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** A file with top-level `flows:` and `id:` but no `site:` is a profile. */
function looksLikeProfile(file: string): boolean {
  try {
    const doc = parseDocument(readFileSync(file, 'utf8'));
    return isMap(doc.contents) && doc.has('id') && doc.has('flows') && !doc.has('site');
  } catch {
    return false;
  }
}
