// Where a scenario keeps container output: logs/<ns>/<pod>/<container>[.previous].log, or a cluster-info
// dump's <ns>/<pod>/logs.txt (split per container by dump-logs.ts). Only sizes are read here.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { KubeObject, Pod } from '../k8s/index.js';
import { fileError } from './file-error.js';
import { checkInside } from './scenario-file.js';
import type { ScenarioLog } from '../contracts/scenario.js';

const LOG_NAME = /^(.+?)(\.previous)?\.log$/;
// The layout's placeholders are not words to translate: they go into the messages as values.
const LAYOUT = { folder: 'logs/<namespace>/<pod>/', log: '<container>.log', previous: '<container>.previous.log' };

/** logs/<ns>/<pod>/<container>.log files; any other shape under logs/ is an error naming it. */
export async function findLogFiles(logsDir: string, root: string): Promise<ScenarioLog[]> {
  const out: ScenarioLog[] = [];
  for (const ns of await visible(logsDir)) {
    const nsDir = join(logsDir, ns);
    await checkInside(root, nsDir);
    if (!(await isDir(nsDir))) throw fileError(nsDir, undefined, 'scenario.logs.notFolder', LAYOUT);
    for (const pod of await visible(nsDir)) {
      const podDir = join(nsDir, pod);
      await checkInside(root, podDir);
      if (!(await isDir(podDir))) throw fileError(podDir, undefined, 'scenario.logs.notFolder', LAYOUT);
      for (const file of await visible(podDir)) {
        const path = join(podDir, file);
        const match = LOG_NAME.exec(file);
        await checkInside(root, path);
        const info = await stat(path);
        if (!match?.[1] || !info.isFile()) throw fileError(path, undefined, 'scenario.logs.badName', LAYOUT);
        out.push({ namespace: ns, pod, container: match[1], previous: match[2] !== undefined, path, size: info.size });
      }
    }
  }
  return out;
}

/** A dump's <dir>/<pod>/logs.txt, found under one namespace folder. The container is settled later. */
export async function findDumpLogs(nsDir: string, root: string): Promise<{ pod: string; path: string; size: number }[]> {
  const out: { pod: string; path: string; size: number }[] = [];
  for (const pod of await visible(nsDir)) {
    const path = join(nsDir, pod, 'logs.txt');
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) {
      await checkInside(root, path);
      out.push({ pod, path, size: info.size });
    }
  }
  return out;
}

/** Every log must belong to a container of a pod in the scenario: a typo would otherwise serve nothing. */
export function checkLogOwners(logs: readonly ScenarioLog[], objects: readonly KubeObject[]): void {
  const pods = podContainers(objects);
  for (const log of logs) {
    const containers = pods.get(`${log.namespace}/${log.pod}`);
    if (!containers) throw fileError(log.path, 1, 'scenario.logs.noPod', { pod: `${log.namespace}/${log.pod}` });
    if (!containers.includes(log.container)) {
      throw fileError(log.path, 1, 'scenario.logs.noContainer', { pod: `${log.namespace}/${log.pod}`, container: log.container, count: containers.length, containers: containers.join(', ') });
    }
  }
}

export function podContainers(objects: readonly KubeObject[]): Map<string, string[]> {
  const pods = new Map<string, string[]>();
  for (const object of objects) {
    if (object.kind !== 'Pod') continue;
    const spec = (object as Pod).spec as Partial<Pod['spec']> | undefined;
    const names = [...(spec?.containers ?? []), ...(spec?.initContainers ?? []), ...(spec?.ephemeralContainers ?? [])].map((c) => c.name);
    pods.set(`${object.metadata.namespace ?? 'default'}/${object.metadata.name}`, names);
  }
  return pods;
}

async function visible(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => !name.startsWith('.')).sort();
}

async function isDir(path: string): Promise<boolean> {
  return (await stat(path)).isDirectory();
}
