// The training cluster: the Kubernetes API on 127.0.0.1, played from scenario files, with a simulated kubelet.
// kubectl, client-node and every test and benchmark talk to it as to a real cluster.
import { userError } from '../i18n/user-error.js';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { builtinScenariosDir } from '../paths.js';
import { loadScenarios, type Scenario } from '../scenario/index.js';
import { BehaviourCatalog } from './container-behaviour.js';
import type { ClusterState } from './cluster-state.js';
import { handleUpgrade } from './exec-upgrade.js';
import { parseForbid } from './forbid.js';
import { createRequestHandler } from './http-handler.js';
import { SERVER_MINORS } from './discovery.js';
import { installScenarios } from './install-scenarios.js';
import { kubeconfigYaml, writeKubeconfig } from './kubeconfig.js';
import { SimulatedKubelet } from './kubelet.js';
import { LogBook } from './log-book.js';
import { createRegistryHandler, imagesOfScenarios } from './registry/index.js';
import { ObjectStore } from './store.js';
import { addSyntheticPods } from './synthetic-pods.js';
import { startControllers } from './controllers/controller-loop.js';
import type { FateContext } from './needs/container-fate.js';
import { parseNeeds } from './needs/needs-schema.js';
import { storeWorld } from './needs/world.js';
import { createAdminHandler, writeAdminFile } from './admin-endpoint.js';
import { resetScenarios, scenariosOfPod } from './reset-scenarios.js';

export { TRAINING_NAME } from './kubeconfig.js';

export interface TrainingClusterOptions {
  /** Scenario directories; default: the built-in catalogue. */
  readonly scenarios?: readonly string[];
  readonly port?: number;
  readonly latency?: number;
  readonly syntheticPods?: number;
  readonly static?: boolean;
  readonly speed?: number;
  readonly forbid?: readonly string[];
  readonly writeKubeconfig?: string;
  /** Replace an existing file at writeKubeconfig (--force); a symbolic link is refused regardless. */
  readonly overwriteKubeconfig?: boolean;
  readonly quiet?: boolean;
  /** "1.27" … "1.33": the version /version reports; default 1.32. */
  readonly serverVersion?: string;
}

export interface TrainingCluster {
  readonly url: string;
  readonly port: number;
  readonly kubeconfig: string;
  readonly kubeconfigPath?: string;
  readonly scenarios: Scenario[];
  /** Pods served at start-up (scenarios + synthetic). */
  readonly podCount: number;
  /** Restores one scenario (or all) to its recorded objects and clock; returns the names reset. */
  reset(scenario?: string): string[];
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') reject(userError('fail.training.portInUse', { port }));
      else if (e.code === 'EACCES') reject(userError('fail.training.portDenied', { port }));
      else reject(userError('fail.training.listen', { port, why: e.message }));
    });
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

function parseServerVersion(text: string | undefined): number {
  if (text === undefined) return 32;
  const minor = Number(/^v?1\.(\d+)$/.exec(text.trim())?.[1]);
  if (!(SERVER_MINORS as readonly number[]).includes(minor)) throw userError('fail.training.serverVersion', { text });
  return minor;
}

export async function startTrainingCluster(options: TrainingClusterOptions = {}): Promise<TrainingCluster> {
  const forbidden = parseForbid(options.forbid ?? []);
  const serverMinor = parseServerVersion(options.serverVersion);
  const scenarios = await loadScenarios(options.scenarios?.length ? options.scenarios : [builtinScenariosDir()]);
  const images = imagesOfScenarios(scenarios);
  const store = new ObjectStore();
  const logs = new LogBook();
  const start = Date.now();
  const events = installScenarios(store, logs, scenarios, start);
  if (options.syntheticPods) addSyntheticPods(store, logs, options.syntheticPods, start);
  let podCount = 0;
  for (const _ of store.all('pods')) podCount++;

  const catalog = new BehaviourCatalog(scenarios);
  const recordedPods = new Set<string>();
  for (const e of store.all('pods')) recordedPods.add(e.obj.metadata.uid ?? '');
  const fate: FateContext = { needs: parseNeeds(scenarios), world: storeWorld(store), image: (ref) => catalog.image(ref), recorded: (image) => catalog.origin(image)?.behaviour, isRecorded: (pod) => recordedPods.has(pod.metadata.uid ?? '') };
  const kubelet = new SimulatedKubelet(store, logs, { speed: options.speed ?? 1, frozen: Boolean(options.static), catalog, fate });
  kubelet.adoptScenarioPods(events);
  const state: ClusterState = { store, logs, forbidden, kubelet, catalog, scenarios, latency: options.latency ?? 0, user: 'trainee', serverMinor };

  const controllers = startControllers(state, { speed: options.speed ?? 1, frozen: Boolean(options.static) });
  const stopControllers = (): void => controllers.stop();
  const adminToken = randomBytes(24).toString('base64url');
  const reset = (name?: string): string[] => resetScenarios({ store, logs, kubelet, controllers, scenarios }, name);
  const watches = new Set<() => void>();
  const api = createRequestHandler(state, (stop) => {
    watches.add(stop);
    return () => watches.delete(stop);
  });
  const registry = createRegistryHandler(images);
  const sockets = new Set<Socket>();
  const admin = createAdminHandler(adminToken, reset, (namespace, name) => scenariosOfPod(scenarios, namespace, name));
  const server = createServer((req, res) => {
    if (admin(req, res)) return;
    if (registry(req, res)) return;
    void api(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('upgrade', (req, socket, head) => void handleUpgrade(state, req, socket, head));

  let port: number;
  try {
    port = await listen(server, options.port ?? 0);
  } catch (e) {
    stopControllers();
    kubelet.close();
    throw e;
  }
  const url = `http://127.0.0.1:${port}`;
  const kubeconfig = kubeconfigYaml(url);
  const close = async (): Promise<void> => {
    stopControllers();
    kubelet.close();
    for (const stop of [...watches]) stop();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const s of sockets) s.destroy();
    });
  };
  if (options.writeKubeconfig) {
    try {
      await writeKubeconfig(options.writeKubeconfig, kubeconfig, options.overwriteKubeconfig === true);
      await writeAdminFile(options.writeKubeconfig, url, adminToken);
    } catch (e) {
      await close();
      throw e;
    }
  }
  return { url, port, kubeconfig, ...(options.writeKubeconfig ? { kubeconfigPath: options.writeKubeconfig } : {}), scenarios, podCount, reset, close };
}
