/**
 * The portcullis library: every stage of the pipeline usable on its own, and every command of
 * the CLI as a function of plain options and an environment.
 *
 *   load (sites, profiles, the catalog) -> plan -> compile (per target) -> files
 *   parse a ruleset dump (any format) -> audit against the plan;  plan -> probe
 */

// Diagnostics are data; formatDiagnostic renders one as `FILE:LINE:COL: error: ...`.
export type { Diagnostic, DiagnosticCode, Position, Severity } from './diagnostics/diagnostic.js';
export { DIAGNOSTIC_CODES, hasErrors } from './diagnostics/diagnostic.js';
export { formatDiagnostic } from './diagnostics/format-diagnostic.js';

// Load: YAML with positions, validated, resolved against the catalog.
export { BUILTIN_CATALOG_DIR, loadCatalog } from './catalog/load-catalog.js';
export { loadProfile } from './catalog/load-profile.js';
export { loadSite } from './site/load-site.js';
export { loadDocument, type LoadedDocument } from './load/load-document.js';
export type { FileInput } from './load/source-file.js';
export type { Catalog, Origin, Profile, Protocol, Service, Site } from './model/types.js';

// Plan: the exact flows per host and per network firewall, with provenance.
export { buildPlan } from './plan/build-plan.js';
export type {
  Because,
  FirewallPlan,
  ForwardEnd,
  ForwardRule,
  HostPlan,
  Plan,
  PlanCheck,
  PlanRule,
} from './plan/plan-types.js';
export { flowLegs, icmpErrorLegs, requestLeg, type ClientPorts, type Leg } from './flow/legs.js';

// Compile: neutral rulesets, checked against each target's capabilities, rendered by its back end.
export { compileFirewalls, compilePlan, compileSite } from './compile/compile.js';
export type { CompiledHost, CompileOptions } from './compile/compile.js';
export type { FilterRule, FqdnSet, HostRuleset, Remote } from './compile/host-ruleset.js';
export type { ForwardFilterRule, ForwardRuleset } from './compile/forward-ruleset.js';
export { BACKENDS, isTarget, TARGETS } from './backends/registry.js';
export type { Backend, Capabilities, OutputFile, Rendered, Target, Tracking } from './backends/backend.js';
export { staticResolver, systemResolver, type Resolver } from './net/resolver.js';
export { cidrAddressText, parseCidr, type Cidr, type Family } from './net/addresses.js';

// Rulesets: every dump format into the neutral firewall model the audit evaluates.
export { detectFormat, FORMAT_NAMES, parseRuleset, RULESET_FORMATS } from './rulesets/registry.js';
export type { FormatName, ReadContext, RulesetFormat } from './rulesets/format.js';
export type { FwRuleset } from './rulesets/firewall-model.js';
export { parseIptablesSave } from './rulesets/iptables-save/parse.js';
export { iptablesFirewall } from './rulesets/iptables-save/to-firewall.js';
export { parseNftJson } from './rulesets/nft-json/format.js';
export { parseIpsetSave, type IpSet } from './rulesets/ipset-save/parse.js';

// Audit and probe.
export { auditHost, type AuditReport, type DeadRule, type ExposureEntry } from './audit/audit-ruleset.js';
export { auditFlows, type AuditOptions as AuditFlowOptions, type FlowAudit } from './audit/audit-flows.js';
export { probeHost, type ProbeHostOptions } from './probe/probe-host.js';
export type { ProbeReport } from './probe/probe-report.js';
export { PacketSet } from './algebra/packet-set.js';

// Commands: what the CLI runs, as library functions (options, environment -> outcome).
export * from './commands/index.js';
export { cli, type CliIo } from './cli/cli.js';
