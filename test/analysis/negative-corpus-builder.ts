// The negative corpus's one pod shape: a Deployment's container in CrashLoopBackOff after a run that printed
// the report's trace and exited with the runtime's usual code. Only the log and the exit code vary, so what
// the engine concludes rests on the text alone, as it would for an ordinary application bug.
import type { CauseId } from '../../src/contracts/causes.js';
import { crashLoop, pod, previousLog, realCase, type RealWorldCase } from './real-world-builders.js';

export type Runtime = 'jvm' | 'node' | 'python' | 'go' | 'rust' | 'dotnet' | 'ruby' | 'php' | 'native' | 'shell';

/** The exit code each runtime ends with on an uncaught error. */
export const RUNTIME_EXIT = { jvm: 1, node: 1, python: 1, go: 2, rust: 101, dotnet: 134, ruby: 1, php: 255, native: 1, shell: 1 } as const satisfies Record<Runtime, number>;

export interface CorpusEntry {
  readonly runtime: Runtime;
  readonly source: string;
  /** What the trace says, in a few words. */
  readonly name: string;
  readonly log: string;
  /** The cause the report's resolution shows; app-crash for the ordinary crashes. */
  readonly cause?: CauseId;
  /** Another cause the report makes equally defensible (only with \`cause\`). */
  readonly also?: readonly CauseId[];
  readonly exitCode?: number;
  readonly memoryLimit?: string;
}

let n = 0;
export function corpusCase(e: CorpusEntry): RealWorldCase {
  n++;
  const name = `${e.runtime}-app-${n}`;
  const podName = `${name}-7d9f8c6b5-x${n.toString(36).padStart(4, '0')}`;
  const img = `registry.example/${name}:1.0`;
  const p = pod({
    name: podName, namespace: 'shop', node: 'worker-1', startTime: '2024-03-01T10:00:00Z', owner: { kind: 'ReplicaSet', name: `${name}-7d9f8c6b5` },
    containers: [{ name: 'app', image: img, ...(e.memoryLimit ? { resources: { limits: { memory: e.memoryLimit } } } : {}) }],
    statuses: [crashLoop(podName, 'shop', 'app', img, { exitCode: e.exitCode ?? RUNTIME_EXIT[e.runtime], reason: 'Error', started: '2024-03-01T10:06:10Z', finished: '2024-03-01T10:06:14Z' }, 6)],
  });
  return realCase({ name: `${e.runtime}: ${e.name}`, source: e.source, cause: e.cause ?? 'app-crash', ...(e.cause ? (e.also ? { also: e.also } : {}) : { also: ['unknown'] }),
    pod: p, collectedAt: '2024-03-01T10:07:00Z', logs: [previousLog('app', e.log)] });
}
