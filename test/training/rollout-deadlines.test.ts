// Deployments honour progressDeadlineSeconds and minReadySeconds in simulated time (--speed 100 here): a rollout
// whose pods never become ready turns Progressing=False/ProgressDeadlineExceeded and real `kubectl rollout status`
// fails with kubectl's own message; a ready pod counts as available only once it has been Ready minReadySeconds.
import { describe, expect, it } from 'vitest';
import { drillForFile, sim, startDrill, type Drill } from './kubectl-fix-harness.js';

let drill: Drill | undefined;
let skip: string | undefined;

drillForFile('unknown-flag', (d, s) => {
  drill = d;
  skip = s;
});

const manifest = (name: string, spec: string, readyAfter = 30): string => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: default}
spec:
  replicas: 1
${spec}
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers:
      - name: web
        image: nginx:1.27
        readinessProbe: {httpGet: {path: /, port: 80}, initialDelaySeconds: ${readyAfter}, periodSeconds: 5}
`;

interface Status { readyReplicas?: number; availableReplicas?: number; conditions?: { type: string; status: string; reason: string; message: string }[] }

async function status(namespace: string, name: string): Promise<Status> {
  const run = await drill!.kubectl('get', 'deploy', '-n', namespace, name, '-o', 'jsonpath={.status}');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout || '{}') as Status;
}

describe('rollout deadlines under --speed', () => {
  it('a rollout that never becomes available exceeds its progress deadline; kubectl rollout status says so', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const d = drill!;
    // A readiness probe that first looks after an hour: the new pod runs but is not Ready within the deadline.
    const applied = await d.kubectl('apply', '-f', await d.file('stuck.yaml', manifest('stuck', '  progressDeadlineSeconds: 300', 3600)));
    expect(applied.code, applied.stderr).toBe(0);
    const started = Date.now();
    const rollout = await d.kubectl('rollout', 'status', 'deployment/stuck', '-n', 'default', '--timeout=20s');
    const waited = Date.now() - started;
    expect(rollout.code, rollout.stdout).not.toBe(0);
    expect(rollout.stderr).toContain('deployment "stuck" exceeded its progress deadline');
    // 300 simulated seconds are 3 s here, counted from the rollout's last progress (after `started`).
    expect(waited).toBeGreaterThanOrEqual(sim(300));
    const progressing = (await status('default', 'stuck')).conditions?.find((c) => c.type === 'Progressing');
    expect(progressing).toMatchObject({ status: 'False', reason: 'ProgressDeadlineExceeded' });
    expect(progressing!.message).toMatch(/^ReplicaSet "stuck-[a-z0-9]+" has timed out progressing\.$/);
  }, 40_000);

  it('a ready pod becomes available only after minReadySeconds, then the rollout completes', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const d = drill!;
    const applied = await d.kubectl('apply', '-f', await d.file('slow.yaml', manifest('slow', '  minReadySeconds: 300')));
    expect(applied.code, applied.stderr).toBe(0);
    let readyAt = 0;
    let availableAt = 0;
    const end = Date.now() + 20_000;
    while (!availableAt && Date.now() < end) {
      const s = await status('default', 'slow');
      if (s.readyReplicas === 1 && !readyAt) {
        readyAt = Date.now();
        expect(s.availableReplicas ?? 0, 'available at once although minReadySeconds has not passed').toBe(0);
      }
      if ((s.availableReplicas ?? 0) === 1) availableAt = Date.now();
      else await new Promise((r) => setTimeout(r, 100));
    }
    expect(readyAt).toBeGreaterThan(0);
    expect(availableAt).toBeGreaterThan(0);
    // readyAt is when the poll saw it, up to one poll (~0.5 s with kubectl's start-up) after the pod became Ready.
    expect(availableAt - readyAt).toBeGreaterThanOrEqual(sim(300) - 800);
    const rollout = await d.kubectl('rollout', 'status', 'deployment/slow', '-n', 'default', '--timeout=20s');
    expect(rollout.code, rollout.stderr).toBe(0);
    expect(rollout.stdout).toContain('deployment "slow" successfully rolled out');
  }, 40_000);
});
