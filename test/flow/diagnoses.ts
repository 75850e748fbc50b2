// Test helper: diagnoses shaped like the analysis engine's, one typical set of findings per cause, so the
// flows can be walked without a cluster. Variations of these are the "worlds" the model-based tests explore.
import type { CauseId } from '../../src/contracts/causes.js';
import type { FindingId } from '../../src/contracts/finding-ids.js';
import type { Confidence, Diagnosis } from '../../src/contracts/diagnosis.js';
import { finding } from '../../src/analysis/finding-facts.js';
import type { FlowFacts } from '../../src/flow/index.js';
import { say } from '../../src/contracts/diagnosis.js';

export interface World {
  readonly cause: CauseId | null;
  readonly findings: readonly FindingId[];
  readonly exitCode: number | null;
  readonly podStatus: string;
  readonly confidence: Confidence | null;
}

export const TYPICAL = {
  'app-crash': { findings: ['exit-code', 'back-off', 'log-panic'], exitCode: 1, podStatus: 'CrashLoopBackOff' },
  'bad-config': { findings: ['exit-code', 'back-off', 'log-bad-config'], exitCode: 78, podStatus: 'CrashLoopBackOff' },
  'missing-dependency': { findings: ['exit-code', 'back-off', 'log-dns', 'dependency-order'], exitCode: 1, podStatus: 'CrashLoopBackOff' },
  'liveness-probe': { findings: ['probe-kill', 'probe-failing', 'probe-too-early', 'back-off', 'exit-code'], exitCode: 137, podStatus: 'CrashLoopBackOff' },
  'oom-killed': { findings: ['oom-killed', 'exit-code', 'memory-limit-tight', 'back-off'], exitCode: 137, podStatus: 'OOMKilled' },
  'command-not-found': { findings: ['command-not-found', 'start-error', 'command-overridden'], exitCode: 127, podStatus: 'RunContainerError' },
  'exec-format': { findings: ['exec-format', 'exit-code', 'back-off'], exitCode: 1, podStatus: 'CrashLoopBackOff' },
  'exits-zero': { findings: ['exits-zero', 'exit-code', 'back-off'], exitCode: 0, podStatus: 'Completed' },
  'port-in-use': { findings: ['log-address-in-use', 'duplicate-port', 'exit-code'], exitCode: 1, podStatus: 'CrashLoopBackOff' },
  'read-only-fs': { findings: ['log-read-only-fs', 'read-only-root', 'exit-code'], exitCode: 1, podStatus: 'CrashLoopBackOff' },
  'permission-denied': { findings: ['log-permission-denied', 'run-as-non-root', 'exit-code'], exitCode: 1, podStatus: 'CrashLoopBackOff' },
  'init-container': { findings: ['init-container-failing', 'exit-code'], exitCode: 1, podStatus: 'Init:CrashLoopBackOff' },
  'lifecycle-hook': { findings: ['hook-failed', 'back-off'], exitCode: 137, podStatus: 'CrashLoopBackOff' },
  segfault: { findings: ['segfault', 'exit-code', 'back-off'], exitCode: 139, podStatus: 'CrashLoopBackOff' },
  'killed-externally': { findings: ['killed-by-signal', 'exit-code'], exitCode: 143, podStatus: 'Error' },
  'node-restart': { findings: ['node-restarted', 'exit-code'], exitCode: 255, podStatus: 'Unknown' },
  'mount-failure': { findings: ['mount-failed', 'start-error'], exitCode: 128, podStatus: 'RunContainerError' },
  unknown: { findings: ['exit-code', 'back-off', 'logs-empty'], exitCode: 1, podStatus: 'CrashLoopBackOff' },
  unschedulable: { findings: ['unschedulable'], exitCode: null, podStatus: 'Pending' },
  'image-pull': { findings: ['image-pull'], exitCode: null, podStatus: 'ImagePullBackOff' },
  'missing-config': { findings: ['create-config-error', 'missing-reference'], exitCode: null, podStatus: 'CreateContainerConfigError' },
  'volume-pending': { findings: ['pvc-pending'], exitCode: null, podStatus: 'ContainerCreating' },
} as const satisfies Record<CauseId, Omit<World, 'cause' | 'confidence'>>;

export const HEALTHY: World = { cause: null, findings: ['healthy'], exitCode: null, podStatus: 'Running', confidence: null };

export function typicalWorld(cause: CauseId, confidence: Confidence = 'likely'): World {
  return { cause, confidence, ...TYPICAL[cause] };
}

/** Only the cause: no findings, no exit code — the flow must still end on it. */
export function bareWorld(cause: CauseId, podStatus = 'CrashLoopBackOff'): World {
  return { cause, confidence: 'likely', findings: [], exitCode: null, podStatus };
}

export function diagnosisOf(world: World, pod = 'default/web'): Diagnosis {
  return {
    pod,
    container: 'app',
    cause: world.cause,
    confidence: world.confidence,
    alternatives: [],
    exitCode: world.exitCode,
    signal: null,
    restarts: 3,
    backoff: null,
    summary: `test diagnosis: ${world.cause ?? 'healthy'}`,
    explanation: '',
    evidence: [],
    nextSteps: [],
    gaps: [],
    findings: world.findings.map((id) => finding({ id, confidence: 'likely', say: say('dx.text', { text: id }), evidence: [] })),
  };
}

export const factsOf = (world: World): FlowFacts => ({ diagnosis: diagnosisOf(world), podStatus: world.podStatus });
