// Real-world cases (see real-world-cases.ts), crashes whose logs name a dependency, a missing command, a wrong architecture or a plain program error.
// Each names its source; facts and message formats are the report's.
import { crashLoop, nodeOf, pod, podEvent, previousLog, realCase, runningOk, type RealWorldCase } from './real-world-builders.js';

const cases: RealWorldCase[] = [];
const add = (c: RealWorldCase): void => void cases.push(c);

// combor/k8s-mongo-labeler-sidecar#14 — the new image's binary is ARM aarch64; the amd64 nodes print exec format error.
{
  const img = 'combor/k8s-mongo-labeler-sidecar:0.5.0';
  const p = pod({
    name: 'mongo-0', namespace: 'mongo', node: 'aks-nodepool1-31718369-vmss000000', startTime: '2022-08-09T08:00:00Z',
    containers: [{ name: 'mongo', image: 'mongo:4.4' }, { name: 'mongo-labeler', image: img }],
    statuses: [runningOk('mongo', 'mongo:4.4', '2022-08-09T08:00:05Z'),
      crashLoop('mongo-0', 'mongo', 'mongo-labeler', img, { exitCode: 1, reason: 'Error', started: '2022-08-09T08:12:01Z', finished: '2022-08-09T08:12:01Z' }, 7)],
  });
  add(realCase({ name: 'a sidecar whose only log line is exec user process caused: exec format error', source: 'https://github.com/combor/k8s-mongo-labeler-sidecar/issues/14',
    cause: 'exec-format', pod: p, node: nodeOf('aks-nodepool1-31718369-vmss000000', 'amd64'), collectedAt: '2022-08-09T08:13:00Z',
    logs: [previousLog('mongo-labeler', 'standard_init_linux.go:228: exec user process caused: exec format error\n')] }));
}

// bitnami/charts#11004 — repmgr cannot resolve the headless-service name of its partner node.
{
  const img = 'docker.io/bitnami/postgresql-repmgr:14.4.0-debian-11-r9';
  const p = pod({
    name: 'sridhar-ha-postgresql-ha-postgresql-1', namespace: 'sridhar', node: 'worker-2', startTime: '2022-07-01T15:50:00Z',
    containers: [{ name: 'postgresql', image: img, ports: [{ containerPort: 5432, name: 'postgresql' }] }, { name: 'metrics', image: 'docker.io/bitnami/postgres-exporter:0.10.1' }],
    statuses: [crashLoop('sridhar-ha-postgresql-ha-postgresql-1', 'sridhar', 'postgresql', img, { exitCode: 2, reason: 'Error', started: '2022-07-01T15:55:37Z', finished: '2022-07-01T15:55:39Z' }, 9),
      runningOk('metrics', 'docker.io/bitnami/postgres-exporter:0.10.1', '2022-07-01T15:50:10Z')],
  });
  add(realCase({ name: 'psql: could not translate host name "…-headless.sridhar.svc.cluster.local": Name or service not known', source: 'https://github.com/bitnami/charts/issues/11004',
    cause: 'missing-dependency', pod: p, collectedAt: '2022-07-01T15:56:30Z',
    logs: [previousLog('postgresql', `
postgresql-repmgr 15:55:37.84 
postgresql-repmgr 15:55:37.84 Welcome to the Bitnami postgresql-repmgr container
postgresql-repmgr 15:55:37.85 Subscribe to project updates by watching https://github.com/bitnami/bitnami-docker-postgresql-repmgr
postgresql-repmgr 15:55:37.85 Submit issues and feature requests at https://github.com/bitnami/bitnami-docker-postgresql-repmgr/issues
postgresql-repmgr 15:55:37.86 DEBUG ==> Configuring libnss_wrapper...
postgresql-repmgr 15:55:37.89 INFO  ==> ** Starting PostgreSQL with Replication Manager setup **
postgresql-repmgr 15:55:37.92 INFO  ==> Validating settings in REPMGR_* env vars...
postgresql-repmgr 15:55:37.93 INFO  ==> Validating settings in POSTGRESQL_* env vars..
postgresql-repmgr 15:55:37.94 INFO  ==> Querying all partner nodes for common upstream node...
postgresql-repmgr 15:55:37.95 DEBUG ==> Checking node 'sridhar-ha-postgresql-ha-postgresql-0.sridhar-ha-postgresql-ha-postgresql-headless.sridhar.svc.cluster.local:5432'...
psql: error: could not translate host name "sridhar-ha-postgresql-ha-postgresql-0.sridhar-ha-postgresql-ha-postgresql-headless.sridhar.svc.cluster.local" to address: Name or service not known
postgresql-repmgr 15:55:38.01 DEBUG ==> Pretending primary role node - 'sridhar-ha-postgresql-ha-postgresql-0.sridhar-ha-postgresql-ha-postgresql-headless.sridhar.svc.cluster.local:5432'
postgresql-repmgr 15:55:38.02 INFO  ==> Preparing PostgreSQL configuration...
postgresql-repmgr 15:55:38.06 INFO  ==> Preparing repmgr configuration...
postgresql-repmgr 15:55:38.07 INFO  ==> Initializing Repmgr...
postgresql-repmgr 15:55:38.08 INFO  ==> Waiting for primary node...
postgresql-repmgr 15:55:38.10 ERROR ==> Unable to reach the primary node after 0 attempts`)] }));
}

// libopenstorage/stork#45 — a nil pointer dereference in the driver monitor: a Go panic, exit 2.
{
  const img = 'openstorage/stork:1.1';
  const p = pod({
    name: 'stork-6f5f9c8b6d-4jt9k', namespace: 'kube-system', node: 'px-node-1', startTime: '2018-03-17T21:50:00Z',
    containers: [{ name: 'stork', image: img, command: ['/stork', '--driver=pxd', '--verbose', '--leader-elect=true'] }],
    statuses: [crashLoop('stork-6f5f9c8b6d-4jt9k', 'kube-system', 'stork', img, { exitCode: 2, reason: 'Error', started: '2018-03-17T22:00:38Z', finished: '2018-03-17T22:00:39Z' }, 11)],
  });
  add(realCase({ name: 'Go: panic: runtime error: invalid memory address or nil pointer dereference [signal SIGSEGV …], exit 2', source: 'https://github.com/libopenstorage/stork/issues/45',
    cause: 'app-crash', pod: p, collectedAt: '2018-03-17T22:01:30Z',
    logs: [previousLog('stork', `
I0317 22:00:39.137524       1 snapshot-controller.go:169] Starting snapshot controller
I0317 22:00:39.137558       1 controller_utils.go:1041] Waiting for caches to sync for snapshot-controller controller
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x108178b]

goroutine 29 [running]:
github.com/libopenstorage/stork/drivers/volume/portworx.(*portworx).InspectVolume(0xc4203393a0, 0xc4202c84e0, 0x28, 0x1d, 0xc420404f01, 0x0)
	/home/travis/gopath/src/github.com/libopenstorage/stork/drivers/volume/portworx/portworx.go:100 +0x22b
github.com/libopenstorage/stork/pkg/monitor.(*Monitor).driverMonitor(0xc42021ef80)
	/home/travis/gopath/src/github.com/libopenstorage/stork/pkg/monitor/monitor.go:91 +0x319
created by github.com/libopenstorage/stork/pkg/monitor.(*Monitor).Start
	/home/travis/gopath/src/github.com/libopenstorage/stork/pkg/monitor/monitor.go:45 +0x12a`)] }));
}

// kube-logging/logging-operator#881 — an operator panics right after its JSON start-up line.
{
  const img = 'ghcr.io/banzaicloud/logging-operator:3.15.0';
  const p = pod({
    name: 'logging-operator-7b9d8c6f5-z8m4n', namespace: 'logging', node: 'ip-10-0-3-44.ec2.internal', startTime: '2021-11-16T10:50:00Z',
    containers: [{ name: 'logging-operator', image: img, args: ['-enable-leader-election=true'], resources: { limits: { cpu: '100m', memory: '256Mi' } } }],
    statuses: [crashLoop('logging-operator-7b9d8c6f5-z8m4n', 'logging', 'logging-operator', img, { exitCode: 2, reason: 'Error', started: '2021-11-16T10:57:03Z', finished: '2021-11-16T10:57:04Z' }, 6)],
  });
  add(realCase({ name: 'Go panic after a JSON info line, exit 2', source: 'https://github.com/kube-logging/logging-operator/issues/881',
    cause: 'app-crash', pod: p, collectedAt: '2021-11-16T10:58:00Z',
    logs: [previousLog('logging-operator', `
{"level":"info","ts":1637060223.3517358,"logger":"controller-runtime.metrics","msg":"metrics server is starting to listen","addr":":8080"}
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0x1625411]

goroutine 1 [running]:
github.com/banzaicloud/logging-operator/pkg/k8sutil.(*Cached).RESTMapping(0xc0001c21e0, 0x0, 0x0, 0x168561b, 0x4, 0xc00037eb00, 0x1, 0x1, 0xc0001eb260, 0x1bb7820, ...)
	/workspace/pkg/k8sutil/cache.go:112 +0x31
sigs.k8s.io/controller-runtime/pkg/client.(*clientCache).newResource(0xc000198d80, 0x0, 0x0, 0x19b9daf, 0x2, 0x168561b, 0x4, 0x1680001, 0x8, 0x0, ...)
	/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.9.5/pkg/client/client_cache.go:66 +0x273`)] }));
}

// atmoz/sftp#309 — built on Windows, the entrypoint script has CRLF line endings: its interpreter "/bin/bash\r" does not exist.
{
  const img = 'myregistry.azurecr.io/sftp:1.0';
  const p = pod({
    name: 'sftp-6f7c8d9b5-q2w8e', node: 'aks-nodepool1-38290175-vmss000000', startTime: '2022-02-23T09:00:00Z',
    containers: [{ name: 'sftp', image: img, ports: [{ containerPort: 22 }] }],
    statuses: [crashLoop('sftp-6f7c8d9b5-q2w8e', 'default', 'sftp', img, { exitCode: 1, reason: 'Error', started: '2022-02-23T09:07:10Z', finished: '2022-02-23T09:07:10Z' }, 6)],
  });
  add(realCase({ name: 'standard_init_linux.go:228: exec user process caused: no such file or directory (CRLF entrypoint)', source: 'https://github.com/atmoz/sftp/issues/309',
    cause: 'command-not-found', pod: p, collectedAt: '2022-02-23T09:08:00Z',
    logs: [previousLog('sftp', 'standard_init_linux.go:228: exec user process caused: no such file or directory\n')] }));
}

// QT-DevOps/DevOpsIssues#787 — a Spring Boot app cannot open its JDBC connection to the MySQL Service.
{
  const img = 'sunildasu/springrest:1.0';
  const p = pod({
    name: 'hellonodejs-deployment-5797f6c6c5-n8tqq', node: 'worker1', startTime: '2020-04-04T09:00:00Z',
    containers: [{ name: 'springrest', image: img, ports: [{ containerPort: 8080 }] }],
    statuses: [crashLoop('hellonodejs-deployment-5797f6c6c5-n8tqq', 'default', 'springrest', img, { exitCode: 1, reason: 'Error', started: '2020-04-04T09:10:02Z', finished: '2020-04-04T09:10:31Z' }, 5)],
  });
  add(realCase({ name: 'Spring Boot: CommunicationsException: Communications link failure to jdbc:mysql://mysqlsvc:3306', source: 'https://github.com/QT-DevOps/DevOpsIssues/issues/787',
    cause: 'missing-dependency', pod: p, collectedAt: '2020-04-04T09:11:00Z',
    logs: [previousLog('springrest', `
2020-04-04 09:10:25.118  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Starting...
2020-04-04 09:10:30.262 ERROR 1 --- [           main] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Exception during pool initialization.

com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure

The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.
	at com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:174) ~[mysql-connector-java-8.0.19.jar!/:8.0.19]
	at com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:836) ~[mysql-connector-java-8.0.19.jar!/:8.0.19]
	at com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:560) ~[HikariCP-3.4.2.jar!/:na]
Caused by: com.mysql.cj.exceptions.CJCommunicationsException: Communications link failure
	... 56 common frames omitted
2020-04-04 09:10:31.004 ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed`)] }));
}

// kamalgill/cloud-starterkit-flask-appengine#5 — the image's shell-form CMD execs gunicorn, which was never installed.
{
  const img = 'gcr.io/gentok-272102/appengine/default:20200602t051800';
  const p = pod({
    name: 'flask-app-5d8b7c6f9-r4t2m', node: 'gke-flex-pool-1-7c1d', startTime: '2020-06-02T05:18:00Z',
    containers: [{ name: 'app', image: img, ports: [{ containerPort: 8080 }] }],
    statuses: [crashLoop('flask-app-5d8b7c6f9-r4t2m', 'default', 'app', img, { exitCode: 127, reason: 'Error', started: '2020-06-02T05:20:46Z', finished: '2020-06-02T05:20:46Z' }, 4)],
  });
  add(realCase({ name: '/bin/sh: 1: exec: gunicorn: not found (exit 127)', source: 'https://github.com/kamalgill/cloud-starterkit-flask-appengine/issues/5',
    cause: 'command-not-found', pod: p, collectedAt: '2020-06-02T05:22:00Z',
    logs: [previousLog('app', '/bin/sh: 1: exec: gunicorn: not found\n')] }));
}

// docker/docs#11639 — the image's `npm start` has no start script in package.json (npm exits 1).
{
  const img = 'bulletinboard:1.0';
  const p = pod({
    name: 'bb-demo-6c7b8d9f5-x2k4m', node: 'docker-desktop', startTime: '2020-10-27T05:08:00Z',
    containers: [{ name: 'bb-site', image: img }],
    statuses: [crashLoop('bb-demo-6c7b8d9f5-x2k4m', 'default', 'bb-site', img, { exitCode: 1, reason: 'Error', started: '2020-10-27T05:08:39Z', finished: '2020-10-27T05:08:40Z' }, 4)],
  });
  add(realCase({ name: 'npm ERR! missing script: start', source: 'https://github.com/docker/docs/issues/11639',
    cause: 'command-not-found', pod: p, collectedAt: '2020-10-27T05:10:00Z',
    logs: [previousLog('bb-site', `
npm ERR! missing script: start

npm ERR! A complete log of this run can be found in:
npm ERR!     /root/.npm/_logs/2020-10-27T05_08_40_200Z-debug.log`)] }));
}

// vdesabou/kafka-docker-playground#8515 — the pod's command resolves to an empty string: StartError, exit 128, RunContainerError.
{
  const img = 'confluentinc/cp-server-connect:7.9.0';
  const message = 'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "": executable file not found in $PATH';
  const p = pod({
    name: 'connect-0', namespace: 'confluent', node: 'kind-worker', startTime: '2026-07-21T15:50:00Z',
    containers: [{ name: 'connect', image: img, command: [''] }],
    statuses: [{ name: 'connect', image: img, ready: false, restartCount: 4, started: false,
      state: { waiting: { reason: 'RunContainerError', message: `failed to start container "connect": Error response from daemon: ${message}` } },
      lastState: { terminated: { exitCode: 128, reason: 'StartError', message, startedAt: '1970-01-01T00:00:00Z', finishedAt: '2026-07-21T15:57:17Z' } } }],
  });
  add(realCase({ name: 'StartError: exec: "": executable file not found in $PATH (exit 128, RunContainerError)', source: 'https://github.com/vdesabou/kafka-docker-playground/issues/8515',
    cause: 'command-not-found', pod: p, collectedAt: '2026-07-21T15:58:00Z' }));
}

// ibm-ecm/ibm-fncm-containers#23 — an image imported without its entrypoint layer: the first argument is run as the command.
{
  const img = 'artifactory.example.com/cp4a/icp4a-operator:21.0.1';
  const message = 'Error: failed to create containerd task: OCI runtime create failed: container_linux.go:370: starting container process caused: exec: "--zap-time-encoding=iso8601": executable file not found in $PATH: unknown';
  const p = pod({
    name: 'ibm-fncm-operator-7d9f8c6b5-v2w8x', namespace: 'fncm', node: 'aks-nodepool1-28104638-vmss000001', startTime: '2021-03-18T10:00:00Z',
    containers: [{ name: 'operator', image: img, args: ['--zap-time-encoding=iso8601'] }],
    statuses: [{ name: 'operator', image: img, ready: false, restartCount: 5, started: false,
      state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 2m40s restarting failed container=operator pod=ibm-fncm-operator-7d9f8c6b5-v2w8x_fncm' } },
      lastState: { terminated: { exitCode: 128, reason: 'StartError', message: message.replace(/^Error: /, ''), startedAt: '1970-01-01T00:00:00Z', finishedAt: '2021-03-18T10:08:31Z' } } }],
  });
  add(realCase({ name: 'StartError: exec: "--zap-time-encoding=iso8601": executable file not found (the args ran as the command)', source: 'https://github.com/ibm-ecm/ibm-fncm-containers/issues/23',
    cause: 'command-not-found', pod: p, collectedAt: '2021-03-18T10:10:00Z',
    events: [podEvent(p, 'Failed', message, { container: 'operator', count: 6, last: '2021-03-18T10:08:31Z' })] }));
}

export const CRASH_CASES: readonly RealWorldCase[] = cases;
