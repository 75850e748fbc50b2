// The write verbs kubectl uses, through real kubectl: protobuf creates, apply (client- and server-side) with
// server-side validation from OpenAPI v3, explain, conflicts, the Pod update rule, and controllers reacting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlMissing, startDrill, type Drill } from './kubectl-fix-harness.js';

let drill: Drill | undefined;
let skip: string | undefined;

beforeAll(async () => {
  skip = await kubectlMissing();
  if (!skip) drill = await startDrill('unknown-flag');
});
afterAll(async () => {
  await drill?.close();
});

async function until(what: string, probe: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const MANIFEST = (image: string): string => `apiVersion: apps/v1
kind: Deployment
metadata: {name: hello, namespace: default}
spec:
  replicas: 2
  selector: {matchLabels: {app: hello}}
  template:
    metadata: {labels: {app: hello}}
    spec:
      containers:
      - {name: web, image: "${image}"}
`;

describe('write verbs with real kubectl', () => {
  it('create configmap|secret|deployment|job send protobuf that the cluster decodes', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const d = drill!;
    expect((await d.kubectl('create', 'configmap', 'c1', '--from-literal=k=v')).code).toBe(0);
    expect((await d.kubectl('get', 'configmap', 'c1', '-o', 'jsonpath={.data.k}')).stdout).toBe('v');
    expect((await d.kubectl('create', 'secret', 'generic', 's1', '--from-literal=pw=hunter2')).code).toBe(0);
    expect((await d.kubectl('get', 'secret', 's1', '-o', 'jsonpath={.data.pw}')).stdout).toBe(Buffer.from('hunter2').toString('base64'));
    expect((await d.kubectl('create', 'deployment', 'made', '--image=nginx:1.27', '--replicas=2')).code).toBe(0);
    await until('two ready pods of the created deployment', async () => (await d.pods('default', 'app=made')).filter((p) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).length === 2);
    expect((await d.kubectl('create', 'job', 'once', '--image=busybox', '--', 'true')).code).toBe(0);
    await until('the job to complete', async () => (await d.kubectl('get', 'job', 'once', '-o', 'jsonpath={.status.succeeded}')).stdout === '1', 20_000);
    expect((await d.pods('default', 'job-name=once'))[0]!.status?.phase).toBe('Succeeded');
    expect((await d.kubectl('get', 'job', 'once', '--no-headers')).stdout.split(/\s+/).slice(0, 3)).toEqual(['once', 'Complete', '1/1']);
  });

  it('apply creates and then updates a Deployment without --validate=false, client-side and server-side', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const d = drill!;
    const first = await d.kubectl('apply', '-f', await d.file('hello.yaml', MANIFEST('nginx:1.27')));
    expect(first.stdout + first.stderr).toBe('deployment.apps/hello created\n');
    const second = await d.kubectl('apply', '-f', await d.file('hello.yaml', MANIFEST('nginx:1.28')));
    expect(second.stdout + second.stderr).toBe('deployment.apps/hello configured\n');
    // The image is kubectl-client-side-apply's field: a server-side apply changing it must force (as on a real cluster).
    const ssa = await d.kubectl('apply', '--server-side', '--force-conflicts', '-f', await d.file('hello.yaml', MANIFEST('nginx:1.29')));
    expect(ssa.stdout + ssa.stderr).toBe('deployment.apps/hello serverside-applied\n');
    const status = await d.kubectl('rollout', 'status', 'deploy/hello', '--timeout=20s');
    expect(status.stdout).toContain('successfully rolled out');
    expect((await d.kubectl('get', 'deploy', 'hello', '-o', 'jsonpath={.spec.template.spec.containers[0].image}')).stdout).toBe('nginx:1.29');
    const history = await d.kubectl('rollout', 'history', 'deploy/hello');
    expect(history.stdout).toMatch(/\n3\s/);
    expect((await d.kubectl('rollout', 'undo', 'deploy/hello')).code).toBe(0);
    await until('the undo to restore nginx:1.28', async () => (await d.kubectl('get', 'deploy', 'hello', '-o', 'jsonpath={.spec.template.spec.containers[0].image}')).stdout === 'nginx:1.28');
  });

  it('explain reads the OpenAPI v3 schema', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const run = await drill!.kubectl('explain', 'pod.spec.containers.startupProbe');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('FIELD: startupProbe <Probe>');
    expect(run.stdout).toContain('failureThreshold\t<integer>');
  });

  it('a stale resourceVersion is a 409 Conflict, and a Pod refuses a resources change', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const d = drill!;
    const stale = await d.kubectl('patch', 'deploy', 'hello', '-p', '{"metadata":{"resourceVersion":"1"},"spec":{"replicas":3}}');
    expect(stale.stderr).toContain('Error from server (Conflict): Operation cannot be fulfilled on deployments.apps "hello": the object has been modified');
    const pod = (await d.pods('default', 'app=hello'))[0]!;
    const refused = await d.kubectl('set', 'resources', `pod/${pod.metadata.name}`, '--limits=memory=1Gi');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('pod updates may not change fields other than');
  });

  it('a deleted pod of a Deployment is replaced, and scale/label/annotate land', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const d = drill!;
    const before = (await d.pods('default', 'app=hello')).map((p) => p.metadata.name);
    expect((await d.kubectl('delete', 'pod', before[0]!, '--wait=false')).code).toBe(0);
    await until('a replacement pod', async () => {
      const now = (await d.pods('default', 'app=hello')).map((p) => p.metadata.name);
      return now.length === before.length && !now.includes(before[0]!);
    });
    expect((await d.kubectl('scale', 'deploy/hello', '--replicas=3')).code).toBe(0);
    await until('three pods', async () => (await d.pods('default', 'app=hello')).length === 3);
    expect((await d.kubectl('label', 'deploy/hello', 'team=web')).code).toBe(0);
    expect((await d.kubectl('annotate', 'deploy/hello', 'note=hi')).code).toBe(0);
    expect((await d.kubectl('get', 'deploy', 'hello', '-o', 'jsonpath={.metadata.labels.team}/{.metadata.annotations.note}')).stdout).toBe('web/hi');
  });
});

describe('auth can-i --list', () => {
  it('lists what the trainee may do (a SelfSubjectRulesReview)', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const run = await drill!.kubectl('auth', 'can-i', '--list');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[1]).toMatch(/^\*\.\*\s+\[\]\s+\[\]\s+\[\*\]/);
  });
});

describe('workload controllers', () => {
  it('a DaemonSet runs one pod per node, a StatefulSet names its pods by ordinal', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const d = drill!;
    const nodes = (await d.kubectl('get', 'nodes', '-o', 'name')).stdout.trim().split('\n').length;
    const ds = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: default}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec: {containers: [{name: agent, image: "busybox", command: ["sleep", "infinity"]}]}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: default}
spec:
  replicas: 2
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: db, image: "postgres:16"}]}
`;
    const run = await d.kubectl('apply', '-f', await d.file('ds.yaml', ds));
    expect(run.code, run.stderr).toBe(0);
    await until('one agent per node', async () => new Set((await d.pods('default', 'app=agent')).map((p) => p.spec.nodeName)).size === nodes);
    await until('db-0 and db-1', async () => (await d.pods('default', 'app=db')).map((p) => p.metadata.name).sort().join() === 'db-0,db-1');
    const row = (await d.kubectl('get', 'ds', 'agent', '--no-headers')).stdout.split(/\s+/);
    expect(row.slice(0, 2)).toEqual(['agent', String(nodes)]);
  });
});
