// Real-world cases (see real-world-cases.ts), pods that never run their app: missing config, mounts, images, scheduling, volumes, init containers.
// Each names its source; facts and message formats are the report's.
import { crashLoop, pod, podEvent, previousLog, realCase, runningOk, waiting, type RealWorldCase } from './real-world-builders.js';

const cases: RealWorldCase[] = [];
const add = (c: RealWorldCase): void => void cases.push(c);

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

export const START_CASES: readonly RealWorldCase[] = cases;
