// The only side effects of kubectl-crashcourse: running argv (never a shell string), the run/suggest executor,
// creating and deleting the override copy, consent, the ledger of what we created, and the terminal hand-off.
export { createPlanRunner, shellArgvs, type PlanRunnerOptions, type RecordingPlanRunner, type ExecMode, type ApiFallback, type OwnCommands } from './plan-runner.js';
export { createOwnCommands } from './own-commands.js';
export { createApiFallback } from './api-fallback.js';
export { runArgv, type ArgvResult, type RunArgvOptions } from './run-argv.js';
export { findOnPath } from './find-program.js';
export { openKubeApi, type KubeApi, type ApiResponse } from './kube-api.js';
export { Ledger, findCopies } from './ledger.js';
export { confirmTyped } from './confirm.js';
export { runOverrideFlow, type OverrideRequest, type OverrideDeps } from './override.js';
export { prepareOverride, withKeepAlive, type PreparedOverride } from './override-prepare.js';
export { readSourcePod, splitPodArg } from './override-context.js';
export { waitUntilRunning } from './wait-running.js';
export { handOffTerminal } from './terminal-handoff.js';
export { runCopyShell, type CopyShellResult } from './copy-shell.js';
