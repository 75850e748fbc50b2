// `strace POD --copy COPY [-c C]`: the syscall view of a crash whose logs say nothing. Runs the container's
// original entrypoint under `strace -f` inside the override copy (never the original pod), bounded in time
// and bytes, and prints the decisive system call quoted, then every other failure the trace shows.
import { findOnPath, openKubeApi, readSourcePod, runArgv, splitPodArg } from '../exec/index.js';
import { gatherOverrideContext } from '../exec/override-context.js';
import { createTranslator } from '../i18n/translate.js';
import { userError } from '../i18n/user-error.js';
import type { Locale } from '../i18n/locale.js';
import { processArgv } from '../image/index.js';
import { displayCommand } from '../contracts/kubectl-target.js';
import { commandOf } from '../plans/plan-argv.js';
import { analyzeTrace } from '../syscalls/index.js';
import { sanitize } from '../text/sanitize.js';
import { straceLines } from './strace-lines.js';

export interface StraceOptions {
  readonly pod?: string;
  readonly copy?: string;
  readonly container?: string;
  readonly namespace?: string;
  readonly context?: string;
  readonly kubeconfig?: string;
  readonly timeoutSeconds: number;
  readonly locale?: Locale;
}

export const STRACE_MAX_BYTES = 1 << 20;

export async function runStrace(options: StraceOptions): Promise<number> {
  if (!options.pod) throw userError('syscalls.err.needPod', {}, 2);
  if (!options.copy) throw userError('syscalls.err.needCopy', {}, 2);
  const api = openKubeApi({ ...pickDefined(options, ['kubeconfig', 'context', 'namespace']) });
  const { namespace, name } = splitPodArg(options.pod, api.namespace);
  const source = await readSourcePod(api, namespace, name);
  const ctx = await gatherOverrideContext(api, source, options.container);
  const argv = processArgv(ctx.entrypoint);
  if (argv.length === 0) throw userError('syscalls.err.noEntrypoint', { container: ctx.container.name });
  // `override --output json` names the copy as NAMESPACE/NAME; the copy always lives beside its source.
  const copy = options.copy.includes('/') ? options.copy.slice(options.copy.indexOf('/') + 1) : options.copy;
  const t = createTranslator(options.locale ?? 'en');
  const kubectlPath = findOnPath('kubectl');
  if (!kubectlPath) throw userError('syscalls.err.noKubectl');
  const target = { namespace, ...pickDefined(options, ['kubeconfig', 'context']) };
  const exec = commandOf(target, { kind: 'exec-trace', pod: copy, container: ctx.container.name, command: ['strace', '-f', '-tt', '-s', '256', '--', ...argv] });
  process.stderr.write(`kubectl-crashcourse: ${t('out.strace.running', { command: displayCommand(exec) })}\n`);
  const result = await runArgv([kubectlPath, ...exec.slice(1)], { timeoutMs: options.timeoutSeconds * 1000, maxBytes: STRACE_MAX_BYTES });
  if (result.startError) throw userError('syscalls.err.kubectlStart', { error: result.startError });
  const report = analyzeTrace(result.output);
  if (report.findings.length === 0 && !/^\d+ +\d\d:\d\d/m.test(result.output)) {
    // No trace at all: most application images carry no strace binary.
    const first = firstLine(result.output);
    throw first ? userError('syscalls.err.noTrace', { copy, first }) : userError('syscalls.err.noTraceEmpty', { copy });
  }
  // The width `diagnose` uses: the terminal's, within reason, else 80 columns.
  const width = process.stdout.isTTY ? Math.min(Math.max(process.stdout.columns ?? 80, 60), 100) : 80;
  const lines = straceLines(report, { argv, copy, timedOut: result.timedOut, seconds: options.timeoutSeconds }, t, width);
  process.stdout.write(`${sanitize(lines.join('\n'))}\n`);
  return 0;
}

const firstLine = (s: string): string => s.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';

function pickDefined<T extends object, K extends keyof T>(o: T, keys: readonly K[]): { [P in K]?: NonNullable<T[P]> } {
  const out: Partial<Record<K, unknown>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out as { [P in K]?: NonNullable<T[P]> };
}
