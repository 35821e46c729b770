/** The portcullis library: load -> plan -> compile, each stage usable on its own. */
export type { Diagnostic, DiagnosticCode, Severity } from './diagnostics/diagnostic.js';
export { DIAGNOSTIC_CODES, hasErrors } from './diagnostics/diagnostic.js';
export { formatDiagnostic } from './diagnostics/format-diagnostic.js';
export { loadCatalog, BUILTIN_CATALOG_DIR } from './catalog/load-catalog.js';
export { loadProfile } from './catalog/load-profile.js';
export { loadSite } from './site/load-site.js';
export { buildPlan } from './plan/build-plan.js';
export type { Plan, HostPlan, PlanRule, Because } from './plan/plan-types.js';
export { compilePlan, staticResolver, systemResolver } from './compile/compile.js';
export type { CompiledHost, CompileOptions } from './compile/compile.js';
export type { Resolver, HostRuleset, FilterRule } from './compile/host-ruleset.js';
export { BACKENDS, TARGETS } from './backends/registry.js';
export type { Backend, Target } from './backends/backend.js';
export { cli } from './cli/cli.js';
export type { CliIo } from './cli/cli.js';
