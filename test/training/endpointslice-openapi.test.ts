// EndpointSlice has an OpenAPI schema in both documents the cluster serves: kubectl 1.32 reads /openapi/v3 and
// kubectl 1.27 /openapi/v2, so `kubectl explain endpointslice` answers and `kubectl apply` of a slice works
// without --validate=false.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlMissing, startDrill, type Drill } from './kubectl-fix-harness.js';

const drills = new Map<number, Drill>();
let skip: string | undefined;
const MINORS = [27, 32] as const;

beforeAll(async () => {
  skip = await kubectlMissing();
  if (!skip) for (const minor of MINORS) drills.set(minor, await startDrill('oom-killed-jvm', minor, 1));
}, 60_000);

afterAll(async () => {
  for (const d of drills.values()) await d.close();
});

const SLICE = (): string => `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: manual-1
  namespace: default
  labels: { kubernetes.io/service-name: manual }
addressType: IPv4
ports: [{ name: http, port: 8080, protocol: TCP }]
endpoints:
- addresses: [10.244.9.9]
  conditions: { ready: true }
`;

describe.concurrent('EndpointSlice OpenAPI', () => {
  for (const minor of MINORS) {
    it(`kubectl 1.${minor}: explain endpointslice.endpoints.conditions and a validated apply`, async () => {
      if (skip) return console.log(`skipped: ${skip}`);
      const d = drills.get(minor)!;
      const explain = await d.kubectl('explain', 'endpointslice.endpoints.conditions');
      expect(explain.code, explain.stderr).toBe(0);
      expect(explain.stdout).toMatch(/serving\s+<boolean>/);
      expect(explain.stdout).toMatch(/terminating\s+<boolean>/);
      const top = await d.kubectl('explain', 'endpointslices');
      expect(top.code, top.stderr).toBe(0);
      expect(top.stdout).toMatch(/addressType\s+<string>( -required-)?/);

      const apply = await d.kubectl('apply', '-f', await d.file(`slice-${minor}.yaml`, SLICE()));
      expect(apply.code, apply.stderr).toBe(0);
      const stored = await d.kubectl('get', 'endpointslices', 'manual-1', '-o', 'jsonpath={.endpoints[0].addresses[0]} {.ports[0].port}');
      expect(stored.stdout).toBe('10.244.9.9 8080');

    }, 40_000);
  }
});
