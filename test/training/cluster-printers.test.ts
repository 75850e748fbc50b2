// Every kind the issue lists prints through real kubectl with the apiserver's columns (plain and `-o wide`),
// and the kinds the scenarios do not ship print their cells as the apiserver's printers compute them from
// objects created here: Ingress, PDB, RBAC, ReplicationController, PersistentVolume, Lease.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { kubectlMissing, type Run } from './kubectl-fix-harness.js';
import { KINDS_MANIFEST, LB_STATUS } from './printer-objects.js';

let cluster: TrainingCluster | undefined;
let dir: string;
let skip: string | undefined;

const kubectl = (...args: string[]): Promise<Run> =>
  new Promise((resolve) => {
    execFile('kubectl', ['--cache-dir', join(dir, 'cache'), ...args], { env: { ...process.env, KUBECONFIG: join(dir, 'kubeconfig') }, timeout: 30_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });

beforeAll(async () => {
  skip = await kubectlMissing();
  if (skip) return;
  dir = await mkdtemp(join(tmpdir(), 'tc-printers-'));
  cluster = await startTrainingCluster({ port: 0, static: true, writeKubeconfig: join(dir, 'kubeconfig') });
  await writeFile(join(dir, 'kinds.yaml'), KINDS_MANIFEST);
  const run = await kubectl('apply', '-f', join(dir, 'kinds.yaml'));
  if (run.code !== 0) throw new Error(`kubectl apply failed: ${run.stderr}`);
  const lb = await kubectl('patch', 'service', 'lb', '-n', 'shop', '--subresource=status', '--type=merge', '-p', LB_STATUS);
  if (lb.code !== 0) throw new Error(`kubectl patch --subresource=status failed: ${lb.stderr}`);
}, 60_000);

afterAll(async () => {
  await cluster?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** kubectl's table as rows of cells, cut at the header's column starts so that empty cells stay in place. */
function table(stdout: string): { header: string[]; rows: string[][] } {
  const [head = '', ...lines] = stdout.replace(/\n+$/, '').split('\n');
  const starts: number[] = [];
  for (const m of head.matchAll(/\S+(?: \S+)*/g)) starts.push(m.index);
  const cut = (line: string): string[] => starts.map((s, i) => line.slice(s, starts[i + 1] ?? line.length).trim());
  return { header: cut(head), rows: lines.filter((l) => l.trim()).map(cut) };
}

const WORKLOAD_WIDE = ['CONTAINERS', 'IMAGES', 'SELECTOR'];
// Columns after NAME (and NAMESPACE for namespaced kinds): [plain, extra with -o wide].
const COLUMNS: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  services: [['TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'], ['SELECTOR']],
  persistentvolumeclaims: [['STATUS', 'VOLUME', 'CAPACITY', 'ACCESS MODES', 'STORAGECLASS', 'VOLUMEATTRIBUTESCLASS', 'AGE'], ['VOLUMEMODE']],
  persistentvolumes: [['CAPACITY', 'ACCESS MODES', 'RECLAIM POLICY', 'STATUS', 'CLAIM', 'STORAGECLASS', 'VOLUMEATTRIBUTESCLASS', 'REASON', 'AGE'], ['VOLUMEMODE']],
  deployments: [['READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'], WORKLOAD_WIDE],
  replicasets: [['DESIRED', 'CURRENT', 'READY', 'AGE'], WORKLOAD_WIDE],
  replicationcontrollers: [['DESIRED', 'CURRENT', 'READY', 'AGE'], WORKLOAD_WIDE],
  statefulsets: [['READY', 'AGE'], ['CONTAINERS', 'IMAGES']],
  daemonsets: [['DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE'], WORKLOAD_WIDE],
  jobs: [['STATUS', 'COMPLETIONS', 'DURATION', 'AGE'], WORKLOAD_WIDE],
  cronjobs: [['SCHEDULE', 'TIMEZONE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE'], WORKLOAD_WIDE],
  configmaps: [['DATA', 'AGE'], []],
  secrets: [['TYPE', 'DATA', 'AGE'], []],
  nodes: [['STATUS', 'ROLES', 'AGE', 'VERSION'], ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME']],
  endpoints: [['ENDPOINTS', 'AGE'], []],
  endpointslices: [['ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'], []],
  storageclasses: [['PROVISIONER', 'RECLAIMPOLICY', 'VOLUMEBINDINGMODE', 'ALLOWVOLUMEEXPANSION', 'AGE'], []],
  ingresses: [['CLASS', 'HOSTS', 'ADDRESS', 'PORTS', 'AGE'], []],
  poddisruptionbudgets: [['MIN AVAILABLE', 'MAX UNAVAILABLE', 'ALLOWED DISRUPTIONS', 'AGE'], []],
  roles: [['CREATED AT'], []],
  clusterroles: [['CREATED AT'], []],
  rolebindings: [['ROLE', 'AGE'], ['USERS', 'GROUPS', 'SERVICEACCOUNTS']],
  clusterrolebindings: [['ROLE', 'AGE'], ['USERS', 'GROUPS', 'SERVICEACCOUNTS']],
  leases: [['HOLDER', 'AGE'], []],
};
const CLUSTER_SCOPED = new Set(['persistentvolumes', 'nodes', 'storageclasses', 'clusterroles', 'clusterrolebindings']);

describe('kubectl get prints every kind with the apiserver columns', () => {
  for (const [kind, [plain, wide]] of Object.entries(COLUMNS)) {
    it(`${kind}: ${plain.join(' ')}${wide.length ? ` | wide: ${wide.join(' ')}` : ''}`, async () => {
      if (skip) return console.log(`skipped: ${skip}`);
      const lead = CLUSTER_SCOPED.has(kind) ? ['NAME'] : ['NAMESPACE', 'NAME'];
      const scope = CLUSTER_SCOPED.has(kind) ? [] : ['-A'];
      const run = await kubectl('get', kind, ...scope);
      expect(run.code, run.stderr).toBe(0);
      const t = table(run.stdout);
      expect(t.header).toEqual([...lead, ...plain]);
      expect(t.rows.length, `${kind}: at least one row`).toBeGreaterThan(0);
      const w = await kubectl('get', kind, ...scope, '-o', 'wide');
      expect(w.code, w.stderr).toBe(0);
      expect(table(w.stdout).header).toEqual([...lead, ...plain, ...wide]);
    });
  }

  it('events: the plain and wide columns', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    expect(table((await kubectl('get', 'events', '-A')).stdout).header).toEqual(['NAMESPACE', 'LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']);
    expect(table((await kubectl('get', 'events', '-A', '-o', 'wide')).stdout).header).toEqual(['NAMESPACE', 'LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'SUBOBJECT', 'SOURCE', 'MESSAGE', 'FIRST SEEN', 'COUNT', 'NAME']);
  });

  it('one get of the kinds the scenarios mention serves them all', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const run = await kubectl('get', 'ingress,pdb,role,rolebinding,rc,sc,pv,endpointslices,lease', '-A', '-o', 'name');
    expect(run.code, run.stderr).toBe(0);
    for (const name of ['ingress.networking.k8s.io/shop', 'poddisruptionbudget.policy/cart', 'role.rbac.authorization.k8s.io/pod-reader', 'rolebinding.rbac.authorization.k8s.io/read-pods', 'replicationcontroller/legacy-web', 'storageclass.storage.k8s.io/gp3', 'persistentvolume/pv-manual', 'lease.coordination.k8s.io/leader']) {
      expect(run.stdout.split('\n')).toContain(name);
    }
  });
});

const row = async (...args: string[]): Promise<string[]> => {
  const run = await kubectl('get', ...args, '-o', 'wide');
  expect(run.code, run.stderr).toBe(0);
  const t = table(run.stdout);
  expect(t.rows).toHaveLength(1);
  return t.rows[0]!.filter((_, i) => t.header[i] !== 'AGE' && t.header[i] !== 'CREATED AT');
};

describe('cells computed as the apiserver printers compute them', () => {
  it('Ingress: class, the first three hosts and "+ N more..." counting every rule past the third, TLS ports', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    expect(await row('ingress', '-n', 'shop', 'shop')).toEqual(['shop', 'nginx', 'shop.example.com,api.example.com,admin.example.com + 2 more...', '', '80, 443']);
  });

  it('PodDisruptionBudget: a percentage as written, N/A for the unset bound', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    expect(await row('pdb', '-n', 'shop', 'cart')).toEqual(['cart', '50%', 'N/A', '0']);
  });

  it('RoleBinding and ClusterRoleBinding: Kind/name of the role; users, groups, namespace/name of service accounts', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    expect(await row('rolebinding', '-n', 'shop', 'read-pods')).toEqual(['read-pods', 'Role/pod-reader', 'jane, joe', 'devs', 'build/ci']);
    expect(await row('clusterrolebinding', 'view-nodes')).toEqual(['view-nodes', 'ClusterRole/node-viewer', '', '', 'monitoring/monitor']);
    expect(await row('role', '-n', 'shop', 'pod-reader')).toEqual(['pod-reader']);
  });

  it('ReplicationController: counts, containers and images in order, its map selector sorted', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    expect(await row('rc', '-n', 'legacy', 'legacy-web')).toEqual(['legacy-web', '0', '0', '0', 'web,log', 'nginx:1.25.4,busybox:1.36', 'app=legacy-web,tier=front']);
  });

  it('PersistentVolume: capacity, short access modes, reclaim policy, phase, class, unset attributes class, volume mode', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    expect(await row('pv', 'pv-manual')).toEqual(['pv-manual', '5Gi', 'RWO,ROX', 'Recycle', 'Available', '', 'manual', '<unset>', '', 'Filesystem']);
  });

  it('Service: load-balancer points sorted then external IPs, node ports, map selector; ExternalName its name', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    expect(await row('service', '-n', 'shop', 'lb')).toEqual(['lb', 'LoadBalancer', '10.100.7.7', '203.0.113.7,lb-1234567890.eu-west-1.elb.amazonaws.com,192.0.2.10', '80:30080/TCP,53:30053/UDP', 'app=cart,tier=web']);
    expect(await row('service', '-n', 'shop', 'ext')).toEqual(['ext', 'ExternalName', '<none>', 'db.example.com', '<none>', '<none>']);
  });

  it('Job: a suspended one runs nothing and says so; parallel completions; set-based selector sorted', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    expect(await row('job', '-n', 'shop', 'fanout')).toEqual(['fanout', 'Suspended', '0/1 of 3', '', 'work', 'busybox:1.36', 'batch in (a,b),!gone']);
    expect((await kubectl('get', 'pods', '-n', 'shop', '-l', 'batch=a', '-o', 'name')).stdout).toBe('');
  });

  it('CronJob: schedule, time zone, SUSPEND False for the defaulted field, no last schedule', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    expect(await row('cronjob', '-n', 'shop', 'nightly')).toEqual(['nightly', '0 3 * * *', 'Europe/Paris', 'False', '0', '<none>', 'dump', 'postgres:16', '<none>']);
  });

  it('Lease: its holder', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    expect(await row('lease', '-n', 'shop', 'leader')).toEqual(['leader', 'cart-7d9f']);
  });

  it('cluster-info dump still writes the ReplicationControllers it asks for', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const out = join(dir, 'dump');
    const run = await kubectl('cluster-info', 'dump', '--namespaces', 'legacy', '--output-directory', out);
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(join(out, 'legacy', 'replication-controllers.json'), 'utf8')).toContain('"legacy-web"');
  });
});
