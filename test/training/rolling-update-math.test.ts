// The RollingUpdate arithmetic against the deployment controller's rules: surge rounds up, unavailable rounds
// down, 0/0 allows one unavailable, the new ReplicaSet grows within replicas + surge, old ones shrink
// unavailable pods first and keep replicas - unavailable available.
import { describe, expect, it } from 'vitest';
import { fenceposts, newReplicaSetTarget, oldReplicaSetTargets, scaledValue } from '../../src/training/controllers/rolling-update.js';

const rs = (name: string, replicas: number, available: number, created = `2024-01-0${name.length}T00:00:00Z`) => ({ name, replicas, available, created });

describe('fenceposts', () => {
  it('rounds a percentage surge up and unavailable down', () => {
    expect(fenceposts({ maxSurge: '25%', maxUnavailable: '25%' }, 10)).toEqual({ surge: 3, unavailable: 2 });
    expect(fenceposts({ maxSurge: '30%', maxUnavailable: '30%' }, 3)).toEqual({ surge: 1, unavailable: 0 });
  });
  it('takes absolute numbers as they are, caps unavailable at the replicas and defaults to 25%/25%', () => {
    expect(fenceposts({ maxSurge: 2, maxUnavailable: 7 }, 4)).toEqual({ surge: 2, unavailable: 4 });
    expect(fenceposts(undefined, 4)).toEqual({ surge: 1, unavailable: 1 });
  });
  it('turns 0/0 into one unavailable pod so a rollout can move', () => {
    expect(fenceposts({ maxSurge: 0, maxUnavailable: '10%' }, 5)).toEqual({ surge: 0, unavailable: 1 });
  });
  it('reads a malformed value as nothing', () => {
    expect(scaledValue('25', 4, true)).toBeUndefined();
    expect(scaledValue(-1, 4, true)).toBeUndefined();
  });
});

describe('one step of a rollout', () => {
  it('grows the new ReplicaSet only within replicas + surge', () => {
    const newRs = rs('new', 0, 0);
    expect(newReplicaSetTarget(4, 1, [rs('old', 4, 4), newRs], newRs)).toBe(1);
    expect(newReplicaSetTarget(4, 0, [rs('old', 4, 4), newRs], newRs)).toBe(0);
    expect(newReplicaSetTarget(4, 3, [rs('old', 2, 2), rs('new', 1, 0)], rs('new', 1, 0))).toBe(4);
    expect(newReplicaSetTarget(4, 1, [rs('new', 6, 6)], rs('new', 6, 6))).toBe(4);
  });

  it('shrinks old ReplicaSets by what may be unavailable, never below replicas - unavailable available', () => {
    expect(oldReplicaSetTargets(4, 2, [rs('old', 4, 4)], rs('new', 0, 0))).toEqual(new Map([['old', 2]]));
    expect(oldReplicaSetTargets(4, 0, [rs('old', 4, 4)], rs('new', 1, 0))).toEqual(new Map());
    expect(oldReplicaSetTargets(4, 0, [rs('old', 4, 4)], rs('new', 1, 1))).toEqual(new Map([['old', 3]]));
  });

  it('removes unavailable old pods first, oldest ReplicaSet first', () => {
    // The two crashing pods go; no serving one may, since only 3 of 4 (the minimum) are available.
    expect(oldReplicaSetTargets(4, 1, [rs('older', 2, 0), rs('oldest', 2, 2, '2023-01-01T00:00:00Z')], rs('new', 1, 1))).toEqual(new Map([['older', 0]]));
    // With a fourth available pod, the oldest set gives up one serving pod after the crashing ones.
    expect(oldReplicaSetTargets(4, 1, [rs('older', 2, 0), rs('oldest', 2, 2, '2023-01-01T00:00:00Z')], rs('new', 2, 2))).toEqual(new Map([['older', 0], ['oldest', 1]]));
    expect(oldReplicaSetTargets(3, 1, [rs('a', 3, 3)], rs('new', 1, 1))).toEqual(new Map([['a', 1]]));
  });
});
