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
      `The image's ENTRYPOINT/CMD is unknown (${e.reason ?? 'not looked up'}).${e.args.length ? ` The pod passes args: ${displayCommand(e.args)}` : ''}`,
      'Find it with one of:',
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
export function insideLines(pod: Pod, containerName: string): string[] {
  const c: Container | undefined = [...pod.spec.containers, ...(pod.spec.initContainers ?? [])].find((x) => x.name === containerName);
  if (!c) return [];
  const volumes = new Map((pod.spec.volumes ?? []).map((v) => [v.name, v]));
  const files = (c.volumeMounts ?? []).flatMap((m) => {
    const v = volumes.get(m.name);
    const what = v?.configMap ? `configMap ${v.configMap.name}` : v?.secret ? `secret ${v.secret.secretName}` : v?.projected ? 'projected volume' : v?.persistentVolumeClaim ? `PVC ${v.persistentVolumeClaim.claimName}` : undefined;
    return what ? [`  ${m.mountPath}${m.subPath ? ` (subPath ${m.subPath})` : ''}  ← ${what}${m.readOnly ? ', read-only' : ''}`] : [];
  });
  const env = (c.env ?? []).map((e) => e.name);
  const envFrom = (c.envFrom ?? []).map((e) => (e.configMapRef ? `configMap ${e.configMapRef.name}` : e.secretRef ? `secret ${e.secretRef.name}` : '')).filter(Boolean);
  return [
    ...(files.length ? ['Config mounted into it:', ...files] : []),
    ...(env.length || envFrom.length ? [`Environment to check (run \`env\` inside): ${[...env, ...envFrom.map((e) => `all of ${e}`)].join(', ')}`] : []),
  ];
}

/**
 * A refusal is one error line on stderr; the commands and manifest for someone who has the permission are
 * information, not error text: they go to stdout (left out with -o json, whose stdout is the JSON alone).
 */
export function reportForbidden(io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream }, output: 'text' | 'json', verbResource: string, namespace: string, message: string, plans: OverridePlans): void {
  const [first, ...rest] = forbiddenLines(verbResource, namespace, message, plans);
  if (output === 'text') io.out.write(`${rest.join('\n')}\n`);
  io.err.write(`kubectl-crashcourse: ${oneLineOf(first!)}${output === 'text' ? ' (the commands for someone who has it are printed above)' : ''}\n`);
}

const oneLineOf = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();

export function forbiddenLines(verbResource: string, namespace: string, message: string, plans: OverridePlans): string[] {
  return [
    `You are not allowed to ${verbResource} in namespace ${namespace}: ${sanitize(message)}`,
    `The override needs "${verbResource}" (and "create pods/exec" for the shell). Check with: kubectl auth can-i ${verbResource.split(' ').join(' ')} -n ${namespace}`,
    'Someone who has it can run, with the manifest below saved as copy.yaml:',
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
  say(`  ${copy.pinnedTo ? t('out.override.pinned', { node: copy.pinnedTo.node, why: copy.pinnedTo.why }) : t('out.override.notPinned')}`);
  if (copy.droppedInitContainers.length) say(`  ${t('out.override.initDropped', { names: copy.droppedInitContainers.join(', ') })}`);
  say(`  ${t('out.override.psa', { level: ctx.psa })}`);
  for (const w of ctx.warnings) say(`  ${t('out.override.warning', { warning: w })}`);
  say();
  for (const line of entrypointLines(ctx.entrypoint, t)) say(line);
  say();
  say(plans.diff);
  say();
  say(t('out.override.debugHeading'));
  say(`  ${displayCommand(plans.debugEquivalent.argv)}`);
  say(`  (${plans.debugEquivalent.purpose})`);
  say(t('out.override.runsHeading'));
  say(`  ${displayCommand(plans.create.argv)}   ${t('out.override.onStdin')}`);
  say();
}

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
    warnings: ctx.warnings,
    debugEquivalent: plans.debugEquivalent.argv,
    create: plans.create.argv,
    ...extra,
  };
}
