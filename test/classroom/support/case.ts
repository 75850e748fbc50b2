// An exercise case built from a built-in scenario through the offline reader, as the CLI builds it live.
import { join } from 'node:path';
import { prepareCase } from '../../../src/classroom/index.js';
import { openOfflineReader } from '../../../src/cluster/index.js';
import { loadBuiltinFlows } from '../../../src/flow/index.js';
import { builtinScenariosDir } from '../../../src/paths.js';
import { loadScenarios } from '../../../src/scenario/index.js';
import type { ExerciseCase } from '../../../src/classroom/types.js';

export async function scenarioCase(name: string, seed = 1): Promise<ExerciseCase> {
  const dir = join(builtinScenariosDir(), name);
  const [scenario] = await loadScenarios([dir]);
  const reader = await openOfflineReader(dir);
  return prepareCase({ reader, scenario: scenario!, flows: await loadBuiltinFlows(), seed });
}
