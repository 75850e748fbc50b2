// The syscall capture a "look inside" step offers once a copy exists: our CLI runs the original entrypoint
// under `strace -f` inside the copy (time- and size-bounded) and prints the decisive system call, quoted.
// It changes no cluster object (the copy exists already, and the session treats a successful "create" plan as
// the maker of a new copy), so it is a read, like the shell in the copy where the same run can be typed by hand.
import type { Plan } from './types.js';
import type { KubectlTarget } from './kubectl.js';

export interface StraceCaptureContext {
  readonly podRef: string;
  readonly container: string;
  readonly copy?: string;
  readonly target: KubectlTarget;
}

export function straceCapturePlan(ctx: StraceCaptureContext): Plan | null {
  if (!ctx.copy) return null;
  const argv = ['kubectl-crashcourse', 'strace', ctx.podRef, '--container', ctx.container, '--copy', ctx.copy];
  if (ctx.target.kubeconfig) argv.push('--kubeconfig', ctx.target.kubeconfig);
  if (ctx.target.context) argv.push('--context', ctx.target.context);
  return {
    id: 'strace-capture',
    title: `Trace the entrypoint's system calls in the copy ${ctx.copy}`,
    argv,
    purpose: 'When the logs say nothing: runs the original entrypoint under strace -f in the copy (at most 30 s and 1 MiB of trace) and quotes the call that failed before it exited: a missing file, a refused connection, a name that did not resolve. The run does what the app does at start-up, in the copy only.',
    risk: 'read',
  };
}
