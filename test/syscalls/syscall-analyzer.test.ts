// The analysis reads a strace capture attached to the evidence like a log: one finding, the line quoted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';
import type { Evidence } from '../../src/contracts/evidence.js';

const trace = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/strace', name), 'utf8');

function evidence(traces: Evidence['traces']): Evidence {
  return {
    pod: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default' }, spec: { containers: [{ name: 'app', image: 'nginx:1.25.4' }] } } as Evidence['pod'],
    events: [], logs: [], owners: [], nodeEvents: [], references: [], services: [], limitRanges: [], quotas: [], gaps: [],
    collectedAt: 0, source: 'test', ...(traces ? { traces } : {}),
  };
}

describe('the syscall analyzer', () => {
  it('turns the nginx upstream trace into a missing-dependency finding quoting the failed answer', () => {
    const found = analyze(evidence([{ container: 'app', origin: 'strace -f in the override copy', text: trace('nginx-upstream.trace'), truncated: false }]))
      .filter((f) => f.id === 'syscall-failure');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cause: 'missing-dependency', container: 'app', facts: { kind: 'dns-failure', name: 'flask' } });
    expect(found[0]!.evidence[0]!.text).toContain('recvfrom(');
    expect(found[0]!.evidence[1]!.text).toContain('+++ exited with 1 +++');
  });

  it('says nothing when no trace was captured', () => {
    expect(analyze(evidence(undefined)).filter((f) => f.id === 'syscall-failure')).toEqual([]);
  });
});
