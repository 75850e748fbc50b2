// `check` end to end in-process: files, directories, stdin, output forms, --fail-on, one-line errors, and
// --cluster against the training cluster (the cluster's objects and its registry mirror).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readCheckInput } from '../../src/cli/check-input.js';
import { main } from '../../src/cli/main.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { captureOutput } from '../support/capture-output.js';

const SCENARIOS = join(import.meta.dirname, '../../scenarios');
const GOOD = join(import.meta.dirname, '../fixtures/check/good');

afterEach(() => vi.restoreAllMocks());

describe('kubectl-crashcourse check', () => {
  it('prints file:line findings and exits 1 for an error-level finding', async () => {
    const io = captureOutput();
    expect(await main(['check', '-f', join(SCENARIOS, 'oom-killed-jvm/ledger-service.yaml')])).toBe(1);
    expect(io.out()).toMatch(/ledger-service\.yaml:35: error: container ledger sets -Xmx1536m .* \[jvm-heap-over-limit → oom-killed\]/);
  });

  it('exits 0 on a directory of well-configured manifests and says it checked them', async () => {
    const io = captureOutput();
    expect(await main(['check', '-f', GOOD])).toBe(0);
    expect(io.out()).toContain('no crash-prone settings found in 4 workload(s) from 3 file(s)');
  });

  it('honours --fail-on: a warning fails at warning, not at error', async () => {
    const file = join(SCENARIOS, 'configmap-subpath-start-error/config-server.yaml');
    captureOutput();
    expect(await main(['check', '-f', file])).toBe(0);
    expect(await main(['check', '-f', file, '--fail-on', 'warning'])).toBe(1);
  });

  it('writes JSON findings that name rule, cause, file and line', async () => {
    const io = captureOutput();
    await main(['check', '-f', join(SCENARIOS, 'two-containers-one-port/storefront.yaml'), '-o', 'json', '--fail-on', 'none']);
    const { findings } = JSON.parse(io.out()) as { findings: { rule: string; cause: string; line: number }[] };
    expect(findings.find((f) => f.rule === 'duplicate-container-port')).toMatchObject({ cause: 'port-in-use', line: 48 });
  });

  it('reads Helm-style multi-document YAML from stdin', async () => {
    const text = '---\n# Source: chart/templates/d.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: api:latest\n          resources: {limits: {memory: 64Mi}}\n';
    const input = await readCheckInput(['-'], Readable.from([text]));
    expect(input.docs).toHaveLength(1);
    expect(input.docs[0]!.file).toBe('stdin');
    expect(input.docs[0]!.lineOf(['spec', 'template', 'spec', 'containers', 0, 'image'])).toBe(11);
  });

  it('turns a missing file and malformed YAML into one-line errors', async () => {
    const io = captureOutput();
    expect(await main(['check', '-f', '/nonexistent/manifest.yaml'])).toBe(1);
    const bad = join(mkdtempSync(join(tmpdir(), 'check-')), 'bad.yaml');
    writeFileSync(bad, 'kind: Pod\nspec: [\n');
    expect(await main(['check', '-f', bad])).toBe(1);
    const lines = io.err().trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('kubectl-crashcourse: cannot read /nonexistent/manifest.yaml: ENOENT');
    expect(lines[1]).toMatch(/^kubectl-crashcourse: .*bad\.yaml:\d+: /);
  });

  it('asks for input instead of waiting on a terminal', async () => {
    const io = captureOutput();
    expect(await main(['check'])).toBe(2);
    expect(io.err()).toContain('check needs manifests');
  });
});

describe('check --cluster against the training cluster', () => {
  let cluster: TrainingCluster;
  let kubeconfig: string;
  beforeAll(async () => {
    kubeconfig = join(mkdtempSync(join(tmpdir(), 'check-cluster-')), 'kubeconfig');
    cluster = await startTrainingCluster({ port: 0, quiet: true, static: true, writeKubeconfig: kubeconfig });
  });
  afterAll(async () => { await cluster?.close(); });

  it('reports the ConfigMap the cluster does not have, and only with --cluster', async () => {
    const file = join(SCENARIOS, 'configmap-not-found/fraud-scorer.yaml');
    const io = captureOutput();
    await main(['check', '-f', file, '-o', 'json', '--fail-on', 'none']);
    const offline = (JSON.parse(io.out()) as { findings: { rule: string }[] }).findings;
    expect(offline.map((f) => f.rule)).not.toContain('missing-reference');
    vi.restoreAllMocks();
    const io2 = captureOutput();
    expect(await main(['check', '-f', file, '--cluster', '--kubeconfig', kubeconfig, '-o', 'json'])).toBe(1);
    const online = (JSON.parse(io2.out()) as { findings: { rule: string; message: string }[] }).findings;
    expect(online.filter((f) => f.rule === 'missing-reference').map((f) => f.message).join('\n')).toMatch(/ConfigMap payments\/fraud-rules does not exist/);
  });

  it('finds from the nodes and the registry mirror that the sensor-gateway image misses an architecture', async () => {
    const io = captureOutput();
    await main(['check', '-f', join(SCENARIOS, 'exec-format-arm64-node/sensor-gateway.yaml'), '--cluster', '--kubeconfig', kubeconfig, '-o', 'json', '--fail-on', 'none']);
    const found = (JSON.parse(io.out()) as { findings: { rule: string; message: string }[] }).findings.find((f) => f.rule === 'image-arch-not-on-nodes');
    expect(found?.message).toMatch(/built for amd64, but the cluster has arm64 nodes/);
  });
});
