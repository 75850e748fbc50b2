// API-shaped objects for analyzer tests: a Deployment's pod as `kubectl get pod -o json` returns it, with the
// container statuses, events and node that a test changes. Shapes follow the seeds and public bug reports.
import type { ContainerStatus, KubeEvent, KubeNode, Pod, Container } from '../../../src/k8s/index.js';

export const NOW = Date.parse('2024-05-20T14:00:00Z');
export const at = (secondsBeforeNow: number): string => new Date(NOW - secondsBeforeNow * 1000).toISOString().replace('.000Z', 'Z');

export function appContainer(over: Partial<Container> = {}): Container {
  return {
    name: 'app', image: 'registry.example.com/shop/api:1.4.2', imagePullPolicy: 'IfNotPresent',
    ports: [{ containerPort: 8080, name: 'http', protocol: 'TCP' }],
    resources: { limits: { cpu: '500m', memory: '512Mi' }, requests: { cpu: '100m', memory: '256Mi' } },
    terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File',
    volumeMounts: [{ name: 'kube-api-access-x2v9k', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true }],
    ...over,
  };
}

/** A container that crashed (lastState.terminated) and now waits in CrashLoopBackOff. */
export function crashLooping(name: string, term: { exitCode: number; reason?: string; message?: string; lived?: number; finishedAgo?: number; signal?: number },
  restarts = 5, backoff = '2m40s'): ContainerStatus {
  const finishedAgo = term.finishedAgo ?? 30;
  return {
    name, ready: false, restartCount: restarts, started: false, image: 'registry.example.com/shop/api:1.4.2',
    imageID: 'registry.example.com/shop/api@sha256:8f1c7e3b1d8a2f6c9e0d4b5a7c3e1f2d9b8a6c4e2f0d1b3a5c7e9f1d3b5a7c9e',
    containerID: 'containerd://4b6f0c1e9d2a7b3c5e8f1a4d6b9c2e5f8a1d4b7c0e3f6a9d2b5c8e1f4a7d0b3c',
    lastState: { terminated: {
      exitCode: term.exitCode, reason: term.reason ?? 'Error', ...(term.message ? { message: term.message } : {}), ...(term.signal ? { signal: term.signal } : {}),
      startedAt: at(finishedAgo + (term.lived ?? 12)), finishedAt: at(finishedAgo),
      containerID: 'containerd://9a7c5e3f1d2b4a6c8e0f2d4b6a8c0e2f4d6b8a0c2e4f6d8b0a2c4e6f8d0b2a4c',
    } },
    state: { waiting: { reason: 'CrashLoopBackOff', message: `back-off ${backoff} restarting failed container=${name} pod=api-7d9c6b5f4-x8k2p_shop(3f2a9c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b)` } },
  };
}

export function running(name: string, restarts = 0, ready = true): ContainerStatus {
  return { name, ready, restartCount: restarts, started: true, image: 'docker.io/istio/proxyv2:1.16.2', state: { running: { startedAt: at(600) } } };
}

export function podOf(containers: Container[], statuses: ContainerStatus[], over: { init?: Container[]; initStatuses?: ContainerStatus[]; phase?: string; conditions?: Pod['status'] extends infer S ? S extends { conditions?: infer C } ? C : never : never; spec?: Partial<Pod['spec']>; status?: Record<string, unknown> } = {}): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name: 'api-7d9c6b5f4-x8k2p', generateName: 'api-7d9c6b5f4-', namespace: 'shop', uid: '3f2a9c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b',
      creationTimestamp: at(3600), labels: { app: 'api', 'pod-template-hash': '7d9c6b5f4' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'api-7d9c6b5f4', uid: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', controller: true }],
    },
    spec: {
      containers, ...(over.init ? { initContainers: over.init } : {}), restartPolicy: 'Always', nodeName: 'worker-1', serviceAccountName: 'default',
      terminationGracePeriodSeconds: 30, ...(over.spec ?? {}),
    },
    status: {
      phase: over.phase ?? 'Running',
      conditions: over.conditions ?? [
        { type: 'Initialized', status: 'True', lastTransitionTime: at(3590) },
        { type: 'Ready', status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [app]', lastTransitionTime: at(30) },
        { type: 'ContainersReady', status: 'False', reason: 'ContainersNotReady', lastTransitionTime: at(30) },
        { type: 'PodScheduled', status: 'True', lastTransitionTime: at(3600) },
      ],
      hostIP: '10.0.12.7', podIP: '10.244.3.18', startTime: at(3600), qosClass: 'Burstable',
      containerStatuses: statuses, ...(over.initStatuses ? { initContainerStatuses: over.initStatuses } : {}),
      ...(over.status ?? {}),
    },
  };
}

let n = 0;
export function event(reason: string, message: string, o: { type?: string; count?: number; ago?: number; fieldPath?: string; kind?: string; name?: string } = {}): KubeEvent {
  n++;
  const kind = o.kind ?? 'Pod';
  return {
    apiVersion: 'v1', kind: 'Event',
    metadata: { name: `api-7d9c6b5f4-x8k2p.17c${n.toString(16).padStart(13, '0')}`, namespace: kind === 'Node' ? 'default' : 'shop', creationTimestamp: at((o.ago ?? 10) + 300) },
    involvedObject: kind === 'Node'
      ? { kind: 'Node', name: o.name ?? 'worker-1', uid: 'worker-1' }
      : { kind: 'Pod', namespace: 'shop', name: 'api-7d9c6b5f4-x8k2p', uid: '3f2a9c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b', apiVersion: 'v1', ...(o.fieldPath ? { fieldPath: o.fieldPath } : {}) },
    reason, message, type: o.type ?? 'Warning', count: o.count ?? 1,
    firstTimestamp: at((o.ago ?? 10) + 300), lastTimestamp: at(o.ago ?? 10),
    source: { component: kind === 'Pod' && reason === 'FailedScheduling' ? 'default-scheduler' : 'kubelet', host: 'worker-1' },
  };
}

export function node(arch = 'amd64', ready = true): KubeNode {
  return {
    apiVersion: 'v1', kind: 'Node', metadata: { name: 'worker-1', uid: 'n1', labels: { 'kubernetes.io/arch': arch } },
    status: {
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'Unknown', reason: ready ? 'KubeletReady' : 'NodeStatusUnknown', message: ready ? 'kubelet is posting ready status' : 'Kubelet stopped posting node status.' }],
      allocatable: { cpu: '3920m', memory: '15214604Ki', pods: '110' },
      nodeInfo: { architecture: arch, operatingSystem: 'linux', kubeletVersion: 'v1.28.5', containerRuntimeVersion: 'containerd://1.7.11', bootID: '6b1d2a4e-9c3f-4e58-8a7b-2f0c9d1e3a56' },
    },
  };
}
