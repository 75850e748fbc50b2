// Run by scripts/build.mjs, never shipped: parse every built-in scenario once and write what came out, so the
// bundle starts the training cluster without parsing YAML it already knows (see parse-cache.ts).
import { writeFileSync } from 'node:fs';
import { builtinScenariosDir } from '../paths.js';
import { loadScenarios } from './load-scenarios.js';
import { recorded, startRecording } from './parse-cache.js';

const out = process.argv[2];
if (!out) throw new Error('usage: parse-cache-build OUT.json');
startRecording();
await loadScenarios([builtinScenariosDir()]);
writeFileSync(out, JSON.stringify(recorded()));
