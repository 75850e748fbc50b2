// What a container's fate may depend on outside its own spec: the ConfigMaps, Secrets and Services of its
// namespace and the node it runs on, read from the store at the moment the kubelet starts it.
import type { Pod } from '../../k8s/index.js';
import type { ObjectStore } from '../store.js';

export interface World {
  /** Keys of a ConfigMap or Secret, or undefined when it does not exist. */
  keys(kind: 'ConfigMap' | 'Secret', namespace: string, name: string): readonly string[] | undefined;
  /** Ready pods behind a Service; undefined when the Service does not exist. */
  readyEndpoints(namespace: string, service: string): number | undefined;
  nodeArchitecture(node: string | undefined): string | undefined;
  /** The values of a ConfigMap's data, or undefined when it does not exist. */
  configValues(namespace: string, name: string): readonly string[] | undefined;
}

const matches = (selector: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>> | undefined): boolean =>
  Object.entries(selector).every(([k, v]) => labels?.[k] === v);

export function storeWorld(store: ObjectStore): World {
  return {
    keys(kind, namespace, name) {
      const obj = store.get(kind === 'ConfigMap' ? 'configmaps' : 'secrets', namespace, name)?.obj as { data?: object; binaryData?: object; stringData?: object } | undefined;
      if (!obj) return undefined;
      return [...Object.keys(obj.data ?? {}), ...Object.keys(obj.binaryData ?? {}), ...Object.keys(obj.stringData ?? {})];
    },
    readyEndpoints(namespace, service) {
      const svc = store.get('services', namespace, service)?.obj as { spec?: { selector?: Record<string, string> } } | undefined;
      if (!svc) return undefined;
      const selector = svc.spec?.selector;
      if (!selector || !Object.keys(selector).length) return 0;
      let ready = 0;
      for (const e of store.all('pods')) {
        const p = e.obj as Pod;
        if (p.metadata.namespace !== namespace || p.metadata.deletionTimestamp || !matches(selector, p.metadata.labels)) continue;
        if ((p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True')) ready++;
      }
      return ready;
    },
    configValues(namespace, name) {
      const obj = store.get('configmaps', namespace, name)?.obj as { data?: Record<string, string> } | undefined;
      return obj ? Object.values(obj.data ?? {}) : undefined;
    },
    nodeArchitecture(node) {
      if (!node) return undefined;
      const n = store.get('nodes', undefined, node)?.obj as { metadata: { labels?: Record<string, string> }; status?: { nodeInfo?: { architecture?: string } } } | undefined;
      return n?.metadata.labels?.['kubernetes.io/arch'] ?? n?.status?.nodeInfo?.architecture;
    },
  };
}
