// check's input: files, directories (every .yaml/.yml/.json below, in name order) and stdin ("-"), parsed
// into line-aware documents. Each unreadable path is a one-line error naming it.
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative } from 'node:path';
import { parseManifests, type ManifestDoc } from '../check/index.js';
import { userError } from '../i18n/user-error.js';

export interface CheckInput {
  readonly docs: readonly ManifestDoc[];
  readonly files: number;
}

export async function readCheckInput(paths: readonly string[], stdin: NodeJS.ReadableStream = process.stdin): Promise<CheckInput> {
  const docs: ManifestDoc[] = [];
  let files = 0;
  for (const p of paths) {
    if (p === '-') {
      docs.push(...parseManifests('stdin', await readAll(stdin)));
      files++;
      continue;
    }
    for (const file of expand(p)) {
      let text: string;
      try { text = readFileSync(file, 'utf8'); } catch (err) { throw userError('check.fail.unreadable', { path: file, code: (err as NodeJS.ErrnoException).code ?? (err as Error).message }); }
      docs.push(...parseManifests(relative(process.cwd(), file) || file, text));
      files++;
    }
  }
  return { docs, files };
}

function expand(path: string): string[] {
  if (!statOf(path).isDirectory()) return [path];
  const out: string[] = [];
  let names: string[];
  try { names = readdirSync(path).sort(); } catch (err) { throw userError('check.fail.unreadable', { path, code: (err as NodeJS.ErrnoException).code ?? 'unreadable' }); }
  for (const name of names) {
    const full = join(path, name);
    // A dangling link inside a directory is named like a missing file, not an internal error.
    if (statOf(full).isDirectory()) out.push(...expand(full));
    else if (/\.(ya?ml|json)$/i.test(name)) out.push(full);
  }
  return out;
}

function statOf(path: string): Stats {
  try { return statSync(path); } catch (err) { throw userError('check.fail.unreadable', { path, code: (err as NodeJS.ErrnoException).code ?? 'unreadable' }); }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
