// Real-world cases (see real-world-cases.ts), crashes whose logs name the environment: permissions, read-only filesystems, ports in use.
// Each names its source; facts and message formats are the report's.
import { crashLoop, pod, previousLog, realCase, type RealWorldCase } from './real-world-builders.js';

const cases: RealWorldCase[] = [];
const add = (c: RealWorldCase): void => void cases.push(c);

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

export const ACCESS_CASES: readonly RealWorldCase[] = cases;
