// The override's commands as data: the server dry run, the create (manifest on stdin), the equivalent
// `kubectl debug --copy-to`, the shell hand-off, the no-shell routes and the cleanup — all carrying the session's target.
import { stringify } from 'yaml';
import type { Pod } from '../k8s/index.js';
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import type { OverrideCopy, PsaLevel } from './override-copy.js';
import { overrideSelector } from './override-copy.js';
import { debugProfile } from './override-choices.js';
import { unifiedDiff } from './override-diff.js';
import type { Plan, PlanIntent } from '../contracts/plan.js';
import { planOf } from './plan-argv.js';
import { ENGLISH, type Translate } from '../i18n/translate.js';

export const SHELLS: readonly string[] = ['sh', '/bin/sh', '/busybox/sh'];
export const DEBUG_IMAGE = 'busybox:1.36';

export interface OverridePlans {
  readonly manifest: string;
  readonly diff: string;
  readonly dryRun: Plan;
  readonly create: Plan;
  readonly debugEquivalent: Plan;
  readonly exec: Plan;
  readonly ephemeral: Plan;
  readonly cleanup: Plan;
  readonly watch: Plan;
}

/** The manifest as shown and sent: YAML of the copy, with the fields the server fills stripped. */
export const manifestYaml = (pod: Pod): string => stringify(pod, { lineWidth: 0 });

/** The original as it would be written back, stripped the same way so the diff shows only our changes. */
export function comparableOriginal(pod: Pod): Pod {
  const { uid: _u, resourceVersion: _r, creationTimestamp: _c, managedFields: _m, generation: _g, ...meta } = pod.metadata;
  const { status: _s, ...rest } = pod;
  return { ...rest, apiVersion: 'v1', kind: 'Pod', metadata: meta };
}

/**
 * The copy with its keys in the original's order (containers matched by name), so the diff shows what
 * changed rather than what moved. A replaced command takes the place of the args it replaces.
 */
export function orderLike(value: unknown, template: unknown): unknown {
  if (Array.isArray(value)) {
    const t = Array.isArray(template) ? template : [];
    return value.map((v, i) => {
      const name = (v as { name?: unknown } | null)?.name;
      const match = typeof name === 'string' ? t.find((x) => (x as { name?: unknown } | null)?.name === name) : t[i];
      return orderLike(v, match);
    });
  }
  if (!isPlain(value) || !isPlain(template)) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(template)) {
    if (k in value) out[k] = orderLike(value[k], template[k]);
    else if (k === 'args' && 'command' in value && !('command' in template)) out['command'] = value['command'];
  }
  for (const k of Object.keys(value)) if (!(k in out)) out[k] = value[k];
  return out;
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `t` words the purposes and the diff's headings for the reader (titles stay English: Plan.title is the id-like
 * English name, and the override shows none). The commands are the same in every language.
 */
export function overridePlans(target: KubectlTarget, original: Pod, copy: OverrideCopy, level: PsaLevel, options: { readonly shell?: string; readonly t?: Translate } = {}): OverridePlans {
  const { shell = SHELLS[0]!, t: word = ENGLISH } = options;
  const manifest = manifestYaml(orderLike(copy.pod, comparableOriginal(original)) as Pod);
  const ns = copy.pod.metadata.namespace ?? target.namespace;
  const t: KubectlTarget = { ...target, namespace: ns };
  const podRef = `pod ${ns}/${copy.name}`;
  const undoIntent: PlanIntent = { target: t, kind: 'delete-copy', name: copy.name, gracePeriodSeconds: 1, ignoreNotFound: false };
  const profile = debugProfile(level);
  const source = original.metadata.name;
  return {
    manifest,
    diff: unifiedDiff(manifestYaml(comparableOriginal(original)), manifest, { from: word('override.diff.original', { pod: source }), to: word('override.diff.copy', { pod: copy.name }) }),
    dryRun: planOf('override-dry-run', 'Ask the API server whether it would admit the copy', { target: t, kind: 'create-copy', dryRun: true },
      word('override.purpose.dryRun'), 'read', { manifest }),
    create: planOf('override-create', `Create the copy ${copy.name}`, { target: t, kind: 'create-copy', dryRun: false },
      word('override.purpose.create', { source, container: copy.container, command: copy.command.join(' ') }),
      'create', { creates: podRef, undoIntent, manifest }),
    debugEquivalent: planOf('override-debug-equivalent', 'The nearest kubectl debug command',
      { target: t, kind: 'debug-copy', pod: source, copy: copy.name, container: copy.container, profile, command: copy.command },
      word('override.purpose.debugEquivalent', { profile }),
      'create', { creates: podRef, undoIntent }),
    exec: planOf('override-exec', `Open a shell in ${copy.container}`,
      { target: t, kind: 'exec-shell', pod: copy.name, container: copy.container, shells: [shell, ...SHELLS.filter((s) => s !== shell)] },
      word('override.purpose.exec'), 'read', { interactive: true }),
    ephemeral: planOf('override-ephemeral', 'Attach a debug container (for images without a shell)',
      { target: t, kind: 'debug-container', pod: copy.name, image: DEBUG_IMAGE, container: copy.container, profile },
      word('override.purpose.ephemeral', { source }),
      'create', { creates: `an ephemeral container in ${podRef}`, undoIntent, interactive: true }),
    cleanup: planOf('override-cleanup', `Delete every copy kubectl-crashcourse made of ${source}`,
      { target: t, kind: 'delete-copies', sourcePod: source, selector: overrideSelector(source) },
      word('override.purpose.cleanup'), 'delete'),
    watch: planOf('override-watch', 'Watch the copy start', { target: t, kind: 'watch-pod', pod: copy.name }, word('override.purpose.watch'), 'read'),
  };
}

/**
 * The delete of one copy, for cleanup by name. A copy whose keep-alive never started has nothing to stop,
 * so it goes at once (`--force`), before the next attempt is created.
 */
export function deleteCopyPlan(target: KubectlTarget, namespace: string, name: string, options: { readonly neverRan?: boolean } = {}): Plan {
  return planOf('override-delete', `Delete ${name}`,
    { target: { ...target, namespace }, kind: 'delete-copy', name, gracePeriodSeconds: options.neverRan ? 0 : 1, ignoreNotFound: true },
    'Remove a copy kubectl-crashcourse made.', 'delete');
}
