// Ctrl-C, SIGTERM or a closed terminal while override creates or waits must not leave a copy running
// unannounced: what was made is deleted, or the exact delete command is printed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiFallback } from '../../src/exec/api-fallback.js';
import { openKubeApi, podsPath, type KubeApi } from '../../src/exec/kube-api.js';
import { Ledger } from '../../src/exec/ledger.js';
import { runOverrideFlow } from '../../src/exec/override.js';
import { createPlanRunner } from '../../src/exec/plan-runner.js';
import type { Pod } from '../../src/k8s/index.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';

let cluster: TrainingCluster;
let kubeconfig: string;
beforeAll(async () => {
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'override-sig-')), 'kubeconfig');
  cluster = await startTrainingCluster({ port: 0, quiet: true, writeKubeconfig: kubeconfig, speed: 20 });
});
afterAll(async () => cluster?.close());

const copies = async (): Promise<string[]> => {
  const res = await openKubeApi({ kubeconfig }).request('GET', podsPath('default'));
  return ((res.body as { items: Pod[] }).items ?? []).map((p) => p.metadata.name).filter((n) => n.includes('-crashcourse-'));
};

/** The API, except that once the copy is created, reads of it hang while `stall` is set: the override sits in "waiting". */
function stallingApi(state: { stall: boolean }): KubeApi {
  const api = openKubeApi({ kubeconfig });
  let created = false;
  return {
    ...api,
    request: async (method, path, body) => {
      while (created && state.stall && method === 'GET' && path.includes('-crashcourse-')) await new Promise((r) => setTimeout(r, 50));
      const res = await api.request(method, path, body);
      if (method === 'POST' && !path.includes('dryRun')) created = true;
      return res;
    },
  };
}

describe('override interrupted by a signal', () => {
  it.each([['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const)('%s while waiting deletes the copy it made and says so', async (signal, code) => {
    const state = { stall: true };
    const api = stallingApi(state);
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString()));
    const err = new PassThrough();
    let errText = '';
    err.on('data', (c: Buffer) => (errText += c.toString()));
    const before = await copies();
    const running = runOverrideFlow(
      { pod: 'default/healthcheck-demo', sameNode: false, keepInitContainers: true, dryRun: false, yes: true, cleanup: false, output: 'text', mode: 'run' },
      { api, runner: createPlanRunner({ mode: 'run', kubectl: null, fallback: createApiFallback(api) }), out, err, interactive: false, confirm: async () => false, ledger: new Ledger(), waitTimeoutMs: 60_000 },
    );
    const deadline = Date.now() + 15_000;
    while (!/Created default\/(\S+)\./.test(text) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const name = /Created default\/(\S+)\./.exec(text)?.[1];
    expect(name).toBeDefined();
    expect(await copies()).toContain(name);
    process.emit(signal, signal);
    state.stall = false;
    expect(await running).toBe(code);
    expect(`${text}${errText}`).toMatch(new RegExp(`Deleted ${name}`));
    const until = Date.now() + 10_000;
    while ((await copies()).includes(name!) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(await copies()).toEqual(before.filter((n) => n !== name));
  });
});

describe('override failing while it waits', () => {
  it('prints the exact delete command for the copy it made, then reports the error', async () => {
    const api = openKubeApi({ kubeconfig });
    let created = false;
    const broken: KubeApi = {
      ...api,
      request: async (method, path, body) => {
        if (created && method === 'GET' && path.includes('-crashcourse-')) throw new Error('the connection to the cluster broke');
        const res = await api.request(method, path, body);
        if (method === 'POST' && !path.includes('dryRun')) created = true;
        return res;
      },
    };
    const out = new PassThrough();
    const err = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString()));
    err.on('data', (c: Buffer) => (text += c.toString()));
    await expect(
      runOverrideFlow(
        { pod: 'default/healthcheck-demo', sameNode: false, keepInitContainers: true, dryRun: false, yes: true, cleanup: false, output: 'text', mode: 'run' },
        { api: broken, runner: createPlanRunner({ mode: 'run', kubectl: null, fallback: createApiFallback(broken) }), out, err, interactive: false, confirm: async () => false, ledger: new Ledger(), waitTimeoutMs: 60_000 },
      ),
    ).rejects.toThrow(/connection to the cluster broke/);
    const name = /Created default\/(\S+)\./.exec(text)?.[1];
    expect(name).toBeDefined();
    expect(text).toMatch(new RegExp(`kubectl .*delete pod ${name}`));
    await openKubeApi({ kubeconfig }).request('DELETE', podsPath('default', name!));
  });
});

