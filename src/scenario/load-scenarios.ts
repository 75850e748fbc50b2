// Directories → scenarios. A directory is one scenario when it holds scenario.yaml, object files or logs/, or
// is a cluster-info dump (nodes.json at its top, or only <ns>/pods.json); otherwise each subfolder, up to two
// levels down, is one. A file is a cluster-info dump printed to stdout.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isDumpTree } from './dump-tree.js';
import { isDumpStream, loadDumpStream } from './load-dump-stream.js';
import { displayPath } from './file-error.js';
import { loadScenarioDir, META_FILES, OBJECT_FILE } from './load-scenario-dir.js';
import type { Scenario } from '../contracts/scenario.js';
import { userError } from '../i18n/user-error.js';

export async function loadScenarios(dirs: readonly string[]): Promise<Scenario[]> {
  const found: string[] = [];
  const streams: string[] = [];
  for (const dir of dirs) {
    const absolute = resolve(dir);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw userError('fail.file.noScenarioDir', { path: displayPath(absolute) });
    if (info.isFile() && (await isDumpStream(absolute))) {
      streams.push(absolute);
      continue;
    }
    if (!info.isDirectory()) {
      throw userError('fail.file.notScenarioDir', { path: displayPath(absolute) });
    }
    const here = await scenarioDirs(absolute, 2);
    if (here.length === 0) throw userError('fail.file.noScenarioHere', { path: displayPath(absolute) });
    found.push(...here);
  }
  const scenarios = await Promise.all([...[...new Set(found)].map((dir) => loadScenarioDir(dir)), ...[...new Set(streams)].map((file) => loadDumpStream(file))]);
  const byName = new Map<string, Scenario>();
  for (const scenario of scenarios) {
    const other = byName.get(scenario.name);
    if (other) throw userError('fail.scenario.duplicate', { name: scenario.name, a: displayPath(other.dir), b: displayPath(scenario.dir) });
    byName.set(scenario.name, scenario);
  }
  return scenarios;
}

async function scenarioDirs(dir: string, depth: number): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
  const isScenario = entries.some(
    (e) => (e.isFile() && (META_FILES.includes(e.name) || OBJECT_FILE.test(e.name))) || (e.isDirectory() && e.name === 'logs'),
  );
  if (isScenario || (await isDumpTree(dir, entries))) return [dir];
  if (depth === 0) return [];
  const subdirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const nested = await Promise.all(subdirs.map((name) => scenarioDirs(join(dir, name), depth - 1)));
  return nested.flat();
}
