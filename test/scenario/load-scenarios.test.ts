import { afterEach, describe, expect, it } from 'vitest';
import type { KubeEvent, Pod } from '../../src/k8s/index.js';
import { UserError } from '../../src/errors.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { POD_YAML, tempTree, type TempTree } from './scenario-fixtures.js';

let tree: TempTree | undefined;
afterEach(() => tree?.cleanup());
const fresh = (): TempTree => (tree = tempTree());

describe('loadScenarios', () => {
  it('reads single objects, multi-document YAML and typed lists whose items inherit the kind', async () => {
    const t = fresh();
    t.write({
      's1/scenario.yaml': 'title: t\npod: web-1\ncause: app-crash\nteaches: kept as is\n',
      's1/pod.yaml': POD_YAML,
      's1/more.yml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg, namespace: shop}\n---\napiVersion: v1\nkind: Node\nmetadata: {name: node-a, namespace: ignored}\n',
      's1/events.yaml': [
        'apiVersion: v1', 'kind: EventList', 'items:',
        '- metadata: {name: web-1.a}', '  involvedObject: {kind: Pod, name: web-1, namespace: default}', '  reason: BackOff', '  count: "7"', '  lastTimestamp: "2024-05-01T10:06:00Z"',
      ].join('\n'),
      's1/list.yaml': 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: apps/v1\n  kind: Deployment\n  metadata: {name: web}\n',
    });
    const [scenario] = await loadScenarios([`${t.root}/s1`]);
    const byKind = (kind: string) => scenario!.objects.filter((o) => o.kind === kind);
    expect(scenario!.name).toBe('s1');
    expect(scenario!.meta).toMatchObject({ pod: 'default/web-1', cause: 'app-crash', teaches: 'kept as is' });
    expect(byKind('ConfigMap')[0]!.metadata.namespace).toBe('shop');
    expect(byKind('Deployment')[0]!.metadata.namespace).toBe('default');
    expect(byKind('Node')[0]!.metadata.namespace).toBeUndefined();
    const event = byKind('Event')[0] as KubeEvent;
    expect(event.apiVersion).toBe('v1');
    expect(event.count).toBe(7);
    expect((byKind('Pod')[0] as Pod).status?.containerStatuses?.[0]?.restartCount).toBe(4);
    expect(new Date(scenario!.recordedAt).toISOString()).toBe('2024-05-01T10:06:00.000Z');
  });

  it('reads JSON objects and converts events.k8s.io/v1 events to core events', async () => {
    const t = fresh();
    const event = {
      apiVersion: 'events.k8s.io/v1', kind: 'Event', metadata: { name: 'web-1.b', namespace: 'default' },
      regarding: { kind: 'Pod', name: 'web-1', namespace: 'default' }, reason: 'Unhealthy', note: 'Liveness probe failed', type: 'Warning',
      eventTime: '2024-05-01T10:07:00.000000Z', series: { count: 3, lastObservedTime: '2024-05-01T10:09:00.000000Z' }, reportingController: 'kubelet',
    };
    t.write({ 'one/pod.yaml': POD_YAML, 'one/events.json': JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [event] }, null, 2) });
    const [scenario] = await loadScenarios([t.root]);
    const converted = scenario!.objects.find((o) => o.kind === 'Event') as KubeEvent;
    expect(converted).toMatchObject({ apiVersion: 'v1', message: 'Liveness probe failed', count: 3, lastTimestamp: '2024-05-01T10:09:00.000000Z', source: { component: 'kubelet' } });
    expect(converted.involvedObject).toMatchObject({ kind: 'Pod', name: 'web-1' });
  });

  it('keeps a well-formed images map, typed', async () => {
    const t = fresh();
    t.write({
      'scenario.yaml': 'images:\n  "gcr.io/distroless/static:nonroot":\n    entrypoint: [/app]\n    shell: false\n    user: "65532"\n    architectures: [amd64, arm64]\n    env: [PATH=/bin]\n',
      'pod.yaml': POD_YAML,
    });
    const [scenario] = await loadScenarios([t.root]);
    expect(scenario!.meta.images).toEqual({ 'gcr.io/distroless/static:nonroot': { entrypoint: ['/app'], shell: false, user: '65532', architectures: ['amd64', 'arm64'], env: ['PATH=/bin'] } });
  });

  it('takes recordedAt from scenario.yaml over the objects', async () => {
    const t = fresh();
    t.write({ 'scenario.yaml': 'recordedAt: 2024-05-01T11:00:00Z\n', 'pod.yaml': POD_YAML });
    const [scenario] = await loadScenarios([t.root]);
    expect(scenario!.recordedAt).toBe(Date.parse('2024-05-01T11:00:00Z'));
  });

  it('finds one scenario per subfolder, and two levels down', async () => {
    const t = fresh();
    t.write({ 'a/pod.yaml': POD_YAML, 'group/b/pod.yaml': POD_YAML, 'README.md': '# not a scenario\n' });
    const names = (await loadScenarios([t.root])).map((s) => s.name).sort();
    expect(names).toEqual(['a', 'b']);
  });

  it('records logs with their sizes and which run they belong to', async () => {
    const t = fresh();
    t.write({ 'pod.yaml': POD_YAML, 'logs/default/web-1/app.log': 'now\n', 'logs/default/web-1/app.previous.log': 'before crash\n' });
    const [scenario] = await loadScenarios([t.root]);
    const logs = [...scenario!.logs].sort((a, b) => Number(a.previous) - Number(b.previous));
    expect(logs.map(({ container, previous, size }) => ({ container, previous, size }))).toEqual([
      { container: 'app', previous: false, size: 4 },
      { container: 'app', previous: true, size: 13 },
    ]);
  });

  it('loads a kubectl cluster-info dump tree as one scenario', async () => {
    const t = fresh();
    const pod = { metadata: { name: 'api-7d9c-x1', namespace: 'shop', uid: 'u-1', creationTimestamp: '2024-06-01T08:00:00Z' }, spec: { containers: [{ name: 'api', image: 'api:1' }, { name: 'proxy', image: 'envoy' }] }, status: { phase: 'Running' } };
    t.write({
      'dump/nodes.json': JSON.stringify({ kind: 'NodeList', apiVersion: 'v1', metadata: {}, items: [{ metadata: { name: 'node-1', creationTimestamp: '2024-01-01T00:00:00Z' }, status: { conditions: [{ type: 'Ready', status: 'True', lastHeartbeatTime: '2024-06-01T08:10:00Z' }] } }] }, null, 4),
      'dump/shop/pods.json': JSON.stringify({ kind: 'PodList', apiVersion: 'v1', metadata: {}, items: [pod] }, null, 4),
      'dump/shop/events.json': JSON.stringify({ kind: 'EventList', apiVersion: 'v1', metadata: {}, items: [{ metadata: { name: 'api-7d9c-x1.1' }, involvedObject: { kind: 'Pod', name: 'api-7d9c-x1', namespace: 'shop', uid: 'u-1' }, reason: 'BackOff', count: 3, lastTimestamp: '2024-06-01T08:09:00Z' }] }, null, 4),
      'dump/shop/replicasets.json': JSON.stringify({ kind: 'ReplicaSetList', apiVersion: 'apps/v1', metadata: {}, items: [] }, null, 4),
      'dump/shop/api-7d9c-x1/logs.txt': 'panic: boom\n',
    });
    const scenarios = await loadScenarios([`${t.root}/dump`]);
    expect(scenarios).toHaveLength(1);
    const [scenario] = scenarios;
    expect(scenario!.objects.map((o) => `${o.kind}/${o.metadata.namespace ?? '-'}/${o.metadata.name}`).sort()).toEqual([
      'Event/shop/api-7d9c-x1.1', 'Node/-/node-1', 'Pod/shop/api-7d9c-x1',
    ]);
    expect(scenario!.logs).toEqual([expect.objectContaining({ namespace: 'shop', pod: 'api-7d9c-x1', container: 'api', previous: false, size: 12 })]);
    expect(new Date(scenario!.recordedAt).toISOString()).toBe('2024-06-01T08:10:00.000Z');
  });
});

describe('loadScenarios on bad input', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['malformed YAML', { 'pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n' }, /pod\.yaml:\d+: invalid YAML/],
    ['malformed JSON', { 'pod.json': '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "x"},,\n}\n' }, /pod\.json:4: invalid JSON/],
    ['an object without kind', { 'pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\napiVersion: v1\nmetadata:\n  name: b\n' }, /pod\.yaml:5: object has no kind/],
    ['an object without metadata.name', { 'pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  labels: {a: b}\n' }, /pod\.yaml:4: Pod object has no metadata\.name/],
    ['a list item without a name', { 'pods.json': '{"kind": "PodList", "apiVersion": "v1", "items": [\n  {"metadata": {"name": "a"}},\n  {"metadata": {}}\n]}\n' }, /pods\.json:3: Pod item 1 has no metadata\.name/],
    ['an unknown cause', { 'scenario.yaml': 'title: x\ncause: gremlins\n', 'pod.yaml': POD_YAML }, /scenario\.yaml:2: cause: unknown cause "gremlins"/],
    ['a pod the scenario does not hold', { 'scenario.yaml': 'title: x\n\npod: shop/nope\n', 'pod.yaml': POD_YAML }, /scenario\.yaml:3: pod: no pod shop\/nope/],
    ['a log for a pod that is not there', { 'pod.yaml': POD_YAML, 'logs/default/other/app.log': 'x\n' }, /logs\/default\/other\/app\.log:1: no pod default\/other/],
    ['a log for a container the pod lacks', { 'pod.yaml': POD_YAML, 'logs/default/web-1/db.previous.log': 'x\n' }, /db\.previous\.log:1: pod default\/web-1 has no container "db"/],
    ['the same object twice', { 'a.yaml': POD_YAML, 'b.yaml': `# copy\n${POD_YAML}` }, /b\.yaml:2: Pod default\/web-1 is defined twice \(first at .*a\.yaml:1\)/],
    ['an images entry without shell', { 'scenario.yaml': 'images:\n  nginx:1.25:\n    cmd: [nginx]\n', 'pod.yaml': POD_YAML }, /scenario\.yaml:3: images\["nginx:1\.25"\]\.shell: expected true or false/],
    ['an images entry with an unknown architecture', { 'scenario.yaml': 'images:\n  app:\n    shell: true\n    architectures: [amd64, sparc]\n', 'pod.yaml': POD_YAML }, /scenario\.yaml:4: images\["app"\]\.architectures: unknown architecture "sparc"/],
    ['an images entry with a wrong type', { 'scenario.yaml': 'images:\n  nginx:1.25:\n    shell: true\n    entrypoint: nginx\n', 'pod.yaml': POD_YAML }, /scenario\.yaml:4: images\["nginx:1\.25"\]\.entrypoint: expected a list of strings/],
  ];

  it.each(cases)('reports %s as one line naming the file and line', async (_what, files, message) => {
    const t = fresh();
    t.write(files);
    const error = await loadScenarios([t.root]).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const text = (error as UserError).message;
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });

  it('reports a directory with no scenario in it', async () => {
    const t = fresh();
    t.write({ 'notes/README.md': 'nothing\n' });
    await expect(loadScenarios([t.root])).rejects.toThrow(/no scenario here/);
  });

  it('reports a missing directory', async () => {
    const t = fresh();
    await expect(loadScenarios([`${t.root}/missing`])).rejects.toThrow(/no such scenario directory/);
  });

  it('reports two scenarios with the same name', async () => {
    const t = fresh();
    t.write({ 'one/web/pod.yaml': POD_YAML, 'two/web/pod.yaml': POD_YAML });
    await expect(loadScenarios([`${t.root}/one`, `${t.root}/two`])).rejects.toThrow(/two scenarios are named "web"/);
  });
});
