// A red-herring variant: the liveness scenario with a stale OOMKilling event from two days before. The answer
// stays the same, the stale event cannot back an OOM kill, and the current status still rules it out.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { judgeClaim, misleadingReading, prepareCase, staleEvent } from '../../src/classroom/index.js';
import { openOfflineReader } from '../../src/cluster/index.js';
import { loadBuiltinFlows } from '../../src/flow/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { loadScenarios } from '../../src/scenario/index.js';

const tmp = await mkdtemp(join(tmpdir(), 'crashcourse-herring-'));
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('a stale-event red herring', () => {
  it('adds an old OOMKilling beside an exit 137 that the status says was not an OOM kill', async () => {
    const [original] = await loadScenarios([join(builtinScenariosDir(), 'liveness-probe-missing-file')]);
    const pod = original!.objects.find((o) => o.kind === 'Pod' && o.metadata.name === 'healthcheck-demo')!;
    const misleading = misleadingReading(137, ['liveness-probe']);
    expect(misleading).toBe('oom-killed');
    const dir = join(tmp, 'variant');
    await cp(original!.dir, dir, { recursive: true });
    await writeFile(join(dir, 'red-herring.yaml'), stringify(staleEvent(pod, misleading, original!.recordedAt)));

    const [variant] = await loadScenarios([dir]);
    const c = await prepareCase({ reader: await openOfflineReader(dir), scenario: variant!, flows: await loadBuiltinFlows(), seed: 1 });
    const herring = c.quotes.find((q) => /OOMKilling|Memory cgroup out of memory/.test(q.text));
    expect(herring, JSON.stringify(c.quotes, null, 1)).toBeDefined();
    expect(c.expected).toBe('liveness-probe');
    expect(c.support).not.toContain(herring!.id);
    expect(judgeClaim(c, 'oom-killed', 'backed', herring!.id)).toBe(false);
    expect(judgeClaim(c, 'oom-killed', 'ruled-out', c.quotes.find((q) => q.source === 'status')!.id)).toBe(true);
  });
});
