// The read-only kubectl commands a diagnosis recommends, as typed intents (argv derived by planArgv) carrying the session's --context/-n, chosen
// for the cause so the first command shown is the one that proves or disproves it.
import type { CauseId } from '../contracts/causes.js';
import { say, type Message, type NextStep } from '../contracts/diagnosis.js';
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
  // The English title is what JSON carries; the message words it in the reader's language (catalog dx.next.*).
  const add = (title: string, m: Message, action: PlanAction): void => {
    const intent = { target: t, ...action } as PlanIntent;
    const command = planArgv(intent);
    if (!steps.some((s) => s.command.join('\0') === command.join('\0'))) steps.push({ title, say: m, intent, command });
  };
  const logs = (previous: boolean): PlanAction => ({ kind: 'read-logs', pod: x.pod, container: c ?? '', previous, tailLines: 100 });
  const describe = (resource: string, name?: string): PlanAction => ({ kind: 'describe', resource, ...(name ? { name } : {}) });
  const field = (resource: string, name: string, jsonpath: string): PlanAction => ({ kind: 'get-field', resource, name, jsonpath });
  const list = (resources: string, name?: string): PlanAction => ({ kind: 'list', resources, ...(name ? { name } : {}) });

  const notStarting = x.cause === 'unschedulable' || x.cause === 'image-pull' || x.cause === 'missing-config' || x.cause === 'volume-pending';
  if (c && !notStarting) add(`Read what ${c} printed before it last died`, say('dx.next.previousLogs', { c }), logs(true));
  add('See the pod\'s status, last state and events', say('dx.next.describePod'), describe('pod', x.pod));
  add('List the pod\'s events, newest last', say('dx.next.events'), { kind: 'read-events', pod: x.pod, ...(x.podUid ? { uid: x.podUid } : {}) });
  if (c && !notStarting) add(`Read ${c}'s current output`, say('dx.next.currentLogs', { c }), logs(false));

  switch (x.cause) {
    case 'oom-killed':
      add('Compare memory use with the limit', say('dx.next.top'), { kind: 'top-pod', pod: x.pod });
      add('Show the container resources', say('dx.next.resources'), field('pod', x.pod, '{range .spec.containers[*]}{.name}{"\\t"}{.resources}{"\\n"}{end}'));
      break;
    case 'liveness-probe':
      add('Show the probe settings', say('dx.next.probes'), field('pod', x.pod, '{range .spec.containers[*]}{.name}{"\\t"}{.livenessProbe}{"\\t"}{.startupProbe}{"\\n"}{end}'));
      break;
    case 'missing-dependency':
      add('List the Services and their endpoints in the namespace', say('dx.next.services'), list('svc,endpoints'));
      break;
    case 'node-restart': case 'killed-externally':
      if (x.nodeName) add(`Check node ${x.nodeName}: conditions and recent events`, say('dx.next.node', { node: x.nodeName }), describe('node', x.nodeName));
      break;
    case 'unschedulable':
      add('See node capacity and taints', say('dx.next.nodes'), describe('nodes'));
      break;
    case 'volume-pending': case 'mount-failure':
      add('Check the pod\'s PersistentVolumeClaims', say('dx.next.pvc'), list('pvc'));
      break;
    case 'exec-format':
      if (x.nodeName) add('Show the node\'s CPU architecture', say('dx.next.arch'), field('node', x.nodeName, '{.status.nodeInfo.architecture}'));
      break;
    default:
      break;
  }
  for (const r of x.related ?? []) add(`Check ${r.kind} ${r.name}`, say('dx.next.related', { kind: r.kind, name: r.name }), list(r.kind.toLowerCase(), r.name));
  if (x.owner) add(`See the ${x.owner.kind} that owns the pod`, say('dx.next.owner', { kind: x.owner.kind }), describe(x.owner.kind.toLowerCase(), x.owner.name));
  if (c && (x.cause === 'unknown' || x.cause === 'app-crash' || x.cause === 'command-not-found')) {
    add('Start a copy with the entrypoint overridden and look inside', say('dx.next.override'), { kind: 'start-override', pod: x.pod, container: c, dryRun: false, ask: true });
  }
  return steps;
}
