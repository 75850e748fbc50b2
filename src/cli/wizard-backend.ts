// The wizard's backend on real implementations: kubeconfig contexts, a live reader per context, the scan, and
// one session per pod (evidence → diagnosis → flow, plans through the executor).
import { diagnose } from '../report/diagnose.js';
import { scanVerdict } from '../report/scan-verdict.js';
import { openLiveReader } from '../cluster/index.js';
import type { ClusterReader } from '../contracts/read-port.js';
import { gatherEvidence, scanPods } from '../evidence/index.js';
import { loadBuiltinFlows, loadFlow, type Flow } from '../flow/index.js';
import type { Evidence } from '../contracts/evidence.js';
import { effectiveEntrypoint, fetchImageConfig, nodePlatform, registryMirrorFor, type Entrypoint } from '../image/index.js';
import { loadFlowSideFile, localizeFlow } from '../i18n/flow-text.js';
import { createTranslator, resolveLocale } from '../i18n/index.js';
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import type { PlanRunner } from '../contracts/plan.js';
import { createSession } from '../session/index.js';
import { kubeconfigFiles, parsePodArg, readKubeconfigFile } from '../target/index.js';
import type { Connection, Start, WizardBackend } from '../ui/backend.js';
import type { Suspender } from '../ui/suspend.js';
import { followPods } from './wizard-follow.js';
import { makeRunner } from './wizard-runner.js';
import { trainingAdminIfAny } from './training-admin.js';
import type { WizardOptions } from './options.js';
import { isUnsafeName } from '../target/safe-names.js';

const TAIL_LINES = 500;
const LIMIT_BYTES = 1 << 20;
// A walked pod and the pod list follow a watch; besides, they are read again every minute (AGE on a quiet
// cluster), or every 30 s when the watch is refused.
const FOLLOW = { everyMs: 60_000, fallbackMs: 30_000 } as const;

export interface WizardBackendWithDefaults extends WizardBackend {
  /** The context the flags (or current-context) select. */
  readonly defaultContext: () => Promise<string>;
}

export async function makeBackend(options: WizardOptions, suspender?: Suspender): Promise<WizardBackendWithDefaults> {
  // A bad --flow FILE fails here, at start. The built-in flows (YAML, ~50 ms of parsing) are loaded once, when
  // the list is on screen or a pod is opened: the pod list does not wait for them.
  const flow = options.flow ? await loadFlow(options.flow) : undefined;
  const locale = resolveLocale(options.lang, process.env);
  let builtin: Promise<readonly Flow[]> | undefined;
  const flows = (): Promise<readonly Flow[]> => {
    builtin ??= Promise.all([loadBuiltinFlows(), loadFlowSideFile(locale)]).then(([all, side]) => all.map((f) => localizeFlow(f, side)));
    return builtin;
  };
  const preloadFlows = (): void => {
    if (flow) return;
    setImmediate(() => flows().catch(() => undefined));
  };

  const contexts = async () => {
    const parsed = kubeconfigFiles(options.kubeconfig).files.map(readKubeconfigFile);
    // A name with a control or bidi character is refused on connect (src/target/safe-names.ts); not offered either.
    const names = [...new Set(parsed.flatMap((p) => p.contexts.map((c) => c.name)))].filter((n) => !isUnsafeName(n));
    const current = options.context ?? parsed.find((p) => p.currentContext)?.currentContext ?? names[0] ?? '';
    return { current, names };
  };

  const connect = async (context: string): Promise<Connection> => {
    const handle = await openLiveReader({ ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}), context, ...(options.namespace ? { namespace: options.namespace } : {}) });
    const reader: ClusterReader = handle.reader;
    const base = { context: handle.context, ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}) };
    const admin = await trainingAdminIfAny(options.kubeconfig ?? process.env['KUBECONFIG']?.split(':')[0], handle.server);
    return {
      ...(admin ? { scenarioReset: { scenariosOf: admin.scenariosOf, reset: admin.resetPod } } : {}),
      label: handle.context,
      namespace: handle.namespace,
      listNamespaces: async () => (await reader.listObjects('Namespace', undefined, { limit: 500 })).items.map((n) => n.metadata.name).sort(),
      scan: ({ namespace, onProgress, onRows }) => {
        // The one-line cause of each row: the same diagnosis, on the status, the events and a short log tail.
        const explain = scanVerdict(base);
        const scanned = scanPods(reader, { ...(namespace ? { namespace } : {}), onProgress, explain, ...(onRows ? { onRows } : {}) });
        scanned.then(preloadFlows, () => undefined);
        return scanned;
      },
      // A list re-read costs a scan: changes within half a second (a crash touches a pod several times) make one.
      follow: ({ namespace, read, onTrouble }) => followPods(reader, namespace ? { namespace } : {}, read, { ...FOLLOW, settleMs: 500, onTrouble, t: createTranslator(locale) }),
      openSession: (namespace, name) => {
        const target: KubectlTarget = { ...base, namespace };
        const runner: PlanRunner = makeRunner(options, target, suspender);
        return createSession({
          pod: `${namespace}/${name}`,
          target,
          gather: () => gatherEvidence(reader, namespace, name, { tailLines: TAIL_LINES, limitBytes: LIMIT_BYTES, target }),
          diagnose: (evidence) => diagnose({ evidence, target }),
          runner,
          flows,
          ...(flow ? { flow } : {}),
          readOnly: options.readOnly,
          follow: (read) => followPods(reader, { namespace, fieldSelector: `metadata.name=${name}` }, read, FOLLOW),
          previewChanges: true,
          lookupEntrypoint: (evidence, container) => lookupEntrypoint(evidence, container, { context: handle.context, server: handle.server }),
        });
      },
    };
  };

  return {
    contexts,
    connect,
    defaultContext: async () => (await contexts()).current,
  };
}

/**
 * The container's real process: the spec when it names a command, else the image config from its registry (the
 * training cluster serves its scenarios' images). Anonymous pulls only: a private image says why it is unknown.
 */
async function lookupEntrypoint(evidence: Evidence, container: string, session: { readonly context: string; readonly server: string }): Promise<Entrypoint> {
  const spec = [...evidence.pod.spec.containers, ...(evidence.pod.spec.initContainers ?? [])].find((c) => c.name === container);
  if (!spec) return effectiveEntrypoint({ image: '' }, { reason: `no container ${container} in the pod` });
  if (spec.command?.length || !spec.image) return effectiveEntrypoint(spec, undefined);
  const result = await fetchImageConfig(spec.image, { platform: nodePlatform(evidence.node?.status?.nodeInfo), timeoutMs: 5000, ...registryMirrorFor(session) });
  return effectiveEntrypoint(spec, result.ok ? { config: result.config } : { reason: result.reason });
}

/** Where the wizard opens: on the named pod, on the training cluster's failing pods, or on the picker. */
export async function chooseStart(backend: WizardBackendWithDefaults, options: WizardOptions): Promise<Start> {
  if (options.pod) {
    const arg = parsePodArg(options.pod, options.namespace);
    const connection = await backend.connect(await backend.defaultContext());
    const namespace = arg.namespace ?? connection.namespace ?? 'default';
    return { kind: 'pod', connection, namespace, name: arg.name };
  }
  if (options.training) return { kind: 'pods', connection: await backend.connect(await backend.defaultContext()) };
  if (options.context || options.namespace) {
    return { kind: 'pods', connection: await backend.connect(await backend.defaultContext()), ...(options.namespace ? { namespace: options.namespace } : {}) };
  }
  return { kind: 'picker' };
}
