// `check -f FILE|DIR|-`: crash-prone settings in manifests before they are deployed. Offline by default;
// --cluster adds what the current context knows (references, node architectures, image configs).
import { failsAt, podTemplates, renderCheckJson, renderCheckText, renderSarif, runCheck, type CheckFacts, type Severity } from '../check/index.js';
import type { MessageRef } from '../errors.js';
import { createTranslator, type Translate } from '../i18n/translate.js';
import { localMessage, userError } from '../i18n/user-error.js';
import type { Locale } from '../i18n/locale.js';
import { sanitize } from '../text/sanitize.js';
import { readCheckInput } from './check-input.js';
import { VERSION } from './version.js';

export interface CheckOptions {
  readonly files: readonly string[];
  readonly output: 'text' | 'json' | 'sarif';
  readonly failOn: Severity | 'none';
  readonly cluster: boolean;
  readonly context?: string;
  readonly kubeconfig?: string;
  readonly locale?: Locale;
}

export async function runCheckCommand(options: CheckOptions): Promise<number> {
  if (options.files.length === 0) throw userError('check.fail.noInput', {}, 2);
  if (!options.cluster && (options.context || options.kubeconfig)) throw userError('check.fail.clusterOnly', {}, 2);
  const t = createTranslator(options.locale ?? 'en');
  const input = await readCheckInput(options.files);
  let facts: CheckFacts = { images: new Map() };
  if (options.cluster) {
    const { openLiveReader } = await import('../cluster/index.js');
    const { gatherCheckFacts } = await import('./check-facts.js');
    const live = await openLiveReader({ ...(options.context ? { context: options.context } : {}), ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}) });
    const gathered = await gatherCheckFacts(live.reader, input.docs, { context: live.context, server: live.server });
    for (const gap of gathered.gaps) process.stderr.write(`${notCheckedLine(gap, t)}\n`);
    facts = { images: gathered.images, cluster: gathered.cluster };
  }
  const findings = runCheck(input.docs, facts);
  if (options.output === 'sarif') process.stdout.write(renderSarif(findings, VERSION));
  else if (options.output === 'json') process.stdout.write(renderCheckJson(findings));
  else process.stdout.write(renderCheckText(findings, { files: input.files, workloads: podTemplates(input.docs).length }, t));
  return options.failOn !== 'none' && failsAt(findings, options.failOn) ? 1 : 0;
}

/** The line for a read --cluster could not make (the rules that needed it stay silent), in the reader's language. */
export const notCheckedLine = (gap: MessageRef, t: Translate): string =>
  `kubectl-crashcourse: ${sanitize(t('check.notChecked', { gap: localMessage({ message: '', ref: gap }, t) }))}`;
