// The end-to-end tests drive dist/cli.js: build it when any source is newer than the bundle.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function builtCli(): string {
  const root = packageRoot();
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli) || statSync(cli).mtimeMs < newestMtime(join(root, 'src'))) {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  }
  return cli;
}

/** Runs dist/cli.js with the locale variables cleared (the machine's LANG must not pick a test's language). */
export function runBuiltCli(args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const base = { ...process.env, NO_COLOR: '1' } as Record<string, string | undefined>;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) delete base[name];
  return new Promise((done) => {
    execFile(process.execPath, [builtCli(), ...args], { env: { ...base, ...env }, timeout: 30_000 }, (error, out, err) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out, err });
    });
  });
}
