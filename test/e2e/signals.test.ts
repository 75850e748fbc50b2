// The process dies with its terminal (SIGHUP) and on SIGTERM, leaving nothing behind: the training cluster's
// temporary kubeconfig directory is removed on either.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtCli } from './built-cli.js';

describe('signals to the built CLI', () => {
  it.each(['SIGHUP', 'SIGTERM'] as const)('%s stops the training cluster and removes its temporary kubeconfig', async (signal) => {
    const child = spawn(process.execPath, [builtCli(), 'training-cluster', '--static'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const deadline = Date.now() + 20_000;
    while (!/Kubeconfig written to (\S+);/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const kubeconfig = /Kubeconfig written to (\S+);/.exec(out)?.[1];
    expect(kubeconfig).toBeDefined();
    expect(existsSync(kubeconfig!)).toBe(true);
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill(signal);
    const code = await Promise.race([exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 10_000))]);
    if (code === 'hung') child.kill('SIGKILL');
    expect(code).not.toBe('hung');
    expect(existsSync(dirname(kubeconfig!))).toBe(false);
  });
});
