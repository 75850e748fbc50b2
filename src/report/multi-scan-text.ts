// `scan --all-contexts`: one section per cluster (its scan table, or the gap that kept us out), then the
// causes that repeat across replicas and clusters.
import type { ClusterScan } from '../evidence/cluster-scan.js';
import type { FailureGroup } from '../evidence/scan-groups.js';
import { sanitize } from '../text/sanitize.js';
import { renderScanText } from './scan-text.js';
import { PLAIN, type Style } from './style.js';
import { wrap } from './wrap.js';

const SPREAD: Record<FailureGroup['spread'], (g: FailureGroup) => string> = {
  everywhere: (g) => `this image crashes everywhere: ${g.cause} in ${g.clusters.length} clusters (${g.clusters.join(', ')})`,
  'one-node': (g) => `one node: every ${g.cause} pod of this image runs on ${g.nodes[0]!.split('/').slice(1).join('/')} (${g.clusters[0]})`,
  replicas: (g) => `${g.pods.length} replicas with ${g.cause} in ${g.clusters[0]}, on ${g.nodes.length} nodes`,
};

export function renderMultiScanText(scans: readonly ClusterScan[], groups: readonly FailureGroup[], options: { width: number; style?: Style; scope: string; allNamespaces: boolean }): string {
  const st = options.style ?? PLAIN;
  const out: string[] = [];
  for (const s of scans) {
    if ('rows' in s) {
      out.push(st.heading(`== context ${sanitize(s.context)}: ${s.rows.length} failing pod${s.rows.length === 1 ? '' : 's'}`));
      out.push(renderScanText(s.rows, { width: options.width, style: st, scope: options.scope, allNamespaces: options.allNamespaces }).trimEnd(), '');
    } else {
      out.push(st.heading(`== context ${sanitize(s.context)}: not scanned`), ...wrap(`gap: ${sanitize(s.gap)}`, options.width), '');
    }
  }
  if (groups.length > 0) {
    out.push(st.heading('Same cause more than once'));
    for (const g of groups) out.push(...wrap(`- ${SPREAD[g.spread](g)}; image ${sanitize(g.image)}; ${g.pods.length} pods`, options.width));
    out.push('');
  }
  const scanned = scans.filter((s) => 'rows' in s).length;
  const gaps = scans.length - scanned;
  out.push(st.dim(`${scanned} of ${scans.length} clusters scanned${gaps > 0 ? `, ${gaps} gap${gaps === 1 ? '' : 's'}` : ''}.`));
  return `${out.join('\n')}\n`;
}

export function renderMultiScanJson(scans: readonly ClusterScan[], groups: readonly FailureGroup[]): string {
  const clusters = scans.map((s) => ('rows' in s
    ? { context: s.context, pods: s.rows.map((r) => ({ pod: r.pod, container: r.container, cause: r.cause, summary: sanitize(r.summary), restarts: r.restarts, image: r.image ?? null, node: r.node ?? null })) }
    : { context: s.context, gap: sanitize(s.gap) }));
  return `${JSON.stringify({ clusters, groups }, null, 2)}\n`;
}
