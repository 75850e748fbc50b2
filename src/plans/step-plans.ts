// The commands a flow step can offer, by plan id: each built in code from the pod, the container and the
// session's target, so a flow file never holds shell text and every command reproduces what the wizard saw.
import type { Pod } from '../k8s/index.js';
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import type { Plan, PlanIntent } from '../contracts/plan.js';
import { planOf } from './plan-argv.js';
import { SHELLS } from './override-plans.js';
import { STRACE_DEBUG_IMAGE, straceCapturePlan, straceDebugPlan } from './strace-capture.js';

export interface PlanContext {
  readonly pod: Pod;
  /** The container the diagnosis is about (may be an init container); null picks the first one. */
  readonly container: string | null;
  /** Carries --context/--kubeconfig; its namespace is the pod's. */
  readonly target: KubectlTarget;
  /** Name of the override copy once one exists (the shell step needs it). */
  readonly copy?: string;
  /** The focus container's process as the kubelet starts it, once looked up (the strace capture runs it). */
  readonly process?: readonly string[];
}

type Builder = (ctx: PlanContext) => Plan | null;

const LOG_TAIL = 200;

const name = (ctx: PlanContext): string => ctx.pod.metadata.name;
const containerOf = (ctx: PlanContext): string =>
  ctx.container ?? ctx.pod.spec.containers[0]?.name ?? '';
const isInit = (ctx: PlanContext, c: string): boolean => (ctx.pod.spec.initContainers ?? []).some((i) => i.name === c);

/** The init container that has not completed: the one kubectl shows in `Init:` statuses. */
function failingInit(ctx: PlanContext): string | undefined {
  if (ctx.container && isInit(ctx, ctx.container)) return ctx.container;
  const statuses = ctx.pod.status?.initContainerStatuses ?? [];
  const bad = statuses.find((s) => s.state?.terminated?.exitCode !== 0 && !s.state?.running);
  return bad?.name ?? ctx.pod.spec.initContainers?.[0]?.name;
}

const read = (id: string, title: string, intent: PlanIntent, purpose: string): Plan => planOf(id, title, intent, purpose, 'read');
const podRef = (ctx: PlanContext): string => `${ctx.target.namespace}/${name(ctx)}`;

const straceContext = (ctx: PlanContext) => ({ podRef: podRef(ctx), container: containerOf(ctx), target: ctx.target,
  ...(ctx.copy ? { copy: ctx.copy } : {}), ...(ctx.process ? { process: ctx.process } : {}) });
const specOf = (ctx: PlanContext) => {
  const spec = [...ctx.pod.spec.containers, ...(ctx.pod.spec.initContainers ?? [])].find((c) => c.name === containerOf(ctx));
  return spec ? { spec } : {};
};

const BUILDERS = {
  'describe-pod': (ctx) => read('describe-pod', 'Describe the pod', { target: ctx.target, kind: 'describe', resource: 'pod', name: name(ctx) },
    'States, last state, exit code, restarts and the events at the bottom, as the kubelet reports them.'),
  'get-events': (ctx) => read('get-events', 'List the pod\'s events', { target: ctx.target, kind: 'read-events', pod: name(ctx) },
    'Warnings such as BackOff, Unhealthy, Killing, FailedMount or FailedScheduling, oldest first.'),
  'logs-previous': (ctx) => read('logs-previous', 'Logs of the run that crashed',
    { target: ctx.target, kind: 'read-logs', pod: name(ctx), container: containerOf(ctx), previous: true, tailLines: LOG_TAIL },
    'What the container wrote before it died; the current run may have printed nothing yet.'),
  'logs-current': (ctx) => read('logs-current', 'Logs of the current run',
    { target: ctx.target, kind: 'read-logs', pod: name(ctx), container: containerOf(ctx), previous: false, tailLines: LOG_TAIL },
    'While the container waits in back-off this is the same run as --previous.'),
  'logs-init': (ctx) => {
    const init = failingInit(ctx);
    if (!init) return null;
    return read('logs-init', `Logs of init container ${init}`, { target: ctx.target, kind: 'read-logs', pod: name(ctx), container: init, previous: false, tailLines: LOG_TAIL },
      'Init containers run one after another before the app starts; the failing one holds the error.');
  },
  'last-state': (ctx) => read('last-state', 'The last termination: exit code and reason', { target: ctx.target, kind: 'get-field', resource: 'pod', name: name(ctx),
    jsonpath: `{range .status.${isInit(ctx, containerOf(ctx)) ? 'initContainerStatuses' : 'containerStatuses'}[?(@.name=="${containerOf(ctx)}")]}{.lastState.terminated}{"\\n"}{end}` },
    'exitCode, reason (OOMKilled, Error, Completed, StartError), signal and the times of the last run.'),
  'get-pod-yaml': (ctx) => read('get-pod-yaml', 'The full pod as YAML', { target: ctx.target, kind: 'get-yaml', resource: 'pod', name: name(ctx) },
    'The spec (command, args, probes, resources, volumes) next to the status.'),
  'top-pod': (ctx) => read('top-pod', 'Current CPU and memory use', { target: ctx.target, kind: 'top-pod', pod: name(ctx) },
    'Usage from metrics-server, to compare with the limits; needs metrics-server in the cluster.'),
  'describe-node': (ctx) => {
    const node = ctx.pod.spec.nodeName;
    if (!node) return null;
    return read('describe-node', `Describe node ${node}`, { target: ctx.target, kind: 'describe', resource: 'node', name: node },
      'Conditions (MemoryPressure, Ready), allocated resources and the node\'s own events (Rebooted, OOM).');
  },
  'get-nodes': (ctx) => read('get-nodes', 'Nodes, their taints and labels', { target: ctx.target, kind: 'list', resources: 'nodes', output: {
    columns: 'NAME:.metadata.name,READY:.status.conditions[?(@.type=="Ready")].status,TAINTS:.spec.taints[*].key,CPU:.status.allocatable.cpu,MEMORY:.status.allocatable.memory' } },
    'Which nodes exist, whether they are Ready, their taints and what they can allocate.'),
  'describe-nodes': (ctx) => read('describe-nodes', 'Allocated resources on every node', { target: ctx.target, kind: 'describe', resource: 'nodes' },
    'Requests already placed on each node: a pod fits only where its requests fit in what is left.'),
  'get-quota': (ctx) => read('get-quota', 'Quotas and limit ranges', { target: ctx.target, kind: 'list', resources: 'resourcequota,limitrange', output: 'wide' },
    'A ResourceQuota or LimitRange in the namespace can refuse or reshape what the pod asks for.'),
  'get-owner': (ctx) => {
    const owner = ctx.pod.metadata.ownerReferences?.find((o) => o.controller) ?? ctx.pod.metadata.ownerReferences?.[0];
    if (!owner) return null;
    return read('get-owner', `The ${owner.kind} that owns the pod`, { target: ctx.target, kind: 'get-yaml', resource: owner.kind.toLowerCase(), name: owner.name },
      'Fixes go in the owner\'s pod template: a pod created by a controller is replaced, not edited.');
  },
  'get-svc': (ctx) => read('get-svc', 'Services in the namespace', { target: ctx.target, kind: 'list', resources: 'services', output: 'wide' },
    'A name the app resolves at start-up must exist as a Service (or an external DNS name) before it starts.'),
  'get-endpoints': (ctx) => read('get-endpoints', 'Endpoints behind the Services', { target: ctx.target, kind: 'list', resources: 'endpoints' },
    'A Service with no endpoints has no ready pod behind it: connections are refused.'),
  'get-references': (ctx) => read('get-references', 'ConfigMaps, Secrets and claims in the namespace', { target: ctx.target, kind: 'list',
    resources: 'configmaps,secrets,persistentvolumeclaims' }, 'Every ConfigMap, Secret and PVC the pod names must exist here (keys too).'),
  'describe-pvc': (ctx) => read('describe-pvc', 'Persistent volume claims', { target: ctx.target, kind: 'describe', resource: 'persistentvolumeclaims' },
    'A claim stuck in Pending has no volume yet: its events say why (no StorageClass, no matching PV).'),
  'get-pull-secrets': (ctx) => read('get-pull-secrets', 'Image pull secrets', { target: ctx.target, kind: 'list', resources: 'secrets',
    fieldSelector: 'type=kubernetes.io/dockerconfigjson' }, 'A private registry needs one of these named in imagePullSecrets (or the service account).'),
  'image-entrypoint': (ctx) => {
    const c = containerOf(ctx);
    const field = isInit(ctx, c) ? 'initContainers' : 'containers';
    return read('image-entrypoint', 'What the container is told to run', { target: ctx.target, kind: 'get-field', resource: 'pod', name: name(ctx),
      jsonpath: `{range .spec.${field}[?(@.name=="${c}")]}image: {.image}{"\\n"}command: {.command}{"\\n"}args: {.args}{"\\n"}{end}` },
      'The spec\'s command replaces the image ENTRYPOINT and args replace its CMD; empty means the image decides (see `crane config IMAGE`).');
  },
  'override-copy': (ctx) => {
    const c = containerOf(ctx);
    return planOf('override-copy', `Start a copy of the pod with ${c} kept alive`, { target: ctx.target, kind: 'start-override', pod: name(ctx), container: c, dryRun: false },
      'A copy of the pod whose container sleeps instead of running its entrypoint, with every probe removed and no labels, so nothing kills it and no Service sends it traffic. The original pod is not touched.',
      'create', { creates: `a copy of pod ${podRef(ctx)} (labelled kubectl-crashcourse)`, undoIntent: { target: ctx.target, kind: 'cleanup-override', pod: name(ctx) } });
  },
  'override-shell': (ctx) => {
    if (!ctx.copy) return null;
    return planOf('override-shell', `Open a shell in the copy ${ctx.copy}`, { target: ctx.target, kind: 'exec-shell', pod: ctx.copy, container: containerOf(ctx), shells: SHELLS },
      'Inside, run the original entrypoint by hand and watch it fail; look at config files, env and mounts.', 'read', { interactive: true });
  },
  'strace-capture': (ctx) => straceCapturePlan(straceContext(ctx)),
  'strace-debug': (ctx) => straceDebugPlan({ ...straceContext(ctx), ...specOf(ctx) }),
  'override-cleanup': (ctx) => planOf('override-cleanup', 'Delete the copies made of this pod', { target: ctx.target, kind: 'cleanup-override', pod: name(ctx) },
    'Deletes only what kubectl-crashcourse created for this pod, found by its label; safe to run twice.', 'delete'),
} as const satisfies Record<string, Builder>;

export type PlanId = keyof typeof BUILDERS;
export const PLAN_IDS = Object.keys(BUILDERS) as readonly PlanId[];
export const isPlanId = (v: unknown): v is PlanId => typeof v === 'string' && v in BUILDERS;

/** The plan for this pod, or null when it does not apply (no init containers, no node, no copy yet…). */
export function buildStepPlan(id: PlanId, ctx: PlanContext): Plan | null {
  const plan = BUILDERS[id](ctx);
  if (!plan) return null;
  // Title, purpose and what it creates, each a `plan.<id>…` message (a builder with two purposes names its own).
  const values = titleValues(id, ctx);
  return {
    ...plan,
    titleMessage: { key: `plan.${id}`, values },
    purposeMessage: plan.purposeMessage ?? { key: `plan.${id}.purpose`, values },
    ...(plan.creates ? { createsMessage: plan.createsMessage ?? { key: `plan.${id}.creates`, values } } : {}),
  };
}

/** What a title or purpose names, for the catalogs' `plan.<id>` messages (English is the plan's own text). */
function titleValues(id: PlanId, ctx: PlanContext): Readonly<Record<string, string>> {
  const owner = ctx.pod.metadata.ownerReferences?.find((o) => o.controller) ?? ctx.pod.metadata.ownerReferences?.[0];
  return {
    container: (id === 'logs-init' ? failingInit(ctx) : undefined) ?? containerOf(ctx),
    node: ctx.pod.spec.nodeName ?? '',
    kind: owner?.kind ?? '',
    copy: ctx.copy ?? '',
    pod: podRef(ctx),
    ...(id === 'strace-debug' ? { image: STRACE_DEBUG_IMAGE } : {}),
  };
}
