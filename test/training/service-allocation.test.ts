// Services created through the API with real kubectl: each gets its own ClusterIP from 10.96.0.0/12 and, when it
// asks for node ports, a free nodePort in 30000–32767; kubectl get svc prints them, and the Endpoints and
// EndpointSlice controllers follow an exposed Deployment. A status sent on create is dropped (as the apiserver's
// PrepareForCreate does) and status is written only through /status.
import { describe, expect, it } from 'vitest';
import { drillForFile, startDrill, type Drill } from './kubectl-fix-harness.js';

let drill: Drill | undefined;
let skip: string | undefined;
const NS = 'nginx-crashloop';

interface Svc {
  metadata: { name: string };
  spec: { type: string; clusterIP: string; clusterIPs: string[]; ports: { port: number; nodePort?: number; targetPort: number | string }[] };
  status?: { loadBalancer?: { ingress?: { ip: string }[] } };
}

drillForFile('nginx-upstream-before-service', (d, s) => {
  drill = d;
  skip = s;
});

async function ok(...args: string[]): Promise<string> {
  const run = await drill!.kubectl(...args);
  expect(run.code, `kubectl ${args.join(' ')}: ${run.stderr}`).toBe(0);
  return run.stdout;
}

const svc = async (name: string): Promise<Svc> => JSON.parse(await ok('get', 'svc', '-n', NS, name, '-o', 'json')) as Svc;
const allSvcs = async (): Promise<Svc[]> => (JSON.parse(await ok('get', 'svc', '-A', '-o', 'json')) as { items: Svc[] }).items;

const inServiceRange = (ip: string): boolean => {
  const [a, b] = ip.split('.').map(Number);
  return a === 10 && b! >= 96 && b! <= 111;
};

const MANIFEST = (name: string, extra = ''): string => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${NS}
spec:
  selector: { app: flask }
  ports: [{ port: 80, targetPort: 5000 }]
${extra}`;

describe('Services created through the API', () => {
  it('create service clusterip, expose and apply -f each get a distinct ClusterIP from the service range, printed by kubectl get svc', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    await ok('create', 'service', 'clusterip', 'made', '-n', NS, '--tcp=80:8080');
    await ok('expose', 'deployment', 'flask', '-n', NS, '--name=exposed', '--port=80', '--target-port=5000');
    await ok('apply', '-f', await drill!.file('applied.yaml', MANIFEST('applied')));
    const made = await Promise.all(['made', 'exposed', 'applied'].map(svc));
    for (const s of made) {
      expect(s.spec.type).toBe('ClusterIP');
      expect(inServiceRange(s.spec.clusterIP), s.spec.clusterIP).toBe(true);
      expect(s.spec.clusterIPs).toEqual([s.spec.clusterIP]);
    }
    const ips = (await allSvcs()).map((s) => s.spec.clusterIP).filter((ip) => ip && ip !== 'None');
    expect(new Set(ips).size).toBe(ips.length);
    const table = await ok('get', 'svc', '-n', NS, 'made', 'exposed', 'applied', '--no-headers');
    for (const s of made) expect(table).toMatch(new RegExp(`^${s.metadata.name}\\s+ClusterIP\\s+${s.spec.clusterIP.replace(/\./g, '\\.')}\\s+<none>\\s+80/TCP`, 'm'));
  }, 40_000);

  it('an exposed Deployment gets Endpoints and an EndpointSlice with its ready pods', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const ready = (await drill!.pods(NS, 'app=flask'))
      .filter((p) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'))
      .map((p) => p.status!.podIP!)
      .sort();
    expect(ready.length).toBeGreaterThan(0);
    const endpoints = JSON.parse(await ok('get', 'endpoints', '-n', NS, 'exposed', '-o', 'json')) as { subsets?: { addresses?: { ip: string }[]; ports: { port: number }[] }[] };
    expect((endpoints.subsets ?? []).flatMap((s) => (s.addresses ?? []).map((a) => a.ip)).sort()).toEqual(ready);
    expect(endpoints.subsets?.[0]?.ports.map((p) => p.port)).toEqual([5000]);
    const slices = JSON.parse(await ok('get', 'endpointslices', '-n', NS, '-l', 'kubernetes.io/service-name=exposed', '-o', 'json')) as { items: { endpoints?: { addresses: string[] }[] }[] };
    expect(slices.items).toHaveLength(1);
    expect(slices.items[0]!.endpoints!.flatMap((e) => e.addresses).sort()).toEqual(ready);
  }, 30_000);

  it('NodePort Services get distinct node ports in 30000-32767; a taken ClusterIP or nodePort is refused', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    await ok('create', 'service', 'nodeport', 'np1', '-n', NS, '--tcp=80:8080', '--tcp=443:8443');
    await ok('expose', 'deployment', 'flask', '-n', NS, '--name=np2', '--type=NodePort', '--port=80', '--target-port=5000');
    const ports = (await Promise.all(['np1', 'np2'].map(svc))).flatMap((s) => s.spec.ports.map((p) => p.nodePort!));
    expect(ports).toHaveLength(3);
    for (const p of ports) expect(p >= 30000 && p <= 32767, String(p)).toBe(true);
    expect(new Set(ports).size).toBe(3);
    const np1 = await svc('np1');
    const table = await ok('get', 'svc', '-n', NS, 'np1', '--no-headers');
    expect(table).toContain(`80:${np1.spec.ports[0]!.nodePort}/TCP,443:${np1.spec.ports[1]!.nodePort}/TCP`);

    const takenIp = await drill!.kubectl('apply', '-f', await drill!.file('taken-ip.yaml', MANIFEST('taken-ip', `  clusterIP: ${np1.spec.clusterIP}\n`)));
    expect(takenIp.code).not.toBe(0);
    expect(takenIp.stderr).toContain(`failed to allocate IP ${np1.spec.clusterIP}: provided IP is already allocated`);
    const takenPort = await drill!.kubectl('create', 'service', 'nodeport', 'np3', '-n', NS, '--tcp=80:8080', `--node-port=${np1.spec.ports[0]!.nodePort}`);
    expect(takenPort.code).not.toBe(0);
    expect(takenPort.stderr).toContain('provided port is already allocated');
    const outside = await drill!.kubectl('create', 'service', 'clusterip', 'outside', '-n', NS, '--tcp=80:8080', '--clusterip=192.168.0.1');
    expect(outside.code).not.toBe(0);
    expect(outside.stderr).toContain('provided IP is not in the valid range');
  }, 40_000);

  it('a deleted Service is gone from the allocation: a new Service may take its address', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const { spec } = await svc('made');
    await ok('delete', 'svc', '-n', NS, 'made');
    await ok('create', 'service', 'clusterip', 'again', '-n', NS, '--tcp=80:8080', `--clusterip=${spec.clusterIP}`);
    expect((await svc('again')).spec.clusterIP).toBe(spec.clusterIP);
  }, 30_000);

  it('an update keeps the allocation: replace without clusterIP keeps it, a new one is refused, NodePort gets ports', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const before = await svc('exposed');
    await ok('replace', '-f', await drill!.file('exposed.yaml', MANIFEST('exposed')));
    expect((await svc('exposed')).spec.clusterIP).toBe(before.spec.clusterIP);
    const moved = await drill!.kubectl('patch', 'svc', 'exposed', '-n', NS, '--type=merge', '-p', '{"spec":{"clusterIP":"10.96.200.200","clusterIPs":["10.96.200.200"]}}');
    expect(moved.code).not.toBe(0);
    expect(moved.stderr).toContain('may not change once set');
    await ok('patch', 'svc', 'exposed', '-n', NS, '-p', '{"spec":{"type":"NodePort"}}');
    const nodePort = (await svc('exposed')).spec.ports[0]!.nodePort!;
    expect(nodePort >= 30000 && nodePort <= 32767, String(nodePort)).toBe(true);
    await ok('annotate', 'svc', 'exposed', '-n', NS, 'note=kept');
    expect((await svc('exposed')).spec.ports[0]!.nodePort).toBe(nodePort);
    await ok('patch', 'svc', 'exposed', '-n', NS, '-p', '{"spec":{"type":"ClusterIP"}}');
    expect((await svc('exposed')).spec.ports[0]!.nodePort).toBeUndefined();
  }, 40_000);

  it('a status sent on create is dropped; only the status subresource writes it', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const withStatus = `${MANIFEST('lb').replace('spec:', 'spec:\n  type: LoadBalancer')}status:\n  loadBalancer:\n    ingress: [{ ip: 192.0.2.7 }]\n`;
    await ok('create', '-f', await drill!.file('lb.yaml', withStatus));
    expect((await svc('lb')).status?.loadBalancer?.ingress).toBeUndefined();
    await ok('patch', 'svc', 'lb', '-n', NS, '--type=merge', '-p', '{"status":{"loadBalancer":{"ingress":[{"ip":"192.0.2.8"}]}}}');
    expect((await svc('lb')).status?.loadBalancer?.ingress).toBeUndefined();
    await ok('patch', 'svc', 'lb', '-n', NS, '--subresource=status', '--type=merge', '-p', '{"status":{"loadBalancer":{"ingress":[{"ip":"192.0.2.8"}]}}}');
    expect((await svc('lb')).status?.loadBalancer?.ingress).toEqual([{ ip: '192.0.2.8' }]);
    expect(await ok('get', 'svc', '-n', NS, 'lb', '--no-headers')).toMatch(/^lb\s+LoadBalancer\s+10\.\d+\.\d+\.\d+\s+192\.0\.2\.8\s+80:3\d{4}\/TCP/m);

    // The same for a kind no controller of the cluster writes the status of.
    const ingress = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: ${NS} }
spec:
  rules: [{ http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: lb, port: { number: 80 } } } }] } }]
status:
  loadBalancer: { ingress: [{ ip: 192.0.2.9 }] }
`;
    await ok('apply', '-f', await drill!.file('ing.yaml', ingress));
    const stored = JSON.parse(await ok('get', 'ingress', '-n', NS, 'web', '-o', 'json')) as { status?: { loadBalancer?: { ingress?: unknown[] } } };
    expect(stored.status?.loadBalancer?.ingress).toBeUndefined();
  }, 40_000);
});
