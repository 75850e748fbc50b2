// Pods from public bug reports, rebuilt from what each report shows (describe output, events, logs) and labelled
// with the root cause the report's resolution points to. Facts and message formats are the reports'; names of
// pods and images are kept where given, invented fields (uids, IPs) are neutral. The cases live in five files by
// kind of failure.
import type { RealWorldCase } from './real-world-builders.js';
import { ACCESS_CASES } from './real-world-cases-access.js';
import { CONFIG_CASES } from './real-world-cases-config.js';
import { CRASH_CASES } from './real-world-cases-crash.js';
import { KILL_CASES } from './real-world-cases-kills.js';
import { START_CASES } from './real-world-cases-start.js';

export const REAL_WORLD_CASES: readonly RealWorldCase[] = [...KILL_CASES, ...START_CASES, ...CONFIG_CASES, ...ACCESS_CASES, ...CRASH_CASES];
