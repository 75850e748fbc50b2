// Every scenario with a fix: real kubectl applies the fix a trainee would (apply, set, patch, create, scale,
// replace) to a training cluster running at --speed, and the app's pods must turn Ready and hold steady for a
// simulated minute; the tempting wrong fix, applied to a fresh cluster, must leave it failing. Each scenario
// runs under one kubectl minor (the cluster reports it, the dispatcher runs it): spread over 1.27 … 1.33 so
// every client is exercised without running every scenario seven times.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Pod } from '../../src/k8s/index.js';
import { healsWithin, kubectlMissing, MINORS, sim, startDrill, steady, type Drill } from './kubectl-fix-harness.js';

type Step = (d: Drill) => Promise<void>;

async function ok(d: Drill, ...args: string[]): Promise<void> {
  const run = await d.kubectl(...args);
  expect(run.code, `kubectl ${args.join(' ')}: ${run.stderr}`).toBe(0);
}

/** Replaces a bare pod with an edited copy, as `kubectl replace --force -f` does. */
const replacePod = (ns: string, name: string, edit: (p: Pod & { spec: { containers: Record<string, unknown>[] } }) => void): Step => async (d) => {
  const run = await d.kubectl('get', 'pod', '-n', ns, name, '-o', 'json');
  expect(run.code).toBe(0);
  const pod = JSON.parse(run.stdout) as Pod & { spec: { containers: Record<string, unknown>[] } };
  edit(pod);
  const { metadata } = pod;
  const copy = { apiVersion: 'v1', kind: 'Pod', metadata: { name: metadata.name, namespace: metadata.namespace, labels: metadata.labels }, spec: pod.spec };
  await ok(d, 'replace', '--force', '--grace-period=1', '-f', await d.file(`${name}.json`, JSON.stringify(copy)));
};

const jsonPatch = (ns: string, target: string, ops: unknown[]): Step => (d) => ok(d, 'patch', '-n', ns, target, '--type', 'json', '-p', JSON.stringify(ops));
const run = (...args: string[]): Step => (d) => ok(d, ...args);
/** `kubectl apply [flags] -f` of a manifest written to the drill's folder. */
const applyManifest = (manifest: Record<string, unknown>, ...flags: string[]): Step => async (d) =>
  ok(d, 'apply', ...flags, '-f', await d.file(`apply-${Math.random().toString(36).slice(2)}.json`, JSON.stringify(manifest)));

type Minor = (typeof MINORS)[number];

interface Case {
  readonly scenario: string;
  /** The kubectl minor that drives this scenario's fixes. */
  readonly minor: Minor;
  readonly namespace: string;
  readonly selector: string;
  readonly fix: Step;
  readonly wrong?: Step;
  /** Why there is no tempting wrong fix worth testing. */
  readonly noWrong?: string;
  /** The cause is already gone in the snapshot: the next restart heals it even without the fix. */
  readonly healsAlone?: boolean;
  /** Simulated seconds within which the unfixed app shows its failure (default 30). */
  readonly failsWithin?: number;
  /** More to check once healed. */
  readonly healed?: Step;
}

const TMPL = '/spec/template/spec';

const CASES: readonly Case[] = [
  {
    scenario: 'oom-killed-jvm', minor: 27, namespace: 'payments', selector: 'app=ledger-service',
    fix: run('set', 'resources', '-n', 'payments', 'deploy/ledger-service', '--limits=memory=2Gi'),
    // A limit equal to -Xmx leaves no room for the JVM beyond its heap.
    wrong: run('set', 'resources', '-n', 'payments', 'deploy/ledger-service', '--limits=memory=1536Mi'),
  },
  {
    scenario: 'configmap-not-found', minor: 27, namespace: 'payments', selector: 'app=fraud-scorer',
    fix: applyManifest({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'fraud-rules', namespace: 'payments' }, data: { threshold: '0.8', version: '3' } }),
    wrong: run('create', 'configmap', '-n', 'payments', 'fraud-rules', '--from-literal=threshold=0.8'),
  },
  {
    scenario: 'liveness-probe-missing-file', minor: 30, namespace: 'default', selector: 'metadata.name=healthcheck-demo',
    fix: replacePod('default', 'healthcheck-demo', (p) => { (p.spec.containers[0] as { args?: string[] }).args = ['/bin/sh', '-c', 'touch /tmp/healthy; sleep infinity']; }),
    wrong: replacePod('default', 'healthcheck-demo', (p) => { (p.spec.containers[0]!['livenessProbe'] as { initialDelaySeconds: number }).initialDelaySeconds = 30; }),
  },
  {
    scenario: 'database-connection-refused', minor: 31, namespace: 'billing', selector: 'app=invoice-api',
    fix: run('scale', '-n', 'billing', 'statefulset/invoice-db', '--replicas=1'),
    healed: async (d) => {
      const ep = await d.kubectl('get', 'endpoints', '-n', 'billing', 'invoice-db', '-o', 'jsonpath={.subsets[0].addresses[0].targetRef.name}');
      expect(ep.stdout).toBe('invoice-db-0');
    },
    wrong: run('rollout', 'restart', '-n', 'billing', 'deploy/invoice-api'),
  },
  {
    scenario: 'read-only-root-nginx', minor: 27, namespace: 'web', selector: 'app=docs-site',
    fix: jsonPatch('web', 'deploy/docs-site', [
      { op: 'add', path: `${TMPL}/volumes/-`, value: { name: 'cache', emptyDir: {} } },
      { op: 'add', path: `${TMPL}/volumes/-`, value: { name: 'run', emptyDir: {} } },
      { op: 'add', path: `${TMPL}/containers/0/volumeMounts/-`, value: { name: 'cache', mountPath: '/var/cache/nginx' } },
      { op: 'add', path: `${TMPL}/containers/0/volumeMounts/-`, value: { name: 'run', mountPath: '/var/run' } },
    ]),
    // Half the fix: nginx still cannot write its pid file.
    wrong: jsonPatch('web', 'deploy/docs-site', [
      { op: 'add', path: `${TMPL}/volumes/-`, value: { name: 'cache', emptyDir: {} } },
      { op: 'add', path: `${TMPL}/containers/0/volumeMounts/-`, value: { name: 'cache', mountPath: '/var/cache/nginx' } },
    ]),
  },
  {
    scenario: 'unknown-flag', minor: 28, namespace: 'platform', selector: 'app=feature-flags',
    fix: jsonPatch('platform', 'deploy/feature-flags', [{ op: 'remove', path: `${TMPL}/containers/0/args/2` }]),
    // More memory for a process that exits on its own flags.
    wrong: run('set', 'resources', '-n', 'platform', 'deploy/feature-flags', '--limits=memory=1Gi'),
  },
  {
    scenario: 'grafana-run-as-non-root-volume', minor: 29, namespace: 'monitoring', selector: 'app.kubernetes.io/name=grafana',
    // Server-side apply of just the field the trainee owns: it merges into the live Deployment.
    fix: applyManifest({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'grafana', namespace: 'monitoring' }, spec: { template: { spec: { securityContext: { fsGroup: 472 } } } } }, '--server-side', '--field-manager=trainee'),
    wrong: run('rollout', 'restart', '-n', 'monitoring', 'deploy/grafana'),
  },
  {
    scenario: 'two-containers-one-port', minor: 30, namespace: 'shop', selector: 'app=storefront',
    fix: jsonPatch('shop', 'deploy/storefront', [{ op: 'replace', path: `${TMPL}/containers/1/args/1`, value: '--web.listen-address=:9113' }]),
    wrong: run('delete', 'pod', '-n', 'shop', '-l', 'app=storefront', '--wait=false'),
  },
  {
    scenario: 'exec-format-arm64-node', minor: 33, namespace: 'edge', selector: 'app=sensor-gateway',
    fix: jsonPatch('edge', 'deploy/sensor-gateway', [{ op: 'replace', path: `${TMPL}/nodeSelector`, value: { 'kubernetes.io/arch': 'amd64' } }]),
    wrong: run('rollout', 'restart', '-n', 'edge', 'deploy/sensor-gateway'),
  },
  {
    scenario: 'command-not-in-path', minor: 29, namespace: 'shop', selector: 'app=recommendations',
    // The image's own ENTRYPOINT/CMD starts uvicorn.
    fix: jsonPatch('shop', 'deploy/recommendations', [{ op: 'remove', path: `${TMPL}/containers/0/command` }, { op: 'remove', path: `${TMPL}/containers/0/args` }]),
    wrong: run('set', 'resources', '-n', 'shop', 'deploy/recommendations', '--limits=memory=2Gi', '--requests=memory=1Gi'),
  },
  {
    scenario: 'unschedulable-insufficient-memory', minor: 30, namespace: 'ml', selector: 'app=trainer',
    fix: run('set', 'resources', '-n', 'ml', 'deploy/trainer', '--requests=memory=24Gi', '--limits=memory=24Gi'),
    wrong: run('set', 'resources', '-n', 'ml', 'deploy/trainer', '--requests=cpu=4'),
  },
  {
    scenario: 'exits-zero-tomcat-startup-sh', minor: 33, namespace: 'shop', selector: 'app=catalog',
    // Back to the image's own CMD: catalina.sh run keeps Tomcat in the foreground.
    fix: jsonPatch('shop', 'deploy/catalog', [{ op: 'remove', path: `${TMPL}/containers/0/command` }]),
    wrong: run('set', 'resources', '-n', 'shop', 'deploy/catalog', '--limits=memory=2Gi'),
  },
  {
    scenario: 'poststart-hook-missing-script', minor: 31, namespace: 'inventory', selector: 'app.kubernetes.io/name=inventory-api',
    fix: jsonPatch('inventory', 'deploy/inventory-api', [{ op: 'remove', path: `${TMPL}/containers/0/lifecycle` }]),
    wrong: run('set', 'resources', '-n', 'inventory', 'deploy/inventory-api', '--limits=cpu=2'),
  },
  {
    scenario: 'image-pull-access-denied', minor: 28, namespace: 'shop', selector: 'app=checkout',
    fix: applyManifest({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'checkout', namespace: 'shop' }, spec: { template: { spec: { imagePullSecrets: [{ name: 'acmeshop-dockerhub' }] } } } }, '--server-side'),
    wrong: run('rollout', 'restart', '-n', 'shop', 'deploy/checkout'),
  },
  {
    scenario: 'configmap-subpath-start-error', minor: 32, namespace: 'platform', selector: 'app=config-server',
    // A new pod mounts the subPath afresh; restarting the container in the recorded pod cannot.
    fix: run('delete', 'pod', '-n', 'platform', '-l', 'app=config-server', '--wait=false'),
    wrong: jsonPatch('platform', 'configmap/config-server-conf', [{ op: 'add', path: '/metadata/annotations/touched', value: 'yes' }]),
  },
  {
    scenario: 'sigterm-from-outside', minor: 28, namespace: 'analytics', selector: 'app=event-consumer',
    fix: run('patch', '-n', 'analytics', 'deploy/event-consumer', '--type', 'json', '-p', JSON.stringify([{ op: 'remove', path: '/spec/template/metadata/labels/chaos.acme.io~1target' }])),
    wrong: run('rollout', 'restart', '-n', 'analytics', 'deploy/event-consumer'),
    // The signal comes minutes apart.
    failsWithin: 600,
  },
  {
    scenario: 'init-container-migration-fails', minor: 30, namespace: 'shop', selector: 'app=orders-api',
    // The migration made idempotent; the init container's next attempt passes and the app starts.
    // Client-side apply over an object created without it (kubectl warns about the missing annotation and patches).
    fix: applyManifest({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'orders-migrations', namespace: 'shop' }, data: { 'V42__add_order_customer_index.sql': 'CREATE INDEX IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);\n' } }),
    wrong: run('rollout', 'restart', '-n', 'shop', 'deploy/orders-api'),
  },
  {
    scenario: 'segfault-image-decoder', minor: 31, namespace: 'media', selector: 'app=thumbnailer',
    // Stop decoding HEIF until the library is fixed: the poison job is skipped instead of crashing each start.
    fix: applyManifest({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'thumbnailer-config', namespace: 'media' }, data: { 'thumbnailer.toml': 'workers = 4\nmax_pixels = 268402689\n[heif]\nenabled = false\n' } }, '--server-side'),
    wrong: run('set', 'resources', '-n', 'media', 'deploy/thumbnailer', '--limits=memory=2Gi'),
  },
  {
    scenario: 'busybox-exit-3-istio', minor: 32, namespace: 'default', selector: 'metadata.name=crashlookbackoff-pod',
    // Exit 3 is the program's own choice: the command is the bug, so the fix is a command that does the work.
    fix: replacePod('default', 'crashlookbackoff-pod', (p) => { (p.spec.containers[0] as { args?: string[] }).args = ['/bin/sh', '-c', 'while true; do echo working; sleep 30; done']; }),
    // Blaming the sidecar: the same command without Istio still exits 3.
    wrong: replacePod('default', 'crashlookbackoff-pod', (p) => {
      p.spec.containers = p.spec.containers.filter((c) => c['name'] === 'busybox');
      delete (p.spec as { initContainers?: unknown }).initContainers;
      const spec = p.spec as { volumes?: { name: string }[] };
      spec.volumes = (spec.volumes ?? []).filter((v) => v.name.startsWith('kube-api-access'));
    }),
  },
  {
    scenario: 'kruise-daemon-cri-socket', minor: 32, namespace: 'kruise-system', selector: 'control-plane=daemon',
    // What `helm upgrade --set daemon.socketLocation=/var/run,daemon.socketFile=cri-dockerd.sock` renders.
    fix: jsonPatch('kruise-system', 'daemonset/kruise-daemon', [{ op: 'add', path: `${TMPL}/containers/0/args/-`, value: '--socket-file=cri-dockerd.sock' }]),
    // The socket that no longer exists since 1.24.
    wrong: jsonPatch('kruise-system', 'daemonset/kruise-daemon', [{ op: 'add', path: `${TMPL}/containers/0/args/-`, value: '--socket-file=dockershim.sock' }]),
  },
  {
    scenario: 'pvc-pending-missing-storageclass', minor: 32, namespace: 'data', selector: 'app.kubernetes.io/name=kafka',
    // A claim's class cannot be changed: delete it and create it again with the class the cluster has.
    fix: async (d) => {
      await ok(d, 'delete', 'pvc', '-n', 'data', 'data-kafka-2', '--wait=false');
      await ok(d, 'apply', '-f', await d.file('claim.json', JSON.stringify({
        apiVersion: 'v1', kind: 'PersistentVolumeClaim',
        metadata: { name: 'data-kafka-2', namespace: 'data', labels: { 'app.kubernetes.io/name': 'kafka' } },
        spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'gp3', resources: { requests: { storage: '100Gi' } } },
      })));
    },
    healed: async (d) => {
      const claim = await d.kubectl('get', 'pvc', '-n', 'data', 'data-kafka-2', '-o', 'jsonpath={.status.phase} {.spec.volumeName}');
      expect(claim.stdout).toMatch(/^Bound pvc-[0-9a-f-]{36}$/);
      const pv = await d.kubectl('get', 'pv', claim.stdout.split(' ')[1]!, '-o', 'jsonpath={.spec.storageClassName} {.spec.claimRef.name} {.spec.csi.driver}');
      expect(pv.stdout).toBe('gp3 data-kafka-2 ebs.csi.aws.com');
    },
    // The StatefulSet recreates the pod, which still waits for the same unprovisionable claim.
    wrong: run('delete', 'pod', '-n', 'data', 'kafka-2', '--wait=false'),
  },
  {
    scenario: 'volume-multi-attach', minor: 33, namespace: 'reports', selector: 'app=report-builder',
    // A ReadWriteOnce disk attaches to one node: the old pod must go before the new one can start.
    fix: run('patch', '-n', 'reports', 'deploy/report-builder', '--type', 'merge', '-p', JSON.stringify({ spec: { strategy: { type: 'Recreate', rollingUpdate: null } } })),
    healed: async (d) => {
      const pods = await d.pods('reports', 'app=report-builder');
      expect(pods.map((p) => p.metadata.name)).toEqual(['report-builder-9gt2wkpjzf-8kq2n']);
    },
    // The replacement lands on the emptier node again, while the old pod still holds the disk elsewhere.
    wrong: run('delete', 'pod', '-n', 'reports', 'report-builder-9gt2wkpjzf-8kq2n', '--wait=false'),
  },
  {
    scenario: 'nginx-upstream-before-service', minor: 29, namespace: 'nginx-crashloop', selector: 'app=nginx-crashloop,name=nginx',
    // The Service exists now: a fresh start resolves it instead of waiting out the back-off.
    fix: run('rollout', 'restart', '-n', 'nginx-crashloop', 'deploy/nginx'),
    noWrong: 'the cause is already gone; any restart heals it, which is the lesson',
    healsAlone: true,
  },
];

describe('spreading the scenarios over kubectl minors', () => {
  it('gives every minor 1.27 … 1.33 at least three scenarios', () => {
    const count = new Map<number, number>();
    for (const c of CASES) count.set(c.minor, (count.get(c.minor) ?? 0) + 1);
    expect(MINORS.map((m) => [m, (count.get(m) ?? 0) >= 3])).toEqual(MINORS.map((m) => [m, true]));
  });
});

let skip: string | undefined;
beforeAll(async () => {
  skip = await kubectlMissing();
});

describe.concurrent('fixing each scenario with real kubectl', () => {
  for (const c of CASES) {
    it(`${c.scenario} (kubectl 1.${c.minor}): the fix heals it and holds for a simulated minute`, async () => {
      if (skip) return console.log(`skipped: ${skip}`);
      const drill = await startDrill(c.scenario, c.minor);
      try {
        if (!c.healsAlone) expect((await steady(drill, c.namespace, c.selector, c.failsWithin ?? 30)).healed, 'broken before the fix').toBe(false);
        await c.fix(drill);
        const result = await healsWithin(drill, c.namespace, c.selector);
        expect(result.healed, result.why).toBe(true);
        await c.healed?.(drill);
      } finally {
        await drill.close();
      }
    }, 40_000);
    if (!c.wrong) continue;
    it(`${c.scenario} (kubectl 1.${c.minor}): the tempting wrong fix keeps it failing`, async () => {
      if (skip) return console.log(`skipped: ${skip}`);
      const drill = await startDrill(c.scenario, c.minor);
      try {
        await c.wrong!(drill);
        await new Promise((r) => setTimeout(r, sim(120)));
        expect((await drill.pods(c.namespace, c.selector)).length, 'the app has pods to judge').toBeGreaterThan(0);
        const result = await steady(drill, c.namespace, c.selector, 180);
        expect(result.healed, result.why).toBe(false);
      } finally {
        await drill.close();
      }
    }, 40_000);
  }
});

describe('another fix for pvc-pending-missing-storageclass', () => {
  it('creating the missing StorageClass provisions the claim and the pod schedules', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const drill = await startDrill('pvc-pending-missing-storageclass', 28);
    try {
      const before = await drill.kubectl('get', 'events', '-n', 'data', '--field-selector', 'involvedObject.name=data-kafka-2,reason=ProvisioningFailed', '-o', 'jsonpath={.items[*].message}');
      expect(before.stdout).toContain('storageclass.storage.k8s.io "fast-ssd" not found');
      await ok(drill, 'create', '-f', await drill.file('class.json', JSON.stringify({
        apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'fast-ssd' },
        provisioner: 'ebs.csi.aws.com', parameters: { type: 'io2' }, volumeBindingMode: 'Immediate',
      })));
      const result = await healsWithin(drill, 'data', 'app.kubernetes.io/name=kafka');
      expect(result.healed, result.why).toBe(true);
      const claim = await drill.kubectl('get', 'pvc', '-n', 'data', 'data-kafka-2', '-o', 'jsonpath={.status.phase}');
      expect(claim.stdout).toBe('Bound');
    } finally {
      await drill.close();
    }
  }, 40_000);
});

describe('another fix for volume-multi-attach', () => {
  it('pinning the new pods to the node that holds the disk lets them share it', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const drill = await startDrill('volume-multi-attach', 31);
    try {
      const waiting = await drill.kubectl('get', 'events', '-n', 'reports', '--field-selector', 'reason=FailedAttachVolume', '-o', 'jsonpath={.items[*].message}');
      expect(waiting.stdout).toContain('Volume is already used by pod(s) report-builder-k4w78r5lpw-4vh7c');
      await ok(drill, 'patch', '-n', 'reports', 'deploy/report-builder', '-p', JSON.stringify({ spec: { template: { spec: { nodeSelector: { 'kubernetes.io/hostname': 'gke-prod-pool-1-4f2a9c1e-h7lw' } } } } }));
      const result = await healsWithin(drill, 'reports', 'app=report-builder');
      expect(result.healed, result.why).toBe(true);
      const nodes = await drill.kubectl('get', 'pods', '-n', 'reports', '-l', 'app=report-builder', '-o', 'jsonpath={.items[*].spec.nodeName}');
      expect(new Set(nodes.stdout.split(' '))).toEqual(new Set(['gke-prod-pool-1-4f2a9c1e-h7lw']));
    } finally {
      await drill.close();
    }
  }, 40_000);
});

describe('a scenario with nothing left to fix', () => {
  // node-reboot-exit-255: the exit 255 was the node rebooting under redis; the container came back by itself.
  // The lesson is to read it as a node event, not to change the workload: redis must already hold steady.
  it('node-reboot-exit-255: redis stays Ready with its one restart for a simulated minute', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const drill = await startDrill('node-reboot-exit-255', 33);
    try {
      const result = await steady(drill, 'cache', 'app=redis', 60);
      expect(result.healed, result.why).toBe(true);
      expect(result.why).toBe('redis-0:1');
    } finally {
      await drill.close();
    }
  }, 40_000);
});

describe('a CronJob that fails silently (silent-exit-1-cronjob)', () => {
  const ns = 'legacy';
  const complete = async (d: Drill, job: string): Promise<string> =>
    (await d.kubectl('get', 'job', '-n', ns, job, '-o', 'jsonpath={.status.conditions[?(@.type=="Complete")].status}')).stdout;
  const until = async (check: () => Promise<boolean>, ms = 20_000): Promise<boolean> => {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (await check()) return true;
    return false;
  };
  // The program reads its database URL from the environment; the Secret its envFrom names is empty.
  const fillSecret = run('patch', 'secret', '-n', ns, 'reconciler-env', '-p', JSON.stringify({ stringData: { RECONCILER_DB_URL: 'postgres://reconciler@ledger-db.legacy:5432/ledger' } }));

  it('the fix (fill the Secret, run the job by hand) completes the Job, and the recorded Job on its next retry', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const drill = await startDrill('silent-exit-1-cronjob', 29);
    try {
      await new Promise((r) => setTimeout(r, sim(30)));
      expect(await complete(drill, 'nightly-reconcile-28754100'), 'broken before the fix').toBe('');
      await fillSecret(drill);
      await ok(drill, 'create', 'job', '-n', ns, '--from=cronjob/nightly-reconcile', 'nightly-reconcile-by-hand');
      expect(await until(async () => (await complete(drill, 'nightly-reconcile-by-hand')) === 'True'), 'the job run by hand completes').toBe(true);
      const pods = await drill.pods(ns, 'job-name=nightly-reconcile-by-hand');
      expect(pods.map((p) => [p.status?.phase, p.status?.containerStatuses?.[0]?.restartCount])).toEqual([['Succeeded', 0]]);
      expect(await until(async () => (await complete(drill, 'nightly-reconcile-28754100')) === 'True'), 'the recorded job completes on its next retry').toBe(true);
    } finally {
      await drill.close();
    }
  }, 60_000);

  it('once fixed, the CronJob creates a Job on its schedule and that Job completes', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const drill = await startDrill('silent-exit-1-cronjob', 29);
    try {
      await fillSecret(drill);
      // Every minute, alongside the recorded Job still active: a simulated minute is 0.6 s at --speed 100.
      await ok(drill, 'patch', 'cronjob', '-n', ns, 'nightly-reconcile', '-p', JSON.stringify({ spec: { schedule: '* * * * *', concurrencyPolicy: 'Allow' } }));
      let scheduled = '';
      expect(await until(async () => {
        const jobs = JSON.parse((await drill.kubectl('get', 'jobs', '-n', ns, '-o', 'json')).stdout) as { items: { metadata: { name: string; annotations?: Record<string, string> } }[] };
        scheduled = jobs.items.find((j) => j.metadata.annotations?.['batch.kubernetes.io/cronjob-scheduled-timestamp'])?.metadata.name ?? '';
        return Boolean(scheduled);
      }), 'a scheduled Job appears').toBe(true);
      expect(scheduled).toMatch(/^nightly-reconcile-\d+$/);
      expect(await until(async () => (await complete(drill, scheduled)) === 'True'), `${scheduled} completes`).toBe(true);
      const last = await drill.kubectl('get', 'cronjob', '-n', ns, 'nightly-reconcile', '-o', 'jsonpath={.status.lastScheduleTime}');
      // Named for its scheduled minute; the CronJob has fired at least that far (it keeps firing every minute).
      expect(Date.parse(last.stdout) % 60_000).toBe(0);
      expect(Date.parse(last.stdout)).toBeGreaterThanOrEqual(Number(scheduled.split('-').pop()) * 60_000);
    } finally {
      await drill.close();
    }
  }, 60_000);

  it('the tempting wrong fix (run the job again by hand) fails the same silent way', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const drill = await startDrill('silent-exit-1-cronjob', 29);
    try {
      await ok(drill, 'create', 'job', '-n', ns, '--from=cronjob/nightly-reconcile', 'nightly-reconcile-again');
      await new Promise((r) => setTimeout(r, sim(180)));
      expect(await complete(drill, 'nightly-reconcile-again')).toBe('');
      const [pod] = await drill.pods(ns, 'job-name=nightly-reconcile-again');
      const status = pod?.status?.containerStatuses?.[0];
      expect(status?.restartCount, 'OnFailure restarts it').toBeGreaterThan(0);
      expect(status?.lastState?.terminated?.exitCode).toBe(1);
      expect((await drill.kubectl('logs', '-n', ns, pod!.metadata.name, '--previous')).stdout, 'and it still says nothing').toBe('');
    } finally {
      await drill.close();
    }
  }, 60_000);
});
