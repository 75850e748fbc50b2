// `scan --all-contexts` / `scan --context A,B`: the same scan over several clusters at once. A context that
// cannot be reached is a gap in the report, not a failure; exit 1 only when no cluster could be scanned.
import { scanVerdict } from '../report/scan-verdict.js';
import { openLiveReader } from '../cluster/index.js';
import type { MessageRef } from '../errors.js';
import { createTranslator, ENGLISH, localMessage, resolveLocale, userError } from '../i18n/index.js';
import { scanPods } from '../evidence/index.js';
import { scanClusters } from '../evidence/cluster-scan.js';
import { groupFailures } from '../evidence/scan-groups.js';
import { renderMultiScanJson, renderMultiScanText } from '../report/multi-scan-text.js';
import { styleFor, useColour } from '../report/index.js';
import { kubeconfigFiles, readKubeconfigFile } from '../target/index.js';
import type { ScanOptions } from './options.js';

export const wantsManyClusters = (o: ScanOptions): boolean => Boolean(o.allContexts) || (o.context?.includes(',') ?? false);

export async function runMultiScan(options: ScanOptions): Promise<number> {
  if (options.from) throw userError('fail.multiScan.from', {}, 2);
  if (options.allContexts && options.context) throw userError('fail.multiScan.both', {}, 2);
  // An unknown --lang is a usage error before any cluster is read.
  const t = createTranslator(resolveLocale(options.lang, process.env));
  // A gap is worded for the reader in the text table; JSON keeps English, like every JSON output.
  const gapWords = options.output === 'json' ? ENGLISH : t;
  const contexts = options.allContexts ? allContexts(options.kubeconfig) : listed(options.context ?? '');
  const scans = await scanClusters(contexts, async (context) => {
    const live = await openLiveReader({
      context,
      ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}),
      ...(options.namespace ? { namespace: options.namespace } : {}),
    });
    const namespace = options.allNamespaces ? undefined : live.namespace;
    const explain = scanVerdict({ context: live.context, ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}) });
    return scanPods(live.reader, { ...(namespace !== undefined ? { namespace } : {}), explain });
  }, (err) => (err instanceof Error ? localMessage(err as Error & { ref?: MessageRef }, gapWords) : String(err)).replace(/\s*\n\s*/g, '; '));
  const groups = groupFailures(scans);
  if (options.output === 'json') process.stdout.write(renderMultiScanJson(scans, groups));
  else {
    const colour = useColour(options.color, process.stdout);
    const width = process.stdout.isTTY ? Math.min(Math.max(process.stdout.columns ?? 80, 60), 120) : 80;
    const scope = options.allNamespaces ? t('screen.multi.scopeAll') : options.namespace ? t('screen.multi.scopeNamespace', { namespace: options.namespace }) : t('screen.multi.scopeOwn');
    process.stdout.write(renderMultiScanText(scans, groups, { width, style: styleFor(colour), scope, allNamespaces: Boolean(options.allNamespaces), t }));
  }
  return scans.some((s) => 'rows' in s) ? 0 : 1;
}

function listed(text: string): string[] {
  const names = [...new Set(text.split(',').map((s) => s.trim()))];
  if (names.some((n) => n === '')) throw userError('fail.multiScan.emptyName', { text }, 2);
  return names;
}

function allContexts(kubeconfig: string | undefined): string[] {
  const names = [...new Set(kubeconfigFiles(kubeconfig).files.map(readKubeconfigFile).flatMap((f) => f.contexts.map((c) => c.name)))];
  if (names.length === 0) throw userError('fail.multiScan.noContexts');
  return names;
}
