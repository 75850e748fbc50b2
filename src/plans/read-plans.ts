// The read-only kubectl commands a diagnosis recommends, as argv carrying the session's --context/-n, chosen
// for the cause so the first command shown is the one that proves or disproves it.
import type { CauseId } from '../contracts/causes.js';
import type { NextStep } from '../contracts/diagnosis.js';
import { kubectl, type KubectlTarget } from '../contracts/kubectl-target.js';

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
  const k = (...args: string[]): string[] => kubectl(x.target, ...args);
  const c = x.container;
  const steps: NextStep[] = [];
  const add = (title: string, command: string[]): void => { if (!steps.some((s) => s.command.join('\0') === command.join('\0'))) steps.push({ title, command }); };
  const events = x.podUid
    ? k('get', 'events', '--field-selector', `involvedObject.uid=${x.podUid}`, '--sort-by=.lastTimestamp')
    : k('get', 'events', '--field-selector', `involvedObject.name=${x.pod}`, '--sort-by=.lastTimestamp');

  const notStarting = x.cause === 'unschedulable' || x.cause === 'image-pull' || x.cause === 'missing-config' || x.cause === 'volume-pending';
  if (c && !notStarting) add(`Read what ${c} printed before it last died`, k('logs', x.pod, '-c', c, '--previous', '--tail=100'));
  add('See the pod\'s status, last state and events', k('describe', 'pod', x.pod));
  add('List the pod\'s events, newest last', events);
  if (c && !notStarting) add(`Read ${c}'s current output`, k('logs', x.pod, '-c', c, '--tail=100'));

  switch (x.cause) {
    case 'oom-killed':
      add('Compare memory use with the limit', k('top', 'pod', x.pod, '--containers'));
      add('Show the container resources', k('get', 'pod', x.pod, '-o', `jsonpath={range .spec.containers[*]}{.name}{"\\t"}{.resources}{"\\n"}{end}`));
      break;
    case 'liveness-probe':
      add('Show the probe settings', k('get', 'pod', x.pod, '-o', `jsonpath={range .spec.containers[*]}{.name}{"\\t"}{.livenessProbe}{"\\t"}{.startupProbe}{"\\n"}{end}`));
      break;
    case 'missing-dependency':
      add('List the Services and their endpoints in the namespace', k('get', 'svc,endpoints'));
      break;
    case 'node-restart': case 'killed-externally':
      if (x.nodeName) add(`Check node ${x.nodeName}: conditions and recent events`, k('describe', 'node', x.nodeName));
      break;
    case 'unschedulable':
      add('See node capacity and taints', k('describe', 'nodes'));
      break;
    case 'volume-pending': case 'mount-failure':
      add('Check the pod\'s PersistentVolumeClaims', k('get', 'pvc'));
      break;
    case 'exec-format':
      if (x.nodeName) add('Show the node\'s CPU architecture', k('get', 'node', x.nodeName, '-o', 'jsonpath={.status.nodeInfo.architecture}'));
      break;
    default:
      break;
  }
  for (const r of x.related ?? []) add(`Check ${r.kind} ${r.name}`, k('get', r.kind.toLowerCase(), r.name));
  if (x.owner) add(`See the ${x.owner.kind} that owns the pod`, k('describe', x.owner.kind.toLowerCase(), x.owner.name));
  if (x.cause === 'unknown' || x.cause === 'app-crash' || x.cause === 'command-not-found') {
    const override = ['kubectl-crashcourse', 'override', `${x.target.namespace}/${x.pod}`];
    if (c) override.push('--container', c);
    if (x.target.context) override.push('--context', x.target.context);
    if (x.target.kubeconfig) override.push('--kubeconfig', x.target.kubeconfig);
    add('Start a copy with the entrypoint overridden and look inside', override);
  }
  return steps;
}
