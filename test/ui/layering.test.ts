import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';

const uiDir = join(packageRoot(), 'src', 'ui');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

const importsOf = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);

describe('the UI layer', () => {
  it('never reads a cluster, runs a program or touches files: it only renders snapshots and sends events', () => {
    const forbidden = [/\/cluster\//, /\/exec\//, /\/training\//, /\/evidence\/index/, /^node:child_process$/, /^node:fs/, /^@kubernetes\/client-node$/, /\/cli\//];
    const wrong = files(uiDir).flatMap((f) => importsOf(f).filter((i) => forbidden.some((re) => re.test(i))).map((i) => `${relative(uiDir, f)} imports ${i}`));
    expect(wrong).toEqual([]);
  });

  it('draws container text in one component only: nothing else in the UI brands text as safe', () => {
    const branding = files(uiDir).filter((f) => /\btrusted\(|as SafeText/.test(readFileSync(f, 'utf8')));
    expect(branding.map((f) => relative(uiDir, f))).toEqual([]);
  });
});
