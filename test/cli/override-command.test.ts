import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';

let cluster: TrainingCluster;
let kubeconfig: string;
beforeAll(async () => {
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'override-cli-')), 'kubeconfig');
  cluster = await startTrainingCluster({ port: 0, quiet: true, static: true, writeKubeconfig: kubeconfig });
});
afterAll(async () => {
  await cluster?.close();
});

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((out += c.toString()), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => ((err += c.toString()), true));
  try {
    return { code: await main(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('kubectl-crashcourse override (argv to result)', () => {
  it('prints the copy as JSON in suggest mode and creates nothing', async () => {
    const r = await cli(['override', 'default/healthcheck-demo', '--kubeconfig', kubeconfig, '--mode', 'suggest', '--output', 'json']);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['copy', 'container', 'command', 'removedProbes', 'entrypoint', 'exec', 'cleanup']));
    expect(json['created']).toBe(false);
  });

  it('takes the namespace from -n and the container from --container, and rejects an unknown one with exit 2', async () => {
    const r = await cli(['override', 'healthcheck-demo', '-n', 'default', '--kubeconfig', kubeconfig, '--container', 'nope', '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^kubectl-crashcourse: pod healthcheck-demo has no container "nope" \(it has: busybox\)\n$/);
  });

  it('uses the --command keep-alive, split without a shell', async () => {
    const r = await cli(['override', 'default/healthcheck-demo', '--kubeconfig', kubeconfig, '--mode', 'suggest', '--output', 'json', '--command', 'tail -f /dev/null']);
    expect((JSON.parse(r.out) as { command: string[] }).command).toEqual(['tail', '-f', '/dev/null']);
  });
});
