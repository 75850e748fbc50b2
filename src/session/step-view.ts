// What the UI shows of one flow step: the step's text, and its plan ids turned into commands for this pod.
import type { Flow, FlowStep } from '../flow/index.js';
import type { Pod } from '../k8s/index.js';
import type { Entrypoint } from '../image/index.js';
import { displayCommand, type KubectlTarget } from '../contracts/kubectl-target.js';
import { buildStepPlan } from '../plans/step-plans.js';
import type { Plan } from '../contracts/plan.js';
import type { StepView } from '../contracts/session.js';

export interface StepViewContext {
  readonly pod: Pod;
  readonly container: string | null;
  readonly target: KubectlTarget;
  /** The override copy, once one exists. */
  readonly copy?: string;
  /** --read-only: changing actions are not offered at all. */
  readonly readOnly: boolean;
  /** The container's real process, once looked up: the shell step says how to start it by hand. */
  readonly entrypoint?: Entrypoint;
}

/** The line to type in the copy to start the container's process as the kubelet would have. */
export function startByHand(e: Entrypoint): string | undefined {
  // ENTRYPOINT then CMD, as the runtime joins them; unknown when the image config could not be read.
  const argv = [...e.command, ...e.args];
  if (e.source === 'unknown' || argv.length === 0) return undefined;
  return `${e.workingDir ? `cd ${displayCommand([e.workingDir])} && ` : ''}${displayCommand(argv)}`;
}

function withStartLine(plan: Plan, entrypoint: Entrypoint | undefined): Plan {
  const line = entrypoint ? startByHand(entrypoint) : undefined;
  if (plan.id !== 'override-shell' || !line) return plan;
  return { ...plan, purpose: `Start it by hand and watch it fail: ${line}`, purposeMessage: { key: 'plan.override-shell.startByHand', values: { line } } };
}

export function stepView(flow: Flow, step: FlowStep, ctx: StepViewContext): StepView {
  // ENTRYPOINT then CMD, as the runtime joins them; nothing when the image config could not be read.
  const process = ctx.entrypoint && ctx.entrypoint.source !== 'unknown' ? [...ctx.entrypoint.command, ...ctx.entrypoint.args] : [];
  const planCtx = { pod: ctx.pod, container: ctx.container, target: ctx.target, ...(ctx.copy ? { copy: ctx.copy } : {}), ...(process.length ? { process } : {}) };
  const plans = step.plans
    .map((id) => buildStepPlan(id, planCtx))
    .filter((p): p is Plan => p !== null && (!ctx.readOnly || p.risk === 'read'))
    .map((p) => withStartLine(p, ctx.entrypoint));
  return {
    flowId: flow.id,
    id: step.id,
    title: step.title,
    explain: step.explain,
    evidence: step.evidence,
    plans,
    choices: step.choices.map((c) => ({ id: c.id, label: c.label })),
    ...(step.result ? { result: step.result.kind === 'cause' ? { kind: 'cause' as const, cause: step.result.cause } : { kind: 'hand-over' as const } } : {}),
  };
}
