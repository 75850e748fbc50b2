// The wizard command: wires the real implementations (kubeconfig, live reader, scan, evidence, diagnosis, flows,
// session, executor, training cluster) into the UI's backend. Ink is imported only after we know there is a
// terminal, so `kubectl-crashcourse < /dev/null` answers with one line instead of a raw-mode crash.
import { mkdtemp, rm } from 'node:fs/promises';
import { writeFileAtomic } from '../exec/atomic-write.js';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { displayCommand } from '../contracts/kubectl-target.js';
import type { WizardOptions } from './options.js';
import { createTranslator, resolveLocale, userError } from '../i18n/index.js';
import { untilGuardedSettle } from './exit-guard.js';

export async function runWizard(options: WizardOptions): Promise<number> {
  // An unknown --lang is a usage error before anything is drawn.
  const locale = resolveLocale(options.lang, process.env);
  const t = createTranslator(locale);
  if (!process.stdin.isTTY || !process.stdout.isTTY) throw userError('fail.noTerminal', {}, 2);
  const { showFirstFrame } = await import('../ui/first-frame.js');
  const first = options.training ? t('screen.start.training') : options.context ? t('screen.start.connectingTo', { context: options.context }) : t('screen.start.connecting');
  const leaveFirstFrame = showFirstFrame(process.stdout, first);
  let started = false;
  const { makeBackend, chooseStart } = await import('./wizard-backend.js');
  let training: { close(): Promise<void> } | undefined;
  let scratch: string | undefined;
  // Ink and React load while the training cluster starts, not after it.
  const ui = import('../ui/run-app.js');
  ui.catch(() => undefined);
  try {
    let kubeconfig = options.kubeconfig;
    let context = options.context;
    if (options.training) {
      const { startTrainingCluster } = await import('../training/index.js');
      scratch = await mkdtemp(join(tmpdir(), 'kubectl-crashcourse-'));
      kubeconfig = join(scratch, 'kubeconfig');
      const cluster = await startTrainingCluster({ ...(options.scenarios.length > 0 ? { scenarios: [...options.scenarios] } : {}), port: 0, quiet: true, writeKubeconfig: kubeconfig });
      training = cluster;
      context = 'kubectl-crashcourse-training';
    }
    const { runApp, terminalSuspender } = await ui;
    const suspender = terminalSuspender();
    const backend = await makeBackend({ ...options, ...(kubeconfig ? { kubeconfig } : {}), ...(context ? { context } : {}) }, suspender);
    const start = await chooseStart(backend, options);
    const { copyToClipboard } = await import('../exec/clipboard-copy.js');
    const { reportFileName, reportJson, reportMarkdown } = await import('../ui/index.js');
    started = true;
    const info = await runApp({
      backend,
      suspender,
      untilSafeToExit: untilGuardedSettle,
      start,
      readOnly: options.readOnly,
      suggest: options.mode === 'suggest',
      color: options.color,
      locale,
      actions: {
        copy: (text) => copyToClipboard(text, { env: process.env, platform: process.platform, writeTerminal: (s) => process.stdout.write(s) }),
        save: async (snapshot, format) => {
          const path = resolve(reportFileName(snapshot.pod, format, new Date()));
          await writeFileAtomic(path, format === 'markdown' ? reportMarkdown(snapshot, t) : reportJson(snapshot), { overwrite: false, what: 'the report' });
          return path;
        },
      },
    });
    for (const left of info.leftovers) {
      process.stderr.write(`kubectl-crashcourse: ${t('screen.leftover', { name: left.name, command: displayCommand(left.undo) })}\n`);
    }
    return info.code;
  } finally {
    // A start that failed before the wizard drew leaves the alternate screen, so its one-line error is seen.
    if (!started) leaveFirstFrame();
    await training?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}
