// check --cluster: what the current context knows about the manifests' references, nodes and images. A read
// that is forbidden or fails leaves that kind unknown (the rules then stay silent) and is reported as a gap.
import type { ClusterFacts, ImageFacts, ManifestDoc } from '../check/index.js';
import { podTemplates } from '../check/index.js';
import { ClusterError } from '../contracts/cluster-errors.js';
import type { MessageRef } from '../errors.js';
import type { MessageKey, MessageValues } from '../i18n/translate.js';
import type { ClusterReader, ReadableKind } from '../contracts/read-port.js';
import { fetchImageConfig, registryMirrorFor } from '../image/index.js';

type RefKind = 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim' | 'StorageClass';

export interface GatheredFacts {
  readonly cluster: ClusterFacts;
  readonly images: ReadonlyMap<string, ImageFacts>;
  /** What could not be read, as catalog messages (the error's own words nested when it has them). */
  readonly gaps: readonly MessageRef[];
}

/** A failed read's words: the error's key and values when it carries them, else its message verbatim. */
function gap(key: MessageKey, values: MessageValues, err: { readonly message: string; readonly ref?: MessageRef | undefined }): MessageRef {
  return err.ref ? { key, values, detail: err.ref } : { key, values: { ...values, detail: err.message } };
}

export async function gatherCheckFacts(reader: ClusterReader, docs: readonly ManifestDoc[], where: { context: string; server: string }): Promise<GatheredFacts> {
  const gaps: MessageRef[] = [];
  const wanted = references(docs);
  const existing: Partial<Record<RefKind, Set<string>>> = {};
  const unknown = new Set<RefKind>();
  for (const { kind, namespace, name } of wanted) {
    const key = kind === 'StorageClass' ? name : `${namespace}/${name}`;
    const set = (existing[kind] ??= new Set());
    try {
      await reader.getObject(kind as ReadableKind, kind === 'StorageClass' ? undefined : namespace, name);
      set.add(key);
    } catch (err) {
      if (err instanceof ClusterError && err.kind === 'not-found') continue;
      unknown.add(kind);
      gaps.push(gap('check.gap.object', { kind, name: key }, err as ClusterError));
    }
  }
  for (const k of unknown) delete existing[k];

  let nodeArchitectures: string[] = [];
  try {
    const nodes = await reader.listObjects('Node', undefined);
    nodeArchitectures = [...new Set(nodes.items.map((n) => (n as { status?: { nodeInfo?: { architecture?: string } } }).status?.nodeInfo?.architecture).filter((a): a is string => !!a))];
  } catch (err) {
    gaps.push(gap('check.gap.nodes', {}, err as ClusterError));
  }

  const images = new Map<string, ImageFacts>();
  const refs = [...new Set(podTemplates(docs).flatMap((t) => [...(t.spec.initContainers ?? []), ...t.spec.containers].map((c) => c.image).filter((i): i is string => !!i)))];
  for (const image of refs) {
    const architectures: string[] = [];
    let user: string | undefined;
    // The same failure for each node architecture (a missing repository, a refused login) is one line.
    const reasons = new Set<string>();
    for (const architecture of nodeArchitectures.length ? nodeArchitectures : ['amd64']) {
      const r = await fetchImageConfig(image, { platform: { os: 'linux', architecture }, timeoutMs: 10_000, ...registryMirrorFor(where) });
      if (r.ok) {
        user ??= r.config.user ?? '';
        // A single-platform image answers with its one config whatever we ask: its architecture field decides.
        if (!r.config.architecture || r.config.architecture === architecture) architectures.push(architecture);
      }
      else if (!/has no image for/.test(r.reason) && !reasons.has(r.reason)) {
        reasons.add(r.reason);
        gaps.push(gap('check.gap.image', { image }, { message: r.reason, ref: r.ref }));
      }
    }
    images.set(image, { ...(user !== undefined ? { user } : {}), ...(architectures.length || user !== undefined ? { architectures } : {}) });
  }
  return { cluster: { existing, nodeArchitectures }, images, gaps };
}

function references(docs: readonly ManifestDoc[]): { kind: RefKind; namespace: string; name: string }[] {
  const out = new Map<string, { kind: RefKind; namespace: string; name: string }>();
  const add = (kind: RefKind, namespace: string, name: string | undefined): void => { if (name) out.set(`${kind}/${namespace}/${name}`, { kind, namespace, name }); };
  for (const t of podTemplates(docs)) {
    for (const v of t.spec.volumes ?? []) {
      add('ConfigMap', t.namespace, v.configMap?.name);
      add('Secret', t.namespace, v.secret?.secretName);
      add('PersistentVolumeClaim', t.namespace, v.persistentVolumeClaim?.claimName);
    }
    for (const c of [...(t.spec.initContainers ?? []), ...t.spec.containers]) {
      for (const e of c.env ?? []) { add('ConfigMap', t.namespace, e.valueFrom?.configMapKeyRef?.name); add('Secret', t.namespace, e.valueFrom?.secretKeyRef?.name); }
      for (const e of c.envFrom ?? []) { add('ConfigMap', t.namespace, e.configMapRef?.name); add('Secret', t.namespace, e.secretRef?.name); }
    }
  }
  for (const d of docs) {
    const spec = d.object['spec'] as { storageClassName?: string; volumeClaimTemplates?: { spec?: { storageClassName?: string } }[] } | undefined;
    if (d.object['kind'] === 'PersistentVolumeClaim') add('StorageClass', '', spec?.storageClassName);
    if (d.object['kind'] === 'StatefulSet') for (const v of spec?.volumeClaimTemplates ?? []) add('StorageClass', '', v.spec?.storageClassName);
  }
  return [...out.values()];
}
