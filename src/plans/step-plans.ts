// The commands a flow step can offer, by plan id: each built in code from the pod, the container and the
// session's target, so a flow file never holds shell text and every command reproduces what the wizard saw.
import type { Pod } from '../k8s/index.js';
import { kubectl, type KubectlTarget } from '../contracts/kubectl-target.js';
import type { Plan } from '../contracts/plan.js';
import { straceCapturePlan, straceDebugPlan } from './strace-capture.js';

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

const LOG_TAIL = '--tail=200';

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

const read = (id: string, title: string, argv: string[], purpose: string): Plan => ({ id, title, argv, purpose, risk: 'read' });

/** Our own CLI, with the session's target, for the steps only it can do safely (the override). */
function crashcourse(ctx: PlanContext, ...args: string[]): string[] {
  const argv = ['kubectl-crashcourse', ...args];
  if (ctx.target.kubeconfig) argv.push('--kubeconfig', ctx.target.kubeconfig);
  if (ctx.target.context) argv.push('--context', ctx.target.context);
  return argv;
}
const podRef = (ctx: PlanContext): string => `${ctx.target.namespace}/${name(ctx)}`;

const straceContext = (ctx: PlanContext) => ({ podRef: podRef(ctx), container: containerOf(ctx), target: ctx.target,
  ...(ctx.copy ? { copy: ctx.copy } : {}), ...(ctx.process ? { process: ctx.process } : {}) });
const specOf = (ctx: PlanContext) => {
  const spec = [...ctx.pod.spec.containers, ...(ctx.pod.spec.initContainers ?? [])].find((c) => c.name === containerOf(ctx));
  return spec ? { spec } : {};
};

const BUILDERS = {
  'describe-pod': (ctx) => read('describe-pod', 'Describe the pod', kubectl(ctx.target, 'describe', 'pod', name(ctx)),
    'States, last state, exit code, restarts and the events at the bottom, as the kubelet reports them.'),
  'get-events': (ctx) => read('get-events', 'List the pod\'s events', kubectl(ctx.target, 'get', 'events',
    `--field-selector=involvedObject.name=${name(ctx)}`, '--sort-by=.lastTimestamp'),
    'Warnings such as BackOff, Unhealthy, Killing, FailedMount or FailedScheduling, oldest first.'),
  'logs-previous': (ctx) => read('logs-previous', 'Logs of the run that crashed', kubectl(ctx.target, 'logs', name(ctx),
    '-c', containerOf(ctx), '--previous', LOG_TAIL),
    'What the container wrote before it died; the current run may have printed nothing yet.'),
  'logs-current': (ctx) => read('logs-current', 'Logs of the current run', kubectl(ctx.target, 'logs', name(ctx),
    '-c', containerOf(ctx), LOG_TAIL),
    'While the container waits in back-off this is the same run as --previous.'),
  'logs-init': (ctx) => {
    const init = failingInit(ctx);
    if (!init) return null;
    return read('logs-init', `Logs of init container ${init}`, kubectl(ctx.target, 'logs', name(ctx), '-c', init, LOG_TAIL),
      'Init containers run one after another before the app starts; the failing one holds the error.');
  },
  'last-state': (ctx) => read('last-state', 'The last termination: exit code and reason', kubectl(ctx.target, 'get', 'pod', name(ctx),
    '-o', `jsonpath={range .status.${isInit(ctx, containerOf(ctx)) ? 'initContainerStatuses' : 'containerStatuses'}[?(@.name=="${containerOf(ctx)}")]}{.lastState.terminated}{"\\n"}{end}`),
    'exitCode, reason (OOMKilled, Error, Completed, StartError), signal and the times of the last run.'),
  'get-pod-yaml': (ctx) => read('get-pod-yaml', 'The full pod as YAML', kubectl(ctx.target, 'get', 'pod', name(ctx), '-o', 'yaml'),
    'The spec (command, args, probes, resources, volumes) next to the status.'),
  'top-pod': (ctx) => read('top-pod', 'Current CPU and memory use', kubectl(ctx.target, 'top', 'pod', name(ctx), '--containers'),
    'Usage from metrics-server, to compare with the limits; needs metrics-server in the cluster.'),
  'describe-node': (ctx) => {
    const node = ctx.pod.spec.nodeName;
    if (!node) return null;
    return read('describe-node', `Describe node ${node}`, kubectl(ctx.target, 'describe', 'node', node),
      'Conditions (MemoryPressure, Ready), allocated resources and the node\'s own events (Rebooted, OOM).');
  },
  'get-nodes': (ctx) => read('get-nodes', 'Nodes, their taints and labels', kubectl(ctx.target, 'get', 'nodes', '-o',
    'custom-columns=NAME:.metadata.name,READY:.status.conditions[?(@.type=="Ready")].status,TAINTS:.spec.taints[*].key,CPU:.status.allocatable.cpu,MEMORY:.status.allocatable.memory'),
    'Which nodes exist, whether they are Ready, their taints and what they can allocate.'),
  'describe-nodes': (ctx) => read('describe-nodes', 'Allocated resources on every node', kubectl(ctx.target, 'describe', 'nodes'),
    'Requests already placed on each node: a pod fits only where its requests fit in what is left.'),
  'get-quota': (ctx) => read('get-quota', 'Quotas and limit ranges', kubectl(ctx.target, 'get', 'resourcequota,limitrange', '-o', 'wide'),
    'A ResourceQuota or LimitRange in the namespace can refuse or reshape what the pod asks for.'),
  'get-owner': (ctx) => {
    const owner = ctx.pod.metadata.ownerReferences?.find((o) => o.controller) ?? ctx.pod.metadata.ownerReferences?.[0];
    if (!owner) return null;
    return read('get-owner', `The ${owner.kind} that owns the pod`, kubectl(ctx.target, 'get', owner.kind.toLowerCase(), owner.name, '-o', 'yaml'),
      'Fixes go in the owner\'s pod template: a pod created by a controller is replaced, not edited.');
  },
  'get-svc': (ctx) => read('get-svc', 'Services in the namespace', kubectl(ctx.target, 'get', 'services', '-o', 'wide'),
    'A name the app resolves at start-up must exist as a Service (or an external DNS name) before it starts.'),
  'get-endpoints': (ctx) => read('get-endpoints', 'Endpoints behind the Services', kubectl(ctx.target, 'get', 'endpoints'),
    'A Service with no endpoints has no ready pod behind it: connections are refused.'),
  'get-references': (ctx) => read('get-references', 'ConfigMaps, Secrets and claims in the namespace', kubectl(ctx.target, 'get',
    'configmaps,secrets,persistentvolumeclaims'), 'Every ConfigMap, Secret and PVC the pod names must exist here (keys too).'),
  'describe-pvc': (ctx) => read('describe-pvc', 'Persistent volume claims', kubectl(ctx.target, 'describe', 'persistentvolumeclaims'),
    'A claim stuck in Pending has no volume yet: its events say why (no StorageClass, no matching PV).'),
  'get-pull-secrets': (ctx) => read('get-pull-secrets', 'Image pull secrets', kubectl(ctx.target, 'get', 'secrets',
    '--field-selector=type=kubernetes.io/dockerconfigjson'), 'A private registry needs one of these named in imagePullSecrets (or the service account).'),
  'image-entrypoint': (ctx) => {
    const c = containerOf(ctx);
    const field = isInit(ctx, c) ? 'initContainers' : 'containers';
    return read('image-entrypoint', 'What the container is told to run', kubectl(ctx.target, 'get', 'pod', name(ctx), '-o',
      `jsonpath={range .spec.${field}[?(@.name=="${c}")]}image: {.image}{"\\n"}command: {.command}{"\\n"}args: {.args}{"\\n"}{end}`),
      'The spec\'s command replaces the image ENTRYPOINT and args replace its CMD; empty means the image decides (see `crane config IMAGE`).');
  },
  'override-copy': (ctx) => {
    const c = containerOf(ctx);
    return {
      id: 'override-copy',
      title: `Start a copy of the pod with ${c} kept alive`,
      argv: crashcourse(ctx, 'override', podRef(ctx), '--container', c, '--yes', '--output', 'json'),
      purpose: 'A copy of the pod whose container sleeps instead of running its entrypoint, with every probe removed and no labels, so nothing kills it and no Service sends it traffic. The original pod is not touched.',
      risk: 'create',
      creates: `a copy of pod ${podRef(ctx)} (labelled kubectl-crashcourse)`,
      undo: crashcourse(ctx, 'override', podRef(ctx), '--cleanup', '--yes'),
    };
  },
  'override-shell': (ctx) => {
    if (!ctx.copy) return null;
    return {
      id: 'override-shell',
      title: `Open a shell in the copy ${ctx.copy}`,
      argv: kubectl(ctx.target, 'exec', '-it', ctx.copy, '-c', containerOf(ctx), '--', 'sh'),
      purpose: 'Inside, run the original entrypoint by hand and watch it fail; look at config files, env and mounts.',
      risk: 'read',
      interactive: true,
    };
  },
  'strace-capture': (ctx) => straceCapturePlan(straceContext(ctx)),
  'strace-debug': (ctx) => straceDebugPlan({ ...straceContext(ctx), ...specOf(ctx) }),
  'override-cleanup': (ctx) => ({
    id: 'override-cleanup',
    title: 'Delete the copies made of this pod',
    argv: crashcourse(ctx, 'override', podRef(ctx), '--cleanup', '--yes'),
    purpose: 'Deletes only what kubectl-crashcourse created for this pod, found by its label; safe to run twice.',
    risk: 'delete',
  }),
} as const satisfies Record<string, Builder>;

export type PlanId = keyof typeof BUILDERS;
export const PLAN_IDS = Object.keys(BUILDERS) as readonly PlanId[];
export const isPlanId = (v: unknown): v is PlanId => typeof v === 'string' && v in BUILDERS;

/** The plan for this pod, or null when it does not apply (no init containers, no node, no copy yet…). */
export function buildStepPlan(id: PlanId, ctx: PlanContext): Plan | null {
  return BUILDERS[id](ctx);
}
