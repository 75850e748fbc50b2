// Facts for checking a scenario's manifests as the CLI would gather them: image configs from the scenario's
// image catalogue (what the training registry serves) and the cluster's objects from the scenario itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifests, type CheckFacts, type ImageFacts, type ManifestDoc } from '../../src/check/index.js';
import { loadScenarioDir } from '../../src/scenario/index.js';

// scenario.yaml describes the lesson and events are what happened: neither is a manifest someone deploys.
const NOT_MANIFESTS = /^(scenario|events|recommendations-events)\.(ya?ml|json)$/;

export function scenarioManifests(dir: string): ManifestDoc[] {
  return readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f) && !NOT_MANIFESTS.test(f))
    .flatMap((f) => parseManifests(f, readFileSync(join(dir, f), 'utf8')));
}

export async function scenarioFacts(dir: string): Promise<CheckFacts> {
  const scenario = await loadScenarioDir(dir);
  const images = new Map<string, ImageFacts>(Object.entries(scenario.meta.images ?? {}).map(([ref, i]) => [ref, {
    ...(i.user !== undefined ? { user: i.user } : {}), ...(i.entrypoint ? { entrypoint: i.entrypoint } : {}),
    ...(i.cmd ? { cmd: i.cmd } : {}), ...(i.env ? { env: i.env } : {}), ...(i.binaries ? { binaries: i.binaries } : {}),
    ...(i.architectures ? { architectures: i.architectures } : {}),
  }]));
  // A dump holds only some kinds: a kind with no object at all in the scenario is unknown, not empty.
  const names = (kind: string, namespaced = true) => (!scenario.objects.some((o) => o.kind === kind) ? undefined : new Set(scenario.objects.filter((o) => o.kind === kind)
    .map((o) => (namespaced ? `${o.metadata.namespace ?? 'default'}/${o.metadata.name}` : o.metadata.name))));
  const archs = scenario.objects.filter((o) => o.kind === 'Node')
    .map((o) => (o as { status?: { nodeInfo?: { architecture?: string } } }).status?.nodeInfo?.architecture)
    .filter((a): a is string => typeof a === 'string');
  return {
    images,
    cluster: {
      existing: Object.fromEntries((['ConfigMap', 'Secret', 'PersistentVolumeClaim', 'StorageClass'] as const)
        .map((k) => [k, names(k, k !== 'StorageClass')] as const).filter(([, v]) => v !== undefined)),
      nodeArchitectures: [...new Set(archs)],
    },
  };
}
