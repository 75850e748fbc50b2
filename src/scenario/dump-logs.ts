// A dump's <ns>/<pod>/logs.txt → one ScenarioLog per container: each block as a byte range of the file.
// A logs.txt without START lines (written by hand) is the current log of the pod's first container.
import type { KubeObject } from '../k8s/index.js';
import { indexLogBlocks } from './dump-log-blocks.js';
import { fileError } from './file-error.js';
import { podContainers } from './log-files.js';
import type { ScenarioLog } from '../contracts/scenario.js';

export interface DumpLogFile {
  readonly namespace: string;
  readonly pod: string;
  readonly path: string;
  readonly size: number;
}

export async function dumpLogs(files: readonly DumpLogFile[], objects: readonly KubeObject[]): Promise<ScenarioLog[]> {
  const pods = podContainers(objects);
  const out: ScenarioLog[] = [];
  for (const { namespace, pod, path, size } of files) {
    const containers = pods.get(`${namespace}/${pod}`);
    if (!containers) throw fileError(path, 1, 'scenario.dump.noPod', { pod: `${namespace}/${pod}` });
    const { blocks, marked } = await indexLogBlocks(path);
    if (!marked) {
      const first = containers[0];
      if (first) out.push({ namespace, pod, container: first, previous: false, path, size });
      continue;
    }
    // The folder names the pod; the START line names the container (kubectl writes one block per container).
    for (const block of blocks) out.push({ namespace, pod, container: block.container, previous: false, path, size: block.size, offset: block.offset });
  }
  return out;
}
