// Scanning several clusters at once: each context is scanned on its own, concurrently; one that cannot be
// reached or read is a gap with its reason, never a failure of the whole scan.
import type { ScanRow } from '../contracts/scan-row.js';

export type ClusterScan =
  | { readonly context: string; readonly rows: readonly ScanRow[] }
  | { readonly context: string; readonly gap: string };

export async function scanClusters(contexts: readonly string[], scanOne: (context: string) => Promise<readonly ScanRow[]>, reason: (err: unknown) => string): Promise<ClusterScan[]> {
  const settled = await Promise.allSettled(contexts.map((c) => scanOne(c)));
  return settled.map((s, i) => (s.status === 'fulfilled' ? { context: contexts[i]!, rows: s.value } : { context: contexts[i]!, gap: reason(s.reason) }));
}
