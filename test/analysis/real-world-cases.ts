// Pods from public bug reports, rebuilt from what each report shows (describe output, events, logs) and labelled
// with the root cause the report's resolution points to. Facts and message formats are the reports'; names of
// pods and images are kept where given, invented fields (uids, IPs) are neutral.
import { crashLoop, nodeOf, pod, podEvent, previousLog, realCase, runningAfter, runningOk, waiting, type RealWorldCase } from './real-world-builders.js';

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

// shieldworks/aegis#293 — the Secret exists but lacks the key the env var names.
{
  const img = 'localhost:5000/aegis-workload-demo-using-init-container:0.15.6';
  const p = pod({
    name: 'aegis-workload-demo-76f5f7dc46-vfldl', node: 'kind-control-plane', phase: 'Pending', startTime: '2023-04-23T18:00:00Z',
    containers: [{ name: 'main', image: img, env: [{ name: 'VALUE', valueFrom: { secretKeyRef: { name: 'aegis-secret-aegis-workload-demo', key: 'VALUE' } } }] }],
    statuses: [waiting('main', img, 'CreateContainerConfigError', "couldn't find key VALUE in Secret default/aegis-secret-aegis-workload-demo")],
  });
  add(realCase({ name: "CreateContainerConfigError: couldn't find key VALUE in Secret", source: 'https://github.com/shieldworks/aegis/issues/293',
    cause: 'missing-config', pod: p, collectedAt: '2023-04-23T18:01:02Z',
    events: [
      podEvent(p, 'Pulled', `Container image "${img}" already present on machine`, { container: 'main', type: 'Normal', count: 5, last: '2023-04-23T18:01:00Z' }),
      podEvent(p, 'Failed', "Error: couldn't find key VALUE in Secret default/aegis-secret-aegis-workload-demo", { container: 'main', count: 5, last: '2023-04-23T18:01:00Z' }),
    ] }));
}

// ibm-cloud-labs/iks-handson#7 — after a helm upgrade the init container refers to a Secret that does not exist.
{
  const p = pod({
    name: 'sample-mychart-6bfc89db65-j9g9z', node: '10.47.122.150', phase: 'Pending', startTime: '2019-05-10T01:01:46Z',
    init: [{ name: 'init-myservice', image: 'busybox', command: ['sh', '-c', 'cat /etc/config-template/index.html | sed "s/__NAME__/IKS-san/" > /etc/config/index.html'],
      env: [{ name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'my-password', key: 'password' } } }] }],
    containers: [{ name: 'mychart', image: 'nginx:stable', ports: [{ containerPort: 80 }] }],
    initStatuses: [waiting('init-myservice', 'busybox', 'CreateContainerConfigError')],
    statuses: [waiting('mychart', 'nginx:stable', 'PodInitializing')],
  });
  add(realCase({ name: 'Init:CreateContainerConfigError: secrets "my-password" not found', source: 'https://github.com/ibm-cloud-labs/iks-handson/issues/7',
    cause: 'missing-config', also: ['init-container'], pod: p, collectedAt: '2019-05-10T01:03:34Z',
    events: [podEvent(p, 'Failed', 'Error: secrets "my-password" not found', { container: 'init-myservice', init: true, count: 9, last: '2019-05-10T01:03:30Z' })] }));
}

// splunk/splunk-connect-for-kubernetes#747 — fluentd cannot create its root directory: Errno::EROFS.
{
  const img = 'splunk/fluentd-hec:1.2.10';
  const p = pod({
    name: 'splunk-logging-splunk-kubernetes-logging-4x8kq', namespace: 'splunk', node: 'aks-agentpool-12345678-vmss000001', startTime: '2022-04-12T18:30:00Z',
    containers: [{ name: 'splunk-fluentd-k8s-logs', image: img, securityContext: { privileged: false, readOnlyRootFilesystem: true, runAsUser: 0 } }],
    statuses: [crashLoop('splunk-logging-splunk-kubernetes-logging-4x8kq', 'splunk', 'splunk-fluentd-k8s-logs', img, { exitCode: 1, reason: 'Error', started: '2022-04-12T18:40:09Z', finished: '2022-04-12T18:40:11Z' }, 8)],
  });
  add(realCase({ name: 'fluentd fails to create /tmp/fluentd: Errno::EROFS Read-only file system', source: 'https://github.com/splunk/splunk-connect-for-kubernetes/issues/747',
    cause: 'read-only-fs', pod: p, collectedAt: '2022-04-12T18:41:00Z',
    logs: [previousLog('splunk-fluentd-k8s-logs', `
2022-04-12 18:40:10 +0000 [info]: parsing config file is succeeded path="/fluentd/etc/fluent.conf"
2022-04-12 18:40:10 +0000 [info]: gem 'fluentd' version '1.14.4'
2022-04-12 18:40:10 +0000 [info]: gem 'fluent-plugin-splunk-hec' version '1.2.10'
bundler: failed to load command: fluentd (/usr/bin/fluentd)
/usr/share/gems/gems/fluentd-1.14.4/lib/fluent/supervisor.rb:656:in \`rescue in run_supervisor': failed to create root directory:/tmp/fluentd, #<Errno::EROFS: Read-only file system @ dir_s_mkdir - /tmp/fluentd> (Fluent::InvalidRootDirectory)
	from /usr/share/gems/gems/fluentd-1.14.4/lib/fluent/supervisor.rb:653:in \`run_supervisor'
	from /usr/share/gems/gems/fluentd-1.14.4/lib/fluent/command/fluentd.rb:352:in \`<top (required)>'`)] }));
}

// giantswarm/kubernetes-elastic-stack#44 — the entrypoint edits its config in place, but the config is a ConfigMap volume.
{
  const img = 'fluent/fluentd-kubernetes-daemonset:elasticsearch';
  const p = pod({
    name: 'fluentd-7kx2m', namespace: 'logging', node: 'worker-3', startTime: '2018-04-11T07:00:00Z',
    containers: [{ name: 'fluentd', image: img, volumeMounts: [{ name: 'config', mountPath: '/fluentd/etc' }, { name: 'varlog', mountPath: '/var/log' }] }],
    volumes: [{ name: 'config', configMap: { name: 'fluentd-config' } }, { name: 'varlog', hostPath: { path: '/var/log' } }],
    statuses: [crashLoop('fluentd-7kx2m', 'logging', 'fluentd', img, { exitCode: 4, reason: 'Error', started: '2018-04-11T07:12:00Z', finished: '2018-04-11T07:12:00Z' }, 6)],
  });
  add(realCase({ name: "sed: can't create temp file in a ConfigMap mount: Read-only file system", source: 'https://github.com/giantswarm/kubernetes-elastic-stack/issues/44',
    cause: 'read-only-fs', pod: p, collectedAt: '2018-04-11T07:13:00Z',
    logs: [previousLog('fluentd', "sed: can't create temp file '/fluentd/etc/fluent.confXXXXXX': Read-only file system\n")] }));
}

// astronomerio/astronomer-ee#113 — Airflow's logging config cannot create its log directory on a read-only volume.
{
  const img = 'astronomerinc/ap-airflow:0.3.2-1.9.0';
  const p = pod({
    name: 'worker-0', namespace: 'astronomer', node: 'gke-astro-default-pool-1', startTime: '2018-08-07T14:00:00Z',
    containers: [{ name: 'worker', image: img, args: ['worker'], volumeMounts: [{ name: 'logs', mountPath: '/usr/local/airflow/logs' }] }],
    statuses: [crashLoop('worker-0', 'astronomer', 'worker', img, { exitCode: 1, reason: 'Error', started: '2018-08-07T14:20:01Z', finished: '2018-08-07T14:20:04Z' }, 12)],
  });
  add(realCase({ name: 'Airflow: "contains a configuration error" wrapping OSError [Errno 30] Read-only file system', source: 'https://github.com/astronomerio/astronomer-ee/issues/113',
    cause: 'read-only-fs', pod: p, collectedAt: '2018-08-07T14:21:00Z',
    logs: [previousLog('worker', `
Unable to load the config, contains a configuration error.
Traceback (most recent call last):
  File "/usr/lib/python3.6/logging/config.py", line 558, in configure
    handler = self.configure_handler(handlers[name])
  File "/usr/lib/python3.6/logging/config.py", line 731, in configure_handler
    result = factory(**kwargs)
  File "/usr/lib/python3.6/site-packages/airflow/utils/log/file_processor_handler.py", line 48, in __init__
    os.makedirs(self._get_log_directory())
  File "/usr/lib/python3.6/os.py", line 210, in makedirs
    makedirs(head, mode, exist_ok)
  File "/usr/lib/python3.6/os.py", line 220, in makedirs
    mkdir(name, mode)
OSError: [Errno 30] Read-only file system: '/usr/local/airflow/logs/scheduler'`)] }));
}

// observatorium/observatorium#410 — Loki runs as a non-root user and cannot create its directory on the PV.
{
  const img = 'docker.io/grafana/loki:2.2.1';
  const p = pod({
    name: 'observatorium-xyz-loki-ingester-0', namespace: 'observatorium', node: 'gke-obs-pool-1-2', startTime: '2021-05-06T20:00:00Z',
    containers: [{ name: 'observatorium-loki-ingester', image: img, args: ['-target=ingester', '-config.file=/etc/loki/config/config.yaml'],
      volumeMounts: [{ name: 'storage', mountPath: '/data' }] }],
    volumes: [{ name: 'storage', persistentVolumeClaim: { claimName: 'storage-observatorium-xyz-loki-ingester-0' } }],
    statuses: [crashLoop('observatorium-xyz-loki-ingester-0', 'observatorium', 'observatorium-loki-ingester', img, { exitCode: 1, reason: 'Error', started: '2021-05-06T20:07:22Z', finished: '2021-05-06T20:07:23Z' }, 5)],
  });
  add(realCase({ name: 'Loki on a fresh PV: mkdir /data/loki: permission denied', source: 'https://github.com/observatorium/observatorium/issues/410',
    cause: 'permission-denied', pod: p, collectedAt: '2021-05-06T20:08:00Z',
    logs: [previousLog('observatorium-loki-ingester', `
level=info ts=2021-05-06T20:07:23.02Z caller=main.go:130 msg="Starting Loki" version="(version=2.2.1, branch=HEAD, revision=babea82e)"
level=error ts=2021-05-06T20:07:23.034407503Z caller=log.go:149 msg="error running loki" err="mkdir /data/loki: permission denied"`)] }));
}

// ManageIQ/manageiq-pods#820 — PostgreSQL cannot create its data directory on the mounted volume.
{
  const img = 'docker.io/manageiq/postgresql:13';
  const p = pod({
    name: 'postgresql-b5c85cf7f-hcfzf', namespace: 'manageiq', node: 'node2', startTime: '2022-03-01T10:00:00Z', owner: { kind: 'ReplicaSet', name: 'postgresql-b5c85cf7f' },
    containers: [{ name: 'postgresql', image: img, volumeMounts: [{ name: 'miq-pgdb-volume', mountPath: '/var/lib/pgsql/data' }] }],
    volumes: [{ name: 'miq-pgdb-volume', persistentVolumeClaim: { claimName: 'postgresql' } }],
    statuses: [crashLoop('postgresql-b5c85cf7f-hcfzf', 'manageiq', 'postgresql', img, { exitCode: 1, reason: 'Error', started: '2022-03-01T10:14:10Z', finished: '2022-03-01T10:14:10Z' }, 7)],
  });
  add(realCase({ name: "mkdir: cannot create directory '/var/lib/pgsql/data/userdata': Permission denied", source: 'https://github.com/ManageIQ/manageiq-pods/issues/820',
    cause: 'permission-denied', pod: p, collectedAt: '2022-03-01T10:15:00Z',
    logs: [previousLog('postgresql', "mkdir: cannot create directory '/var/lib/pgsql/data/userdata': Permission denied\n")] }));
}

// datastax/pulsar-helm-chart#52 — zookeeper's data directory on the PV is not writable for its user.
{
  const img = 'datastax/lunastreaming-all:2.7.2_1.1.2';
  const p = pod({
    name: 'pulsar-zookeeper-0', namespace: 'pulsar', node: 'worker-1', startTime: '2021-08-23T09:00:00Z',
    containers: [{ name: 'pulsar-zookeeper', image: img, command: ['sh', '-c'], args: ['bin/apply-config-from-env.py conf/zookeeper.conf && bin/generate-zookeeper-config.sh conf/zookeeper.conf && exec bin/pulsar zookeeper'],
      volumeMounts: [{ name: 'pulsar-zookeeper-data', mountPath: '/pulsar/data' }] }],
    securityContext: { fsGroup: 0, runAsUser: 10000 },
    statuses: [crashLoop('pulsar-zookeeper-0', 'pulsar', 'pulsar-zookeeper', img, { exitCode: 1, reason: 'Error', started: '2021-08-23T09:04:30Z', finished: '2021-08-23T09:04:31Z' }, 4)],
  });
  add(realCase({ name: 'zookeeper: mkdir: cannot create directory ‘data/zookeeper’: Permission denied', source: 'https://github.com/datastax/pulsar-helm-chart/issues/52',
    cause: 'permission-denied', pod: p, collectedAt: '2021-08-23T09:05:00Z',
    logs: [previousLog('pulsar-zookeeper', `
[conf/zookeeper.conf] Adding config quorumListenOnAllIPs = true
Current server id 1
Creating data/zookeeper/myid with id = 1
mkdir: cannot create directory ‘data/zookeeper’: Permission denied`)] }));
}

// kubernetes/kubernetes#63555 — with runAsUser set, the image's wrapper script cannot write where it expects to.
{
  const img = 'registry.gitlab.com/acme/php-app:1.0';
  const p = pod({
    name: 'php-app-7d4b8c9f5-lx2vd', node: 'ceph-node-1', startTime: '2019-12-27T08:00:00Z',
    containers: [{ name: 'php-app', image: img, securityContext: { runAsUser: 1000, runAsGroup: 1000 }, volumeMounts: [{ name: 'storage', mountPath: '/var/www/storage' }] }],
    volumes: [{ name: 'storage', persistentVolumeClaim: { claimName: 'php-app-storage' } }],
    statuses: [crashLoop('php-app-7d4b8c9f5-lx2vd', 'default', 'php-app', img, { exitCode: 1, reason: 'Error', started: '2019-12-27T08:10:00Z', finished: '2019-12-27T08:10:00Z' }, 6)],
  });
  add(realCase({ name: "/sbin/runit-wrapper: line 5: can't create /env: Permission denied under runAsUser", source: 'https://github.com/kubernetes/kubernetes/issues/63555',
    cause: 'permission-denied', pod: p, collectedAt: '2019-12-27T08:11:00Z',
    logs: [previousLog('php-app', "/sbin/runit-wrapper: line 5: can't create /env: Permission denied\n")] }));
}

// openshift/machine-api-operator#107 — the controller is given a flag its binary does not define; Go's flag package prints usage.
{
  const img = 'quay.io/openshift/origin-libvirt-machine-controllers:v4.0.0';
  const p = pod({
    name: 'clusterapi-manager-controllers-c59577c86-pbcvk', namespace: 'openshift-cluster-api', node: 'dev-master-0', startTime: '2018-10-29T14:00:00Z',
    containers: [{ name: 'controller-manager', image: img, command: ['/manager'], args: ['--logtostderr=true', '--v=3'] },
      { name: 'machine-controller', image: img, command: ['/machine-controller-manager'], args: ['--log-level=debug'] }],
    statuses: [runningOk('controller-manager', img, '2018-10-29T14:00:10Z'),
      crashLoop('clusterapi-manager-controllers-c59577c86-pbcvk', 'openshift-cluster-api', 'machine-controller', img, { exitCode: 2, reason: 'Error', started: '2018-10-29T14:15:01Z', finished: '2018-10-29T14:15:01Z' }, 8)],
  });
  add(realCase({ name: 'flag provided but not defined: -log-level, followed by the usage text', source: 'https://github.com/openshift/machine-api-operator/issues/107',
    cause: 'bad-config', pod: p, collectedAt: '2018-10-29T14:16:00Z',
    logs: [previousLog('machine-controller', `
flag provided but not defined: -log-level
Usage of /machine-controller-manager:
  -alsologtostderr
    	log to standard error as well as files
  -kubeconfig string
    	Paths to a kubeconfig. Only required if out-of-cluster.
  -log_backtrace_at value
    	when logging hits line file:N, emit a stack trace
  -log_dir string
    	If non-empty, write log files in this directory
  -logtostderr
    	log to standard error instead of files
  -master string
    	The address of the Kubernetes API server. Overrides any value in kubeconfig. Only required if out-of-cluster.
  -stderrthreshold value
    	logs at or above this threshold go to stderr
  -v value
    	log level for V logs
  -vmodule value
    	comma-separated list of pattern=N settings for file-filtered logging`)] }));
}

// kubernetes/ingress-nginx#2062 — with hostNetwork the controller finds port 80 taken on the node (klog Fatal: exit 255).
{
  const img = 'quay.io/kubernetes-ingress-controller/nginx-ingress-controller:0.10.2';
  const p = pod({
    name: 'my-nginx-ingress-controller-5b6c48c7dc-z5cvv', node: 'node-1', startTime: '2018-02-10T01:36:00Z', hostNetwork: true,
    containers: [{ name: 'nginx-ingress-controller', image: img, args: ['/nginx-ingress-controller', '--default-backend-service=default/my-nginx-ingress-default-backend'],
      ports: [{ containerPort: 80, hostPort: 80, name: 'http' }, { containerPort: 443, hostPort: 443, name: 'https' }] }],
    statuses: [crashLoop('my-nginx-ingress-controller-5b6c48c7dc-z5cvv', 'default', 'nginx-ingress-controller', img, { exitCode: 255, reason: 'Error', started: '2018-02-10T01:36:39Z', finished: '2018-02-10T01:36:39Z' }, 2, '20s')],
  });
  add(realCase({ name: 'ingress controller on hostNetwork: Port 80 is already in use (klog F line, exit 255)', source: 'https://github.com/kubernetes/ingress-nginx/issues/2062',
    cause: 'port-in-use', pod: p, collectedAt: '2018-02-10T01:37:00Z',
    logs: [previousLog('nginx-ingress-controller', `
I0210 01:36:39.123289       5 flags.go:159] Watching for ingress class: nginx
F0210 01:36:39.123645       5 main.go:59] Port 80 is already in use. Please check the flag --http-port
-------------------------------------------------------------------------------
NGINX Ingress controller
  Release:    0.10.2
  Build:      git-fd7253a
  Repository: https://github.com/kubernetes/ingress-nginx
-------------------------------------------------------------------------------`)] }));
}

// traefik/traefik#872 — traefik's web UI port collides with the API server's insecure port on the host.
{
  const img = 'traefik:v1.1.0';
  const p = pod({
    name: 'traefik-ingress-controller-2249976834-5a8l0', namespace: 'kube-system', node: 'kube-master-1', startTime: '2016-11-22T12:30:00Z', hostNetwork: true,
    containers: [{ name: 'traefik-ingress-lb', image: img, args: ['--web', '--kubernetes'], ports: [{ containerPort: 80, hostPort: 80 }, { containerPort: 8080, hostPort: 8080 }] }],
    statuses: [crashLoop('traefik-ingress-controller-2249976834-5a8l0', 'kube-system', 'traefik-ingress-lb', img, { exitCode: 1, reason: 'Error', started: '2016-11-22T12:35:00Z', finished: '2016-11-22T12:35:00Z' }, 3, '10s')],
  });
  add(realCase({ name: 'traefik: level=fatal msg="Error creating server: listen tcp :8080: bind: address already in use"', source: 'https://github.com/traefik/traefik/issues/872',
    cause: 'port-in-use', pod: p, collectedAt: '2016-11-22T12:35:30Z',
    logs: [previousLog('traefik-ingress-lb', `
time="2016-11-22T12:35:00Z" level=info msg="Traefik version v1.1.0 built on 2016-11-18_09:20:46AM"
time="2016-11-22T12:35:00Z" level=info msg="Using TOML configuration file /config/traefik.toml"
time="2016-11-22T12:35:00Z" level=info msg="Starting provider *main.WebProvider {\\"Address\\":\\":8080\\"}"
time="2016-11-22T12:35:00Z" level=fatal msg="Error creating server: listen tcp :8080: bind: address already in use"`)] }));
}

// kubernetes-sigs/aws-load-balancer-controller#2027 — the metrics port 8080 is taken on the node (JSON logs).
{
  const img = 'amazon/aws-alb-ingress-controller:v2.2.0';
  const p = pod({
    name: 'aws-load-balancer-controller-7d5d8f6b9c-2mq4x', namespace: 'kube-system', node: 'ip-10-0-1-12.ec2.internal', startTime: '2021-05-23T10:20:00Z', hostNetwork: true,
    containers: [{ name: 'controller', image: img, args: ['--cluster-name=prod', '--ingress-class=alb'], ports: [{ containerPort: 9443, name: 'webhook-server' }] }],
    statuses: [crashLoop('aws-load-balancer-controller-7d5d8f6b9c-2mq4x', 'kube-system', 'controller', img, { exitCode: 1, reason: 'Error', started: '2021-05-23T10:26:20Z', finished: '2021-05-23T10:26:21Z' }, 5)],
  });
  add(realCase({ name: 'JSON log: error listening on :8080: listen tcp :8080: bind: address already in use', source: 'https://github.com/kubernetes-sigs/aws-load-balancer-controller/issues/2027',
    cause: 'port-in-use', pod: p, collectedAt: '2021-05-23T10:27:00Z',
    logs: [previousLog('controller', `
{"level":"info","ts":1621765580.9905,"msg":"version","GitVersion":"v2.2.0","GitCommit":"68c417a8a3b1f5d0e1c1d4d6c8a2e1f3b5d7e9f1"}
{"level":"error","ts":1621765581.0182273,"logger":"controller-runtime.metrics","msg":"metrics server failed to listen. You may want to disable the metrics server or use another port if it is due to conflicts","error":"error listening on :8080: listen tcp :8080: bind: address already in use"}
{"level":"error","ts":1621765581.0182464,"logger":"setup","msg":"unable to start manager","error":"error listening on :8080: listen tcp :8080: bind: address already in use"}`)] }));
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

// kubernetes/kubernetes#94216 — Mule runtime-fabric init container cannot fetch its config (HTTP 403): Init:CrashLoopBackOff.
{
  const img = '494141260463.dkr.ecr.us-east-1.amazonaws.com/mulesoft/rtf-app-init:v1.0.22';
  const p = pod({
    name: 'orders-api-5d8f7c9b6-m2x7q', namespace: 'rtf-apps', node: 'ip-10-2-1-7', phase: 'Pending', startTime: '2020-08-25T07:10:00Z',
    init: [{ name: 'init', image: img, volumeMounts: [{ name: 'podinfo', mountPath: '/etc/podinfo', readOnly: true }, { name: 'overlay', mountPath: '/mnt/overlay' }] }],
    containers: [{ name: 'app', image: 'mulesoft/rtf-runtime:4.3.0' }],
    initStatuses: [crashLoop('orders-api-5d8f7c9b6-m2x7q', 'rtf-apps', 'init', img,
      { exitCode: 1, reason: 'Error', message: 'Failed to fetch /opt/mule/conf/rtfv1.yml. statusCode=403', started: '2020-08-25T08:20:35Z', finished: '2020-08-25T08:20:35Z' }, 16)],
    statuses: [waiting('app', 'mulesoft/rtf-runtime:4.3.0', 'PodInitializing')],
  });
  add(realCase({ name: 'Init:CrashLoopBackOff: the init container cannot fetch its config (statusCode=403)', source: 'https://github.com/kubernetes/kubernetes/issues/94216',
    cause: 'init-container', pod: p, collectedAt: '2020-08-25T08:22:00Z' }));
}

// Azure/aks-engine#3066 — the kubelet cannot set up a subPath mount of a ConfigMap: CreateContainerConfigError, not a missing ConfigMap.
{
  const img = 'acr.example.io/ce-api-temp:1.0.144';
  const p = pod({
    name: 'app1721-dev-ce-api-app-55d894485d-8k2lq', namespace: 'app1721-dev', node: 'k8s-agent-24457171-9', startTime: '2020-04-10T16:20:00Z',
    containers: [{ name: 'ce-api-temp', image: img, volumeMounts: [{ name: 'ce-api-tempappsettings', mountPath: '/app/appsettings.json', subPath: 'appsettings.json' }] }],
    volumes: [{ name: 'ce-api-tempappsettings', configMap: { name: 'ce-api-tempappsettings' } }],
    statuses: [{ ...waiting('ce-api-temp', img, 'CreateContainerConfigError', 'failed to prepare subPath for volumeMount "ce-api-tempappsettings" of container "ce-api-temp"', 2),
      lastState: { terminated: { exitCode: 143, reason: 'Error', startedAt: '2020-04-10T16:20:12Z', finishedAt: '2020-04-10T16:26:14Z' } } }],
  });
  add(realCase({ name: 'CreateContainerConfigError: failed to prepare subPath for volumeMount of a ConfigMap', source: 'https://github.com/Azure/aks-engine/issues/3066',
    cause: 'mount-failure', pod: p, collectedAt: '2020-04-10T16:27:00Z',
    events: [podEvent(p, 'Failed', 'Error: failed to prepare subPath for volumeMount "ce-api-tempappsettings" of container "ce-api-temp"', { container: 'ce-api-temp', count: 4, last: '2020-04-10T16:26:50Z' })] }));
}

// kubernetes/kubernetes#61076 — the 1.9.4/1.8.9 subPath regression: a ConfigMap file by subPath fails before the container is created.
{
  const img = 'functions/alertmanager:latest-k8s';
  const p = pod({
    name: 'alertmanager-77b4b476b-zxtcz', namespace: 'openfaas', node: 'node01', phase: 'Pending', startTime: '2018-03-13T09:00:00Z',
    containers: [{ name: 'alertmanager', image: img, command: ['/bin/alertmanager', '-config.file=/alertmanager.yml', '-storage.path=/alertmanager'],
      volumeMounts: [{ name: 'alertmanager-config', mountPath: '/alertmanager.yml', subPath: 'alertmanager.yml' }] }],
    volumes: [{ name: 'alertmanager-config', configMap: { name: 'alertmanager-config', items: [{ key: 'alertmanager.yml', path: 'alertmanager.yml' }] } }],
    statuses: [waiting('alertmanager', img, 'CreateContainerConfigError')],
  });
  add(realCase({ name: 'Failed event: Error: failed to prepare subPath for volumeMount "alertmanager-config"', source: 'https://github.com/kubernetes/kubernetes/issues/61076',
    cause: 'mount-failure', pod: p, collectedAt: '2018-03-13T09:05:00Z',
    events: [
      podEvent(p, 'Pulled', `Successfully pulled image "${img}"`, { container: 'alertmanager', type: 'Normal', count: 12, last: '2018-03-13T09:04:40Z' }),
      podEvent(p, 'Failed', 'Error: failed to prepare subPath for volumeMount "alertmanager-config" of container "alertmanager"', { container: 'alertmanager', count: 12, last: '2018-03-13T09:04:40Z' }),
    ] }));
}

// splunk/splunk-connect-for-kubernetes#832 — runc cannot create the service-account mount point on a read-only rootfs: StartError.
{
  const img = 'docker.io/splunk/fluentd-hec:1.3.1';
  const message = "failed to create containerd task: failed to create shim task: OCI runtime create failed: container_linux.go:380: starting container process caused: process_linux.go:545: container init caused: rootfs_linux.go:75: mounting '/var/lib/kubelet/pods/0be742a1-5bfb-4a80-8628-b079381be5ee/volumes/kubernetes.io~projected/kube-api-access-b6vs7' to rootfs at '/var/run/secrets/kubernetes.io/serviceaccount' caused: mkdir /run/containerd/io.containerd.runtime.v2.task/k8s.io/splunk-fluentd-k8s-logs/rootfs/run/secrets: read-only file system: unknown";
  const p = pod({
    name: 'splunk-kubernetes-logging-7xq9z', namespace: 'splunk', node: 'aks-nodepool1-20410587-vmss000002', startTime: '2022-12-14T23:00:00Z',
    containers: [{ name: 'splunk-fluentd-k8s-logs', image: img, securityContext: { readOnlyRootFilesystem: true, runAsUser: 0, privileged: false } }],
    statuses: [crashLoop('splunk-kubernetes-logging-7xq9z', 'splunk', 'splunk-fluentd-k8s-logs', img, { exitCode: 128, reason: 'StartError', message, started: '1970-01-01T00:00:00Z', finished: '2022-12-15T20:14:05Z' }, 243)],
  });
  add(realCase({ name: 'StartError: mounting the service-account token fails: mkdir …: read-only file system', source: 'https://github.com/splunk/splunk-connect-for-kubernetes/issues/832',
    cause: 'mount-failure', also: ['read-only-fs'], pod: p, collectedAt: '2022-12-15T20:15:00Z',
    events: [podEvent(p, 'Failed', `Error: ${message}`, { container: 'splunk-fluentd-k8s-logs', count: 243, last: '2022-12-15T20:14:05Z' })] }));
}

// fabric8io/gofabric8#281 — a hostPath volume whose directory cannot be created on GKE's read-only host filesystem.
{
  const img = 'fabric8/fluentd-kubernetes:v1.19';
  const p = pod({
    name: 'fluentd-spk75', namespace: 'forge-paas-ns', node: 'gke-forge-paas-default-pool-2f6c1994-6ho0', startTime: '2016-11-07T10:00:00Z',
    containers: [{ name: 'fluentd', image: img, volumeMounts: [{ name: 'mntephemeral', mountPath: '/mnt/ephemeral' }, { name: 'varlog', mountPath: '/var/log' }] }],
    volumes: [{ name: 'mntephemeral', hostPath: { path: '/mnt/ephemeral' } }, { name: 'varlog', hostPath: { path: '/var/log' } }],
    statuses: [{ name: 'fluentd', image: img, ready: false, restartCount: 6, started: false,
      state: { waiting: { reason: 'CrashLoopBackOff', message: 'Back-off 1m20s restarting failed container=fluentd pod=fluentd-spk75_forge-paas-ns(efd6a1ed-a538-11e6-90b0-42010a800fd0)' } },
      lastState: { terminated: { exitCode: 128, reason: 'ContainerCannotRun', message: 'mkdir /mnt/ephemeral: read-only file system', startedAt: '2016-11-07T10:07:00Z', finishedAt: '2016-11-07T10:07:00Z' } } }],
  });
  add(realCase({ name: 'ContainerCannotRun: mkdir /mnt/ephemeral (a hostPath) on a read-only host', source: 'https://github.com/fabric8io/gofabric8/issues/281',
    cause: 'mount-failure', also: ['read-only-fs'], pod: p, collectedAt: '2016-11-07T10:08:00Z',
    events: [podEvent(p, 'Failed', 'Failed to start container with docker id 5d51a9b0b79d with error: Error response from daemon: mkdir /mnt/ephemeral: read-only file system', { container: 'fluentd', count: 6, last: '2016-11-07T10:07:00Z' })] }));
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

// DickChesterwood/k8s-fleetman#53 — a Spring property the YAML should have set is missing: Could not resolve placeholder.
{
  const img = 'richardchesterwood/k8s-fleetman-position-tracker:release3';
  const p = pod({
    name: 'position-tracker-6d8f9c7b5-w2x4z', node: 'minikube', startTime: '2024-08-15T08:00:00Z',
    containers: [{ name: 'position-tracker', image: img, env: [{ name: 'SPRING_PROFILES_ACTIVE', value: 'production-microservice' }], resources: { requests: { memory: '300Mi' } } }],
    statuses: [crashLoop('position-tracker-6d8f9c7b5-w2x4z', 'default', 'position-tracker', img, { exitCode: 1, reason: 'Error', started: '2024-08-15T08:10:02Z', finished: '2024-08-15T08:10:19Z' }, 6)],
  });
  add(realCase({ name: "Spring Boot: Could not resolve placeholder 'fleetman.position.queue'", source: 'https://github.com/DickChesterwood/k8s-fleetman/issues/53',
    cause: 'bad-config', pod: p, collectedAt: '2024-08-15T08:11:00Z',
    logs: [previousLog('position-tracker', `
2024-08-15 08:10:17.315  INFO 1 --- [           main] c.v.tracker.PositionTrackerApplication   : The following profiles are active: production-microservice
2024-08-15 08:10:19.002  WARN 1 --- [           main] ConfigServletWebServerApplicationContext : Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'messageProcessor': Injection of autowired dependencies failed; nested exception is java.lang.IllegalArgumentException: Could not resolve placeholder 'fleetman.position.queue' in value "\${fleetman.position.queue}"
2024-08-15 08:10:19.130 ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed

org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'messageProcessor': Injection of autowired dependencies failed; nested exception is java.lang.IllegalArgumentException: Could not resolve placeholder 'fleetman.position.queue' in value "\${fleetman.position.queue}"
	at org.springframework.beans.factory.annotation.AutowiredAnnotationBeanPostProcessor.postProcessProperties(AutowiredAnnotationBeanPostProcessor.java:405) ~[spring-beans-5.2.2.RELEASE.jar!/:5.2.2.RELEASE]
	at org.springframework.boot.SpringApplication.run(SpringApplication.java:315) ~[spring-boot-2.2.2.RELEASE.jar!/:2.2.2.RELEASE]
Caused by: java.lang.IllegalArgumentException: Could not resolve placeholder 'fleetman.position.queue' in value "\${fleetman.position.queue}"
	at org.springframework.util.PropertyPlaceholderHelper.parseStringValue(PropertyPlaceholderHelper.java:178) ~[spring-core-5.2.2.RELEASE.jar!/:5.2.2.RELEASE]
	... 17 common frames omitted`)] }));
}

// pawadski/curlhttp_exporter#8 — the config file was named config.yaml instead of config.yml: a KeyError on a config key.
{
  const img = 'pawadski/curlhttp_exporter:latest';
  const p = pod({
    name: 'curlhttp-exporter-6b85dbb8b5-cz7xk', node: 'monitoring-controlplane-0', startTime: '2025-02-23T22:59:02Z',
    containers: [{ name: 'curlhttp-exporter', image: img, ports: [{ containerPort: 9713 }], volumeMounts: [{ name: 'config', mountPath: '/app/config.yaml', subPath: 'config.yaml' }] }],
    volumes: [{ name: 'config', configMap: { name: 'curlhttp-exporter-config' } }],
    statuses: [crashLoop('curlhttp-exporter-6b85dbb8b5-cz7xk', 'default', 'curlhttp-exporter', img, { exitCode: 1, reason: 'Error', started: '2025-02-23T22:59:31Z', finished: '2025-02-23T22:59:32Z' }, 2, '20s')],
  });
  add(realCase({ name: "Python: KeyError: 'curl_settings' reading a config file under the wrong name", source: 'https://github.com/pawadski/curlhttp_exporter/issues/8',
    cause: 'bad-config', pod: p, collectedAt: '2025-02-23T22:59:40Z',
    logs: [previousLog('curlhttp-exporter', `
Traceback (most recent call last):
  File "exporter.py", line 312, in <module>
    config_curl_options = docs['curl_settings']
KeyError: 'curl_settings'`)] }));
}

// open-telemetry/opentelemetry-operator#239 — the release tag was never pushed: manifest unknown.
{
  const img = 'quay.io/opentelemetry/opentelemetry-operator:0.23.0';
  const p = pod({
    name: 'opentelemetry-operator-controller-manager-6d4f8b8c9-lq7xw', namespace: 'opentelemetry-operator-system', node: 'kind-worker', phase: 'Pending', startTime: '2021-04-07T09:00:00Z',
    containers: [{ name: 'manager', image: img, args: ['--enable-leader-election'] }, { name: 'kube-rbac-proxy', image: 'gcr.io/kubebuilder/kube-rbac-proxy:v0.8.0' }],
    statuses: [waiting('manager', img, 'ImagePullBackOff', `Back-off pulling image "${img}"`), runningOk('kube-rbac-proxy', 'gcr.io/kubebuilder/kube-rbac-proxy:v0.8.0', '2021-04-07T09:00:20Z')],
  });
  add(realCase({ name: 'ImagePullBackOff: manifest for …:0.23.0 not found: manifest unknown', source: 'https://github.com/open-telemetry/opentelemetry-operator/issues/239',
    cause: 'image-pull', pod: p, collectedAt: '2021-04-07T09:05:00Z',
    events: [
      podEvent(p, 'Failed', `Failed to pull image "${img}": rpc error: code = Unknown desc = Error response from daemon: manifest for ${img} not found: manifest unknown: manifest unknown`, { container: 'manager', count: 4, last: '2021-04-07T09:02:10Z' }),
      podEvent(p, 'Failed', 'Error: ErrImagePull', { container: 'manager', count: 4, last: '2021-04-07T09:02:10Z' }),
      podEvent(p, 'Failed', 'Error: ImagePullBackOff', { container: 'manager', count: 15, last: '2021-04-07T09:04:40Z' }),
    ] }));
}

// kubernetes/kubernetes#86942 — a 4c/12g StatefulSet replica fits none of the nodes its affinity allows.
{
  const p = pod({
    name: 'pt-4c12g-2', phase: 'Pending', startTime: '2020-01-08T03:00:00Z',
    containers: [{ name: 'pt', image: 'busybox', command: ['sleep', '3600'], resources: { limits: { cpu: '4', memory: '12Gi' }, requests: { cpu: '4', memory: '12Gi' } } }],
    conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: "0/12 nodes are available: 3 Insufficient memory, 9 node(s) didn't match node selector.", lastTransitionTime: '2020-01-08T03:00:09Z' }],
  });
  add(realCase({ name: "FailedScheduling: 0/12 nodes are available: 3 Insufficient memory, 9 node(s) didn't match node selector", source: 'https://github.com/kubernetes/kubernetes/issues/86942',
    cause: 'unschedulable', pod: p, collectedAt: '2020-01-08T03:10:00Z',
    events: [podEvent(p, 'FailedScheduling', "0/12 nodes are available: 3 Insufficient memory, 9 node(s) didn't match node selector.", { count: 150, first: '2020-01-08T02:59:00Z', last: '2020-01-08T03:09:12Z' })] }));
}

// infrahq/infra#3124 — postgres pointed straight at a fresh volume's mount point finds lost+found: PGDATA must be a subdirectory.
{
  const img = 'postgres:14.5-alpine';
  const p = pod({
    name: 'infra-postgres-0', namespace: 'infrahq', node: 'gke-infra-pool-1-a1b2', startTime: '2022-09-03T10:00:00Z',
    containers: [{ name: 'postgres', image: img, env: [{ name: 'POSTGRES_PASSWORD', valueFrom: { secretKeyRef: { name: 'infra-postgres', key: 'postgres-password' } } }],
      volumeMounts: [{ name: 'data', mountPath: '/var/lib/postgresql/data' }] }],
    volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data-infra-postgres-0' } }],
    statuses: [crashLoop('infra-postgres-0', 'infrahq', 'postgres', img, { exitCode: 1, reason: 'Error', started: '2022-09-03T10:06:12Z', finished: '2022-09-03T10:06:13Z' }, 5)],
  });
  add(realCase({ name: 'initdb: directory "/var/lib/postgresql/data" exists but is not empty (lost+found on the volume)', source: 'https://github.com/infrahq/infra/issues/3124',
    cause: 'bad-config', pod: p, collectedAt: '2022-09-03T10:07:00Z',
    logs: [previousLog('postgres', `
The files belonging to this database system will be owned by user "postgres".
This user must also own the server process.

The database cluster will be initialized with locale "en_US.utf8".
The default database encoding has accordingly been set to "UTF8".
The default text search configuration will be set to "english".

Data page checksums are disabled.

initdb: error: directory "/var/lib/postgresql/data" exists but is not empty
It contains a lost+found directory, perhaps due to it being a mount point.
Using a mount point directly as the data directory is not recommended.
Create a subdirectory under the mount point.`)] }));
}

// reportportal/kubernetes#308 — nginx under a non-root securityContext cannot create its cache directories; an emptyDir fixed it.
{
  const img = 'reportportal/service-ui:5.8.0';
  const p = pod({
    name: 'reportportal-ui-6c9f7d8b5-p4k2w', namespace: 'reportportal', node: 'worker-4', startTime: '2023-06-12T10:15:00Z',
    containers: [{ name: 'uiservice', image: img, ports: [{ containerPort: 8080, name: 'headless' }], securityContext: { runAsUser: 1000, runAsNonRoot: true } }],
    statuses: [crashLoop('reportportal-ui-6c9f7d8b5-p4k2w', 'reportportal', 'uiservice', img, { exitCode: 1, reason: 'Error', started: '2023-06-12T10:16:52Z', finished: '2023-06-12T10:16:53Z' }, 4)],
  });
  add(realCase({ name: 'nginx [emerg] mkdir() "/var/cache/nginx/client_temp" failed (13: Permission denied) after the entrypoint\'s info lines', source: 'https://github.com/reportportal/kubernetes/issues/308',
    cause: 'permission-denied', pod: p, collectedAt: '2023-06-12T10:18:00Z',
    logs: [previousLog('uiservice', `
/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
10-listen-on-ipv6-by-default.sh: info: /etc/nginx/conf.d/default.conf is not a file or does not exist
/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh
/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh
/docker-entrypoint.sh: Configuration complete; ready for start up
2023/06/12 10:16:53 [emerg] 1#1: mkdir() "/var/cache/nginx/client_temp" failed (13: Permission denied)
nginx: [emerg] mkdir() "/var/cache/nginx/client_temp" failed (13: Permission denied)`)] }));
}

// sorry-cypress/charts#61 — on OpenShift (random non-root uid) the nginx image can write neither its config nor its cache.
{
  const img = 'agoldis/sorry-cypress-dashboard:2.0.0';
  const p = pod({
    name: 'my-release-sorry-cypress-dashboard-7b8d9c5f6-xk2lq', namespace: 'xrow', node: 'openshift', startTime: '2021-07-01T17:31:33Z',
    containers: [{ name: 'dashboard', image: img, ports: [{ containerPort: 8080 }], securityContext: { runAsUser: 1000680000, runAsNonRoot: true } }],
    statuses: [crashLoop('my-release-sorry-cypress-dashboard-7b8d9c5f6-xk2lq', 'xrow', 'dashboard', img, { exitCode: 1, reason: 'Error', started: '2021-07-01T17:31:54Z', finished: '2021-07-01T17:31:55Z' }, 3)],
  });
  add(realCase({ name: 'nginx on OpenShift: an info line guesses "read-only file system?", then mkdir() failed (13: Permission denied)', source: 'https://github.com/sorry-cypress/charts/issues/61',
    cause: 'permission-denied', pod: p, collectedAt: '2021-07-01T17:33:00Z',
    logs: [previousLog('dashboard', `
/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
10-listen-on-ipv6-by-default.sh: info: can not modify /etc/nginx/conf.d/default.conf (read-only file system?)
/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh
20-envsubst-on-templates.sh: ERROR: /etc/nginx/templates exists, but /etc/nginx/conf.d is not writable
/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh
/docker-entrypoint.sh: Configuration complete; ready for start up
2021/07/01 17:31:55 [warn] 1#1: the "user" directive makes sense only if the master process runs with super-user privileges, ignored in /etc/nginx/nginx.conf:2
nginx: [warn] the "user" directive makes sense only if the master process runs with super-user privileges, ignored in /etc/nginx/nginx.conf:2
2021/07/01 17:31:55 [emerg] 1#1: mkdir() "/var/cache/nginx/client_temp" failed (13: Permission denied)
nginx: [emerg] mkdir() "/var/cache/nginx/client_temp" failed (13: Permission denied)`)] }));
}

// nginxinc/docker-nginx-unprivileged#17 — a PodSecurityPolicy made the root filesystem read-only: (30: Read-only file system).
{
  const img = 'nginxinc/nginx-unprivileged:latest';
  const p = pod({
    name: 'nginx-deployment-5c689d88bb-7wz9q', node: 'worker-1', startTime: '2019-02-20T22:27:00Z',
    containers: [{ name: 'nginx', image: img, ports: [{ containerPort: 8080 }], securityContext: { allowPrivilegeEscalation: false, runAsUser: 1001, readOnlyRootFilesystem: true } }],
    statuses: [crashLoop('nginx-deployment-5c689d88bb-7wz9q', 'default', 'nginx', img, { exitCode: 1, reason: 'Error', started: '2019-02-20T22:27:45Z', finished: '2019-02-20T22:27:45Z' }, 3)],
  });
  add(realCase({ name: 'nginx [emerg] mkdir() "/var/cache/nginx/proxy_temp" failed (30: Read-only file system)', source: 'https://github.com/nginxinc/docker-nginx-unprivileged/issues/17',
    cause: 'read-only-fs', pod: p, collectedAt: '2019-02-20T22:29:00Z',
    logs: [previousLog('nginx', `
2019/02/20 22:27:45 [emerg] 1#1: mkdir() "/var/cache/nginx/proxy_temp" failed (30: Read-only file system)
nginx: [emerg] mkdir() "/var/cache/nginx/proxy_temp" failed (30: Read-only file system)`)] }));
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

// apecloud/kubeblocks#3419 — the MySQL entrypoint refuses to initialise without a root password variable.
{
  const img = 'docker.io/apecloud/apecloud-mysql-server:8.0.30';
  const p = pod({
    name: 'mycluster-mysql-0', node: 'node-2', startTime: '2023-05-24T06:30:00Z',
    containers: [{ name: 'mysql', image: img, ports: [{ containerPort: 3306, name: 'mysql' }] }, { name: 'metrics', image: 'docker.io/apecloud/mysqld-exporter:0.14.0' }],
    statuses: [crashLoop('mycluster-mysql-0', 'default', 'mysql', img, { exitCode: 1, reason: 'Error', started: '2023-05-24T06:33:28Z', finished: '2023-05-24T06:33:30Z' }, 4),
      runningOk('metrics', 'docker.io/apecloud/mysqld-exporter:0.14.0', '2023-05-24T06:30:10Z')],
  });
  add(realCase({ name: '[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified', source: 'https://github.com/apecloud/kubeblocks/issues/3419',
    cause: 'bad-config', pod: p, collectedAt: '2023-05-24T06:34:00Z',
    logs: [previousLog('mysql', `
2023-05-24 06:33:28+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server  started.
2023-05-24 06:33:29+00:00 [Note] [Entrypoint]: Switching to dedicated user 'mysql'
2023-05-24 06:33:29+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server  started.
2023-05-24 06:33:30+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified
    You need to specify one of the following as an environment variable:
    - MYSQL_ROOT_PASSWORD
    - MYSQL_ALLOW_EMPTY_PASSWORD
    - MYSQL_RANDOM_ROOT_PASSWORD`)] }));
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

// cloudogu/gitops-playground#32 — the pod mounts a ConfigMap that was never created: ContainerCreating with FailedMount.
// causes.md lists a missing volume source under volume-pending; missing-config is as defensible.
{
  const p = pod({
    name: 'nginx-7f5d8c9b6-h2x4k', namespace: 'fluxv1-staging', node: 'k3d-gitops-playground-server-0', phase: 'Pending', startTime: '2021-04-06T08:00:00Z',
    containers: [{ name: 'nginx', image: 'bitnami/nginx:1.19.10', volumeMounts: [{ name: 'staticsite', mountPath: '/app' }] }],
    volumes: [{ name: 'staticsite', configMap: { name: 'index' } }],
    statuses: [waiting('nginx', 'bitnami/nginx:1.19.10', 'ContainerCreating')],
  });
  add(realCase({ name: 'ContainerCreating: MountVolume.SetUp failed for volume "staticsite" : configmap "index" not found', source: 'https://github.com/cloudogu/gitops-playground/issues/32',
    cause: 'volume-pending', also: ['missing-config'], pod: p, collectedAt: '2021-04-06T08:10:00Z',
    events: [podEvent(p, 'FailedMount', 'MountVolume.SetUp failed for volume "staticsite" : configmap "index" not found', { count: 13, first: '2021-04-06T08:00:05Z', last: '2021-04-06T08:09:30Z' })] }));
}

// dromara/CloudEon#177 — Kafka pods wait for two ConfigMap volumes that do not exist; the kubelet's combined event times out.
{
  const img = 'registry.cn-guangzhou.aliyuncs.com/bigdata200/kafka:2.8.2';
  const p = pod({
    name: 'kafka-broker-6c7d9f8b5-2kq7x', namespace: 'default', node: 'edp-node1', phase: 'Pending', startTime: '2025-06-21T02:00:00Z',
    containers: [{ name: 'kafka-broker', image: img, volumeMounts: [{ name: 'service-render', mountPath: '/opt/service-render' }, { name: 'service-common', mountPath: '/opt/service-common' }] }],
    volumes: [{ name: 'service-render', configMap: { name: 'kafka-service-render' } }, { name: 'service-common', configMap: { name: 'kafka-service-common' } }],
    statuses: [waiting('kafka-broker', img, 'ContainerCreating')],
  });
  add(realCase({ name: 'FailedMount configmap "kafka-service-render" not found, then the combined "timed out waiting for the condition"', source: 'https://github.com/dromara/CloudEon/issues/177',
    cause: 'volume-pending', also: ['missing-config'], pod: p, collectedAt: '2025-06-24T01:00:00Z',
    events: [
      podEvent(p, 'FailedMount', 'MountVolume.SetUp failed for volume "service-render" : configmap "kafka-service-render" not found', { count: 1856, first: '2025-06-21T02:00:05Z', last: '2025-06-24T00:47:00Z' }),
      podEvent(p, 'FailedMount', '(combined from similar events): Unable to attach or mount volumes: unmounted volumes=[service-common service-render], unattached volumes=[kube-api-access-vrvgp workspace timezone service-common service-render]: timed out waiting for the condition', { count: 2410, first: '2025-06-21T02:02:05Z', last: '2025-06-24T00:56:00Z' }),
    ] }));
}

// red-hat-storage/ocs-ci#1149 — an RWO volume still attached to the node of the previous pod.
{
  const p = pod({
    name: 'pod-test-rbd-2b8c1e', namespace: 'namespace-test-5f2e', node: 'compute-2', phase: 'Pending', startTime: '2019-12-11T06:00:00Z',
    containers: [{ name: 'web-server', image: 'quay.io/ocsci/nginx:latest', volumeMounts: [{ name: 'mypvc', mountPath: '/var/lib/www/html' }] }],
    volumes: [{ name: 'mypvc', persistentVolumeClaim: { claimName: 'pvc-test-9a1b' } }],
    statuses: [waiting('web-server', 'quay.io/ocsci/nginx:latest', 'ContainerCreating')],
  });
  add(realCase({ name: 'FailedAttachVolume: Multi-Attach error, the RWO volume is attached to another node', source: 'https://github.com/red-hat-storage/ocs-ci/issues/1149',
    cause: 'volume-pending', pod: p, collectedAt: '2019-12-11T06:05:00Z',
    events: [podEvent(p, 'FailedAttachVolume', 'Multi-Attach error for volume "pvc-dcf3b382-1b66-11ea-8736-005056be54a4" Volume is already exclusively attached to one node and can\'t be attached to another', { component: 'attachdetach-controller', count: 1, last: '2019-12-11T06:00:10Z' })] }));
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

// kubernetes-retired/poseidon#125 — the init container loops on nslookup of a short Service name that does not resolve: Init:0/1.
{
  const p = pod({
    name: 'poseidon-6d45696849-gxtpg', namespace: 'kube-system', node: 'vm-2', phase: 'Pending', startTime: '2018-07-05T03:00:00Z',
    init: [{ name: 'init-firmamentservice', image: 'busybox:1.28', command: ['sh', '-c', 'until nslookup firmament-service.kube-system; do echo waiting for firmamentservice; sleep 1; done;'] }],
    containers: [{ name: 'poseidon', image: 'gcr.io/poseidon-173606/poseidon:v0.5' }],
    initStatuses: [{ name: 'init-firmamentservice', image: 'busybox:1.28', ready: false, restartCount: 0, started: true, state: { running: { startedAt: '2018-07-05T03:00:04Z' } }, lastState: {} }],
    statuses: [waiting('poseidon', 'gcr.io/poseidon-173606/poseidon:v0.5', 'PodInitializing')],
  });
  add(realCase({ name: "Init:0/1: the init container loops on nslookup: can't resolve 'firmament-service.kube-system'", source: 'https://github.com/kubernetes-retired/poseidon/issues/125',
    cause: 'init-container', also: ['missing-dependency'], pod: p, collectedAt: '2018-07-05T03:30:00Z',
    logs: [{ ...previousLog('init-firmamentservice', `
waiting for firmamentservice
Server:    10.0.0.10
Address 1: 10.0.0.10 kube-dns.kube-system.svc.cluster.local

nslookup: can't resolve 'firmament-service.kube-system'
waiting for firmamentservice
Server:    10.0.0.10
Address 1: 10.0.0.10 kube-dns.kube-system.svc.cluster.local

nslookup: can't resolve 'firmament-service.kube-system'`, true), kind: 'current' }] }));
}

// tarosky/k8s-redis-ha#4 — a generated redis.conf line lacks the master's host: redis refuses the config file.
{
  const img = 'tarosky/k8s-redis-ha:redis-3.2.8';
  const p = pod({
    name: 'redis-server-0', node: 'worker-1', startTime: '2017-03-10T07:50:00Z',
    containers: [{ name: 'redis-server', image: img, ports: [{ containerPort: 6379 }] }],
    statuses: [crashLoop('redis-server-0', 'default', 'redis-server', img, { exitCode: 1, reason: 'Error', started: '2017-03-10T08:04:40Z', finished: '2017-03-10T08:04:40Z' }, 7)],
  });
  add(realCase({ name: "redis: *** FATAL CONFIG FILE ERROR *** … Bad directive or wrong number of arguments (kubectl logs --timestamps)", source: 'https://github.com/tarosky/k8s-redis-ha/issues/4',
    cause: 'bad-config', pod: p, collectedAt: '2017-03-10T08:06:00Z',
    logs: [previousLog('redis-server', `
2017-03-10T08:04:40.670889692Z 
2017-03-10T08:04:40.670956539Z *** FATAL CONFIG FILE ERROR ***
2017-03-10T08:04:40.671034308Z Reading the configuration file, at line 1058
2017-03-10T08:04:40.671042100Z >>> 'slaveof  6379'
2017-03-10T08:04:40.671046628Z Bad directive or wrong number of arguments `)] }));
}

// StarRocks/starrocks-kubernetes-operator#512 — the operator's service account has no ClusterRole for the CRD it watches; setup fails and it exits.
{
  const img = 'starrocks/operator:v1.9.4';
  const p = pod({
    name: 'kube-starrocks-operator-7c9d8f6b5-q8w2e', namespace: 'starrocks', node: 'node-1', startTime: '2024-04-19T02:40:00Z',
    containers: [{ name: 'manager', image: img, command: ['/sroperator'], args: ['--leader-elect'] }],
    statuses: [crashLoop('kube-starrocks-operator-7c9d8f6b5-q8w2e', 'starrocks', 'manager', img, { exitCode: 1, reason: 'Error', started: '2024-04-19T02:47:09Z', finished: '2024-04-19T02:47:10Z' }, 6)],
  });
  add(realCase({ name: 'operator: unable to set up reconciler: … is forbidden: User "system:serviceaccount:…" cannot list resource', source: 'https://github.com/StarRocks/starrocks-kubernetes-operator/issues/512',
    cause: 'permission-denied', pod: p, collectedAt: '2024-04-19T02:48:00Z',
    logs: [previousLog('manager', `
2024-04-19T10:47:10.612+0800	INFO	controller-runtime.metrics	Metrics server is starting to listen	{"addr": ":8080"}
2024-04-19T10:47:10.774+0800	ERROR	main	unable to set up warehouse reconciler	{"error": "starrockswarehouses.starrocks.com is forbidden: User \\"system:serviceaccount:starrocks:starrocks\\" cannot list resource \\"starrockswarehouses\\" in API group \\"starrocks.com\\" at the cluster scope"}`)] }));
}

// kubernetes/kubernetes#65695 — a Go service panics when the env var it needs (from a ConfigMap key) is empty at start-up.
{
  const img = 'registry.cn-hangzhou.aliyuncs.com/icowan/myservice:v0.1';
  const p = pod({
    name: 'myservice-5b7c9d8f6-k2m4x', node: 'node-3', startTime: '2018-07-02T06:00:00Z',
    containers: [{ name: 'myservice', image: img, env: [{ name: 'POD_XXX_KEY', valueFrom: { configMapKeyRef: { name: 'myservice', key: 'hellokey' } } }] }],
    statuses: [crashLoop('myservice-5b7c9d8f6-k2m4x', 'default', 'myservice', img, { exitCode: 2, reason: 'Error', started: '2018-07-02T06:00:31Z', finished: '2018-07-02T06:00:31Z' }, 2, '20s')],
  });
  add(realCase({ name: 'Go: panic: POD_XXX_KEY not found. (an env var from a ConfigMap key is empty)', source: 'https://github.com/kubernetes/kubernetes/issues/65695',
    cause: 'bad-config', also: ['missing-config'], pod: p, collectedAt: '2018-07-02T06:01:00Z',
    logs: [previousLog('myservice', `
panic: POD_XXX_KEY not found.

goroutine 1 [running]:
main.main()
	/go/src/myservice/main.go:14 +0x1d6`)] }));
}

// kubernetes/website#26943 — JupyterHub's hub PVC has no StorageClass and no PV to bind: the scheduler waits.
{
  const p = pod({
    name: 'hub-5b8d96f64b-qk86l', namespace: 'jhub', phase: 'Pending', startTime: '2021-03-08T09:00:00Z',
    containers: [{ name: 'hub', image: 'jupyterhub/k8s-hub:0.10.6', volumeMounts: [{ name: 'hub-db-dir', mountPath: '/srv/jupyterhub' }] }],
    volumes: [{ name: 'hub-db-dir', persistentVolumeClaim: { claimName: 'hub-db-dir' } }],
    conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available: 3 pod has unbound immediate PersistentVolumeClaims.', lastTransitionTime: '2021-03-08T09:00:01Z' }],
  });
  add(realCase({ name: 'FailedScheduling: 0/3 nodes are available: 3 pod has unbound immediate PersistentVolumeClaims', source: 'https://github.com/kubernetes/website/issues/26943',
    cause: 'volume-pending', pod: p, collectedAt: '2021-03-08T09:12:00Z',
    events: [podEvent(p, 'FailedScheduling', '0/3 nodes are available: 3 pod has unbound immediate PersistentVolumeClaims.', { count: 11, first: '2021-03-08T09:00:01Z', last: '2021-03-08T09:11:05Z' })] }));
}

// datawire/kubernaut#6 — an older scheduler's wording for the same wait: PersistentVolumeClaim is not bound.
{
  const p = pod({
    name: 'todo-db-0', phase: 'Pending', startTime: '2017-08-17T14:00:00Z',
    containers: [{ name: 'mongo', image: 'mongo', command: ['mongod', '--replSet', 'rs0', '--smallfiles', '--noprealloc'], volumeMounts: [{ name: 'todo-db-persistent-storage', mountPath: '/data/db' }] },
      { name: 'mongo-sidecar', image: 'cvallance/mongo-k8s-sidecar' }],
    volumes: [{ name: 'todo-db-persistent-storage', persistentVolumeClaim: { claimName: 'todo-db-persistent-storage-todo-db-0' } }],
    conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', lastTransitionTime: '2017-08-17T14:00:01Z' }],
  });
  add(realCase({ name: 'FailedScheduling: PersistentVolumeClaim is not bound: "todo-db-persistent-storage-todo-db-0"', source: 'https://github.com/datawire/kubernaut/issues/6',
    cause: 'volume-pending', pod: p, collectedAt: '2017-08-17T14:06:00Z',
    events: [podEvent(p, 'FailedScheduling', 'PersistentVolumeClaim is not bound: "todo-db-persistent-storage-todo-db-0"', { count: 22, first: '2017-08-17T14:00:30Z', last: '2017-08-17T14:05:31Z' })] }));
}

// pires/kubernetes-elasticsearch-cluster#137 — the node's vm.max_map_count is below what Elasticsearch's bootstrap checks require (exit 78).
{
  const img = 'quay.io/pires/docker-elasticsearch-kubernetes:5.6.2';
  const p = pod({
    name: 'es-data1-0', node: 'gke-es-pool-3f1c', startTime: '2017-09-29T09:20:00Z',
    containers: [{ name: 'es-data', image: img, ports: [{ containerPort: 9300, name: 'transport' }], volumeMounts: [{ name: 'storage', mountPath: '/data' }] }],
    init: [{ name: 'init-sysctl', image: 'busybox', command: ['sysctl', '-w', 'vm.max_map_count=262144'], securityContext: { privileged: true } }],
    initStatuses: [{ name: 'init-sysctl', image: 'busybox', ready: true, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: '2017-09-29T09:20:03Z', finishedAt: '2017-09-29T09:20:03Z' } }, lastState: {} }],
    volumes: [{ name: 'storage', persistentVolumeClaim: { claimName: 'storage-es-data1-0' } }],
    statuses: [crashLoop('es-data1-0', 'default', 'es-data', img, { exitCode: 78, reason: 'Error', started: '2017-09-29T09:33:05Z', finished: '2017-09-29T09:33:21Z' }, 5)],
  });
  add(realCase({ name: 'Elasticsearch: bootstrap checks failed: vm.max_map_count [65530] is too low (exit 78)', source: 'https://github.com/pires/kubernetes-elasticsearch-cluster/issues/137',
    cause: 'bad-config', pod: p, collectedAt: '2017-09-29T09:34:00Z',
    logs: [previousLog('es-data', `
ERROR: [1] bootstrap checks failed
[1]: max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]
[2017-09-29T09:33:20,559][INFO ][o.e.n.Node               ] [es-data1-0] stopping ...
[2017-09-29T09:33:20,605][INFO ][o.e.n.Node               ] [es-data1-0] stopped
[2017-09-29T09:33:20,606][INFO ][o.e.n.Node               ] [es-data1-0] closing ...
[2017-09-29T09:33:20,624][INFO ][o.e.n.Node               ] [es-data1-0] closed`)] }));
}

// kubernetes/kubernetes#92903 — the CNI plugin fails every sandbox: ContainerCreating with FailedCreatePodSandBox. No cause in
// the vocabulary covers pod networking, so the honest answer is unknown (and the events say where to look).
{
  const p = pod({
    name: 'kafka-0', node: 'vcloud-single', phase: 'Pending', startTime: '2020-07-08T02:00:00Z',
    containers: [{ name: 'kafka', image: 'wurstmeister/kafka:2.12-2.4.1', ports: [{ containerPort: 9092 }] }],
    statuses: [waiting('kafka', 'wurstmeister/kafka:2.12-2.4.1', 'ContainerCreating')],
  });
  add(realCase({ name: 'ContainerCreating: FailedCreatePodSandBox, networkPlugin cni failed to set up pod network', source: 'https://github.com/kubernetes/kubernetes/issues/92903',
    cause: 'unknown', pod: p, collectedAt: '2020-07-08T02:02:00Z',
    events: [
      podEvent(p, 'FailedCreatePodSandBox', 'Failed to create pod sandbox: rpc error: code = Unknown desc = [failed to set up sandbox container "3fe33199939736653d0eb5ffb41ffd4a94630cbf0ee1d9ffa39e1fef7cb40a83" network for pod "kafka-0": networkPlugin cni failed to set up pod "kafka-0_default" network: netplugin failed with no error message, failed to clean up sandbox container "3fe33199939736653d0eb5ffb41ffd4a94630cbf0ee1d9ffa39e1fef7cb40a83" network for pod "kafka-0": networkPlugin cni failed to teardown pod "kafka-0_default" network: netplugin failed with no error message]', { count: 1, last: '2020-07-08T02:00:01Z' }),
      podEvent(p, 'SandboxChanged', 'Pod sandbox changed, it will be killed and re-created.', { type: 'Normal', count: 10, first: '2020-07-08T02:00:02Z', last: '2020-07-08T02:01:58Z' }),
    ] }));
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

export const REAL_WORLD_CASES: readonly RealWorldCase[] = cases;
