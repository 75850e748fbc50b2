// `scan --all-contexts`: one section per cluster (its scan table, or the gap that kept us out), then the
// causes that repeat across replicas and clusters.
import type { ClusterScan } from '../evidence/cluster-scan.js';
import type { FailureGroup } from '../evidence/scan-groups.js';
import { ENGLISH, type Translate } from '../i18n/index.js';
import { quoteArg } from '../contracts/kubectl-target.js';
import { UNSAFE, sanitize } from '../text/sanitize.js';
import { renderScanText } from './scan-text.js';
import { PLAIN, type Style } from './style.js';
import { wrap } from './wrap.js';

// The cause is its id (the same word in every language, as in the JSON); the sentence around it is translated.
const SPREAD: Record<FailureGroup['spread'], (g: FailureGroup, t: Translate) => string> = {
  everywhere: (g, t) => t('screen.multi.everywhere', { cause: g.cause, count: g.clusters.length, clusters: g.clusters.join(', ') }),
  'one-node': (g, t) => t('screen.multi.oneNode', { cause: g.cause, node: g.nodes[0]!.split('/').slice(1).join('/'), cluster: g.clusters[0] ?? '' }),
  replicas: (g, t) => t('screen.multi.replicas', { count: g.pods.length, cause: g.cause, cluster: g.clusters[0] ?? '', nodes: g.nodes.length }),
};

export interface MultiScanTextOptions {
  readonly width: number;
  readonly style?: Style;
  readonly scope: string;
  readonly allNamespaces: boolean;
  readonly t?: Translate;
}

export function renderMultiScanText(scans: readonly ClusterScan[], groups: readonly FailureGroup[], options: MultiScanTextOptions): string {
  const st = options.style ?? PLAIN;
  const t = options.t ?? ENGLISH;
  const out: string[] = [];
  for (const s of scans) {
    if ('rows' in s) {
      out.push(st.heading(t('screen.multi.scanned', { context: contextShown(s.context), count: s.rows.length })));
      out.push(renderScanText(s.rows, { width: options.width, style: st, scope: options.scope, allNamespaces: options.allNamespaces, t }).trimEnd(), '');
    } else {
      out.push(st.heading(t('screen.multi.notScanned', { context: contextShown(s.context) })), ...wrap(t('screen.multi.gap', { gap: sanitize(s.gap) }), options.width), '');
    }
  }
  if (groups.length > 0) {
    out.push(st.heading(t('screen.multi.repeats')));
    for (const g of groups) out.push(...wrap(t('screen.multi.group', { spread: SPREAD[g.spread](g, t), image: sanitize(g.image), count: g.pods.length }), options.width));
    out.push('');
  }
  const scanned = scans.filter((s) => 'rows' in s).length;
  out.push(st.dim(t('screen.multi.closing', { scanned, total: scans.length, gaps: scans.length - scanned })));
  return `${out.join('\n')}\n`;
}

export function renderMultiScanJson(scans: readonly ClusterScan[], groups: readonly FailureGroup[]): string {
  const clusters = scans.map((s) => ('rows' in s
    ? { context: contextShown(s.context), pods: s.rows.map((r) => ({ pod: r.pod, container: r.container, cause: r.cause, summary: sanitize(r.summary), restarts: r.restarts, image: r.image ?? null, node: r.node ?? null })) }
    : { context: contextShown(s.context), gap: sanitize(s.gap) }));
  return `${JSON.stringify({ clusters, groups }, null, 2)}\n`;
}

// A context name with a control or bidi character (refused when connecting, so its section is a gap) is shown in
// $'…' quoting: stripped, it would read as another context's name.
const contextShown = (name: string): string => (UNSAFE.test(name) || /[\n\t]/.test(name) ? quoteArg(name) : name);
