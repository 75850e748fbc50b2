// Facts are typed per finding id: a builder checks them where a finding is made, a reader returns them typed.
// The @ts-expect-error lines are checked by `tsc` (npm test): a wrong fact name or type does not compile.
import { describe, expect, it } from 'vitest';
import { factOf, finding, lineOf } from '../../src/analysis/finding-facts.js';
import { findingOf, isFindingOf, type Finding } from '../../src/contracts/diagnosis.js';
import { diagnose } from '../../src/report/diagnose.js';
import { evidenceOf } from './support/evidence.js';
import { appContainer, crashLooping, NOW, podOf } from './support/pods.js';
import { say } from '../../src/contracts/diagnosis.js';

describe('typed finding facts', () => {
  it('reads a typed fact from the findings of a diagnosis', () => {
    const c = appContainer({ resources: { limits: { memory: '1Gi' } }, env: [{ name: 'JAVA_TOOL_OPTIONS', value: '-Xmx1536m' }] });
    const d = diagnose({ evidence: evidenceOf({ pod: podOf([c], [crashLooping('app', { exitCode: 137, reason: 'OOMKilled', lived: 80 })]), collectedAt: NOW }), target: { namespace: 'shop' } });
    const heap: number | undefined = factOf(d.findings, 'memory-limit-tight', 'heapBytes');
    expect(heap).toBe(1536 * 1024 ** 2);
    expect(factOf(d.findings, 'exit-code', 'code')).toBe(137);
    expect(factOf(d.findings, 'probe-kill', 'probe')).toBeUndefined();
  });

  it('builds findings whose facts match their id', () => {
    const f = finding({ id: 'duplicate-port', confidence: 'possible', say: say('dx.text', { text: 'two containers declare 8080' }), evidence: [], facts: { port: '8080', containers: 'a,b' } });
    expect(f.facts).toEqual({ port: '8080', containers: 'a,b' });
    // @ts-expect-error: duplicate-port has no fact called heapBytes
    finding({ id: 'duplicate-port', confidence: 'possible', say: say('dx.text', { text: '' }), evidence: [], facts: { port: '1', containers: '', heapBytes: 1 } });
    // @ts-expect-error: exit-code's code is a number
    finding({ id: 'exit-code', confidence: 'confirmed', say: say('dx.text', { text: '' }), evidence: [], facts: { code: '137', kind: '', meaning: '', reason: '' } });
    // @ts-expect-error: memory-limit-tight has no fact called heapbytes
    factOf([], 'memory-limit-tight', 'heapbytes');
  });

  it('is a union keyed by id: narrowing by id types the facts, and a fact of another id does not compile', () => {
    const findings: Finding[] = [
      finding({ id: 'probe-failing', confidence: 'likely', say: say('dx.text', { text: 'liveness fails' }), evidence: [], facts: { probe: 'liveness', count: 3, message: 'HTTP 500' } }),
      finding({ id: 'log-panic', confidence: 'likely', say: say('dx.text', { text: 'a panic' }), evidence: [], facts: { line: 'panic: boom', specificity: 40, run: 'previous', index: 7 } }),
    ];
    const probe = findingOf(findings, 'probe-failing');
    const which: string | undefined = probe?.facts?.probe;
    expect(which).toBe('liveness');
    const f = findings[0]!;
    // @ts-expect-error: facts are not readable before the id is known
    void f.facts?.probe;
    if (isFindingOf(f, 'probe-failing')) {
      // @ts-expect-error: probe-failing has no heapBytes
      void f.facts?.heapBytes;
    }
    expect(lineOf(findings[1]!)).toMatchObject({ run: 'previous', index: 7 });
    expect(lineOf(findings[0]!)).toBeUndefined();
  });
});
