// A rolling update through real kubectl keeps within the Deployment's maxSurge / maxUnavailable: a watch of
// its ReplicaSets never sees more pods asked for than replicas + surge, nor fewer available than replicas -
// unavailable once the first rollout is done; `kubectl rollout status` reports the steps and the end.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { drillForFile, startDrill, type Drill } from './kubectl-fix-harness.js';

let drill: Drill | undefined;
let skip: string | undefined;

drillForFile('unknown-flag', (d, s) => {
  drill = d;
  skip = s;
});

// A readiness delay of a simulated 30 s keeps each pod unready for a moment, so the steps can be seen.
const manifest = (name: string, surge: string, unavailable: string, image: string): string => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: default}
spec:
  replicas: 4
  selector: {matchLabels: {app: ${name}}}
  strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: ${surge}, maxUnavailable: ${unavailable}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers:
      - name: web
        image: "${image}"
        readinessProbe: {httpGet: {path: /, port: 80}, initialDelaySeconds: 30, periodSeconds: 5}
`;

interface Sample { spec: number; available: number }

/** Watches the Deployment's ReplicaSets; after each event, the sums over all of them. */
function watchReplicaSets(app: string): { samples: Sample[]; stop(): void } {
  const child = spawn('kubectl', ['get', 'rs', '-n', 'default', '-l', `app=${app}`, '-w', '-o', 'jsonpath={.metadata.name} {.spec.replicas} {.status.availableReplicas}{"\\n"}'], { env: { ...process.env, KUBECONFIG: drill!.kubeconfig } });
  const sets = new Map<string, Sample>();
  const samples: Sample[] = [];
  let rest = '';
  child.stdout.on('data', (d: Buffer) => {
    const lines = (rest + d.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      const [name, spec, available] = line.trim().split(' ');
      if (!name) continue;
      sets.set(name, { spec: Number(spec), available: Number(available || 0) });
      samples.push([...sets.values()].reduce((a, s) => ({ spec: a.spec + s.spec, available: a.available + s.available }), { spec: 0, available: 0 }));
    }
  });
  return { samples, stop: () => child.kill() };
}

async function rollout(name: string, surge: string, unavailable: string): Promise<{ samples: Sample[]; status: string }> {
  const d = drill!;
  const created = await d.kubectl('apply', '-f', await d.file(`${name}.yaml`, manifest(name, surge, unavailable, 'nginx:1.27')));
  expect(created.code, created.stderr).toBe(0);
  const first = await d.kubectl('rollout', 'status', `deploy/${name}`, '--timeout=30s');
  expect(first.stdout, first.stderr).toContain('successfully rolled out');
  const watch = watchReplicaSets(name);
  try {
    await new Promise((r) => setTimeout(r, 300));
    const set = await d.kubectl('set', 'image', `deploy/${name}`, 'web=nginx:1.28');
    expect(set.code, set.stderr).toBe(0);
    const status = await d.kubectl('rollout', 'status', `deploy/${name}`, '--timeout=30s');
    expect(status.code, status.stderr).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    return { samples: watch.samples, status: status.stdout };
  } finally {
    watch.stop();
  }
}

describe('RollingUpdate honours maxSurge and maxUnavailable', () => {
  it('maxSurge 1, maxUnavailable 0: at most 5 pods asked for, never fewer than 4 available', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const { samples, status } = await rollout('surge-one', '1', '0');
    expect(samples.length).toBeGreaterThan(2);
    expect(Math.max(...samples.map((s) => s.spec))).toBe(5);
    expect(Math.min(...samples.map((s) => s.available))).toBeGreaterThanOrEqual(4);
    expect(status).toMatch(/Waiting for deployment "surge-one" rollout to finish: \d+ (out of 4 new replicas have been updated|old replicas are pending termination|of 4 updated replicas are available)\.\.\./);
    expect(status.trim().split('\n').at(-1)).toBe('deployment "surge-one" successfully rolled out');
  }, 60_000);

  it('maxSurge 0, maxUnavailable 50%: old pods go first, two at a time, never more than 4 asked for', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const { samples, status } = await rollout('half-down', '0', '"50%"');
    expect(Math.max(...samples.map((s) => s.spec))).toBe(4);
    // 50% of 4 rounds down to 2: two may be unavailable, and are.
    expect(Math.min(...samples.map((s) => s.available))).toBe(2);
    expect(status.trim().split('\n').at(-1)).toBe('deployment "half-down" successfully rolled out');
  }, 60_000);

  it('25% of 4 rounds surge up to 1 and unavailable down to 1 by default', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const { samples } = await rollout('defaults', '"25%"', '"25%"');
    expect(Math.max(...samples.map((s) => s.spec))).toBe(5);
    expect(Math.min(...samples.map((s) => s.available))).toBe(3);
  }, 60_000);
});
