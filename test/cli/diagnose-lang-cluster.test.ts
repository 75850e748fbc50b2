// `kubectl-crashcourse diagnose --lang ja|zh-CN NS/POD` as a user runs it against the training cluster: the built
// CLI prints no English sentence outside the evidence it quotes, the commands and kubectl's
// words, next steps included; the in-process check over the same scenarios (test/report/diagnosis-language.test.ts)
// reads the evidence block too.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/index.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { englishRuns, ourWords } from '../support/english-runs.js';
import { runBuiltCli } from '../e2e/built-cli.js';

let cluster: TrainingCluster;
let kubeconfig: string;

const run = (args: string[]) => runBuiltCli(args);

beforeAll(async () => {
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'crashcourse-lang-')), 'kubeconfig');
  // Static: every pod stays as its scenario recorded it, so the text and the JSON read the same state.
  cluster = await startTrainingCluster({ writeKubeconfig: kubeconfig, quiet: true, static: true });
}, 120_000);
afterAll(async () => {
  await cluster?.close();
});

// Three causes whose words differ most (a probe kill, an OOM kill with a JVM heap, a missing ConfigMap); every
// scenario is read in process by test/report/diagnosis-language.test.ts, which would take minutes as processes.
const CAUSES = ['liveness-probe', 'oom-killed', 'missing-config'];

describe.each(['ja', 'zh-CN'] as const)('diagnose --lang %s against the training cluster', (locale) => {
  it('prints no English sentence outside quoted evidence and commands, next steps included', async () => {
    const pods = CAUSES.map((cause) => cluster.scenarios.find((s) => s.meta.cause === cause)?.meta.pod).filter((p): p is string => Boolean(p));
    expect(pods).toHaveLength(CAUSES.length);
    // The evidence block is quoted verbatim (wrapped at 80 columns, so it is left out whole rather than matched).
    const skipped = [CATALOGS[locale]['text.evidence']!];
    expect(CATALOGS[locale]['text.nextSteps']).toBeTruthy();
    await Promise.all(pods.map(async (pod) => {
      const r = await run(['diagnose', pod, '--kubeconfig', kubeconfig, '--lang', locale]);
      expect(r.err, pod).toBe('');
      expect(r.code, pod).toBe(0);
      expect(r.out, pod).toContain(CATALOGS[locale]['text.summary']!);
      expect(r.out, pod).toContain(CATALOGS[locale]['text.nextSteps']!);
      const ours = r.out.split('\n\n').filter((block) => !skipped.some((heading) => block.startsWith(heading))).join('\n\n');
      expect(englishRuns(ourWords({ evidence: [], backoff: null }, ours)), `${pod}\n${r.out}`).toEqual([]);
    }));
  }, 60_000);

  it('the same check finds the English sentences of the English output', async () => {
    const pod = cluster.scenarios.find((s) => s.meta.cause === CAUSES[0])!.meta.pod!;
    const r = await run(['diagnose', pod, '--kubeconfig', kubeconfig]);
    expect(englishRuns(ourWords({ evidence: [], backoff: null }, r.out)).length).toBeGreaterThan(3);
  }, 60_000);
});
