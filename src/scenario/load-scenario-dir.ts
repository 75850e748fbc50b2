// One scenario directory → a Scenario: scenario.yaml, object files (also a cluster-info dump's
// <ns>/*.json), logs, each checked against the others so a typo is caught at load time.
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { KubeObject, Pod } from '../k8s/index.js';
import { dumpLogs, type DumpLogFile } from './dump-logs.js';
import { fileError } from './file-error.js';
import { checkLogOwners, findDumpLogs, findLogFiles } from './log-files.js';
import { readObjectFile, type LocatedObject } from './object-file.js';
import { entryKind, readObjectText } from './scenario-file.js';
import { newestTimestamp } from './recorded-at.js';
import { parseScenarioMeta, type ParsedMeta } from './scenario-meta.js';
import type { Scenario, ScenarioLog } from '../contracts/scenario.js';

export const OBJECT_FILE = /\.(ya?ml|json)$/i;
export const META_FILES = ['scenario.yaml', 'scenario.yml'];

export async function loadScenarioDir(dir: string): Promise<Scenario> {
  const names = (await readdir(dir)).filter((name) => !name.startsWith('.'));
  names.sort((a, b) => a.localeCompare(b));
  // Links are followed only while they stay inside the scenario directory.
  const entries = await Promise.all(names.map(async (name) => ({ name, kind: await entryKind(dir, join(dir, name)) })));
  const metaName = entries.find((e) => e.kind === 'file' && META_FILES.includes(e.name))?.name;
  const metaPath = metaName ? join(dir, metaName) : undefined;
  const parsedMeta = metaPath ? parseScenarioMeta(metaPath, await readObjectText(dir, metaPath)) : undefined;

  const located: LocatedObject[] = [];
  const logs: ScenarioLog[] = [];
  const dumpLogFiles: DumpLogFile[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.kind === 'file' && OBJECT_FILE.test(entry.name) && !META_FILES.includes(entry.name)) {
      located.push(...readObjectFile(path, await readObjectText(dir, path)));
    } else if (entry.kind === 'dir' && entry.name === 'logs') {
      logs.push(...(await findLogFiles(path, dir)));
    } else if (entry.kind === 'dir') {
      // A cluster-info dump keeps each namespace in a folder: <ns>/pods.json, <ns>/events.json, <ns>/<pod>/logs.txt.
      for (const file of (await readdir(path)).filter((name) => OBJECT_FILE.test(name)).sort()) {
        const filePath = join(path, file);
        if ((await entryKind(dir, filePath)) === 'file') located.push(...readObjectFile(filePath, await readObjectText(dir, filePath), entry.name));
      }
      for (const log of await findDumpLogs(path, dir)) dumpLogFiles.push({ namespace: entry.name, ...log });
    }
  }
  checkDuplicates(located);
  const objects = located.map((l) => l.object);
  logs.push(...(await dumpLogs(dumpLogFiles, objects)));
  checkLogOwners(logs, objects);
  if (parsedMeta && metaPath) checkPod(parsedMeta, metaPath, objects);
  const recordedAt = parsedMeta?.recordedAt ?? newestTimestamp(objects) ?? Date.now();
  return { name: basename(dir), dir, meta: parsedMeta?.meta ?? {}, objects, logs, recordedAt };
}

export function checkDuplicates(located: readonly LocatedObject[]): void {
  const seen = new Map<string, LocatedObject>();
  for (const item of located) {
    const { kind, metadata } = item.object;
    const key = `${kind ?? ''}/${metadata.namespace ?? ''}/${metadata.name}`;
    const first = seen.get(key);
    if (first) {
      const name = metadata.namespace ? `${metadata.namespace}/${metadata.name}` : metadata.name;
      const values = { kind: kind ?? 'object', name, line: String(first.line) };
      throw first.file === item.file
        ? fileError(item.file, item.line, 'scenario.object.twiceSameFile', values)
        : fileError(item.file, item.line, 'scenario.object.twice', { ...values, file: first.file });
    }
    seen.set(key, item);
  }
}

function checkPod(parsed: ParsedMeta, metaPath: string, objects: readonly KubeObject[]): void {
  const key = parsed.meta.pod;
  if (!key) return;
  const found = objects.some((o) => o.kind === 'Pod' && `${o.metadata.namespace ?? 'default'}/${o.metadata.name}` === key);
  if (!found) {
    const pods = objects.filter((o): o is Pod => o.kind === 'Pod').map((o) => `${o.metadata.namespace ?? 'default'}/${o.metadata.name}`);
    throw fileError(metaPath, parsed.lineOf('pod'), 'scenario.meta.noSuchPod', { pod: key, count: pods.length, pods: pods.slice(0, 5).join(', ') });
  }
}
