// Every kubectl the dispatcher on PATH can pick (1.27 … 1.33, by the minor the cluster's /version reports) runs
// the write verbs a trainee uses against the training cluster: older clients take other paths (OpenAPI v2
// protobuf for apply and explain, v2beta1 discovery), so each minor gets the same short smoke.
import { beforeAll, describe, expect, it } from 'vitest';
import { kubectlMissing, MINORS, startDrill, type Drill } from './kubectl-fix-harness.js';

let skip: string | undefined;
beforeAll(async () => {
  skip = await kubectlMissing();
});

const NS = 'payments';
const MANIFEST = JSON.stringify({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'smoke', namespace: NS },
  spec: { replicas: 1, selector: { matchLabels: { app: 'smoke' } }, template: { metadata: { labels: { app: 'smoke' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } } },
});

async function ok(d: Drill, args: string[], env: Record<string, string> = {}): Promise<string> {
  const run = await d.kubectlEnv(env, ...args);
  expect(run.code, `kubectl 1.${d.minor} ${args.join(' ')}: ${run.stderr}`).toBe(0);
  return run.stdout;
}
const field = (d: Drill, kind: string, name: string, path: string): Promise<string> => ok(d, ['get', kind, '-n', NS, name, '-o', `jsonpath=${path}`]);

describe.concurrent('each kubectl minor against the training cluster', () => {
  for (const minor of MINORS) {
    it(`kubectl 1.${minor}: apply (client- and server-side), patch, set, edit, create, rollout restart and explain work`, async () => {
      if (skip) return console.log(`skipped: ${skip}`);
      // At real speed: the smoke is about the client, and a quiet cluster leaves the CPU to seven kubectls.
      const d = await startDrill('oom-killed-jvm', minor, 1);
      try {
        const version = JSON.parse(await ok(d, ['version', '-o', 'json'])) as { clientVersion: { minor: string }; serverVersion: { minor: string } };
        // The dispatcher's own build (its fallback, which it also runs for 1.32) says "32+".
        expect([parseInt(version.clientVersion.minor, 10), version.serverVersion.minor], 'the dispatcher ran the matching kubectl').toEqual([minor, String(minor)]);
        const file = await d.file('smoke.json', MANIFEST);
        expect(await ok(d, ['apply', '-f', file])).toBe('deployment.apps/smoke created\n');
        expect(await ok(d, ['apply', '--server-side', '-f', file])).toBe('deployment.apps/smoke serverside-applied\n');
        await ok(d, ['patch', '-n', NS, 'deploy/smoke', '-p', '{"spec":{"replicas":2}}']);
        expect(await field(d, 'deploy', 'smoke', '{.spec.replicas}')).toBe('2');
        await ok(d, ['set', 'resources', '-n', NS, 'deploy/smoke', '--limits=memory=256Mi']);
        expect(await field(d, 'deploy', 'smoke', '{.spec.template.spec.containers[0].resources.limits.memory}')).toBe('256Mi');
        await ok(d, ['edit', '-n', NS, 'deploy/smoke'], { EDITOR: await d.editor(/image: nginx:1\.27/, 'image: nginx:1.28'), KUBE_EDITOR: '' });
        expect(await field(d, 'deploy', 'smoke', '{.spec.template.spec.containers[0].image}')).toBe('nginx:1.28');
        await ok(d, ['create', 'configmap', '-n', NS, 'smoke', '--from-literal=mode=drill']);
        expect(await field(d, 'configmap', 'smoke', '{.data.mode}')).toBe('drill');
        await ok(d, ['rollout', 'restart', '-n', NS, 'deploy/smoke']);
        expect(await field(d, 'deploy', 'smoke', '{.spec.template.metadata.annotations.kubectl\\.kubernetes\\.io/restartedAt}')).toMatch(/^\d{4}-\d\d-\d\dT/);
        const explain = await ok(d, ['explain', 'pod.spec.containers.startupProbe']);
        expect(explain).toMatch(/FIELD: +startupProbe <Probe>|RESOURCE: +startupProbe <Object>/);
        expect(explain).toContain('failureThreshold');
      } finally {
        await d.close();
      }
    }, 60_000);
  }
});
