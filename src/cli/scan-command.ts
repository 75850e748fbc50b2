// `scan [-A | -n NS]`: every failing pod with its one-line cause, worst first; a progress line on a terminal.
import { scanVerdict } from '../report/scan-verdict.js';
import type { ClusterReader } from '../contracts/read-port.js';
import { scanPods } from '../evidence/index.js';
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import { renderScanJson, renderScanText, styleFor, useColour } from '../report/index.js';
import { createTranslator, resolveLocale, userError } from '../i18n/index.js';
import { checkNamespaceName } from '../target/index.js';
import type { ScanOptions } from './options.js';

export async function runScan(options: ScanOptions): Promise<number> {
  const many = await import('./multi-scan-command.js');
  if (many.wantsManyClusters(options)) return many.runMultiScan(options);
  if (options.allNamespaces && options.namespace) throw userError('fail.scan.bothScopes', {}, 2);
  if (options.namespace) checkNamespaceName(options.namespace);
  // An unknown --lang is a usage error before anything is read.
  const t = createTranslator(resolveLocale(options.lang, process.env));
  const { reader, namespace, target } = await open(options);
  const { namespace: _ns, ...where } = target;
  const explain = scanVerdict(where);
  const progress = process.stderr.isTTY === true && options.output === 'text';
  const rows = await scanPods(reader, {
    ...(namespace !== undefined ? { namespace } : {}),
    explain,
    ...(progress ? { onProgress: (n: number) => process.stderr.write(`\r${t('scan.progress', { count: n })}`) } : {}),
  });
  if (progress) process.stderr.write('\r\u001B[K');
  if (options.output === 'json') process.stdout.write(renderScanJson(rows));
  else {
    const colour = useColour(options.color, process.stdout);
    const width = process.stdout.isTTY ? Math.min(Math.max(process.stdout.columns ?? 80, 60), 120) : 80;
    const scope = namespace === undefined ? t('pods.scopeAll') : t('pods.scopeNamespace', { namespace });
    process.stdout.write(renderScanText(rows, { width, style: styleFor(colour), scope, allNamespaces: namespace === undefined, t }));
  }
  return 0;
}

async function open(options: ScanOptions): Promise<{ reader: ClusterReader; namespace: string | undefined; target: KubectlTarget }> {
  if (options.from) {
    if (options.context || options.kubeconfig) throw userError('fail.from.noTarget', {}, 2);
    const { openOfflineReader } = await import('../cluster/index.js');
    const reader = await openOfflineReader(options.from);
    const namespace = options.allNamespaces ? undefined : (options.namespace ?? 'default');
    return { reader, namespace, target: { namespace: namespace ?? 'default' } };
  }
  const { openLiveReader } = await import('../cluster/index.js');
  const live = await openLiveReader({
    ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}),
    ...(options.context ? { context: options.context } : {}),
    ...(options.namespace ? { namespace: options.namespace } : {}),
  });
  const namespace = options.allNamespaces ? undefined : live.namespace;
  return { reader: live.reader, namespace, target: { namespace: live.namespace, context: live.context, ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}) } };
}
