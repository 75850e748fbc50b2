import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runTrainingCluster } from '../../src/cli/training-cluster-command.js';
import type { TrainingClusterOptions } from '../../src/cli/options.js';
import { writeDrillScenario } from './fixture-scenario.js';

let drill: string;
const options = (extra: Partial<TrainingClusterOptions>): TrainingClusterOptions => ({
  scenarios: [drill],
  port: 0,
  latency: 0,
  syntheticPods: 0,
  static: true,
  speed: 1,
  forbid: [],
  list: false,
  output: 'text',
  ...extra,
});

async function captured(run: () => Promise<number>): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: await run(), out };
  } finally {
    spy.mockRestore();
  }
}

beforeAll(async () => {
  drill = await writeDrillScenario();
});
afterAll(async () => {
  await rm(drill, { recursive: true, force: true });
});

describe('kubectl-crashcourse training-cluster', () => {
  it('--list --output json names each scenario with its pod, cause and absolute dir', async () => {
    const { code, out } = await captured(() => runTrainingCluster(options({ list: true, output: 'json' })));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([{ name: expect.stringMatching(/^tc-drill-/), title: 'drill', pod: 'drill/crasher', cause: 'app-crash', dir: drill }]);
  });

  it('--list prints a table with a header', async () => {
    const { out } = await captured(() => runTrainingCluster(options({ list: true })));
    const [head, row] = out.trim().split('\n');
    expect(head).toMatch(/^NAME\s+POD\s+CAUSE\s+TITLE$/);
    expect(row).toMatch(/drill\/crasher\s+app-crash\s+drill$/);
  });

  it('prints its URL and a kubeconfig to export, then serves until SIGTERM and exits 0', async () => {
    let out = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    try {
      const running = runTrainingCluster(options({}));
      const deadline = Date.now() + 10_000;
      while (!out.includes('export KUBECONFIG=') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const url = /Training cluster at (http:\/\/127\.0\.0\.1:\d+) \(1 scenario, 2 pods\)/.exec(out)?.[1];
      expect(url).toBeDefined();
      expect(((await (await fetch(`${url}/version`)).json()) as { minor: string }).minor).toBe('32');
      process.emit('SIGTERM');
      expect(await running).toBe(0);
    } finally {
      spy.mockRestore();
    }
  });
});
