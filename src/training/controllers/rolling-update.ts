// The arithmetic of a Deployment's RollingUpdate, as the deployment controller does it (pkg/controller/
// deployment/rolling.go and util): maxSurge rounds up and maxUnavailable rounds down against spec.replicas,
// 0/0 becomes 0/1; the new ReplicaSet grows while the ReplicaSets' replicas stay within replicas + surge, and
// old ReplicaSets shrink, their unavailable pods first, while at least replicas - unavailable stay available.
// Pure: counts in, target replica counts out.

export interface RollingUpdateSpec {
  readonly maxSurge?: number | string;
  readonly maxUnavailable?: number | string;
}

export interface ReplicaSetCounts {
  readonly name: string;
  /** spec.replicas */
  readonly replicas: number;
  /** status.availableReplicas */
  readonly available: number;
  readonly created: string;
}

/** GetScaledValueFromIntOrPercent: a number as is, "N%" of `total` rounded up or down; undefined when malformed. */
export function scaledValue(value: number | string | undefined, total: number, roundUp: boolean): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  const m = /^(\d+)%$/.exec(value ?? '');
  if (!m) return undefined;
  const exact = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/** ResolveFenceposts with apps/v1 defaults (25% each); maxUnavailable never above the replicas wanted. */
export function fenceposts(rolling: RollingUpdateSpec | undefined, desired: number): { surge: number; unavailable: number } {
  const surge = scaledValue(rolling?.maxSurge ?? '25%', desired, true) ?? 0;
  let unavailable = scaledValue(rolling?.maxUnavailable ?? '25%', desired, false) ?? 0;
  // Both zero would never make progress: the controller allows one unavailable pod.
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable: Math.min(unavailable, desired) };
}

/** NewRSNewReplicas: how far the new ReplicaSet may grow this step. */
export function newReplicaSetTarget(desired: number, surge: number, all: readonly ReplicaSetCounts[], newRs: ReplicaSetCounts): number {
  if (newRs.replicas >= desired) return desired;
  const current = all.reduce((n, rs) => n + rs.replicas, 0);
  const room = desired + surge - current;
  if (room <= 0) return newRs.replicas;
  return newRs.replicas + Math.min(room, desired - newRs.replicas);
}

const oldestFirst = (a: ReplicaSetCounts, b: ReplicaSetCounts): number => (a.created < b.created ? -1 : a.created > b.created ? 1 : a.name < b.name ? -1 : 1);

/** reconcileOldReplicaSets: the old ReplicaSets' new replica counts (those not listed keep theirs). */
export function oldReplicaSetTargets(desired: number, unavailable: number, olds: readonly ReplicaSetCounts[], newRs: ReplicaSetCounts): Map<string, number> {
  const targets = new Map<string, number>();
  const replicas = (rs: ReplicaSetCounts): number => targets.get(rs.name) ?? rs.replicas;
  if (!olds.some((rs) => rs.replicas > 0)) return targets;
  const minAvailable = desired - unavailable;
  const all = olds.reduce((n, rs) => n + rs.replicas, 0) + newRs.replicas;
  const maxScaledDown = all - minAvailable - (newRs.replicas - newRs.available);
  if (maxScaledDown <= 0) return targets;
  const sorted = [...olds].sort(oldestFirst);
  // cleanupUnhealthyReplicas: pods that are not available go first, up to maxScaledDown of them.
  let cleaned = 0;
  for (const rs of sorted) {
    if (cleaned >= maxScaledDown) break;
    const unhealthy = rs.replicas - rs.available;
    if (rs.replicas === 0 || unhealthy <= 0) continue;
    const n = Math.min(maxScaledDown - cleaned, unhealthy);
    targets.set(rs.name, rs.replicas - n);
    cleaned += n;
  }
  // scaleDownOldReplicaSetsForRollingUpdate: then available old pods, while enough stay available.
  const available = olds.reduce((n, rs) => n + rs.available, 0) + newRs.available;
  if (available <= minAvailable) return targets;
  const budget = available - minAvailable;
  let scaled = 0;
  for (const rs of sorted) {
    if (scaled >= budget) break;
    if (replicas(rs) === 0) continue;
    const n = Math.min(replicas(rs), budget - scaled);
    targets.set(rs.name, replicas(rs) - n);
    scaled += n;
  }
  return targets;
}
