// With `list pods` forbidden, copies cannot be found by label: cleanup falls back to this machine's record of
// the copies it created, deleting them by name, and without a record it prints the command to run.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiFallback } from '../../src/exec/api-fallback.js';
import { openKubeApi, podsPath } from '../../src/exec/kube-api.js';
import { Ledger } from '../../src/exec/ledger.js';
import { fileLedgerStore } from '../../src/exec/ledger-file.js';
import { runOverrideFlow, type OverrideRequest } from '../../src/exec/override.js';
import { createPlanRunner } from '../../src/exec/plan-runner.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';

let cluster: TrainingCluster;
let kubeconfig: string;
const stateDir = mkdtempSync(join(tmpdir(), 'crashcourse-state-'));
const before = process.env['KUBECTL_CRASHCOURSE_STATE_DIR'];
beforeAll(async () => {
  process.env['KUBECTL_CRASHCOURSE_STATE_DIR'] = stateDir;
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'override-nolist-')), 'kubeconfig');
  cluster = await startTrainingCluster({ port: 0, quiet: true, writeKubeconfig: kubeconfig, speed: 20, forbid: ['list:pods'] });
});
afterAll(async () => {
  if (before === undefined) delete process.env['KUBECTL_CRASHCOURSE_STATE_DIR'];
  else process.env['KUBECTL_CRASHCOURSE_STATE_DIR'] = before;
  await cluster?.close();
});

const base: OverrideRequest = { pod: 'default/healthcheck-demo', sameNode: false, keepInitContainers: true, dryRun: false, yes: true, cleanup: false, output: 'text', mode: 'run' };

async function run(req: Partial<OverrideRequest>) {
  const api = openKubeApi({ kubeconfig });
  const out = new PassThrough();
  const err = new PassThrough();
  let text = '';
  out.on('data', (c: Buffer) => (text += c.toString()));
  err.on('data', (c: Buffer) => (text += c.toString()));
  const runner = createPlanRunner({ mode: 'run', kubectl: null, fallback: createApiFallback(api) });
  const code = await runOverrideFlow({ ...base, ...req }, { api, runner, out, err, interactive: false, confirm: async () => false, ledger: new Ledger(fileLedgerStore(api.server, 'healthcheck-demo')), waitTimeoutMs: 60_000 }).catch((e: Error) => {
    text += e.message;
    return -1;
  });
  return { code, text };
}

describe('cleanup when listing pods is forbidden', () => {
  it('deletes the copies this machine recorded, by name', async () => {
    const made = await run({});
    expect(made.code).toBe(0);
    const name = /Created default\/(\S+)\./.exec(made.text)?.[1];
    expect(name).toBeDefined();
    await new Promise((r) => setTimeout(r, 100));
    const cleaned = await run({ cleanup: true });
    expect(cleaned.text).toMatch(/using this machine's record/);
    expect(cleaned.text).toContain(`Deleted ${name}`);
    expect(cleaned.code).toBe(0);
    const res = await openKubeApi({ kubeconfig }).request('GET', podsPath('default', name));
    expect(res.status === 404 || (res.body as { metadata?: { deletionTimestamp?: string } }).metadata?.deletionTimestamp !== undefined).toBe(true);
  });

  it('without a record, says how to delete by name', async () => {
    const r = await run({ pod: 'default/never-copied', cleanup: true });
    expect(r.code).toBe(-1);
    expect(r.text).toMatch(/kubectl delete pod NAME -n default/);
  });
});
