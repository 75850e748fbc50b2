// Server-side apply with field ownership, driven by real kubectl: managedFields per manager, a conflict with
// the manager that last set a field to another value, --force-conflicts, shared ownership, and removal of the
// fields an applier stops naming unless another manager owns them.
import { beforeAll, describe, expect, it } from 'vitest';
import { kubectlMissing, startDrill, type Drill } from './kubectl-fix-harness.js';

let skip: string | undefined;
beforeAll(async () => {
  skip = await kubectlMissing();
});

const NS = 'payments';
const deployment = (opts: { labels?: Record<string, string>; replicas?: number; image?: string; env?: Record<string, string> } = {}): string =>
  JSON.stringify({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: NS, labels: opts.labels ?? { team: 'payments', tier: 'web' } },
    spec: {
      ...(opts.replicas !== undefined ? { replicas: opts.replicas } : {}),
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          containers: [{ name: 'web', image: opts.image ?? 'nginx:1.27', ports: [{ containerPort: 80 }], ...(opts.env ? { env: Object.entries(opts.env).map(([name, value]) => ({ name, value })) } : {}) }],
        },
      },
    },
  });

interface Entry {
  manager: string;
  operation: string;
  apiVersion: string;
  fieldsV1: Record<string, unknown>;
}

/** Runs `body` against a fresh cluster (tests run concurrently: each owns its drill). */
const withDrill = (body: (d: Drill) => Promise<void>) => async () => {
  if (skip) return console.log(`skipped: ${skip}`);
  const d = await startDrill('oom-killed-jvm');
  try {
    await body(d);
  } finally {
    await d.close();
  }
};

async function apply(d: Drill, manifest: string, ...flags: string[]) {
  return d.kubectl('apply', '--server-side', ...flags, '-f', await d.file(`web-${Math.random().toString(36).slice(2)}.json`, manifest));
}
async function live(d: Drill): Promise<{ metadata: { labels?: Record<string, string>; managedFields?: Entry[] }; spec: { replicas: number; template: { spec: { containers: { image: string; env?: unknown[] }[] } } } }> {
  const run = await d.kubectl('get', 'deploy', '-n', NS, 'web', '-o', 'json', '--show-managed-fields');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}
const at = (o: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);
const managers = async (d: Drill): Promise<Record<string, Entry>> => Object.fromEntries(((await live(d)).metadata.managedFields ?? []).map((e) => [`${e.manager}/${e.operation}`, e]));

describe.concurrent('server-side apply with real kubectl', () => {
  it('records the applier as an Apply manager of exactly the fields it sent, shown only with --show-managed-fields', withDrill(async (d) => {
    const run = await apply(d, deployment({ replicas: 1 }));
    expect(run.stdout).toContain('deployment.apps/web serverside-applied');
    const m = await managers(d);
    expect(Object.keys(m)).toEqual(['kubectl/Apply']);
    expect(m['kubectl/Apply']!.apiVersion).toBe('apps/v1');
    expect(m['kubectl/Apply']!.fieldsV1).toEqual({
      'f:metadata': { 'f:labels': { 'f:team': {}, 'f:tier': {} } },
      'f:spec': {
        'f:replicas': {},
        'f:selector': {},
        'f:template': {
          'f:metadata': { 'f:labels': { 'f:app': {} } },
          'f:spec': { 'f:containers': { 'k:{"name":"web"}': { '.': {}, 'f:image': {}, 'f:name': {}, 'f:ports': { 'k:{"containerPort":80,"protocol":"TCP"}': { '.': {}, 'f:containerPort': {} } } } } },
        },
      },
    });
    const plain = await d.kubectl('get', 'deploy', '-n', NS, 'web', '-o', 'yaml');
    expect(plain.stdout).not.toContain('managedFields');
  }), 40_000);

  it('refuses to take a field kubectl edit set to another value, naming the manager, until --force-conflicts', withDrill(async (d) => {
    expect((await apply(d, deployment({ replicas: 1 }))).code).toBe(0);
    const edit = await d.kubectlEnv({ EDITOR: await d.editor(/^ {2}replicas: 1$/m, '  replicas: 3') }, 'edit', '-n', NS, 'deploy/web');
    expect(edit.code, edit.stderr).toBe(0);
    expect((await managers(d))['kubectl-edit/Update']!.fieldsV1).toEqual({ 'f:spec': { 'f:replicas': {} } });
    const refused = await apply(d, deployment({ replicas: 1 }));
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('Apply failed with 1 conflict: conflict with "kubectl-edit" using apps/v1: .spec.replicas');
    expect((await live(d)).spec.replicas).toBe(3);
    const forced = await apply(d, deployment({ replicas: 1 }), '--force-conflicts');
    expect(forced.code, forced.stderr).toBe(0);
    expect((await live(d)).spec.replicas).toBe(1);
    // kubectl edit owned nothing else: its entry is gone.
    expect(Object.keys(await managers(d)).sort()).toEqual(['kubectl/Apply']);
  }), 40_000);

  it('applying the value another manager already set is no conflict: both own the field', withDrill(async (d) => {
    expect((await apply(d, deployment({ env: { MODE: 'live' } }))).code).toBe(0);
    const other = await apply(d, deployment({ env: { MODE: 'live' } }), '--field-manager=platform-team');
    expect(other.code, other.stderr).toBe(0);
    const m = await managers(d);
    const envOf = (e: Entry | undefined): unknown => at(e?.fieldsV1, 'f:spec', 'f:template', 'f:spec', 'f:containers', 'k:{"name":"web"}', 'f:env');
    expect(envOf(m['kubectl/Apply'])).toEqual({ 'k:{"name":"MODE"}': { '.': {}, 'f:name': {}, 'f:value': {} } });
    expect(envOf(m['platform-team/Apply'])).toEqual(envOf(m['kubectl/Apply']));
    // A different value from the second applier conflicts with the first, an Apply manager (printed without "using").
    const clash = await apply(d, deployment({ env: { MODE: 'dry-run' } }), '--field-manager=platform-team');
    expect(clash.stderr).toContain('Apply failed with 1 conflict: conflict with "kubectl": .spec.template.spec.containers[name="web"].env[name="MODE"].value');
  }), 40_000);

  it('removes the fields an applier stops sending, but keeps those another manager owns', withDrill(async (d) => {
    expect((await apply(d, deployment({ labels: { team: 'payments', tier: 'web', owner: 'ops' }, env: { MODE: 'live', DEBUG: '1' } }))).code).toBe(0);
    // Changing a value takes the field from its owner: kubectl-label now owns `owner` (re-setting the same value would not).
    expect((await d.kubectl('label', '-n', NS, 'deploy/web', 'owner=sre', '--overwrite')).code).toBe(0);
    expect((await managers(d))['kubectl-label/Update']!.fieldsV1).toEqual({ 'f:metadata': { 'f:labels': { 'f:owner': {} } } });
    expect((await apply(d, deployment({ labels: { team: 'payments' }, env: { MODE: 'live' } }))).code).toBe(0);
    const obj = await live(d);
    expect(obj.metadata.labels).toEqual({ team: 'payments', owner: 'sre' });
    expect(obj.spec.template.spec.containers[0]!.env).toEqual([{ name: 'MODE', value: 'live' }]);
  }), 40_000);

  it('a client-side apply followed by a server-side one: the same config moves ownership to kubectl, a changed one conflicts first', withDrill(async (d) => {
    const file = await d.file('csa.json', deployment({ replicas: 1 }));
    expect((await d.kubectl('apply', '-f', file)).code).toBe(0);
    expect(Object.keys(await managers(d))).toEqual(['kubectl-client-side-apply/Update']);
    const changed = await apply(d, deployment({ replicas: 1, image: 'nginx:1.28' }));
    expect(changed.stderr).toContain('conflict with "kubectl-client-side-apply" using apps/v1: .spec.template.spec.containers[name="web"].image');
    // kubectl upgrades client-side ownership after a server-side apply of the same config (a JSON patch of managedFields).
    expect((await d.kubectl('apply', '--server-side', '-f', file)).code).toBe(0);
    expect(Object.keys(await managers(d)).sort()).toEqual(['kubectl-last-applied/Apply', 'kubectl/Apply']);
    const upgraded = await apply(d, deployment({ replicas: 1, image: 'nginx:1.28' }));
    expect(upgraded.code, upgraded.stderr).toBe(0);
    expect((await live(d)).spec.template.spec.containers[0]!.image).toBe('nginx:1.28');
  }), 40_000);

  it('applies the other kinds fixes touch (Service, ConfigMap, Secret, StatefulSet, CronJob, Pod): a changed field moves, a dropped one goes', withDrill(async (d) => {
    const docs = (v: 1 | 2) => ({
      apiVersion: 'v1',
      kind: 'List',
      items: [
        { apiVersion: 'v1', kind: 'Service', metadata: { name: 'db', namespace: NS }, spec: { selector: { app: 'db' }, ports: v === 1 ? [{ name: 'pg', port: 5432 }, { name: 'metrics', port: 9187 }] : [{ name: 'pg', port: 5432, targetPort: 6432 }] } },
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: NS }, data: v === 1 ? { a: '1', b: '2' } : { a: '3' } },
        { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'creds', namespace: NS }, stringData: { user: v === 1 ? 'app' : 'svc' } },
        { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db', namespace: NS }, spec: { replicas: v, serviceName: 'db', selector: { matchLabels: { app: 'db' } }, template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'pg', image: 'postgres:16' }] } } } },
        { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'vacuum', namespace: NS }, spec: { schedule: v === 1 ? '0 3 * * *' : '0 4 * * *', ...(v === 1 ? { suspend: true } : {}), jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'vacuum', image: 'postgres:16' }] } } } } } },
        { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'probe', namespace: NS, labels: v === 1 ? { role: 'probe', extra: 'yes' } : { role: 'probe' } }, spec: { containers: [{ name: 'c', image: 'busybox:1.36', command: ['sleep', '3600'] }] } },
      ],
    });
    for (const v of [1, 2] as const) {
      const run = await d.kubectl('apply', '--server-side', '-f', await d.file(`kinds-${v}.json`, JSON.stringify(docs(v))));
      expect(run.code, run.stderr).toBe(0);
    }
    const get = async (what: string, path: string) => (await d.kubectl('get', what, '-n', NS, '-o', `jsonpath=${path}`)).stdout;
    expect(await get('service/db', '{.spec.ports[*].name}/{.spec.ports[0].targetPort}')).toBe('pg/6432');
    expect(await get('configmap/settings', '{.data}')).toBe('{"a":"3"}');
    expect(Buffer.from(await get('secret/creds', '{.data.user}'), 'base64').toString()).toBe('svc');
    expect(await get('statefulset/db', '{.spec.replicas}')).toBe('2');
    expect(await get('cronjob/vacuum', '{.spec.schedule}/{.spec.suspend}')).toBe('0 4 * * */');
    expect(await get('pod/probe', '{.metadata.labels}')).toBe('{"role":"probe"}');
    const svc = JSON.parse((await d.kubectl('get', 'service/db', '-n', NS, '-o', 'json', '--show-managed-fields')).stdout) as { metadata: { managedFields: Entry[] } };
    expect(at(svc.metadata.managedFields.find((e) => e.manager === 'kubectl')?.fieldsV1, 'f:spec', 'f:ports')).toEqual({ 'k:{"port":5432,"protocol":"TCP"}': { '.': {}, 'f:name': {}, 'f:port': {}, 'f:targetPort': {} } });
  }), 40_000);
});
