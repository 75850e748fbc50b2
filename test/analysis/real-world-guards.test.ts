// The general rules the real-world cases led to must not overreach: the same pods, changed in the one fact each
// rule rests on, keep their ordinary diagnosis.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import type { Evidence, LogExcerpt } from '../../src/contracts/evidence.js';
import { REAL_WORLD_CASES } from './real-world-cases.js';

const caseFrom = (source: RegExp): Evidence => {
  const c = REAL_WORLD_CASES.find((x) => source.test(x.source));
  if (!c) throw new Error(`no real-world case from ${source}`);
  return structuredClone(c.evidence) as Evidence;
};
const causeOf = (evidence: Evidence): string | null => diagnose({ evidence, target: { namespace: evidence.pod.metadata.namespace ?? 'default' } }).cause;
const withLog = (evidence: Evidence, text: string): Evidence => ({ ...evidence, logs: evidence.logs.map((l): LogExcerpt => ({ ...l, text })) });

describe('real-world rules that must not overreach', () => {
  it('an init container that started a minute ago is still starting, not stuck', () => {
    const e = caseFrom(/poseidon\/issues\/125/);
    const started = Date.parse(e.pod.status!.initContainerStatuses![0]!.state!.running!.startedAt!);
    expect(causeOf({ ...e, collectedAt: started + 60_000 })).toBeNull();
    expect(causeOf(e)).toBe('init-container');
  });

  it('exit 0 after a run far shorter than the startup probe allows is a program that ends, not a probe kill', () => {
    const e = caseFrom(/kube-prometheus\/issues\/1674/);
    const st = e.pod.status!.containerStatuses![0]! as { lastState: { terminated: { startedAt: string; finishedAt: string } } };
    st.lastState.terminated.startedAt = new Date(Date.parse(st.lastState.terminated.finishedAt) - 30_000).toISOString();
    expect(causeOf(e)).toBe('exits-zero');
  });

  it('a generic "configuration error" yields only to an OS error logged with it or after it', () => {
    const e = caseFrom(/astronomer-ee\/issues\/113/);
    expect(causeOf(withLog(e, "OSError: [Errno 30] Read-only file system: '/tmp/x' (ignored, using memory)\nUnable to load the config, contains a configuration error.\n"))).toBe('bad-config');
  });

  it('a lower-case name said to be missing is not read as an environment variable', () => {
    const e = caseFrom(/kubernetes\/issues\/65695/);
    expect(causeOf(withLog(e, 'panic: handler_cache not found.\n\ngoroutine 1 [running]:\nmain.main()\n'))).toBe('app-crash');
  });

  it('a runtime mkdir failing for another reason than a read-only filesystem is not called a mount failure', () => {
    const e = caseFrom(/gofabric8\/issues\/281/);
    const st = e.pod.status!.containerStatuses![0]! as { lastState: { terminated: { message: string } } };
    st.lastState.terminated.message = 'mkdir /mnt/ephemeral: no space left on device';
    const events = e.events.map((x) => ({ ...x, message: 'Failed to start container with docker id 5d51a9b0b79d with error: Error response from daemon: mkdir /mnt/ephemeral: no space left on device' }));
    expect(causeOf({ ...e, events })).not.toBe('mount-failure');
  });

  it('CreateContainerConfigError for a missing Secret stays missing config', () => {
    const e = caseFrom(/aks-engine\/issues\/3066/);
    const st = e.pod.status!.containerStatuses![0]! as { state: { waiting: { message: string } } };
    st.state.waiting.message = 'secret "ce-api-tempappsettings" not found';
    expect(causeOf({ ...e, events: [] })).toBe('missing-config');
  });
});
