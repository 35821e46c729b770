/** Every command of the CLI as a library function of plain options and an environment. */
export { audit, type AuditOptions } from './audit.js';
export { catalogList, catalogShow, type CatalogOptions } from './catalog.js';
export { compile, type CompileOptions, type CompileResult } from './compile.js';
export { nodeEnv, type CommandEnv } from './environment.js';
export { listen, type ListenOptions, type ListenReady } from './listen.js';
export { EXIT, type ExitCode, type Outcome, type UsageProblem } from './outcome.js';
export { plan, type PlanOptions, type PlanView } from './plan.js';
export { probe, type ProbeOptions } from './probe.js';
export { validate, type ValidateOptions } from './validate.js';
