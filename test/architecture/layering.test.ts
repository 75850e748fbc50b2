// Data flows one way (STYLE.md §1): cluster reads → evidence → findings → flow machine → UI.
// This parses every runtime import under src/ and fails on an arrow that points the wrong way.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

// The ground floor: the shared vocabularies and contracts (src/contracts: cause and finding ids, the diagnosis,
// evidence, plans, the read port, scenarios, the session snapshot), Kubernetes object shapes, the sanitiser, errors
// and paths. Every layer may use it; it uses nothing above it (checked below). No file inside a layer is exempt.
const FOUNDATION = new Set(['contracts', 'k8s', 'text', 'errors.ts', 'paths.ts']);
const RANK: Record<string, number> = {
  // Report words a verdict: it reads the analysis and the plans, and is read by every place that shows text.
  report: 5,
  target: 1, scenario: 1, plans: 1, cluster: 2, evidence: 3, analysis: 4, flow: 6, session: 7,
  image: 8, exec: 8, check: 8, classroom: 8, ui: 9, training: 10, cli: 11,
  // Rule and metric vocabularies stand on their own; the watcher drives reads, analysis and publishing like a session.
  alerts: 1, metrics: 1, watch: 9,
};
// Plans are commands as data over the foundation only: the analysis builds its next steps with them.
// Beyond rank: places that must stay pure or must not reach for I/O.
const FORBIDDEN: Record<string, readonly string[]> = {
  // The analysis gives a verdict: no kubectl commands (plans) and no words for people (report).
  analysis: ['target', 'scenario', 'cluster', 'evidence', 'plans', 'report', 'flow', 'session', 'exec', 'image', 'ui', 'training', 'cli'],
  ui: ['target', 'scenario', 'cluster', 'exec', 'image', 'training', 'cli'],
  session: ['exec', 'ui', 'training', 'cli'],
  flow: ['exec', 'ui', 'training', 'cli', 'cluster'],
  // The pre-deploy check is pure like the analysis; the CLI gathers its facts (registry, cluster).
  check: ['target', 'scenario', 'cluster', 'evidence', 'flow', 'session', 'exec', 'ui', 'training', 'cli'],
  plans: ['target', 'scenario', 'cluster', 'evidence', 'analysis', 'flow', 'session', 'exec', 'image', 'ui', 'training', 'cli'],
  // Presentation is pure too: it words what it is given and reads nothing.
  report: ['target', 'scenario', 'cluster', 'flow', 'session', 'exec', 'image', 'ui', 'training', 'cli'],
};

function layerOf(rel: string): string {
  for (const f of FOUNDATION) if (rel === f || rel.startsWith(`${f}/`)) return 'foundation';
  return rel.split('/')[0]!;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* sourceFiles(p);
    else if (/\.tsx?$/.test(name)) yield p;
  }
}

function runtimeImports(text: string): string[] {
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const m of text.matchAll(re)) {
    if (m[2]) continue; // `import type` is erased at build time
    const spec = m[3] ?? m[4];
    if (spec?.startsWith('.')) out.push(spec);
  }
  return out;
}

describe('the source tree', () => {
  it('imports only from layers to the left, and analyzers stay pure', () => {
    const wrong: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const from = relative(SRC, file);
      const fromLayer = layerOf(from);
      for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
        const to = relative(SRC, resolve(dirname(file), spec)).replace(/\.js$/, '.ts');
        const toLayer = layerOf(to.endsWith('.ts') ? to : `${to}.ts`);
        if (toLayer === 'foundation' || toLayer === fromLayer) continue;
        if (fromLayer === 'foundation') {
          wrong.push(`${from} → ${to} (the ground floor uses nothing above it)`);
          continue;
        }
        const forbidden = FORBIDDEN[fromLayer]?.includes(toLayer) ?? false;
        if (forbidden || (RANK[toLayer] ?? 0) > (RANK[fromLayer] ?? 0)) wrong.push(`${from} → ${to}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('runs no program through a shell string', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, 'utf8');
      if (/shell:\s*true|execSync\(|\bexec\(\s*['"`]/.test(text)) offenders.push(relative(SRC, file));
    }
    expect(offenders).toEqual([]);
  });

  it('keeps child processes inside src/exec (and the CLI glue that hands over the terminal)', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const rel = relative(SRC, file);
      if (rel.startsWith('exec/')) continue;
      if (/from\s+['"]node:child_process['"]/.test(readFileSync(file, 'utf8'))) offenders.push(rel);
    }
    expect(offenders).toEqual([]);
  });
});
