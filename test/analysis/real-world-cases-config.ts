// Real-world cases (see real-world-cases.ts), crashes whose logs say the configuration is wrong: flags, env vars, config files, data directories.
// Each names its source; facts and message formats are the report's.
import { crashLoop, pod, previousLog, realCase, runningOk, type RealWorldCase } from './real-world-builders.js';

const cases: RealWorldCase[] = [];
const add = (c: RealWorldCase): void => void cases.push(c);

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

export const CONFIG_CASES: readonly RealWorldCase[] = cases;
