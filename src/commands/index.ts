/** Every command of the CLI as a library function of plain options and an environment. */
export {
  apply,
  applyStatus,
  confirmApply,
  rollbackApply,
  type ApplyDeps,
  type ApplyReport,
  type ApplyRequest,
} from './apply.js';
export { audit, type AuditRequest } from './audit.js';
export { catalogList, catalogShow, type CatalogRequest } from './catalog.js';
export { compile, type CompileRequest, type CompileResult } from './compile.js';
export { nodeEnv, type CommandEnv } from './environment.js';
export { listen, type ListenRequest, type ListenReady } from './listen.js';
export { EXIT, type ExitCode, type Outcome, type UsageProblem } from './outcome.js';
export { plan, type PlanRequest, type PlanView } from './plan.js';
export { probe, type ProbeRequest } from './probe.js';
export { validate, type ValidateRequest } from './validate.js';
