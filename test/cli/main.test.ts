import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../support/capture-output.js';


afterEach(() => vi.restoreAllMocks());

describe('the command line', () => {
  it('prints the version and exits 0', async () => {
    const io = captureOutput();
    expect(await main(['--version'])).toBe(0);
    expect(io.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('prints help listing every command and exits 0', async () => {
    const io = captureOutput();
    expect(await main(['--help'])).toBe(0);
    for (const cmd of ['training-cluster', 'diagnose', 'scan', 'flows', 'override']) expect(io.out()).toContain(cmd);
  });

  it('rejects an unknown flag with one line and exit 2', async () => {
    const io = captureOutput();
    expect(await main(['diagnose', '--frobnicate'])).toBe(2);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.err()).toContain("unknown option '--frobnicate'");
  });

  it('rejects a misspelt command with a suggestion and exit 2', async () => {
    const io = captureOutput();
    expect(await main(['scna'])).toBe(2);
    expect(io.err()).toContain("did you mean 'scan'");
  });

  it('rejects a bad option value with one line and exit 2', async () => {
    const io = captureOutput();
    expect(await main(['training-cluster', '--port', 'http'])).toBe(2);
    expect(io.err()).toContain('--port must be a whole number');
    expect(io.err()).not.toMatch(/\n\s+at /);
  });
});
