// Files we write for the user (kubeconfig, saved reports): a failure leaves nothing half-written behind,
// a symbolic link is never followed, an existing file is kept unless overwriting is asked for.
import { lstatSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/exec/atomic-write.js';

const dir = () => mkdtempSync(join(tmpdir(), 'crashcourse-write-'));

describe('writing a file atomically', () => {
  it('on a full disk leaves no file at all and names the file in the error', async () => {
    const d = dir();
    const target = join(d, 'report.md');
    const fullDisk = {
      writeNew: async (path: string) => {
        writeFileSync(path, '');
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    };
    await expect(writeFileAtomic(target, 'x'.repeat(100), { overwrite: false, what: 'the report' }, fullDisk)).rejects.toThrow(`cannot write the report to ${target}: no space left on the device`);
    expect(readdirSync(d)).toEqual([]);
  });

  it('refuses an existing file unless asked to overwrite, and then replaces it whole', async () => {
    const d = dir();
    const target = join(d, 'config');
    writeFileSync(target, 'precious');
    await expect(writeFileAtomic(target, 'new', { overwrite: false, what: 'the kubeconfig', existsHint: 'pass --force' })).rejects.toThrow(/refusing to overwrite .*config: the file exists \(pass --force\)/);
    expect(readFileSync(target, 'utf8')).toBe('precious');
    await writeFileAtomic(target, 'new', { overwrite: true, what: 'the kubeconfig', mode: 0o600 });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(lstatSync(target).mode & 0o777).toBe(0o600);
  });

  it('never writes through a symbolic link, even when overwriting', async () => {
    const d = dir();
    const victim = join(d, 'victim');
    writeFileSync(victim, 'keep me');
    const link = join(d, 'link');
    symlinkSync(victim, link);
    for (const overwrite of [false, true]) {
      await expect(writeFileAtomic(link, 'evil', { overwrite, what: 'the kubeconfig' })).rejects.toThrow(/symbolic link/);
    }
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
  });
});
