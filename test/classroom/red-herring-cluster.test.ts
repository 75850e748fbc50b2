// The training cluster serves the red-herring variants to real kubectl: the noisy sidecar is the container a bare
// `kubectl logs` shows, the failing container's own log still names the cause, the wrapper's exit 255 survives the
// simulated restarts, and the scenario's usual fix still heals the variant (the sidecar rides along in new pods).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HERRINGS, SIDECAR_NAME, WRAPPED_EXIT, type RedHerringKind } from '../../src/classroom/index.js';
import { herringInput, writeVariant } from '../../src/cli/red-herring-dir.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { healsWithin, kubectlMissing, sim, startDrill, type Drill } from '../training/kubectl-fix-harness.js';

const missing = await kubectlMissing();
if (missing) console.warn(`skipping the red-herring cluster tests: ${missing}`);
const tmp = await mkdtemp(join(tmpdir(), 'crashcourse-herring-cluster-'));
afterAll(() => rm(tmp, { recursive: true, force: true }));

async function variant(scenario: string, kind: RedHerringKind): Promise<{ dir: string; namespace: string; pod: string }> {
  const [s] = await loadScenarios([join(builtinScenariosDir(), scenario)]);
  const input = (await herringInput(s!))!;
  const dir = join(tmp, `${kind}-${scenario}`);
  await writeVariant(s!, input.pod, HERRINGS[kind].apply(input), dir);
  const [namespace, pod] = s!.meta.pod!.split('/') as [string, string];
  return { dir, namespace, pod };
}

describe.skipIf(missing)('the noisy sidecar in the training cluster', () => {
  let drill: Drill;
  let v: { dir: string; namespace: string; pod: string };
  beforeAll(async () => {
    v = await variant('database-connection-refused', 'noisy-sidecar');
    drill = await startDrill(v.dir);
  });
  afterAll(() => drill?.close());

  it('is what a bare kubectl logs shows, while the app container keeps the real cause', async () => {
    const list = await drill.kubectl('get', 'pod', '-n', v.namespace, v.pod, '--no-headers');
    expect(list.stdout).toMatch(new RegExp(`^${v.pod}\\s+1/2\\s`));
    const bare = await drill.kubectl('logs', '-n', v.namespace, v.pod);
    expect(bare.code, bare.stderr).toBe(0);
    expect(bare.stderr).toContain(`Defaulted container "${SIDECAR_NAME}"`);
    expect(bare.stdout).toContain('paused (mem buf overlimit)');
    // The answer here is a refused connection: the noise never echoes the real cause.
    expect(bare.stdout).not.toContain('Connection refused');
    const app = await drill.kubectl('logs', '-n', v.namespace, v.pod, '-c', 'api', '--previous');
    expect(app.code, app.stderr).toBe(0);
    expect(app.stdout).toMatch(/ECONNREFUSED|connection refused/i);
    expect(app.stdout).not.toContain('fluent bit');
  });

  it('heals with the scenario’s fix, and the new pods carry the sidecar', async () => {
    expect((await drill.kubectl('scale', '-n', v.namespace, 'statefulset/invoice-db', '--replicas=1')).code).toBe(0);
    const healed = await healsWithin(drill, v.namespace, 'app=invoice-api');
    expect(healed.healed, healed.why).toBe(true);
    const pods = await drill.pods(v.namespace, 'app=invoice-api');
    for (const p of pods) expect(p.spec.containers.map((c) => c.name)).toContain(SIDECAR_NAME);
  });
});

describe.skipIf(missing)('the misleading exit code in the training cluster', () => {
  let drill: Drill;
  let v: { dir: string; namespace: string; pod: string };
  beforeAll(async () => {
    v = await variant('unknown-flag', 'misleading-exit-code');
    drill = await startDrill(v.dir);
  });
  afterAll(() => drill?.close());

  it('reports exit 255 run after run, with the wrapper’s line under the program’s own error', async () => {
    const code = async () => (await drill.kubectl('get', 'pod', '-n', v.namespace, v.pod, '-o', 'jsonpath={.status.containerStatuses[0].lastState.terminated.exitCode} {.status.containerStatuses[0].restartCount}')).stdout.split(' ');
    const [first, restarts] = await code();
    expect(first).toBe(String(WRAPPED_EXIT));
    // Wait for at least one more simulated crash: the code stays the wrapper's.
    for (let i = 0; i < 100 && (await code())[1] === restarts; i++) await new Promise((r) => setTimeout(r, sim(5)));
    const [again, later] = await code();
    expect(later).not.toBe(restarts);
    expect(again).toBe(String(WRAPPED_EXIT));
    const log = await drill.kubectl('logs', '-n', v.namespace, v.pod, '--previous');
    expect(log.stdout.trim().split('\n').pop()).toMatch(/^entrypoint\.sh: [a-z][\w.-]* exited with status 2; exit -1$/);
  });

  it('heals with the scenario’s fix', async () => {
    expect((await drill.kubectl('patch', '-n', v.namespace, 'deploy/feature-flags', '--type', 'json', '-p', JSON.stringify([{ op: 'remove', path: '/spec/template/spec/containers/0/args/2' }]))).code).toBe(0);
    const healed = await healsWithin(drill, v.namespace, 'app=feature-flags');
    expect(healed.healed, healed.why).toBe(true);
  });
});
