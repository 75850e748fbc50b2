// The pod's events, read for the failing container: a Killing event for a failed liveness/startup probe proves a
// probe kill; hook, mount, scheduling, image and config failures are proved by their own reasons.
import type { Evidence } from '../../contracts/evidence.js';
import type { KubeEvent } from '../../k8s/index.js';
import type { AnalyzerContext } from '../context.js';
import { eventIsAbout, eventIsAboutOther, eventsWithReason, newest, quoteEvent } from '../event-helpers.js';
import { classifyStartError } from '../start-error.js';
import { say, type Finding } from '../../contracts/diagnosis.js';
import { finding } from '../finding-facts.js';

const PROBE_KILL = /failed (liveness|startup) probe/i;
const PROBE_FAILED = /(?:^|: )(Liveness|Readiness|Startup) probe (?:failed|errored)/i;
const IMAGE_PULL = /Failed to pull image|ErrImagePull|ImagePullBackOff|InvalidImageName|ErrImageNeverPull|pull access denied|manifest unknown|repository does not exist/i;
const CONFIG_MISSING = /(?:configmap|secret) "[^"]+" not found|couldn't find key|CreateContainerConfigError/i;

export function eventFindings(evidence: Evidence, ctx: AnalyzerContext): Finding[] {
  const out: Finding[] = [];
  const c = ctx.primary?.name;
  const events = evidence.events;
  const mine = (e: KubeEvent): boolean => (c ? eventIsAbout(e, c) || !eventIsAboutOther(e, c) : true);
  const strictlyMine = (e: KubeEvent): boolean => (c ? eventIsAbout(e, c) : false);

  const kills = events.filter((e) => e.reason === 'Killing' && PROBE_KILL.test(e.message ?? '') && strictlyMine(e));
  const kill = newest(kills);
  if (kill && c) {
    const which = PROBE_KILL.exec(kill.message ?? '')![1]!.toLowerCase();
    out.push(finding({ id: 'probe-kill', cause: 'liveness-probe', confidence: 'confirmed', container: c,
      say: say('dx.f.probeKill', { container: c, probe: which }), evidence: [quoteEvent(kill)], facts: { probe: which, count: kill.count ?? 1 } }));
  }

  // An Unhealthy event without a fieldPath does not name its container: count it only if ours has that probe.
  const hasProbe = (e: KubeEvent): boolean => {
    if (e.involvedObject.fieldPath) return true;
    const kind = PROBE_FAILED.exec(e.message ?? '')?.[1]?.toLowerCase();
    const spec = ctx.primary?.spec;
    return !spec || Boolean(kind && spec[`${kind}Probe`]);
  };
  const unhealthy = eventsWithReason(events, 'Unhealthy').filter((e) => PROBE_FAILED.test(e.message ?? '') && mine(e) && hasProbe(e));
  for (const kind of ['Liveness', 'Startup', 'Readiness'] as const) {
    const e = newest(unhealthy.filter((x) => PROBE_FAILED.exec(x.message ?? '')?.[1]?.toLowerCase() === kind.toLowerCase()));
    if (!e) continue;
    out.push(finding({ id: 'probe-failing', ...(kind === 'Readiness' ? {} : { cause: 'liveness-probe' as const }), confidence: 'possible', ...(c ? { container: c } : {}),
      say: say('dx.f.probeFailing', { probe: kind.toLowerCase(), count: e.count ?? 1 }), evidence: [quoteEvent(e)],
      facts: { probe: kind.toLowerCase(), count: e.count ?? 1, message: (e.message ?? '').slice(0, 300) } }));
  }

  const backoff = newest(eventsWithReason(events, 'BackOff').filter((e) => /restarting failed (?:docker )?container/i.test(e.message ?? '') && mine(e)));
  if (backoff) {
    out.push({ id: 'back-off', confidence: 'confirmed', ...(c ? { container: c } : {}), say: say('dx.f.backOff'), evidence: [quoteEvent(backoff)] });
  }

  const hook = newest(eventsWithReason(events, 'FailedPostStartHook', 'FailedPreStopHook').filter(mine));
  if (hook) {
    out.push(finding({ id: 'hook-failed', cause: 'lifecycle-hook', confidence: hook.reason === 'FailedPostStartHook' ? 'confirmed' : 'likely', ...(c ? { container: c } : {}),
      say: say('dx.f.hookFailed', { hook: hook.reason === 'FailedPostStartHook' ? 'postStart' : 'preStop' }), evidence: [quoteEvent(hook)], facts: { hook: hook.reason ?? '' } }));
  }

  const started = ctx.all.some((v) => v.status?.state?.running || v.status?.state?.terminated || v.status?.lastState?.terminated);
  const mount = newest(eventsWithReason(events, 'FailedMount', 'FailedAttachVolume', 'FailedMapVolume'));
  if (mount) {
    out.push({ id: 'mount-failed', cause: started ? 'mount-failure' : 'volume-pending', confidence: started ? 'possible' : 'confirmed',
      say: say(mount.reason === 'FailedAttachVolume' ? 'dx.f.volumeNotAttached' : 'dx.f.volumeNotMounted'), evidence: [quoteEvent(mount)] });
  }

  const sched = newest(eventsWithReason(events, 'FailedScheduling'));
  if (sched && !evidence.pod.spec.nodeName) {
    out.push({ id: 'unschedulable', cause: 'unschedulable', confidence: 'confirmed', say: say('dx.f.noNode'), evidence: [quoteEvent(sched)] });
  }

  const failed = eventsWithReason(events, 'Failed', 'ErrImagePull', 'InspectFailed', 'ErrImageNeverPull').filter(mine);
  // "Failed to pull image …: <why>" says why; "Error: ImagePullBackOff" only repeats the status.
  const pulls = failed.filter((e) => IMAGE_PULL.test(e.message ?? ''));
  const pull = newest(pulls.filter((e) => /Failed to pull image/i.test(e.message ?? ''))) ?? newest(pulls);
  if (pull) out.push({ id: 'image-pull', cause: 'image-pull', confidence: 'confirmed', ...(c ? { container: c } : {}), say: say('dx.f.imagePull'), evidence: [quoteEvent(pull)] });
  const config = newest(failed.filter((e) => CONFIG_MISSING.test(e.message ?? '')));
  if (config) out.push({ id: 'create-config-error', cause: 'missing-config', confidence: 'confirmed', ...(c ? { container: c } : {}), say: say('dx.f.configMissing'), evidence: [quoteEvent(config)] });
  const start = newest(failed.filter((e) => classifyStartError(e.message ?? '')));
  if (start && c) {
    const kind = classifyStartError(start.message ?? '')!;
    out.push({ id: kind.id, cause: kind.cause, confidence: 'confirmed', container: c, say: kind.say, evidence: [quoteEvent(start)] });
  }

  const oom = newest([...eventsWithReason(events, 'OOMKilling', 'SystemOOM'), ...eventsWithReason(evidence.nodeEvents, 'OOMKilling', 'SystemOOM')]);
  if (oom) {
    out.push({ id: 'node-oom', cause: 'oom-killed', confidence: 'possible', say: say('dx.f.nodeOom'), evidence: [quoteEvent(oom)] });
  }
  return out;
}
