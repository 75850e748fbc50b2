import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (err.push(String(s)), true));
  return { out: () => out.join(''), err: () => err.join('') };
}

afterEach(() => vi.restoreAllMocks());

describe('the command line', () => {
  it('prints the version and exits 0', async () => {
    const io = capture();
    expect(await main(['--version'])).toBe(0);
    expect(io.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('prints help listing every command and exits 0', async () => {
    const io = capture();
    expect(await main(['--help'])).toBe(0);
    for (const cmd of ['training-cluster', 'diagnose', 'scan', 'flows', 'override']) expect(io.out()).toContain(cmd);
  });

  it('rejects an unknown flag with one line and exit 2', async () => {
    const io = capture();
    expect(await main(['diagnose', '--frobnicate'])).toBe(2);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.err()).toContain("unknown option '--frobnicate'");
  });

  it('rejects a misspelt command with a suggestion and exit 2', async () => {
    const io = capture();
    expect(await main(['scna'])).toBe(2);
    expect(io.err()).toContain("did you mean 'scan'");
  });

  it('rejects a bad option value with one line and exit 2', async () => {
    const io = capture();
    expect(await main(['training-cluster', '--port', 'http'])).toBe(2);
    expect(io.err()).toContain('--port must be a whole number');
    expect(io.err()).not.toMatch(/\n\s+at /);
  });
});
