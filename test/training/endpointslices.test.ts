// EndpointSlices through real kubectl: served under discovery.k8s.io/v1, listed with kubectl's columns, and
// kept by the controller from the Service's pods, so a watch sees a scaled Deployment's new ready pod arrive.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { drillForFile, startDrill, type Drill } from './kubectl-fix-harness.js';

let drill: Drill | undefined;
let skip: string | undefined;
const NS = 'nginx-crashloop';

interface Slice {
  metadata: { name: string; labels?: Record<string, string>; ownerReferences?: { kind: string; name: string }[] };
  addressType: string;
  endpoints?: { addresses: string[]; conditions: { ready: boolean; serving: boolean; terminating: boolean }; targetRef: { name: string } }[];
  ports?: { name: string; port: number; protocol: string }[];
}

drillForFile('nginx-upstream-before-service', (d, s) => {
  drill = d;
  skip = s;
});

async function slices(): Promise<Slice[]> {
  const run = await drill!.kubectl('get', 'endpointslices.discovery.k8s.io', '-n', NS, '-l', 'kubernetes.io/service-name=flask', '-o', 'json');
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { items: Slice[] }).items;
}

const readyIps = async (): Promise<string[]> =>
  (await drill!.pods(NS, 'app=flask')).filter((p) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).map((p) => p.status!.podIP!).sort();

describe('EndpointSlices', () => {
  it('one IPv4 slice per Service, owned by it, with the ready pods and the target port', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const [slice, ...more] = await slices();
    expect(more).toEqual([]);
    expect(slice!.addressType).toBe('IPv4');
    expect(slice!.metadata.ownerReferences?.map((r) => `${r.kind}/${r.name}`)).toEqual(['Service/flask']);
    expect(slice!.ports).toEqual([{ name: '', port: 5000, protocol: 'TCP' }]);
    const ips = await readyIps();
    expect(ips.length).toBeGreaterThan(0);
    expect(slice!.endpoints!.filter((e) => e.conditions.ready).flatMap((e) => e.addresses).sort()).toEqual(ips);
  });

  it('kubectl get prints NAME ADDRESSTYPE PORTS ENDPOINTS AGE from the slice', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const [slice] = await slices();
    const run = await drill!.kubectl('get', 'endpointslices', '-n', NS, slice!.metadata.name);
    expect(run.code, run.stderr).toBe(0);
    const [head, line] = run.stdout.trim().split('\n');
    expect(head!.split(/\s{2,}/)).toEqual(['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE']);
    expect(line!.split(/\s{2,}/).slice(0, 4)).toEqual([slice!.metadata.name, 'IPv4', '5000', slice!.endpoints!.flatMap((e) => e.addresses).join(',')]);
  });

  it('a watch sees the slice follow a scaled Deployment until both pods are ready endpoints', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const watcher = spawn('kubectl', ['get', 'endpointslices', '-n', NS, '-l', 'kubernetes.io/service-name=flask', '-w', '--output-watch-events', '-o', 'jsonpath={.type} {.object.endpoints[*].addresses[0]}{"\\n"}'], { env: { ...process.env, KUBECONFIG: drill!.kubeconfig } });
    let seen = '';
    watcher.stdout.on('data', (d: Buffer) => (seen += d.toString()));
    try {
      // Scale only once the watch is established (its first event is the slice as it is): otherwise a slow kubectl
      // start sees both pods in its ADDED event and no change to follow.
      const started = Date.now() + 15_000;
      while (!seen.includes('ADDED') && Date.now() < started) await new Promise((r) => setTimeout(r, 50));
      expect(seen, 'the watch never started').toContain('ADDED');
      const scale = await drill!.kubectl('scale', 'deployment/flask', '-n', NS, '--replicas=2');
      expect(scale.code, scale.stderr).toBe(0);
      const end = Date.now() + 20_000;
      while ((await readyIps()).length < 2 && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
      const ips = await readyIps();
      expect(ips).toHaveLength(2);
      while (!seen.split('\n').some((l) => l.startsWith('MODIFIED') && ips.every((ip) => l.includes(ip))) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
      expect(seen.split('\n').find((l) => l.startsWith('MODIFIED') && ips.every((ip) => l.includes(ip))), seen).toBeDefined();
      const [slice] = await slices();
      expect(slice!.endpoints!.filter((e) => e.conditions.ready).flatMap((e) => e.addresses).sort()).toEqual(ips);
    } finally {
      watcher.kill();
    }
  }, 40_000);
});
