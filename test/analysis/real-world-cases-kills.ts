// Real-world cases (see real-world-cases.ts), pods ended by the kubelet or the kernel: OOM kills, probe kills, lifecycle hooks, clean exits, signals, node shutdown.
// Each names its source; facts and message formats are the report's.
import { crashLoop, pod, podEvent, previousLog, realCase, runningAfter, runningOk, type RealWorldCase } from './real-world-builders.js';

const cases: RealWorldCase[] = [];
const add = (c: RealWorldCase): void => void cases.push(c);

// kubernetes/kubernetes#98157 — openssh container OOMKilled again and again under a 1Gi limit.
{
  const p = pod({
    name: 'jumpserver-reader-589945c95c-d2nzg', namespace: 'tts-team', node: 'research.center.master.069', startTime: '2020-11-26T12:30:38Z',
    containers: [{ name: 'jumpserver-reader', image: 'harbor.ubtrobot.com/base/openssh:v1.0.0', ports: [{ containerPort: 22, protocol: 'TCP' }],
      resources: { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '1', memory: '1Gi' } } }],
    statuses: [runningAfter('jumpserver-reader', 'harbor.ubtrobot.com/base/openssh:v1.0.0', '2021-01-18T10:31:57Z',
      { exitCode: 137, reason: 'OOMKilled', started: '2021-01-18T10:29:20Z', finished: '2021-01-18T10:31:55Z' }, 21, true)],
  });
  add(realCase({ name: 'an openssh container whose last state is OOMKilled with exit 137 under a 1Gi limit', source: 'https://github.com/kubernetes/kubernetes/issues/98157',
    cause: 'oom-killed', pod: p, collectedAt: '2021-01-18T10:35:00Z' }));
}

// AliyunContainerService/kube-eventer#285 — the kernel OOM-killed a child, the main process exited 1: reason OOMKilled, exit code 1.
{
  const p = pod({
    name: 'adsf-78687dd59f-8w42g', namespace: 'limit-test', node: 'cn-hangzhou.10.0.1.12', startTime: '2024-01-04T09:50:02Z',
    containers: [{ name: 'adsf', image: 'polinux/stress', resources: { limits: { memory: '100Mi' }, requests: { memory: '50Mi' } } }],
    statuses: [crashLoop('adsf-78687dd59f-8w42g', 'limit-test', 'adsf', 'polinux/stress', { exitCode: 1, reason: 'OOMKilled', started: '2024-01-04T09:52:29Z', finished: '2024-01-04T09:52:49Z' }, 3, '40s')],
  });
  add(realCase({ name: 'a container in CrashLoopBackOff whose last state is OOMKilled with exit code 1', source: 'https://github.com/AliyunContainerService/kube-eventer/issues/285',
    cause: 'oom-killed', pod: p, collectedAt: '2024-01-04T09:53:00Z',
    events: [podEvent(p, 'BackOff', 'Back-off restarting failed container', { container: 'adsf', last: '2024-01-04T09:51:18Z' })] }));
}

// kubernetes/kubernetes#19825 (comment by symbol-z-unique) — exit 137 with reason Error, not OOM: the events said the liveness probe killed it.
{
  const p = pod({
    name: 'web-5c6f8d7b9-kq2zd', node: 'node-2', startTime: '2021-07-26T02:00:00Z',
    containers: [{ name: 'web', image: 'registry.local/web:2.3', ports: [{ containerPort: 8080 }], resources: { limits: { memory: '2Gi' } },
      livenessProbe: { httpGet: { path: '/health', port: 8080 }, initialDelaySeconds: 10, periodSeconds: 10, failureThreshold: 3, timeoutSeconds: 1 },
      readinessProbe: { httpGet: { path: '/health', port: 8080 }, initialDelaySeconds: 10, periodSeconds: 10 } }],
    statuses: [runningAfter('web', 'registry.local/web:2.3', '2021-07-26T03:10:41Z', { exitCode: 137, reason: 'Error', started: '2021-07-26T03:09:40Z', finished: '2021-07-26T03:10:40Z' }, 6)],
  });
  add(realCase({ name: 'exit 137 with reason Error and a Killing event for a failed liveness probe', source: 'https://github.com/kubernetes/kubernetes/issues/19825',
    cause: 'liveness-probe', pod: p, collectedAt: '2021-07-26T03:11:00Z',
    events: [
      podEvent(p, 'Unhealthy', 'Liveness probe failed: Get "http://10.244.1.23:8080/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', { container: 'web', count: 18, last: '2021-07-26T03:10:30Z' }),
      podEvent(p, 'Killing', 'Container web failed liveness probe, will be restarted', { container: 'web', type: 'Normal', count: 6, last: '2021-07-26T03:10:30Z' }),
    ] }));
}

// microservices-patterns/ftgo-application#130 — Spring Boot services never answer /actuator/health in time; the liveness probe restarts them.
{
  const img = 'microservicespatterns/ftgo-accounting-service:latest';
  const p = pod({
    name: 'ftgo-accounting-service-55bd94d788-sh62d', node: 'minikube', startTime: '2021-04-26T10:00:00Z',
    containers: [{ name: 'ftgo-accounting-service', image: img, ports: [{ containerPort: 8080, name: 'httpport' }],
      livenessProbe: { httpGet: { path: '/actuator/health', port: 8080 }, initialDelaySeconds: 60, periodSeconds: 20 },
      readinessProbe: { httpGet: { path: '/actuator/health', port: 8080 }, initialDelaySeconds: 60, periodSeconds: 20 } }],
    statuses: [runningAfter('ftgo-accounting-service', img, '2021-04-26T10:09:02Z', { exitCode: 143, reason: 'Error', started: '2021-04-26T10:06:58Z', finished: '2021-04-26T10:09:01Z' }, 4)],
  });
  add(realCase({ name: 'Spring Boot services restarted because /actuator/health refuses connections to the liveness probe', source: 'https://github.com/microservices-patterns/ftgo-application/issues/130',
    cause: 'liveness-probe', pod: p, collectedAt: '2021-04-26T10:11:00Z',
    events: [
      podEvent(p, 'Unhealthy', 'Liveness probe failed: Get "http://172.17.0.12:8080/actuator/health": dial tcp 172.17.0.12:8080: connect: connection refused', { container: 'ftgo-accounting-service', count: 12, last: '2021-04-26T10:08:58Z' }),
      podEvent(p, 'Unhealthy', 'Readiness probe failed: Get "http://172.17.0.12:8080/actuator/health": dial tcp 172.17.0.12:8080: connect: connection refused', { container: 'ftgo-accounting-service', count: 14, last: '2021-04-26T10:10:38Z' }),
      podEvent(p, 'Killing', 'Container ftgo-accounting-service failed liveness probe, will be restarted', { container: 'ftgo-accounting-service', type: 'Normal', count: 4, last: '2021-04-26T10:08:58Z' }),
    ],
    logs: [previousLog('ftgo-accounting-service', `
  .   ____          _            __ _ _
 /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\
 :: Spring Boot ::        (v2.2.6.RELEASE)
2021-04-26 10:07:05.112  INFO 1 --- [           main] n.c.f.a.main.AccountingServiceMain       : Starting AccountingServiceMain on ftgo-accounting-service-55bd94d788-sh62d with PID 1
2021-04-26 10:08:41.904  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat initialized with port(s): 8080 (http)
2021-04-26 10:09:00.871  INFO 1 --- [extShutdownHook] o.s.s.concurrent.ThreadPoolTaskExecutor  : Shutting down ExecutorService 'applicationTaskExecutor'`)] }));
}

// influxdata/helm-charts#336 — the postStart hook's influx command fails (bad --default argument), so the kubelet kills the container.
{
  const img = 'influxdb:2.0.7-alpine';
  const p = pod({
    name: 'monitor1-influxdb2-0', namespace: 'perf', node: 'perf-node-1', startTime: '2021-06-23T09:00:00Z',
    containers: [{ name: 'influxdb2', image: img, ports: [{ containerPort: 8086, name: 'http' }],
      lifecycle: { postStart: { exec: { command: ['sh', '-c', "sleep 5; influx v1 dbrp create --db default --rp default-rp --bucket-id $(influx bucket list -n default --json | grep -o '\"id\": \"[^\"]*' | grep -o '[^\"]*$') --default"] } } } }],
    statuses: [crashLoop('monitor1-influxdb2-0', 'perf', 'influxdb2', img, { exitCode: 0, reason: 'Completed', started: '2021-06-23T09:10:00Z', finished: '2021-06-23T09:10:07Z' }, 5)],
  });
  add(realCase({ name: 'FailedPostStartHook: the hook command exited with 1 and the container was killed', source: 'https://github.com/influxdata/helm-charts/issues/336',
    cause: 'lifecycle-hook', pod: p, collectedAt: '2021-06-23T09:10:30Z',
    events: [
      podEvent(p, 'FailedPostStartHook', `Exec lifecycle hook ([sh -c sleep 5; influx v1 dbrp create --db default --rp default-rp --bucket-id $(influx bucket list -n default --json | grep -o '"id": "[^"]*' | grep -o '[^"]*$') --default]) for Container "influxdb2" in Pod "monitor1-influxdb2-0_perf(010ef5d3-a252-4cd4-a070-91f10eb4c02f)" failed - error: command 'sh -c sleep 5; influx v1 dbrp create --db default --rp default-rp --bucket-id $(influx bucket list -n default --json | grep -o '"id": "[^"]*' | grep -o '[^"]*$') --default' exited with 1: , message: "Error: invalid argument \\"--default\\" for \\"--bucket-id\\" flag: id must have a length of 16 bytes\\nSee 'influx v1 dbrp create -h' for help\\n"`, { container: 'influxdb2', count: 5, last: '2021-06-23T09:10:06Z' }),
      podEvent(p, 'Killing', 'FailedPostStartHook', { container: 'influxdb2', type: 'Normal', count: 5, last: '2021-06-23T09:10:06Z' }),
      podEvent(p, 'BackOff', 'Back-off restarting failed container', { container: 'influxdb2', count: 9, last: '2021-06-23T09:10:20Z' }),
    ] }));
}

// helm/charts#21324 — graylog's postStart script exits 126; the runtime reports PostStartHookError on the status (events expired).
{
  const img = 'graylog/graylog:3.1';
  const p = pod({
    name: 'graylog-0', namespace: 'graylog', node: 'worker-2', startTime: '2020-03-20T08:00:00Z',
    containers: [{ name: 'graylog-server', image: img, lifecycle: { postStart: { exec: { command: ['/bin/bash', '/post-start-hook.sh'] } } } }],
    statuses: [{ name: 'graylog-server', image: img, ready: false, restartCount: 4, started: false,
      state: { waiting: { reason: 'PostStartHookError', message: "command '/bin/bash /post-start-hook.sh' exited with 126: " } },
      lastState: { terminated: { exitCode: 137, reason: 'Error', startedAt: '2020-03-20T08:05:00Z', finishedAt: '2020-03-20T08:05:31Z' } } }],
  });
  add(realCase({ name: "PostStartHookError: command '/bin/bash /post-start-hook.sh' exited with 126 on the status", source: 'https://github.com/helm/charts/issues/21324',
    cause: 'lifecycle-hook', pod: p, collectedAt: '2020-03-20T08:06:00Z' }));
}

// kubeblocks#3077 — the mongodb postStart script cannot reach mongod (ECONNREFUSED) and the hook failure kills the container.
{
  const img = 'docker.io/apecloud/mongo:5.0.14';
  const p = pod({
    name: 'yjtest2-mongodb-0', namespace: 'kubeblocks', node: 'node-3', startTime: '2023-05-05T05:40:00Z',
    containers: [{ name: 'mongodb', image: img, ports: [{ containerPort: 27017, name: 'mongodb' }], lifecycle: { postStart: { exec: { command: ['/scripts/replicaset-post-start.sh', 'MONGODB'] } } } }],
    statuses: [crashLoop('yjtest2-mongodb-0', 'kubeblocks', 'mongodb', img, { exitCode: 137, reason: 'Error', started: '2023-05-05T05:45:30Z', finished: '2023-05-05T05:46:02Z' }, 3, '40s')],
  });
  add(realCase({ name: 'FailedPostStartHook whose output says MongoNetworkError: connect ECONNREFUSED', source: 'https://github.com/apecloud/kubeblocks/issues/3077',
    cause: 'lifecycle-hook', pod: p, collectedAt: '2023-05-05T05:47:00Z',
    events: [podEvent(p, 'FailedPostStartHook', `Exec lifecycle hook ([/scripts/replicaset-post-start.sh MONGODB]) for Container "mongodb" in Pod "yjtest2-mongodb-0_kubeblocks(a8a31265-a385-4398-ad94-9f803ae7f0c6)" failed - error: command '/scripts/replicaset-post-start.sh MONGODB' exited with 1: MongoNetworkError: connect ECONNREFUSED 127.0.0.1:27017
MongoNetworkError: connection 3 to 127.0.0.1:27017 closed
, message: "ready\\npeer is ready\\nMongoNetworkError: connect ECONNREFUSED 127.0.0.1:27017\\nMongoNetworkError: connection 3 to 127.0.0.1:27017 closed\\n"`, { container: 'mongodb', count: 3, last: '2023-05-05T05:46:00Z' })],
    logs: [previousLog('mongodb', `
{"t":{"$date":"2023-05-05T05:45:31.201+00:00"},"s":"I",  "c":"CONTROL",  "id":23285,   "ctx":"-","msg":"Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"}
{"t":{"$date":"2023-05-05T05:46:01.950+00:00"},"s":"I",  "c":"CONTROL",  "id":23377,   "ctx":"SignalHandler","msg":"Received signal","attr":{"signal":15,"error":"Terminated"}}`)] }));
}

// kubernetes/kubernetes#53125 — `command: ["echo"]` finishes at once; restartPolicy Always turns that into CrashLoopBackOff.
{
  const p = pod({
    name: 'demo', node: '172.17.8.102', startTime: '2017-09-27T07:38:22Z',
    containers: [{ name: 'command-demo', image: 'nginx:1.10', command: ['echo'], args: ['$HOSTNAME'] }],
    statuses: [crashLoop('demo', 'default', 'command-demo', 'nginx:1.10', { exitCode: 0, reason: 'Completed', started: '2017-09-27T08:36:10Z', finished: '2017-09-27T08:36:10Z' }, 24)],
  });
  add(realCase({ name: 'echo as the command: Completed, exit 0, 24 restarts', source: 'https://github.com/kubernetes/kubernetes/issues/53125',
    cause: 'exits-zero', pod: p, collectedAt: '2017-09-27T08:38:22Z', logs: [previousLog('command-demo', 'HOSTNAME\n')] }));
}

// portainer/portainer#5314 — a bare centos image has no long-running process.
{
  const p = pod({
    name: 'centos-new-6846f658db-w4qhj', node: 'k-master', startTime: '2021-07-14T19:46:08Z',
    containers: [{ name: 'centos-new', image: 'centos' }],
    statuses: [crashLoop('centos-new-6846f658db-w4qhj', 'default', 'centos-new', 'centos', { exitCode: 0, reason: 'Completed', started: '2021-07-14T19:52:22Z', finished: '2021-07-14T19:52:22Z' }, 6)],
  });
  add(realCase({ name: 'a plain centos image: Completed, exit 0, nothing in the logs', source: 'https://github.com/portainer/portainer/issues/5314',
    cause: 'exits-zero', pod: p, collectedAt: '2021-07-14T19:54:00Z', logs: [previousLog('centos-new', '')],
    events: [podEvent(p, 'BackOff', 'Back-off restarting failed container', { container: 'centos-new', count: 25, last: '2021-07-14T19:53:50Z' })] }));
}

// avstack/jibri-pod-controller#7 — a Rust binary segfaults at start on GKE: exit 139 and no log at all.
{
  const img = 'avstack/jibri-pod-controller:latest';
  const p = pod({
    name: 'jibri-pod-controller-5c644f77f6-kkgqw', node: 'gke-meet-default-pool-3c2d', startTime: '2023-05-05T08:00:00Z',
    containers: [{ name: 'jibri-pod-controller', image: img, env: [{ name: 'RUST_LOG', value: 'info' }, { name: 'PORT', value: '8080' }] }],
    statuses: [crashLoop('jibri-pod-controller-5c644f77f6-kkgqw', 'default', 'jibri-pod-controller', img, { exitCode: 139, reason: 'Error', started: '2023-05-05T08:05:00Z', finished: '2023-05-05T08:05:00Z' }, 5)],
  });
  add(realCase({ name: 'exit 139 with reason Error and an empty log', source: 'https://github.com/avstack/jibri-pod-controller/issues/7',
    cause: 'segfault', pod: p, collectedAt: '2023-05-05T08:06:00Z', logs: [previousLog('jibri-pod-controller', '')] }));
}

// cloudnative-pg/cloudnative-pg#1593 — graceful node shutdown: the pod failed with reason Terminated though postgres itself exited 0.
{
  const img = 'ghcr.io/cloudnative-pg/postgresql:15.2';
  const p = {
    ...pod({
      name: 'cluster-example-1', namespace: 'db', node: 'gke-pg-pool-2-9f3c', phase: 'Failed', startTime: '2023-02-28T02:06:11Z',
      containers: [{ name: 'postgres', image: img, ports: [{ containerPort: 5432, name: 'postgresql' }] }],
      statuses: [{ name: 'postgres', image: img, ready: false, restartCount: 0, started: false,
        state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: '2023-02-28T02:06:23Z', finishedAt: '2023-02-28T14:33:51Z' } }, lastState: {} }],
      conditions: [
        { type: 'Initialized', status: 'True', lastTransitionTime: '2023-02-28T02:06:23Z' },
        { type: 'Ready', status: 'False', reason: 'PodFailed', lastTransitionTime: '2023-02-28T14:33:52Z' },
        { type: 'ContainersReady', status: 'False', reason: 'PodFailed', lastTransitionTime: '2023-02-28T14:33:52Z' },
        { type: 'PodScheduled', status: 'True', lastTransitionTime: '2023-02-28T02:06:11Z' },
      ],
    }),
  };
  const withReason = { ...p, status: { ...p.status, reason: 'Terminated', message: 'Pod was terminated in response to imminent node shutdown.' } };
  add(realCase({ name: 'phase Failed, reason Terminated: "Pod was terminated in response to imminent node shutdown", container exit 0', source: 'https://github.com/cloudnative-pg/cloudnative-pg/issues/1593',
    cause: 'killed-externally', also: ['node-restart'], pod: withReason, collectedAt: '2023-02-28T14:40:00Z' }));
}

// prometheus-operator/kube-prometheus#1674 — Prometheus replays its WAL longer than the startup probe allows; the
// kubelet stops it, and Prometheus, which shuts down cleanly on SIGTERM, exits 0. The report shows the events; the
// last state and log lines are Prometheus's own behaviour on SIGTERM (exit 0, "exiting gracefully").
{
  const img = 'quay.io/prometheus/prometheus:v2.34.0-rc.0';
  const p = pod({
    name: 'prometheus-k8s-0', namespace: 'monitoring', node: 'worker-2', startTime: '2022-03-10T00:00:00Z',
    containers: [{ name: 'prometheus', image: img, ports: [{ containerPort: 9090, name: 'web' }],
      startupProbe: { httpGet: { path: '/-/ready', port: 'web' }, periodSeconds: 15, failureThreshold: 60, timeoutSeconds: 3 },
      readinessProbe: { httpGet: { path: '/-/ready', port: 'web' }, periodSeconds: 5, failureThreshold: 3, timeoutSeconds: 3 },
      resources: { requests: { memory: '400Mi' } } },
      { name: 'config-reloader', image: 'quay.io/prometheus-operator/prometheus-config-reloader:v0.55.0' }],
    statuses: [runningAfter('prometheus', img, '2022-03-10T12:00:10Z', { exitCode: 0, reason: 'Completed', started: '2022-03-10T11:45:05Z', finished: '2022-03-10T12:00:08Z' }, 29),
      runningOk('config-reloader', 'quay.io/prometheus-operator/prometheus-config-reloader:v0.55.0', '2022-03-10T00:00:10Z')],
  });
  add(realCase({ name: 'Startup probe failed: HTTP probe failed with statuscode: 503 (x1741), and each stopped run exits 0', source: 'https://github.com/prometheus-operator/kube-prometheus/issues/1674',
    cause: 'liveness-probe', pod: p, collectedAt: '2022-03-10T12:04:00Z',
    events: [
      podEvent(p, 'Pulled', `Container image "${img}" already present on machine`, { container: 'prometheus', type: 'Normal', count: 30, first: '2022-03-10T00:00:05Z', last: '2022-03-10T12:00:09Z' }),
      podEvent(p, 'Created', 'Created container prometheus', { container: 'prometheus', type: 'Normal', count: 30, first: '2022-03-10T00:00:05Z', last: '2022-03-10T12:00:09Z' }),
      podEvent(p, 'Unhealthy', 'Startup probe failed: HTTP probe failed with statuscode: 503', { container: 'prometheus', count: 1741, first: '2022-03-10T00:00:20Z', last: '2022-03-10T12:00:13Z' }),
    ],
    logs: [previousLog('prometheus', `
ts=2022-03-10T11:45:05.912Z caller=main.go:516 level=info msg="Starting Prometheus" version="(version=2.34.0-rc.0, branch=HEAD, revision=e25a5992)"
ts=2022-03-10T11:45:06.101Z caller=head.go:493 level=info component=tsdb msg="Replaying on-disk memory mappable chunks if any"
ts=2022-03-10T11:45:09.377Z caller=head.go:536 level=info component=tsdb msg="Replaying WAL, this may take a while"
ts=2022-03-10T12:00:05.004Z caller=main.go:775 level=warn msg="Received SIGTERM, exiting gracefully..."
ts=2022-03-10T12:00:05.004Z caller=main.go:798 level=info msg="Stopping scrape discovery manager..."
ts=2022-03-10T12:00:08.220Z caller=main.go:1120 level=info msg="See you next time!"`)] }));
}

export const KILL_CASES: readonly RealWorldCase[] = cases;
