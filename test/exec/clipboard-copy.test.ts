import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyToClipboard } from '../../src/exec/clipboard-copy.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A PATH holding only `name`, a script that saves its stdin to `out`. */
function pathWith(name: string): { path: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'clip-'));
  dirs.push(dir);
  const out = join(dir, 'copied.txt');
  writeFileSync(join(dir, name), `#!/bin/sh\n/bin/cat > '${out}'\n`);
  chmodSync(join(dir, name), 0o755);
  return { path: dir, out };
}

describe('copy inside tmux', () => {
  it('uses a clipboard program found on PATH and says which', async () => {
    const { path, out } = pathWith('xclip');
    const writes: string[] = [];
    const said = await copyToClipboard('kubectl get pods', { env: { TMUX: '/tmp/x,1,0', DISPLAY: ':0', PATH: path }, platform: 'linux', writeTerminal: (s) => writes.push(s) });
    expect(said).toMatch(/^copied with xclip/);
    expect(readFileSync(out, 'utf8')).toBe('kubectl get pods');
    expect(writes).toEqual([]);
  });

  it('never says "copied" when there is neither a clipboard program nor tmux to hold it', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'clip-'));
    dirs.push(empty);
    const writes: string[] = [];
    const said = await copyToClipboard('kubectl get pods', { env: { TMUX: '/tmp/x,1,0', PATH: empty }, platform: 'linux', writeTerminal: (s) => writes.push(s) });
    expect(said).toMatch(/^not copied/);
    expect(writes).toEqual([]);
  });

  it('outside tmux sends OSC 52 and says it depends on the terminal', async () => {
    const writes: string[] = [];
    const said = await copyToClipboard('kubectl get pods', { env: { PATH: '' }, platform: 'linux', writeTerminal: (s) => writes.push(s) });
    expect(writes).toEqual([`\u001B]52;c;${Buffer.from('kubectl get pods').toString('base64')}\u0007`]);
    expect(said).toMatch(/OSC 52/);
  });
});
