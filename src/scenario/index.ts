// Scenario directories and `kubectl cluster-info dump` output (a directory tree or the stream it prints), loaded
// into typed objects with their logs; every malformed file becomes a one-line UserError naming the file and line.
export { loadScenarios } from './load-scenarios.js';
export { loadScenarioDir } from './load-scenario-dir.js';
export { readScenarioLog, type LogReadOptions } from './read-scenario-log.js';
export { isClusterScoped } from './normalise-object.js';
export type { Scenario, ScenarioImage, ScenarioLog, ScenarioMeta } from '../contracts/scenario.js';
