// Puts scenarios back as they were recorded: every object in their namespaces (including what a trainee
// created there) is removed, the scenario's objects are installed again with the clock shifted to now, and
// the simulated kubelet picks their pods up afresh. Other scenarios keep running untouched.
import { userError } from '../i18n/user-error.js';
import type { KubeEvent, KubeObject, Pod } from '../k8s/index.js';
import type { Scenario } from '../scenario/index.js';
import type { Controllers } from './controllers/controller-loop.js';
import { installScenarios } from './install-scenarios.js';
import type { SimulatedKubelet } from './kubelet.js';
import type { LogBook } from './log-book.js';
import { RESOURCE_TYPES } from './resources.js';
import type { ObjectStore } from './store.js';
import { worldsOf } from './worlds.js';

export interface ResetParts {
  readonly store: ObjectStore;
  readonly logs: LogBook;
  readonly kubelet: SimulatedKubelet;
  readonly controllers: Controllers;
  readonly scenarios: readonly Scenario[];
}

function namespacesOf(s: Scenario): Set<string> {
  const out = new Set<string>();
  for (const o of s.objects) if (o.kind !== 'Namespace' && o.kind !== 'Node') out.add(o.metadata.namespace ?? 'default');
  return out;
}

/**
 * The scenarios a pod belongs to: the one that defines it, else (a pod a controller made after a fix) every
 * scenario with objects in its namespace.
 */
export function scenariosOfPod(scenarios: readonly Scenario[], namespace: string, name: string): string[] {
  const defining = scenarios.filter((s) => s.objects.some((o) => o.kind === 'Pod' && (o.metadata.namespace ?? 'default') === namespace && o.metadata.name === name));
  return (defining.length ? defining : scenarios.filter((s) => namespacesOf(s).has(namespace))).map((s) => s.name);
}

/** Resets one scenario by name, or all of them; returns the names reset. */
export function resetScenarios(parts: ResetParts, name?: string): string[] {
  const chosen = name === undefined ? [...parts.scenarios] : parts.scenarios.filter((s) => s.name === name);
  if (!chosen.length) throw userError('fail.training.noSuchScenario', { name: name ?? '', served: parts.scenarios.map((s) => s.name).join(', ') });
  const namespaces = new Set(chosen.flatMap((s) => [...namespacesOf(s)]));
  const doomed = removalSet(parts, chosen, namespaces);
  parts.controllers.quietly(namespaces, () => {
    for (const [storage, ns, name] of doomed) {
      if (storage === 'pods') {
        parts.kubelet.forget(ns, name);
        parts.logs.forgetPod(ns, name);
      }
      parts.store.remove(storage, ns, name);
    }
    const events = installScenarios(parts.store, parts.logs, chosen, Date.now(), worldsOf(parts.scenarios));
    const fresh = new Set(chosen.flatMap((s) => s.objects.filter((o) => o.kind === 'Pod').map((o) => `${o.metadata.namespace ?? 'default'}/${o.metadata.name}`)));
    parts.kubelet.adoptScenarioPods(events, (p: Pod) => fresh.has(`${p.metadata.namespace ?? 'default'}/${p.metadata.name}`));
  });
  return chosen.map((s) => s.name);
}

const key = (kind: string | undefined, ns: string, name: string): string => `${kind ?? ''}/${ns}/${name}`;

/**
 * What a reset removes: in a namespace only the chosen scenarios use, everything; in one shared with another
 * scenario, the chosen scenarios' objects, what they own (ReplicaSets and pods their controllers made, events
 * about them) and loose objects nobody owns (what a trainee created), but never the other scenario's objects.
 */
function removalSet(parts: ResetParts, chosen: readonly Scenario[], namespaces: ReadonlySet<string>): [string, string, string][] {
  const others = parts.scenarios.filter((s) => !chosen.includes(s));
  const shared = new Set([...namespaces].filter((ns) => others.some((s) => namespacesOf(s).has(ns))));
  const otherKeys = new Set(others.flatMap((s) => s.objects.map((o) => key(o.kind, o.metadata.namespace ?? 'default', o.metadata.name))));
  const candidates: { storage: string; obj: KubeObject }[] = [];
  for (const storage of [...new Set(RESOURCE_TYPES.filter((t) => t.namespaced && t.storage).map((t) => t.storage))]) {
    for (const e of parts.store.all(storage)) if (namespaces.has(e.obj.metadata.namespace ?? 'default')) candidates.push({ storage, obj: e.obj });
  }
  const doomed = new Set<string>();
  const keep = new Set<string>();
  for (const { obj } of candidates) {
    const ns = obj.metadata.namespace ?? 'default';
    const k = key(obj.kind, ns, obj.metadata.name);
    if (!shared.has(ns)) doomed.add(k);
    else if (otherKeys.has(k)) keep.add(k);
  }
  // Owned objects and events follow what they belong to; repeat until nothing changes (pod → RS → Deployment).
  for (let changed = true; changed; ) {
    changed = false;
    for (const { obj } of candidates) {
      const ns = obj.metadata.namespace ?? 'default';
      const k = key(obj.kind, ns, obj.metadata.name);
      if (doomed.has(k) || keep.has(k)) continue;
      const ref = (obj.metadata.ownerReferences ?? [])[0];
      const about = (obj as KubeEvent).involvedObject;
      const parent = ref ? key(ref.kind, ns, ref.name) : about ? key(about.kind, about.namespace ?? ns, about.name ?? '') : undefined;
      if (parent && keep.has(parent)) { keep.add(k); changed = true; }
      else if (!parent || doomed.has(parent) || !candidates.some((c) => key(c.obj.kind, c.obj.metadata.namespace ?? 'default', c.obj.metadata.name) === parent)) { doomed.add(k); changed = true; }
    }
  }
  return candidates.filter(({ obj }) => doomed.has(key(obj.kind, obj.metadata.namespace ?? 'default', obj.metadata.name))).map(({ storage, obj }) => [storage, obj.metadata.namespace ?? 'default', obj.metadata.name]);
}
