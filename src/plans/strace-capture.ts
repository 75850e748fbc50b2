// The syscall capture a "look inside" step offers once a copy exists: the original entrypoint run under
// `strace -f` inside the copy (never the original pod), its trace the plan's output, which the session adds to
// the evidence so the diagnosis can quote the decisive call. It changes no cluster object (the copy exists
// already), so it is a read, like the shell in the copy where the same run can be typed by hand.
import type { Container } from '../k8s/index.js';
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import { say } from '../contracts/diagnosis.js';
import type { Plan, PlanCapture } from '../contracts/plan.js';
import { planOf } from './plan-argv.js';

export interface StraceCaptureContext {
  readonly podRef: string;
  readonly container: string;
  readonly copy?: string;
  readonly target: KubectlTarget;
  /** The entrypoint as the kubelet starts it (ENTRYPOINT+CMD or the spec's command+args), once looked up. */
  readonly process?: readonly string[];
}

/** strace's own options: follow forks, wall-clock times, 256 bytes of each buffer (enough for a DNS packet). */
export const STRACE_OPTIONS: readonly string[] = ['-f', '-tt', '-s', '256'];

export const straceOrigin = (copy: string): string => `strace in copy ${copy}`;
/** Where the capture is taken, in English (JSON's evidence `source`) and as a message for the reader's language. */
const inCopy = (container: string, copy: string): PlanCapture => ({ kind: 'strace', container, origin: straceOrigin(copy), originSay: say('syscalls.origin.copy', { copy }) });

export function straceCapturePlan(ctx: StraceCaptureContext): Plan | null {
  if (!ctx.copy) return null;
  const title = `Trace the entrypoint's system calls in the copy ${ctx.copy}`;
  if (!ctx.process?.length) {
    // Entrypoint not known here: our own strace command resolves it first; its trace joins the evidence like the other.
    const pod = ctx.podRef.slice(ctx.podRef.indexOf('/') + 1);
    return { ...planOf('strace-capture', title, { target: ctx.target, kind: 'trace-entrypoint', pod, container: ctx.container, copy: ctx.copy },
      'When the logs say nothing: runs the original entrypoint under strace -f in the copy (at most 30 s and 1 MiB of trace) and quotes the call that failed before it exited: a missing file, a refused connection, a name that did not resolve. The run does what the app does at start-up, in the copy only.',
      'read', { capture: inCopy(ctx.container, ctx.copy) }),
    // The other purpose of this plan id (its entrypoint is looked up first), in the catalogs by its own key.
    purposeMessage: { key: 'plan.strace-capture.purposeResolving', values: { copy: ctx.copy, container: ctx.container } } };
  }
  return planOf('strace-capture', title, { target: ctx.target, kind: 'exec-trace', pod: ctx.copy, container: ctx.container, command: ['strace', ...STRACE_OPTIONS, '--', ...ctx.process] },
    'When the logs say nothing: runs the original entrypoint under strace -f in the copy (at most 60 s and 256 KiB of trace); the call that failed just before it exited (a missing file, a refused connection, a name that did not resolve) is then quoted on this step and in the report. The run does what the app does at start-up, in the copy only. Needs strace in the image; without it, use the debug container below.',
    'read', { capture: inCopy(ctx.container, ctx.copy) });
}

/**
 * Images without strace (or a shell, distroless): an ephemeral debug container in the copy, sharing the target
 * container's process namespace, runs strace on the entrypoint found under /proc/1/root (the target's own files).
 */
export const STRACE_DEBUG_IMAGE = 'nicolaka/netshoot:v0.13';

export function straceDebugPlan(ctx: StraceCaptureContext & { readonly spec?: Container }): Plan | null {
  if (!ctx.copy || !ctx.process?.length) return null;
  // The spec's literal env, so the traced run sees what the app sees; values from ConfigMaps/Secrets are left out.
  const env = (ctx.spec?.env ?? []).filter((e) => e.value !== undefined && !e.valueFrom).flatMap((e) => ['-E', `${e.name}=${e.value}`]);
  const command = ['strace', ...STRACE_OPTIONS, ...env, '--', 'chroot', '/proc/1/root', ...ctx.process];
  return planOf('strace-debug', `Trace the entrypoint from a debug container in the copy ${ctx.copy}`,
    { target: ctx.target, kind: 'debug-container', pod: ctx.copy, image: STRACE_DEBUG_IMAGE, container: ctx.container, profile: 'general', command },
    `For images without strace or a shell (distroless): adds an ephemeral container (${STRACE_DEBUG_IMAGE}, which has strace) to the copy, sharing ${ctx.container}'s process namespace, and traces the entrypoint inside ${ctx.container}'s files (/proc/1/root). It runs as root from /, with only the spec's literal env. Ephemeral containers can never be removed from a pod: that is why it goes into the copy, never the original, and goes away when the copy is deleted.`,
    'create', {
      creates: `an ephemeral container in the copy ${ctx.copy}`,
      capture: { kind: 'strace', container: ctx.container, origin: `strace from a debug container in copy ${ctx.copy}`, originSay: say('syscalls.origin.debug', { copy: ctx.copy }) },
    });
}
