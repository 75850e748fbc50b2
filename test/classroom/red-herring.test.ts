// Red-herring variants inside an exercise: the liveness scenario with a stale OOMKilling event from two days
// before (the answer stays, the stale event cannot back an OOM kill, the status still rules it out); a noisy
// sidecar and a wrapper's misleading exit code; and how a trainer picks them (--red-herring, class.yaml).
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  chooseRedHerring, HERRINGS, judgeClaim, misleadingReading, parseClassFile, prepareCase, RED_HERRINGS, SIDECAR_NAME, staleEvent, type RedHerringKind,
} from '../../src/classroom/index.js';
import { redHerringKinds } from '../../src/cli/exercise-command.js';
import { herringInput, writeVariant } from '../../src/cli/red-herring-dir.js';
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

describe('the noisy-sidecar and misleading-exit-code red herrings in an exercise', () => {
  const caseOf = async (scenario: string, kind: RedHerringKind) => {
    const [s] = await loadScenarios([join(builtinScenariosDir(), scenario)]);
    const input = (await herringInput(s!))!;
    const dir = join(tmp, `${kind}-${scenario}`);
    await writeVariant(s!, input.pod, HERRINGS[kind].apply(input), dir);
    const [variant] = await loadScenarios([dir]);
    return prepareCase({ reader: await openOfflineReader(dir), scenario: variant!, flows: await loadBuiltinFlows(), seed: 1 });
  };

  it('quotes the sidecar’s permission error on the board, where it backs nothing', async () => {
    const c = await caseOf('read-only-root-nginx', 'noisy-sidecar');
    const noise = c.quotes.find((q) => q.text.startsWith(`${SIDECAR_NAME}: `) && /check permissions/.test(q.text));
    expect(noise, JSON.stringify(c.quotes, null, 1)).toBeDefined();
    expect(c.expected).toBe('read-only-fs');
    expect(c.support).not.toContain(noise!.id);
    expect(judgeClaim(c, 'permission-denied', 'backed', noise!.id)).toBe(false);
    expect(judgeClaim(c, 'read-only-fs', 'backed', noise!.id)).toBe(false);
  });

  it('makes the pod list suggest a node restart, which the status rules out', async () => {
    const c = await caseOf('unknown-flag', 'misleading-exit-code');
    expect(c.expected).toBe('bad-config');
    expect(c.misleading).toBe('node-restart');
    expect(c.candidates).toContain('node-restart');
    const backing = c.support.map((id) => c.quotes.find((q) => q.id === id)!);
    expect(backing.some((q) => q.source === 'log'), JSON.stringify(c.quotes, null, 1)).toBe(true);
    expect(judgeClaim(c, 'node-restart', 'ruled-out', c.support[0]!)).toBe(true);
  });
});

describe('choosing red herrings', () => {
  it('reads class.yaml’s redHerrings as a switch, one variant or a list', () => {
    const file = (v: string) => parseClassFile(`name: c\nscenarios: [unknown-flag]\nredHerrings: ${v}\n`, 'class.yaml').redHerrings;
    expect(file('false')).toEqual([]);
    expect(file('true')).toEqual([...RED_HERRINGS]);
    expect(file('noisy-sidecar')).toEqual(['noisy-sidecar']);
    expect(file('[misleading-exit-code, stale-event]')).toEqual(['misleading-exit-code', 'stale-event']);
    expect(() => file('loud-sidecar')).toThrow(/^class\.yaml: redHerrings: /);
  });

  it('reads --red-herring alone as any variant, a name as that one, and refuses an unknown name', () => {
    expect(redHerringKinds(true)).toEqual([...RED_HERRINGS]);
    expect(redHerringKinds(undefined)).toEqual([]);
    expect(redHerringKinds('misleading-exit-code')).toEqual(['misleading-exit-code']);
    expect(() => redHerringKinds('loud')).toThrow("--red-herring: unknown variant 'loud'");
  });

  it('draws only among the variants that fit: no sidecar beside a pod that never ran', async () => {
    const [s] = await loadScenarios([join(builtinScenariosDir(), 'image-pull-access-denied')]);
    const input = (await herringInput(s!))!;
    for (let seed = 0; seed < 5; seed++) expect(chooseRedHerring([...RED_HERRINGS], input, seed)?.kind).toBe('stale-event');
    expect(chooseRedHerring(['noisy-sidecar', 'misleading-exit-code'], input, 1)).toBeUndefined();
  });
});
