// `check -f FILE|DIR|-`: crash-prone settings in manifests before they are deployed. Offline by default;
// --cluster adds what the current context knows (references, node architectures, image configs).
import { failsAt, podTemplates, renderCheckJson, renderCheckText, renderSarif, runCheck, type CheckFacts, type Severity } from '../check/index.js';
import { usageError } from '../errors.js';
import { createTranslator } from '../i18n/translate.js';
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
  if (options.files.length === 0) throw usageError('check needs manifests: -f FILE, -f DIR or -f - (stdin)');
  if (!options.cluster && (options.context || options.kubeconfig)) throw usageError('--context and --kubeconfig apply only with --cluster');
  const input = await readCheckInput(options.files);
  let facts: CheckFacts = { images: new Map() };
  if (options.cluster) {
    const { openLiveReader } = await import('../cluster/index.js');
    const { gatherCheckFacts } = await import('./check-facts.js');
    const live = await openLiveReader({ ...(options.context ? { context: options.context } : {}), ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}) });
    const gathered = await gatherCheckFacts(live.reader, input.docs, { context: live.context, server: live.server });
    for (const gap of gathered.gaps) process.stderr.write(`kubectl-crashcourse: not checked: ${sanitize(gap)}\n`);
    facts = { images: gathered.images, cluster: gathered.cluster };
  }
  const findings = runCheck(input.docs, facts);
  if (options.output === 'sarif') process.stdout.write(renderSarif(findings, VERSION));
  else if (options.output === 'json') process.stdout.write(renderCheckJson(findings));
  else process.stdout.write(renderCheckText(findings, { files: input.files, workloads: podTemplates(input.docs).length }, createTranslator(options.locale ?? 'en')));
  return options.failOn !== 'none' && failsAt(findings, options.failOn) ? 1 : 0;
}
