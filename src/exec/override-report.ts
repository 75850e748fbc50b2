// The override's words: what to run inside the copy, where its config lives, and what to do when the user
// lacks a permission. Text only; the caller decides where it goes.
import type { Container, Pod } from '../k8s/index.js';
import type { Entrypoint } from '../image/index.js';
import { displayCommand } from '../contracts/kubectl-target.js';
import type { OverridePlans } from '../plans/override-plans.js';
import type { OverrideCopy } from '../plans/override-copy.js';
import type { OverrideContext } from './override-context.js';
import { ENGLISH, type Translate } from '../i18n/translate.js';
import { sanitize } from '../text/sanitize.js';

export function entrypointLines(e: Entrypoint, t: Translate = ENGLISH): string[] {
  if (e.source === 'unknown') {
    return [
      t('override.entrypoint.unknown', { reason: e.reason === undefined ? t('override.entrypoint.notLookedUp') : sanitize(e.reason), hasArgs: e.args.length ? 'yes' : 'no', args: displayCommand(e.args) }),
      t('override.entrypoint.findOut'),
      ...(e.findOut ?? []).map((c) => `  ${displayCommand(c)}`),
    ];
  }
  return [
    t('out.override.normally', { from: e.source === 'spec' ? 'spec' : 'image' }),
    `  ${sanitize(displayCommand([...e.command, ...e.args]))}`,
    ...(e.workingDir ? [`  ${t('out.override.inDir', { dir: sanitize(e.workingDir) })}`] : []),
    ...(e.user ? [`  ${t('out.override.asUser', { user: sanitize(e.user) })}`] : []),
  ];
}

/** The config files and environment worth reading before starting the process by hand. */
export function insideLines(pod: Pod, containerName: string, t: Translate = ENGLISH): string[] {
  const c: Container | undefined = [...pod.spec.containers, ...(pod.spec.initContainers ?? [])].find((x) => x.name === containerName);
  if (!c) return [];
  const volumes = new Map((pod.spec.volumes ?? []).map((v) => [v.name, v]));
  const files = (c.volumeMounts ?? []).flatMap((m) => {
    const v = volumes.get(m.name);
    const source = v?.configMap ? { kind: 'configMap', name: v.configMap.name } : v?.secret ? { kind: 'secret', name: v.secret.secretName ?? '' }
      : v?.projected ? { kind: 'projected', name: '' } : v?.persistentVolumeClaim ? { kind: 'pvc', name: v.persistentVolumeClaim.claimName } : undefined;
    if (!source) return [];
    return [`  ${t('override.inside.mount', { path: m.mountPath, hasSubPath: m.subPath ? 'yes' : 'no', subPath: m.subPath ?? '', ...source, readOnly: m.readOnly ? 'yes' : 'no' })}`];
  });
  const env = (c.env ?? []).map((e) => e.name);
  const envFrom = (c.envFrom ?? []).flatMap((e) => (e.configMapRef ? [{ kind: 'configMap', name: e.configMapRef.name }] : e.secretRef ? [{ kind: 'secret', name: e.secretRef.name }] : []));
  return [
    ...(files.length ? [t('override.inside.config'), ...files] : []),
    ...(env.length || envFrom.length ? [t('override.inside.env', { names: [...env, ...envFrom.map((e) => t('override.inside.envFrom', e))].join(', ') })] : []),
  ];
}

/**
 * A refusal is one error line on stderr; the commands and manifest for someone who has the permission are
 * information, not error text: they go to stdout (left out with -o json, whose stdout is the JSON alone).
 * `permission` is the RBAC verb and resource ("create pods"), named as `kubectl auth can-i` takes them.
 */
export function reportForbidden(io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream; t?: Translate }, output: 'text' | 'json', permission: string, namespace: string, message: string, plans: OverridePlans): void {
  const t = io.t ?? ENGLISH;
  const [first, ...rest] = forbiddenLines(permission, namespace, message, plans, t);
  if (output === 'text') io.out.write(`${rest.join('\n')}\n`);
  const error = oneLineOf(first!);
  io.err.write(`kubectl-crashcourse: ${output === 'text' ? t('override.forbidden.printedAbove', { error }) : error}\n`);
}

const oneLineOf = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();

export function forbiddenLines(permission: string, namespace: string, message: string, plans: OverridePlans, t: Translate = ENGLISH): string[] {
  return [
    t('override.forbidden.refused', { permission, namespace, message: sanitize(message) }),
    t('override.forbidden.needs', { permission, command: `kubectl auth can-i ${permission} -n ${namespace}` }),
    t('override.forbidden.someoneCan'),
    `  ${displayCommand(plans.create.argv.map((a, i, all) => (a === '-' && all[i - 1] === '-f' ? 'copy.yaml' : a)))}`,
    `  ${displayCommand(plans.exec.argv)}`,
    `  ${displayCommand(plans.cleanup.argv)}`,
    '',
    plans.manifest,
  ];
}

/** The plan before anything is created, worded by `t` (the pinning reason, warnings and purpose are the planner's). */
export function describeCopy(say: (l?: string) => void, ctx: OverrideContext, copy: OverrideCopy, plans: OverridePlans, t: Translate = ENGLISH): void {
  const probes = copy.removedProbes.length ? copy.removedProbes.map((p) => `${p.container}/${p.probe}`).join(', ') : t('out.override.noProbes');
  say(t('out.override.copyOf', { pod: `${ctx.namespace}/${ctx.pod.metadata.name}`, copy: copy.name }));
  say(`  ${t('out.override.runs', { container: copy.container, init: ctx.container.init ? 'yes' : 'no', command: displayCommand(copy.command) })}`);
  say(`  ${t('out.override.probes', { probes, hooks: copy.removedHooks ? 'yes' : 'no' })}`);
  say(`  ${t('out.override.isolated')}`);
  say(indented('  ', copy.pinnedTo ? t('out.override.pinned', { node: copy.pinnedTo.node, why: t(copy.pinnedTo.because.key, copy.pinnedTo.because.values) }) : t('out.override.notPinned')));
  if (copy.droppedInitContainers.length) say(`  ${t('out.override.initDropped', { names: copy.droppedInitContainers.join(', ') })}`);
  say(`  ${t('out.override.psa', { level: ctx.psa })}`);
  for (const w of ctx.warnings) say(indented('  ', t('out.override.warning', { warning: t(w.key, w.values) })));
  say();
  for (const line of entrypointLines(ctx.entrypoint, t)) say(line);
  say();
  say(plans.diff);
  say();
  say(t('out.override.debugHeading'));
  say(`  ${displayCommand(plans.debugEquivalent.argv)}`);
  say(indented('  ', `(${plans.debugEquivalent.purpose})`));
  say(t('out.override.runsHeading'));
  say(`  ${displayCommand(plans.create.argv)}   ${t('out.override.onStdin')}`);
  say();
}

/**
 * A message that a translation breaks into lines (to fit 80 columns), indented as one block: English keeps
 * its one line, so nothing changes there.
 */
export const indented = (prefix: string, text: string): string => text.split('\n').map((l) => `${prefix}${l}`).join('\n');

export function resultJson(ctx: OverrideContext, copy: OverrideCopy, plans: OverridePlans, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    copy: `${ctx.namespace}/${copy.name}`,
    container: copy.container,
    command: copy.command,
    removedProbes: copy.removedProbes,
    entrypoint: { command: ctx.entrypoint.command, args: ctx.entrypoint.args, source: ctx.entrypoint.source, ...(ctx.entrypoint.reason ? { reason: ctx.entrypoint.reason } : {}) },
    exec: plans.exec.argv,
    cleanup: plans.cleanup.argv,
    pinnedTo: copy.pinnedTo?.node ?? null,
    podSecurity: ctx.psa,
    warnings: ctx.warnings.map((w) => ENGLISH(w.key, w.values)),
    debugEquivalent: plans.debugEquivalent.argv,
    create: plans.create.argv,
    ...extra,
  };
}
