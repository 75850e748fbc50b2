// Guards for the rules drawn from real-world-cases-more.ts: the same pods, changed in the one fact each rule rests
// on, keep their ordinary diagnosis.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/analysis/index.js';
import type { Evidence, LogExcerpt } from '../../src/evidence/types.js';
import { MORE_CASES } from './real-world-cases-more.js';

const caseFrom = (source: RegExp): Evidence => {
  const c = MORE_CASES.find((x) => source.test(x.source));
  if (!c) throw new Error(`no real-world case from ${source}`);
  return structuredClone(c.evidence) as Evidence;
};
const causeOf = (evidence: Evidence): string | null => diagnose({ evidence, target: { namespace: evidence.pod.metadata.namespace ?? 'default' } }).cause;
const withLog = (evidence: Evidence, text: string): Evidence => ({ ...evidence, logs: evidence.logs.map((l): LogExcerpt => ({ ...l, text })) });

describe('rules from the later real-world cases that must not overreach', () => {
  it('a Kafka error about a node that is not a failure to connect stays an app crash', () => {
    const e = caseFrom(/kraft-mode-kafka-on-kubernetes\/issues\/3/);
    expect(causeOf(e)).toBe('missing-dependency');
    expect(causeOf(withLog(e, '[2022-10-25 09:13:45,230] ERROR [RaftManager nodeId=0] Error processing response from node kafka-1 (org.apache.kafka.raft.KafkaRaftClient)\njava.lang.IllegalStateException: Unexpected epoch 3\n'))).toBe('app-crash');
  });

  it('a Spring start-up failure that is not about getting a connection stays an app crash', () => {
    const e = caseFrom(/istio-workshop\/issues\/40/);
    expect(causeOf(e)).toBe('missing-dependency');
    expect(causeOf(withLog(e, "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'guestbookService'\nCaused by: java.lang.NullPointerException\n"))).toBe('app-crash');
  });

  it('failing to get something other than a connection is not a missing dependency', () => {
    const e = caseFrom(/istio-workshop\/issues\/40/);
    expect(causeOf(withLog(e, 'java.lang.IllegalStateException: Could not get a free slot from the worker pool\n'))).not.toBe('missing-dependency');
  });
});
