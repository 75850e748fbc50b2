// The override up to the point of creating: what we read about the pod, the copy for a keep-alive, and its
// plans. Shared by the CLI flow and the wizard, which creates through its own PlanRunner after a typed yes.
import { randomBytes } from 'node:crypto';
import type { Pod } from '../k8s/index.js';
import { chooseKeepAlive, parseCommandLine } from '../plans/override-choices.js';
import { buildOverrideCopy, type OverrideCopy } from '../plans/override-copy.js';
import { overridePlans, type OverridePlans } from '../plans/override-plans.js';
import type { KubeApi } from './kube-api.js';
import { gatherOverrideContext, type OverrideContext } from './override-context.js';
import type { OverrideRequest } from './override.js';
import type { Translate } from '../i18n/translate.js';

export const randomSuffix = (): string => Array.from(randomBytes(5), (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('');

/** The copy's random suffix and clock (fixed in tests), and the language its plans' purposes are worded in. */
interface KeepAliveOptions {
  readonly suffix?: () => string;
  readonly now?: () => Date;
  readonly t?: Translate;
}

export interface PreparedOverride {
  readonly ctx: OverrideContext;
  readonly copy: OverrideCopy;
  readonly plans: OverridePlans;
}

/**
 * Everything up to the point of creating: what we read, the copy and its plans. The wizard uses this to show
 * the override step and then runs `plans.create` through its PlanRunner after the user's typed yes.
 */
export async function prepareOverride(
  api: KubeApi,
  pod: Pod,
  options: Pick<OverrideRequest, 'container' | 'command' | 'sameNode' | 'keepInitContainers'> & KeepAliveOptions,
): Promise<PreparedOverride> {
  const ctx = await gatherOverrideContext(api, pod, options.container);
  const keepAlive = options.command ? parseCommandLine(options.command) : chooseKeepAlive(ctx.image);
  return withKeepAlive(api, ctx, keepAlive, options);
}

/** The copy for a given keep-alive (a fresh name each time, so a failed attempt never collides with the next). */
export function withKeepAlive(
  api: KubeApi,
  ctx: OverrideContext,
  keepAlive: readonly string[],
  options: Pick<OverrideRequest, 'sameNode' | 'keepInitContainers'> & KeepAliveOptions,
): PreparedOverride {
  const copy = buildOverrideCopy({
    pod: ctx.pod, container: ctx.container, keepAlive, sameNode: options.sameNode, keepInitContainers: options.keepInitContainers,
    suffix: (options.suffix ?? randomSuffix)(), now: (options.now?.() ?? new Date()).toISOString(), claims: ctx.claims,
  });
  return { ctx, copy, plans: overridePlans(api.target, ctx.pod, copy, ctx.psa, options.t ? { t: options.t } : {}) };
}

