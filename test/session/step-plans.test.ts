// The commands steps offer, built from a real scenario pod and the session's target.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Pod } from '../../src/k8s/index.js';
import { buildStepPlan, PLAN_IDS } from '../../src/plans/step-plans.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { evidenceFromScenario } from './scenario-evidence.js';

let pod: Pod;
beforeAll(async () => {
  const [scenario] = await loadScenarios([`${builtinScenariosDir()}/oom-killed-jvm`]);
  pod = (await evidenceFromScenario(scenario!)).pod;
});
const target = { context: 'training', kubeconfig: '/tmp/kc.yaml', namespace: 'payments' };
const ctx = () => ({ pod, container: pod.spec.containers[0]!.name, target, copy: 'ledger-crashcourse-abc12' });

describe('step plans', () => {
  it('carry the context and kubeconfig on every command, and the namespace on every kubectl command', () => {
    for (const id of PLAN_IDS) {
      const plan = buildStepPlan(id, ctx());
      if (!plan) continue;
      expect(plan.id).toBe(id);
      expect(plan.argv).toEqual(expect.arrayContaining(['--context', 'training', '--kubeconfig', '/tmp/kc.yaml']));
      if (plan.argv[0] === 'kubectl') expect(plan.argv.slice(0, 7)).toEqual(['kubectl', '--kubeconfig', '/tmp/kc.yaml', '--context', 'training', '-n', 'payments']);
      else expect(plan.argv[0]).toBe('kubectl-crashcourse');
      expect(plan.purpose.length).toBeGreaterThan(10);
    }
  });

  it('only read, except the override copy (create, with an undo) and its cleanup (delete)', () => {
    const risks = Object.fromEntries(PLAN_IDS.map((id) => [id, buildStepPlan(id, ctx())?.risk]).filter(([, r]) => r && r !== 'read'));
    expect(risks).toEqual({ 'override-copy': 'create', 'override-cleanup': 'delete' });
    const copy = buildStepPlan('override-copy', ctx())!;
    expect(copy.undo).toEqual(buildStepPlan('override-cleanup', ctx())!.argv);
    expect(copy.argv).toContain(`payments/${pod.metadata.name}`);
  });

  it('leave out what does not apply to this pod: init logs without init containers, a shell before a copy exists', () => {
    expect(pod.spec.initContainers ?? []).toEqual([]);
    expect(buildStepPlan('logs-init', ctx())).toBeNull();
    expect(buildStepPlan('override-shell', { pod, container: null, target })).toBeNull();
    const unscheduled: Pod = { ...pod, spec: { ...pod.spec, nodeName: undefined } };
    expect(buildStepPlan('describe-node', { pod: unscheduled, container: null, target })).toBeNull();
  });

  it('read the logs of the failing init container when the pod has one', () => {
    const withInit: Pod = {
      ...pod,
      spec: { ...pod.spec, initContainers: [{ name: 'migrate', image: 'busybox' }, { name: 'wait-db', image: 'busybox' }] },
      status: { ...pod.status, initContainerStatuses: [
        { name: 'migrate', ready: false, restartCount: 0, state: { terminated: { exitCode: 0 } } },
        { name: 'wait-db', ready: false, restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff' } } },
      ] },
    };
    expect(buildStepPlan('logs-init', { pod: withInit, container: null, target })?.argv).toEqual(
      expect.arrayContaining(['logs', pod.metadata.name, '-c', 'wait-db']),
    );
  });
});
