// A small scenario written to a temp dir, so tests control restart counts, logs and timings exactly.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const RECORDED_AT = '2024-05-01T10:00:00Z';

const pod = (name: string, restartCount: number, extra = ''): string => `
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: drill
  uid: 11111111-2222-3333-4444-${String(restartCount).padStart(12, '0')}
  creationTimestamp: "2024-05-01T09:00:00Z"
  labels: {app: ${name}, tier: backend}
spec:
  nodeName: node-a
  restartPolicy: Always
  containers:
  - name: app
    image: example.com/app:1
    command: ["/app/server"]
    args: ["--port=8080"]
${extra}status:
  phase: Running
  podIP: 10.1.2.3
  containerStatuses:
  - name: app
    ready: false
    restartCount: ${restartCount}
    image: example.com/app:1
    state:
      waiting: {reason: CrashLoopBackOff, message: "back-off 10s restarting failed container=app pod=${name}_drill(x)"}
    lastState:
      terminated: {exitCode: 3, reason: Error, startedAt: "2024-05-01T09:59:57Z", finishedAt: "${RECORDED_AT}"}
`;

const sidecar = `  - name: proxy
    image: example.com/proxy:1
  initContainers:
  - name: init
    image: example.com/init:1
`;

export async function writeDrillScenario(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tc-drill-'));
  await writeFile(join(dir, 'scenario.yaml'), `title: drill\npod: drill/crasher\ncause: app-crash\nrecordedAt: "${RECORDED_AT}"\n`);
  await writeFile(join(dir, 'pods.yaml'), [pod('crasher', 1), pod('sidecars', 2, sidecar)].join('\n---\n'));
  await writeFile(
    join(dir, 'events.yaml'),
    `apiVersion: v1
kind: Event
metadata: {name: crasher.1, namespace: drill}
involvedObject: {kind: Pod, namespace: drill, name: crasher, apiVersion: v1, fieldPath: "spec.containers{app}"}
reason: BackOff
type: Warning
message: Back-off restarting failed container app
count: 4
firstTimestamp: "2024-05-01T09:01:00Z"
lastTimestamp: "2024-05-01T09:59:00Z"
source: {component: kubelet, host: node-a}
---
apiVersion: v1
kind: Event
metadata: {name: crasher.2, namespace: drill}
involvedObject: {kind: Pod, namespace: drill, name: crasher, apiVersion: v1}
reason: Scheduled
type: Normal
message: Successfully assigned drill/crasher to node-a
count: 1
firstTimestamp: "2024-05-01T09:00:00Z"
lastTimestamp: "2024-05-01T09:00:00Z"
source: {component: default-scheduler}
`,
  );
  const logs = join(dir, 'logs', 'drill', 'crasher');
  await mkdir(logs, { recursive: true });
  await writeFile(join(logs, 'app.log'), 'current 1\ncurrent 2\ncurrent 3\n');
  await writeFile(join(logs, 'app.previous.log'), 'boot\nreading config\nfatal: missing DATABASE_URL\n');
  return dir;
}
