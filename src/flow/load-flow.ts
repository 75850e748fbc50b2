// Flow files from disk: one named by the user, or every shipped flow in flows/ (named "flows/x.yaml" in messages).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtinFlowsDir } from '../paths.js';
import { parseFlow } from './parse-flow.js';
import type { Flow } from './types.js';
import { userError } from '../i18n/user-error.js';

export async function loadFlow(file: string, shownAs: string = file): Promise<Flow> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw userError('fail.file.flowUnreadable', { path: shownAs, code: code ?? String(err) });
  }
  return parseFlow(text, shownAs);
}

/** The shipped flow files, sorted by name. */
export async function builtinFlowFiles(): Promise<{ path: string; shownAs: string }[]> {
  const dir = builtinFlowsDir();
  const names = (await readdir(dir)).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
  return names.map((n) => ({ path: join(dir, n), shownAs: `flows/${n}` }));
}

export async function loadBuiltinFlows(): Promise<Flow[]> {
  const flows = await Promise.all((await builtinFlowFiles()).map((f) => loadFlow(f.path, f.shownAs)));
  const seen = new Set<string>();
  for (const flow of flows) {
    if (seen.has(flow.id)) throw userError('fail.flow.duplicate', { file: flow.file, id: flow.id });
    seen.add(flow.id);
  }
  return flows;
}
