// exec/attach/portforward upgrades (WebSocket or SPDY): find the pod (and for exec/attach a running container),
// then hand the socket to the fake-shell session or the port-forward streams; anything else is refused with the Status the apiserver would send.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ContainerStatus, Pod } from '../k8s/index.js';
import { ApiError } from './api-status.js';
import type { ClusterState } from './cluster-state.js';
import { containerContextFor, rejectUpgrade, serveRemoteCommand, sessionFromQuery, type ImageDefaults } from './exec/index.js';
import type { ContainerContext } from './exec/types.js';
import type { ScenarioImage } from '../scenario/index.js';
import { checkAccess } from './http-handler.js';
import { readSource } from './log-book.js';
import { parseApiPath } from './request-target.js';
import { servePortForward } from './port-forward/index.js';

const reject = (socket: Duplex, e: ApiError): void => rejectUpgrade(socket, { code: e.code, reason: e.reason, message: e.message });

export async function handleUpgrade(state: ClusterState, req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
  try {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const parsed = parseApiPath(url.pathname);
    const target = parsed?.kind === 'resource' ? parsed.target : undefined;
    const sub = target?.subresource;
    if (!target || target.type.storage !== 'pods' || !target.name || (sub !== 'exec' && sub !== 'attach' && sub !== 'portforward')) {
      throw new ApiError(404, 'NotFound', 'the server could not find the requested resource');
    }
    checkAccess(state, 'create', target);
    const entry = state.store.get('pods', target.namespace, target.name);
    if (!entry) throw new ApiError(404, 'NotFound', `pods "${target.name}" not found`);
    const pod = entry.obj as Pod;
    if (sub === 'portforward') {
      const { namespace, name } = { namespace: target.namespace, name: target.name };
      servePortForward(req, socket, head, () => state.store.get('pods', namespace, name)?.obj as Pod | undefined);
      return;
    }
    const name = url.searchParams.get('container') || pod.spec.containers[0]?.name || '';
    const all = [...pod.spec.containers, ...(pod.spec.initContainers ?? []), ...(pod.spec.ephemeralContainers ?? [])];
    const spec = all.find((c) => c.name === name);
    if (!spec) throw new ApiError(400, 'BadRequest', `container ${name} is not valid for pod ${pod.metadata.name}`);
    const statuses: ContainerStatus[] = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.ephemeralContainerStatuses ?? [])];
    const cs = statuses.find((c) => c.name === name);
    if (!cs?.state?.running) throw new ApiError(500, 'InternalError', `container not found ("${name}")`);
    const context = await contextOf(state, pod, name, statuses);
    // kubectl debug --target: the debug container shares the target's process namespace (and sees its files).
    const targeted = (pod.spec.ephemeralContainers ?? []).find((c) => c.name === name)?.targetContainerName;
    const shared = targeted ? await contextOf(state, pod, targeted, statuses) : undefined;
    if (!context) throw new ApiError(500, 'InternalError', `container not found ("${name}")`);
    // A debug container's command has no recorded run to replay: the fake shell runs it (strace, ls, …).
    const own = isEphemeral(pod, name) ? withoutEntrypoint(context) : context;
    const attach = target.subresource === 'attach' ? [...(spec.command ?? []), ...(spec.args ?? [])] : undefined;
    serveRemoteCommand(req, socket, head, sessionFromQuery(url.searchParams, shared ? { ...own, processTarget: shared } : own, attach?.length ? attach : undefined));
  } catch (e) {
    reject(socket, e instanceof ApiError ? e : new ApiError(500, 'InternalError', (e as Error).message));
  }
}

/** One container's context as the fake shell sees it, with what its source pod's run printed. */
async function contextOf(state: ClusterState, pod: Pod, name: string, statuses: readonly ContainerStatus[]): Promise<ContainerContext | undefined> {
  const ns = pod.metadata.namespace ?? 'default';
  const spec = [...pod.spec.containers, ...(pod.spec.initContainers ?? []), ...(pod.spec.ephemeralContainers ?? [])].find((c) => c.name === name);
  if (!spec) return undefined;
  const cs = statuses.find((c) => c.name === name);
  const lookup = (storage: string) => (n: string) => state.store.get(storage, ns, n)?.obj;
  // A debug copy has no history of its own: its original command, output and exit code are its source's.
  const origin = state.catalog.origin(spec.image);
  const crashed = origin?.behaviour.kind === 'crash' ? origin.behaviour : undefined;
  const previous = state.logs.get(ns, pod.metadata.name, name)?.previous ?? crashed?.log;
  const log = previous ? (await readSource(previous, 200, 256 * 1024)).toString('utf8') : undefined;
  const exitCode = cs?.lastState?.terminated?.exitCode ?? crashed?.exitCode;
  const ownCommand = [...(spec.command ?? []), ...(spec.args ?? [])];
  const image = state.catalog.image(spec.image);
  const context = containerContextFor(pod, name, {
    configMap: lookup('configmaps'),
    secret: lookup('secrets'),
    ...(log !== undefined ? { entrypointLog: log } : {}),
    ...(exitCode !== undefined ? { entrypointExitCode: exitCode } : {}),
    ...(origin && origin.command.join('\0') !== ownCommand.join('\0') ? { originalCommand: origin.command } : {}),
    ...(image ? { hasShell: image.shell, image: imageDefaults(image) } : {}),
  });
  // A restart gives the container a new id, and with it a fresh writable layer, as containerd does.
  const layerKey = cs?.containerID ?? `${ns}/${pod.metadata.name}/${pod.metadata.uid ?? ''}/${name}`;
  return context && { ...context, writableLayer: writableLayer(state, layerKey) };
}

const layers = new WeakMap<ClusterState, Map<string, Map<string, string | null>>>();

function writableLayer(state: ClusterState, key: string): Map<string, string | null> {
  const byContainer = layers.get(state) ?? new Map<string, Map<string, string | null>>();
  layers.set(state, byContainer);
  const layer = byContainer.get(key) ?? new Map<string, string | null>();
  byContainer.set(key, layer);
  return layer;
}

const isEphemeral = (pod: Pod, name: string): boolean => (pod.spec.ephemeralContainers ?? []).some((c) => c.name === name);

function withoutEntrypoint(ctx: ContainerContext): ContainerContext {
  const { entrypoint: _replayed, ...rest } = ctx;
  return rest;
}

/** What the runtime takes from the image config when the spec is silent: WORKDIR, ENTRYPOINT/CMD, USER, ENV. */
function imageDefaults(image: ScenarioImage): ImageDefaults {
  return {
    ...(image.entrypoint ? { entrypoint: image.entrypoint } : {}),
    ...(image.cmd ? { cmd: image.cmd } : {}),
    ...(image.workingDir ? { workingDir: image.workingDir } : {}),
    ...(image.user ? { user: image.user } : {}),
    ...(image.env ? { env: image.env } : {}),
  };
}
