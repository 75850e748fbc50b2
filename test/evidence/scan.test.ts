import { describe, expect, it } from 'vitest';
import { openOfflineReader } from '../../src/cluster/index.js';
import type { ListOptions } from '../../src/contracts/read-port.js';
import { scanPods } from '../../src/evidence/index.js';
import type { ScanRow } from '../../src/contracts/scan-row.js';
import { crashingPod, writeScenario } from './scenario-fixture.js';

const healthy = (name: string, namespace = 'default'): object => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace, creationTimestamp: '2026-03-01T10:00:00Z' },
  spec: { containers: [{ name: 'app' }] },
  status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }], containerStatuses: [{ name: 'app', ready: true, restartCount: 0, state: { running: { startedAt: '2026-03-01T10:00:05Z' } } }] },
});

const pending = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'pending', namespace: 'other', creationTimestamp: '2026-03-01T11:00:00Z' },
  spec: { containers: [{ name: 'app' }] },
  status: { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }] },
};

describe('scanning for failing pods', () => {
  it('keeps only failing pods, worst first, and asks the analysis for each cause', async () => {
    const many = crashingPod('many', { metadata: { namespace: 'other' } }) as { status: { containerStatuses: { restartCount: number }[] } };
    many.status.containerStatuses[0]!.restartCount = 40;
    const dir = writeScenario([healthy('ok-1'), healthy('ok-2', 'other'), crashingPod('web'), many, pending]);
    const reader = await openOfflineReader(dir);
    const seenPods: string[] = [];
    const rows = await scanPods(reader, {
      explain: (e) => {
        seenPods.push(e.pod.metadata.name);
        expect(e.logs).toEqual([]);
        return { cause: 'app-crash', summary: `crashes (${e.events.length} events)`, container: 'app', exitCode: 1, confirmed: true };
      },
    });
    expect(rows.map((r) => [r.pod, r.status, r.restarts])).toEqual([
      ['other/many', 'CrashLoopBackOff', 40],
      ['default/web', 'CrashLoopBackOff', 4],
      ['other/pending', 'Pending', 0],
    ]);
    expect(seenPods.sort()).toEqual(['many', 'pending', 'web']);
  });

  it('gives a pod the status does not prove a second look with the tail of its crashed run', async () => {
    const dir = writeScenario(
      [crashingPod('web'), crashingPod('proved')],
      [
        { pod: 'web', container: 'app', previous: true, content: 'starting\ndial tcp 10.0.0.7:5432: connect: connection refused\n' },
        { pod: 'proved', container: 'app', previous: true, content: 'never read\n' },
      ],
    );
    const reader = await openOfflineReader(dir);
    const looks: string[] = [];
    const rows = await scanPods(reader, {
      explain: (e) => {
        const text = e.logs.filter((l) => l.kind === 'previous').map((l) => l.text).join('');
        looks.push(`${e.pod.metadata.name}:${e.logs.length === 0 ? 'status' : 'logs'}`);
        if (e.pod.metadata.name === 'proved') return { cause: 'oom-killed', summary: 'proved by status', container: 'app', exitCode: 137, confirmed: true };
        return text.includes('connection refused')
          ? { cause: 'missing-dependency', summary: 'refused', container: 'app', exitCode: 1 }
          : { cause: 'unknown', summary: 'no idea yet', container: 'app', exitCode: 1 };
      },
    });
    expect(rows.find((r) => r.name === 'web')).toMatchObject({ cause: 'missing-dependency', summary: 'refused' });
    expect(looks.sort()).toEqual(['proved:status', 'web:logs', 'web:status']);
    expect(Object.keys(rows[0]!)).not.toContain('evidence');
  });

  it('hands over the rows before any log is read, marking the causes that wait for logs', async () => {
    const dir = writeScenario(
      [crashingPod('web'), crashingPod('proved')],
      [{ pod: 'web', container: 'app', previous: true, content: 'dial tcp 10.0.0.7:5432: connect: connection refused\n' }],
    );
    const reader = await openOfflineReader(dir);
    const early: ScanRow[][] = [];
    const rows = await scanPods(reader, {
      onRows: (r) => early.push([...r]),
      explain: (e) => {
        if (e.pod.metadata.name === 'proved') return { cause: 'oom-killed', summary: 'proved by status', container: 'app', exitCode: 137, confirmed: true };
        return e.logs.length > 0 ? { cause: 'missing-dependency', summary: 'refused', container: 'app', exitCode: 1 } : { cause: 'unknown', summary: 'status only', container: 'app', exitCode: 1 };
      },
    });
    expect(early).toHaveLength(1);
    expect(early[0]!.map((r) => [r.name, r.pending ?? false])).toEqual(expect.arrayContaining([['web', true], ['proved', false]]));
    expect(Object.keys(early[0]![0]!)).not.toContain('evidence');
    expect(rows.find((r) => r.name === 'web')).toMatchObject({ cause: 'missing-dependency', summary: 'refused' });
    expect(rows.some((r) => r.pending)).toBe(false);
  });

  it('pages through pods 500 at a time and reports progress', async () => {
    const pods = Array.from({ length: 1100 }, (_, i) => healthy(`ok-${i}`));
    const reader = await openOfflineReader(writeScenario([...pods, crashingPod('web')]));
    const pages: (ListOptions | undefined)[] = [];
    const listPods = reader.listPods.bind(reader);
    const spy = Object.assign(Object.create(reader) as typeof reader, {
      listPods: (ns: string | undefined, o?: ListOptions) => {
        pages.push(o);
        return listPods(ns, o);
      },
    });
    const progress: number[] = [];
    const rows = await scanPods(spy, { onProgress: (n) => progress.push(n) });
    expect(rows.map((r) => r.pod)).toEqual(['default/web']);
    expect(pages.map((p) => p?.limit)).toEqual([500, 500, 500]);
    expect(progress).toEqual([500, 1000, 1101]);
  });
});
