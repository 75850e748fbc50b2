// Running the real promtool on generated rules; tests skip (and say why) where it is not installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export const promtoolPath = ['/usr/bin/promtool', ...(process.env['PATH'] ?? '').split(delimiter).filter(Boolean).map((d) => join(d, 'promtool'))]
  .find((p) => existsSync(p));

if (!promtoolPath) console.log('promtool tests skipped: promtool is not installed (Debian: apt-get install prometheus)');

export function promtool(args: readonly string[], files: Readonly<Record<string, string>>): { code: number; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'crashcourse-promtool-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const r = spawnSync(promtoolPath!, [...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}
