import { Option, type Command } from 'commander';
import type { ApplyReport } from '../../commands/apply.js';
import type { CliContext } from '../context.js';
import { intOption, UsageExit } from '../options.js';

interface ApplyOptions {
  host?: string;
  target?: string;
  confirmTimeout: number;
  persist?: boolean;
  force?: boolean;
  stateDir?: string;
  confirm?: boolean;
  rollback?: boolean;
  status?: boolean;
  watchdog?: boolean;
  interface?: string[];
  ifToken?: string;
  at?: string;
}

export function applyVerb(program: Command, ctx: CliContext): void {
  program
    .command('apply')
    .description("load the host's rules on this machine, and roll them back unless confirmed from a new connection")
    .argument('[site]', 'site YAML file (not with --confirm, --rollback, --status)')
    .option('--host <name>', 'the host this runs on (required to apply)')
    .addOption(
      new Option('--target <target>', 'nftables, iptables, ufw or firewalld (required to apply)').choices([
        'nftables',
        'iptables',
        'ufw',
        'firewalld',
      ]),
    )
    .option(
      '--confirm-timeout <seconds>',
      'roll back after this long unless confirmed (default 60)',
      intOption('--confirm-timeout', 5, 3600),
      60,
    )
    .option(
      '--persist',
      "once confirmed, keep the rules across reboot (the nftables service, netfilter-persistent, firewalld's permanent configuration)",
    )
    .option(
      '--interface <name...>',
      "firewalld: the interfaces to bind to the host's zone (default: those that hold the host's addresses)",
    )
    .option('--force', 'load even when the plan lets no one (or not this session) reach the management port')
    .option('--state-dir <dir>', 'where the snapshot and the pending apply are kept (default /var/lib/portcullis)')
    .option('--confirm', 'keep what apply loaded: run it over a NEW connection (a second SSH session)')
    .option('--rollback', 'restore what was there before, now')
    .option('--status', 'show what is pending')
    .option('--watchdog', 'arm the rollback with a watchdog process even where systemd runs')
    .addOption(new Option('--if-token <token>').hideHelp())
    .addOption(new Option('--at <ms>').hideHelp())
    .addHelpText(
      'after',
      '\nExample (as root, on the host, over SSH):\n  portcullis apply examples/acme-mail.yaml --host mx1 --target nftables\n  # then, from a NEW SSH session, within the timeout:\n  portcullis apply --confirm\n\nThe old rules come back by themselves at the deadline, whatever happens to this session.',
    )
    .action(async (site: string | undefined, opts: ApplyOptions) => {
      const { apply, applyStatus, confirmApply, rollbackApply } = await import('../../commands/apply.js');
      const modes = [opts.confirm, opts.rollback, opts.status].filter(Boolean).length;
      if (modes > 1) throw new UsageExit('--confirm, --rollback and --status exclude each other', 'give one');
      const stateDir = opts.stateDir;
      if (modes === 1 && site !== undefined)
        throw new UsageExit(
          `a site file is not used with --${opts.confirm ? 'confirm' : opts.rollback ? 'rollback' : 'status'}`,
          'the pending apply knows its site',
        );
      if (opts.confirm) return report(ctx, ctx.finish(await confirmApply({ stateDir, persist: opts.persist })));
      if (opts.status) return report(ctx, ctx.finish(await applyStatus({ stateDir })));
      if (opts.rollback) {
        if (opts.at !== undefined) {
          // The watchdog: a hang-up of the session that started it must not stop it.
          process.on('SIGHUP', () => undefined);
          const stop = new AbortController();
          process.once('SIGTERM', () => stop.abort());
          const r = await rollbackApply(
            { stateDir, ifToken: opts.ifToken, at: Number(opts.at) },
            { ...ctx.env, signal: stop.signal },
          );
          return report(ctx, ctx.finish(r));
        }
        return report(ctx, ctx.finish(await rollbackApply({ stateDir, ifToken: opts.ifToken }, ctx.env)));
      }
      if (site === undefined) throw new UsageExit('give the site file', 'portcullis apply SITE --host H --target T');
      if (!opts.host)
        throw new UsageExit('give --host NAME, the host this runs on', 'portcullis plan SITE lists the hosts');
      if (!opts.target)
        throw new UsageExit('give --target nftables, iptables, ufw or firewalld', 'the firewall this host runs');
      if (opts.interface && opts.target !== 'firewalld')
        throw new UsageExit('--interface is for --target firewalld', "the other targets' rules name no interface");
      const r = await apply(
        {
          site,
          catalogDirs: ctx.catalogDirs(),
          host: opts.host,
          target: opts.target,
          confirmTimeout: opts.confirmTimeout,
          persist: opts.persist,
          force: opts.force,
          stateDir,
          interfaces: opts.interface,
          rollbackBy: opts.watchdog ? 'watchdog' : 'auto',
        },
        ctx.env,
      );
      report(ctx, ctx.finish(r));
    });
}

function report(ctx: CliContext, r: ApplyReport): void {
  const out = (s: string): void => void ctx.io.stdout.write(`${s}\n`);
  for (const w of r.warnings) ctx.io.stderr.write(`portcullis: warning: ${w}\n`);
  const dir = r.stateDir === '/var/lib/portcullis' ? '' : ` --state-dir ${r.stateDir}`;
  const p = r.pending;
  const when = (ms: number): string =>
    new Date(ms)
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, ' UTC');
  if (r.action === 'applied' && p) {
    const secs = Math.round((p.deadline - p.loadedAt) / 1000);
    const by = p.timer?.kind === 'systemd' ? `systemd timer ${p.timer.unit}.timer` : `watchdog process ${p.timer?.pid}`;
    out(`loaded ${p.host}'s rules (${p.target}) on this machine; only portcullis's own part changed.`);
    out(
      `ROLLBACK at ${when(p.deadline)} (in ${secs} s, by the ${by}): the rules as they were come back unless you confirm.`,
    );
    out('');
    out(`To keep them, open a NEW SSH session to this host and run, within ${secs} s:`);
    out(`  portcullis apply --confirm${dir}`);
    out('');
    out('That a new session gets in is the proof: the new rules let new connections through. Confirming in this');
    out('session proves nothing (the firewall keeps established sessions open).');
    out(`Roll back now: portcullis apply --rollback${dir}    What is pending: portcullis apply --status${dir}`);
    if (p.persist) out('Once confirmed, the rules are also kept across reboot (--persist).');
    if (p.target === 'firewalld')
      out(
        'firewalld holds them at runtime only: its permanent configuration is unchanged, so a reboot or any firewalld reload brings back the old rules until you confirm with --persist.',
      );
  } else if (r.action === 'confirmed' && p) {
    out(`confirmed: ${p.host}'s rules (${p.target}) stay; the rollback is disarmed.`);
    for (const f of r.persisted) out(`kept across reboot: ${f}`);
    if (p.target === 'firewalld' && r.persisted.length === 0)
      out(
        'firewalld holds them at runtime only: the next firewalld reload or a reboot brings back its permanent configuration (confirm with --persist to keep them).',
      );
  } else if (r.action === 'rolled-back' && p) {
    out(`rolled back: ${p.host}'s rules (${p.target}) are as they were before the apply of ${when(p.loadedAt)}.`);
    out(
      r.sameAsBefore
        ? 'the ruleset listing equals the one taken before the apply.'
        : "the ruleset listing differs from the one taken before the apply outside portcullis's part (other software changed it meanwhile).",
    );
  } else if (r.action === 'status') {
    if (!p) out('no apply is pending.');
    else {
      const by =
        p.timer?.kind === 'systemd' ? `systemd timer ${p.timer.unit}.timer` : `watchdog process ${p.timer?.pid}`;
      out(`pending: ${p.host}'s rules (${p.target}) loaded at ${when(p.loadedAt)} from ${p.site}`);
      out(
        `rollback at ${when(p.deadline)} by the ${by}, unless confirmed (portcullis apply --confirm${dir}, from a new session)`,
      );
    }
  }
}
