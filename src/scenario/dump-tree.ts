// Whether a folder without files of its own is a cluster-info dump whose nodes.json was left out (a hand-made
// dump, or one cut down to the namespaces that matter): its subfolders are namespaces holding pods.json.
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { META_FILES } from './load-scenario-dir.js';

// kubectl writes pods.json (pods.yaml with -o yaml) into every namespace folder it dumps.
const PODS_FILE = /^pods\.(json|ya?ml)$/;

/**
 * A dump when some subfolder holds pods.json and no subfolder is a scenario of its own (scenario.yaml or logs/):
 * a folder of scenarios that happen to keep their pods in pods.json stays a folder of scenarios.
 */
export async function isDumpTree(dir: string, entries: readonly Dirent[]): Promise<boolean> {
  let namespaces = 0;
  for (const entry of entries.filter((e) => e.isDirectory())) {
    const inside = await readdir(join(dir, entry.name), { withFileTypes: true });
    if (inside.some((e) => (e.isFile() && META_FILES.includes(e.name)) || (e.isDirectory() && e.name === 'logs'))) return false;
    if (inside.some((e) => e.isFile() && PODS_FILE.test(e.name))) namespaces++;
  }
  return namespaces > 0;
}
