// Every built-in scenario diagnosed online (against the training cluster) and offline (--from its directory)
// must name the scenario's cause, or one in its `also` list. Depends on the analysis engine being right.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';

const scenarios = await loadScenarios([builtinScenariosDir()]);
let cluster: TrainingCluster;
let kubeconfig: string;

beforeAll(async () => {
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'crashcourse-diag-')), 'kubeconfig');
  // Static: no simulated kubelet, so a restart during the run cannot make online and offline differ.
  cluster = await startTrainingCluster({ writeKubeconfig: kubeconfig, quiet: true, static: true });
});
afterAll(async () => {
  await cluster?.close();
});

interface DiagnosisJson {
  cause: string | null;
  pod: string;
  [key: string]: unknown;
}

// What must agree between online and offline: everything but clock readings and the --context in commands.
// Times in quoted log lines follow each side's clock (the training cluster moves them with the pod's): ISO and
// its variants, Go/nginx, redis/Tomcat, Common Log Format, klog and a bare pino time.
const LOG_TIMES = /\d{4}[-/]\d\d[-/]\d\d[T ][\d:]+|\d\d[ -/][A-Z][a-z]{2}[ -/]\d{4}[ :][\d:]+|\b[IWEF]\d{4} [\d:]+|\[\d\d:\d\d:\d\d/g;

function comparable(d: DiagnosisJson): unknown {
  const targetFlag = (a: string | undefined): boolean => a === '--context' || a === '--kubeconfig';
  const strip = (argv: string[]): string[] => argv.filter((a, i) => !targetFlag(a) && !targetFlag(argv[i - 1]));
  return {
    ...d,
    backoff: null,
    evidence: (d['evidence'] as { source: string; text: string }[]).map((e) => ({ source: e.source, text: e.text.replace(LOG_TIMES, 'TIME') })),
    nextSteps: (d['nextSteps'] as { title: string; command: string[] }[]).map((n) => ({ ...n, command: strip(n.command) })),
    gaps: (d['gaps'] as { command?: string[] }[]).map((g) => ({ ...g, ...(g.command ? { command: strip(g.command) } : {}) })),
  };
}

async function diagnoseJson(args: string[]): Promise<{ code: number; json: DiagnosisJson; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (err.push(String(s)), true));
  try {
    const code = await main(['diagnose', ...args, '-o', 'json']);
    return { code, json: code === 0 ? JSON.parse(out.join('')) : { cause: null, pod: '' }, err: err.join('') };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('every built-in scenario', () => {
  it('is a catalogue with a pod and a cause for each scenario', () => {
    expect(scenarios.length).toBeGreaterThan(10);
    for (const s of scenarios) expect([s.name, typeof s.meta.pod, typeof s.meta.cause]).toEqual([s.name, 'string', 'string']);
  });

  for (const s of scenarios) {
    const accepted = [s.meta.cause, ...(s.meta.also ?? [])];
    it(`${s.name}: is diagnosed as ${accepted.join(' or ')} online and offline`, async () => {
      const online = await diagnoseJson([s.meta.pod!, '--kubeconfig', kubeconfig]);
      expect(online.err).toBe('');
      expect(online.code).toBe(0);
      const offline = await diagnoseJson(['--from', s.dir, s.meta.pod!]);
      expect(offline.code).toBe(0);
      expect({ online: online.json.cause, offline: offline.json.cause }).toEqual({
        online: accepted.includes(online.json.cause as never) ? online.json.cause : `one of ${accepted.join(', ')}`,
        offline: accepted.includes(offline.json.cause as never) ? offline.json.cause : `one of ${accepted.join(', ')}`,
      });
      expect(online.json.pod).toBe(s.meta.pod);
      expect(comparable(offline.json)).toEqual(comparable(online.json));
    });
  }
});
