// The read-only kubectl commands a diagnosis recommends, as typed intents (argv derived by planArgv) carrying the session's --context/-n, chosen
// for the cause so the first command shown is the one that proves or disproves it.
import type { CauseId } from '../contracts/causes.js';
import type { NextStep } from '../contracts/diagnosis.js';
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import type { PlanAction, PlanIntent } from '../contracts/plan.js';
import { planArgv } from './plan-argv.js';

export interface ReadPlanInput {
  readonly target: KubectlTarget;
  readonly pod: string;
  readonly podUid?: string;
  readonly container?: string;
  readonly init?: boolean;
  readonly cause: CauseId | null;
  readonly nodeName?: string;
  readonly owner?: { readonly kind: string; readonly name: string };
  /** Names (ConfigMaps, Secrets, PVCs, Services) the evidence points at, for `get` commands. */
  readonly related?: readonly { readonly kind: string; readonly name: string }[];
}

export function readPlans(x: ReadPlanInput): NextStep[] {
  const c = x.container;
  const t = x.target;
  const steps: NextStep[] = [];
  const add = (title: string, action: PlanAction): void => {
    const intent = { target: t, ...action } as PlanIntent;
    const command = planArgv(intent);
    if (!steps.some((s) => s.command.join('\0') === command.join('\0'))) steps.push({ title, intent, command });
  };
  const logs = (previous: boolean): PlanAction => ({ kind: 'read-logs', pod: x.pod, container: c ?? '', previous, tailLines: 100 });
  const describe = (resource: string, name?: string): PlanAction => ({ kind: 'describe', resource, ...(name ? { name } : {}) });
  const field = (resource: string, name: string, jsonpath: string): PlanAction => ({ kind: 'get-field', resource, name, jsonpath });
  const list = (resources: string, name?: string): PlanAction => ({ kind: 'list', resources, ...(name ? { name } : {}) });

  const notStarting = x.cause === 'unschedulable' || x.cause === 'image-pull' || x.cause === 'missing-config' || x.cause === 'volume-pending';
  if (c && !notStarting) add(`Read what ${c} printed before it last died`, logs(true));
  add('See the pod\'s status, last state and events', describe('pod', x.pod));
  add('List the pod\'s events, newest last', { kind: 'read-events', pod: x.pod, ...(x.podUid ? { uid: x.podUid } : {}) });
  if (c && !notStarting) add(`Read ${c}'s current output`, logs(false));

  switch (x.cause) {
    case 'oom-killed':
      add('Compare memory use with the limit', { kind: 'top-pod', pod: x.pod });
      add('Show the container resources', field('pod', x.pod, '{range .spec.containers[*]}{.name}{"\\t"}{.resources}{"\\n"}{end}'));
      break;
    case 'liveness-probe':
      add('Show the probe settings', field('pod', x.pod, '{range .spec.containers[*]}{.name}{"\\t"}{.livenessProbe}{"\\t"}{.startupProbe}{"\\n"}{end}'));
      break;
    case 'missing-dependency':
      add('List the Services and their endpoints in the namespace', list('svc,endpoints'));
      break;
    case 'node-restart': case 'killed-externally':
      if (x.nodeName) add(`Check node ${x.nodeName}: conditions and recent events`, describe('node', x.nodeName));
      break;
    case 'unschedulable':
      add('See node capacity and taints', describe('nodes'));
      break;
    case 'volume-pending': case 'mount-failure':
      add('Check the pod\'s PersistentVolumeClaims', list('pvc'));
      break;
    case 'exec-format':
      if (x.nodeName) add('Show the node\'s CPU architecture', field('node', x.nodeName, '{.status.nodeInfo.architecture}'));
      break;
    default:
      break;
  }
  for (const r of x.related ?? []) add(`Check ${r.kind} ${r.name}`, list(r.kind.toLowerCase(), r.name));
  if (x.owner) add(`See the ${x.owner.kind} that owns the pod`, describe(x.owner.kind.toLowerCase(), x.owner.name));
  if (c && (x.cause === 'unknown' || x.cause === 'app-crash' || x.cause === 'command-not-found')) {
    add('Start a copy with the entrypoint overridden and look inside', { kind: 'start-override', pod: x.pod, container: c, dryRun: false, ask: true });
  }
  return steps;
}
