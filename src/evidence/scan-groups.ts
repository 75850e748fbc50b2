// The same cause seen more than once: grouped by cause and image across replicas and clusters, and read the
// way an on-call engineer would: one image failing in several clusters is the image ("crashes everywhere");
// every failing pod on one node is the node; several replicas in one cluster are the workload.
import type { CauseId } from '../contracts/causes.js';
import type { ClusterScan } from './cluster-scan.js';

export type Spread = 'everywhere' | 'one-node' | 'replicas';

export interface FailureGroup {
  readonly cause: CauseId;
  readonly image: string;
  readonly spread: Spread;
  readonly clusters: readonly string[];
  readonly nodes: readonly string[];
  /** "context: ns/pod" */
  readonly pods: readonly string[];
}

export function groupFailures(scans: readonly ClusterScan[]): FailureGroup[] {
  const groups = new Map<string, { cause: CauseId; image: string; clusters: Set<string>; nodes: Set<string>; pods: string[] }>();
  for (const scan of scans) {
    if (!('rows' in scan)) continue;
    for (const row of scan.rows) {
      if (row.cause === null || !row.image) continue;
      const key = `${row.cause}\u0000${row.image}`;
      const g = groups.get(key) ?? { cause: row.cause, image: row.image, clusters: new Set(), nodes: new Set(), pods: [] };
      g.clusters.add(scan.context);
      if (row.node) g.nodes.add(`${scan.context}/${row.node}`);
      g.pods.push(`${scan.context}: ${row.pod}`);
      groups.set(key, g);
    }
  }
  return [...groups.values()]
    .filter((g) => g.pods.length > 1)
    .map((g) => ({
      cause: g.cause,
      image: g.image,
      spread: g.clusters.size > 1 ? 'everywhere' as const : g.nodes.size === 1 ? 'one-node' as const : 'replicas' as const,
      clusters: [...g.clusters].sort(),
      nodes: [...g.nodes].sort(),
      pods: g.pods,
    }))
    .sort((a, b) => b.clusters.length - a.clusters.length || b.pods.length - a.pods.length || a.cause.localeCompare(b.cause));
}
