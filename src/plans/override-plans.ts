// The override's commands as data: the server dry run, the create (manifest on stdin), the equivalent
// `kubectl debug --copy-to`, the shell hand-off, the no-shell routes and the cleanup — all carrying the session's target.
import { stringify } from 'yaml';
import type { Pod } from '../k8s/index.js';
import { kubectl, type KubectlTarget } from '../contracts/kubectl-target.js';
import type { OverrideCopy, PsaLevel } from './override-copy.js';
import { overrideSelector } from './override-copy.js';
import { debugProfile } from './override-choices.js';
import { unifiedDiff } from './override-diff.js';
import type { Plan } from '../contracts/plan.js';

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

export function overridePlans(target: KubectlTarget, original: Pod, copy: OverrideCopy, level: PsaLevel, shell = SHELLS[0]!): OverridePlans {
  const manifest = manifestYaml(orderLike(copy.pod, comparableOriginal(original)) as Pod);
  const ns = copy.pod.metadata.namespace ?? target.namespace;
  const t: KubectlTarget = { ...target, namespace: ns };
  const podRef = `pod ${ns}/${copy.name}`;
  const undo = kubectl(t, 'delete', 'pod', copy.name, '--grace-period=1', '--wait=false');
  const profile = debugProfile(level);
  return {
    manifest,
    diff: unifiedDiff(manifestYaml(comparableOriginal(original)), manifest, { from: `pod/${original.metadata.name} (original)`, to: `pod/${copy.name} (copy)` }),
    dryRun: {
      id: 'override-dry-run',
      title: 'Ask the API server whether it would admit the copy',
      argv: kubectl(t, 'create', '--dry-run=server', '--validate=false', '-f', '-'),
      purpose: 'Admission (Pod Security, quotas, webhooks) checks the copy without creating it.',
      risk: 'read',
      manifest,
      intent: { kind: 'create-copy', namespace: ns, dryRun: true },
    },
    create: {
      id: 'override-create',
      title: `Create the copy ${copy.name}`,
      // --validate=false: the manifest came from this API server, and not every server serves OpenAPI for kubectl to validate against.
      argv: kubectl(t, 'create', '--validate=false', '-f', '-'),
      purpose: `A copy of ${original.metadata.name} whose container ${copy.container} runs \`${copy.command.join(' ')}\` instead of crashing, with no probes, so you can look inside.`,
      risk: 'create',
      creates: podRef,
      undo,
      manifest,
      intent: { kind: 'create-copy', namespace: ns, dryRun: false },
    },
    debugEquivalent: {
      id: 'override-debug-equivalent',
      title: 'The nearest kubectl debug command',
      argv: kubectl(t, 'debug', original.metadata.name, `--copy-to=${copy.name}`, `--container=${copy.container}`, `--profile=${profile}`, '--', ...copy.command),
      purpose:
        `kubectl debug --copy-to makes a similar copy; --profile=${profile} is what this namespace's Pod Security level admits. ` +
        'Its default profile up to kubectl 1.35 (legacy) keeps every probe, so the idle copy would be killed again; it also keeps labels (Service traffic) and does not mark the copy for cleanup.',
      risk: 'create',
      creates: podRef,
      undo,
    },
    exec: {
      id: 'override-exec',
      title: `Open a shell in ${copy.container}`,
      argv: kubectl(t, 'exec', '-it', copy.name, '-c', copy.container, '--', shell),
      purpose: 'Start the original command by hand and watch what it does.',
      risk: 'read',
      interactive: true,
    },
    ephemeral: {
      id: 'override-ephemeral',
      title: 'Attach a debug container (for images without a shell)',
      argv: kubectl(t, 'debug', '-it', copy.name, `--image=${DEBUG_IMAGE}`, `--target=${copy.container}`, `--profile=${profile}`),
      purpose: `Ephemeral containers can never be removed from a pod, which is why this targets the copy, never ${original.metadata.name}. Inside, /proc/1/root is the target's filesystem.`,
      risk: 'create',
      creates: `an ephemeral container in ${podRef}`,
      undo,
      interactive: true,
    },
    cleanup: {
      id: 'override-cleanup',
      title: `Delete every copy kubectl-crashcourse made of ${original.metadata.name}`,
      argv: kubectl(t, 'delete', 'pods', '-l', overrideSelector(original.metadata.name), '--grace-period=1', '--wait=false'),
      purpose: 'Removes the copies; only pods labelled as made by kubectl-crashcourse for this pod match.',
      risk: 'delete',
      intent: { kind: 'delete-copies', namespace: ns, sourcePod: original.metadata.name, selector: overrideSelector(original.metadata.name) },
    },
    watch: {
      id: 'override-watch',
      title: 'Watch the copy start',
      argv: kubectl(t, 'get', 'pod', copy.name, '-w'),
      purpose: 'See it go from Pending to Running (or why not).',
      risk: 'read',
    },
  };
}

/**
 * The delete of one copy, for cleanup by name. A copy whose keep-alive never started has nothing to stop,
 * so it goes at once (`--force`), before the next attempt is created.
 */
export function deleteCopyPlan(target: KubectlTarget, namespace: string, name: string, options: { readonly neverRan?: boolean } = {}): Plan {
  const grace = options.neverRan ? ['--grace-period=0', '--force'] : ['--grace-period=1', '--wait=false'];
  return {
    id: 'override-delete',
    title: `Delete ${name}`,
    argv: kubectl({ ...target, namespace }, 'delete', 'pod', name, ...grace, '--ignore-not-found'),
    purpose: 'Remove a copy kubectl-crashcourse made.',
    risk: 'delete',
    intent: { kind: 'delete-copy', namespace, name, gracePeriodSeconds: options.neverRan ? 0 : 1, ignoreNotFound: true },
  };
}
