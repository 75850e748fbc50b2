// The guard vocabulary evaluated over diagnoses, and said in words for trainers.
import { describe, expect, it } from 'vitest';
import { describeGuard, holds, type Guard } from '../../src/flow/index.js';
import { factsOf, typicalWorld } from './diagnoses.js';

const oom = factsOf(typicalWorld('oom-killed', 'confirmed'));
const init = factsOf(typicalWorld('init-container', 'possible'));

describe('guards', () => {
  it.each<[string, Guard, boolean, boolean]>([
    ['cause', { kind: 'cause', cause: 'oom-killed' }, true, false],
    ['causeIn', { kind: 'causeIn', causes: ['segfault', 'init-container'] }, false, true],
    ['finding', { kind: 'finding', finding: 'oom-killed' }, true, false],
    ['exitCodeIn', { kind: 'exitCodeIn', codes: [137, 143] }, true, false],
    ['confidenceAtLeast likely', { kind: 'confidenceAtLeast', confidence: 'likely' }, true, false],
    ['podStatusIn', { kind: 'podStatusIn', statuses: ['Init:CrashLoopBackOff'] }, false, true],
    ['hasInitFailure', { kind: 'hasInitFailure' }, false, true],
    ['not', { kind: 'not', guard: { kind: 'hasInitFailure' } }, true, false],
    ['all', { kind: 'all', guards: [{ kind: 'cause', cause: 'oom-killed' }, { kind: 'exitCodeIn', codes: [1] }] }, false, false],
    ['any', { kind: 'any', guards: [{ kind: 'cause', cause: 'oom-killed' }, { kind: 'exitCodeIn', codes: [1] }] }, true, true],
  ])('%s holds or not over an OOM kill and a failing init container', (_name, guard, onOom, onInit) => {
    expect(holds(guard, oom)).toBe(onOom);
    expect(holds(guard, init)).toBe(onInit);
  });

  it('never holds a cause or exit code over a healthy pod, whose cause and exit code are null', () => {
    const healthy = factsOf({ cause: null, findings: [], exitCode: null, podStatus: 'Running', confidence: null });
    expect(holds({ kind: 'causeIn', causes: ['unknown'] }, healthy)).toBe(false);
    expect(holds({ kind: 'exitCodeIn', codes: [0] }, healthy)).toBe(false);
    expect(holds({ kind: 'confidenceAtLeast', confidence: 'possible' }, healthy)).toBe(false);
  });

  it('reads a guard out in words', () => {
    expect(describeGuard({ kind: 'all', guards: [{ kind: 'cause', cause: 'oom-killed' }, { kind: 'not', guard: { kind: 'exitCodeIn', codes: [137, 143] } }] }))
      .toBe('the cause is oom-killed and not (the exit code is 137 or 143)');
  });
});
