// The read-only kubectl commands a diagnosis recommends, as argv carrying the session's --context/-n, chosen
// for the cause so the first command shown is the one that proves or disproves it.
import type { CauseId } from '../contracts/causes.js';
import { say, type Message, type NextStep } from '../contracts/diagnosis.js';
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
  // The English title is what JSON carries; the message words it in the reader's language (catalog dx.next.*).
  const add = (title: string, m: Message, command: string[]): void => { if (!steps.some((s) => s.command.join('\0') === command.join('\0'))) steps.push({ title, say: m, command }); };
  const events = x.podUid
    ? k('get', 'events', '--field-selector', `involvedObject.uid=${x.podUid}`, '--sort-by=.lastTimestamp')
    : k('get', 'events', '--field-selector', `involvedObject.name=${x.pod}`, '--sort-by=.lastTimestamp');

  const notStarting = x.cause === 'unschedulable' || x.cause === 'image-pull' || x.cause === 'missing-config' || x.cause === 'volume-pending';
  if (c && !notStarting) add(`Read what ${c} printed before it last died`, say('dx.next.previousLogs', { c }), k('logs', x.pod, '-c', c, '--previous', '--tail=100'));
  add('See the pod\'s status, last state and events', say('dx.next.describePod'), k('describe', 'pod', x.pod));
  add('List the pod\'s events, newest last', say('dx.next.events'), events);
  if (c && !notStarting) add(`Read ${c}'s current output`, say('dx.next.currentLogs', { c }), k('logs', x.pod, '-c', c, '--tail=100'));

  switch (x.cause) {
    case 'oom-killed':
      add('Compare memory use with the limit', say('dx.next.top'), k('top', 'pod', x.pod, '--containers'));
      add('Show the container resources', say('dx.next.resources'), k('get', 'pod', x.pod, '-o', `jsonpath={range .spec.containers[*]}{.name}{"\\t"}{.resources}{"\\n"}{end}`));
      break;
    case 'liveness-probe':
      add('Show the probe settings', say('dx.next.probes'), k('get', 'pod', x.pod, '-o', `jsonpath={range .spec.containers[*]}{.name}{"\\t"}{.livenessProbe}{"\\t"}{.startupProbe}{"\\n"}{end}`));
      break;
    case 'missing-dependency':
      add('List the Services and their endpoints in the namespace', say('dx.next.services'), k('get', 'svc,endpoints'));
      break;
    case 'node-restart': case 'killed-externally':
      if (x.nodeName) add(`Check node ${x.nodeName}: conditions and recent events`, say('dx.next.node', { node: x.nodeName }), k('describe', 'node', x.nodeName));
      break;
    case 'unschedulable':
      add('See node capacity and taints', say('dx.next.nodes'), k('describe', 'nodes'));
      break;
    case 'volume-pending': case 'mount-failure':
      add('Check the pod\'s PersistentVolumeClaims', say('dx.next.pvc'), k('get', 'pvc'));
      break;
    case 'exec-format':
      if (x.nodeName) add('Show the node\'s CPU architecture', say('dx.next.arch'), k('get', 'node', x.nodeName, '-o', 'jsonpath={.status.nodeInfo.architecture}'));
      break;
    default:
      break;
  }
  for (const r of x.related ?? []) add(`Check ${r.kind} ${r.name}`, say('dx.next.related', { kind: r.kind, name: r.name }), k('get', r.kind.toLowerCase(), r.name));
  if (x.owner) add(`See the ${x.owner.kind} that owns the pod`, say('dx.next.owner', { kind: x.owner.kind }), k('describe', x.owner.kind.toLowerCase(), x.owner.name));
  if (x.cause === 'unknown' || x.cause === 'app-crash' || x.cause === 'command-not-found') {
    const override = ['kubectl-crashcourse', 'override', `${x.target.namespace}/${x.pod}`];
    if (c) override.push('--container', c);
    if (x.target.context) override.push('--context', x.target.context);
    if (x.target.kubeconfig) override.push('--kubeconfig', x.target.kubeconfig);
    add('Start a copy with the entrypoint overridden and look inside', say('dx.next.override'), override);
  }
  return steps;
}
