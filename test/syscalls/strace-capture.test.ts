// The wizard's "look inside" step offers the syscall capture once a copy exists, and the capture, run against
// the training cluster, quotes the decisive system call of the nginx scenario.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { loadBuiltinFlows, stepById } from '../../src/flow/index.js';
import type { Pod } from '../../src/k8s/index.js';
import { buildStepPlan } from '../../src/plans/step-plans.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { createTranslator } from '../../src/i18n/index.js';
import { captureOutput } from '../support/capture-output.js';
import { englishRuns } from '../support/english-runs.js';

const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'nginx-1', namespace: 'web' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.25.4' }] } } as Pod;
const target = { namespace: 'web', context: 'prod' };

afterEach(() => vi.restoreAllMocks());

describe('the strace capture plan', () => {
  it('is offered on the crashloop flow\'s look-inside step', async () => {
    const crash = (await loadBuiltinFlows()).find((f) => f.id === 'crashloop')!;
    expect(stepById(crash, 'look-inside')?.plans).toContain('strace-capture');
  });

  it('needs a copy, runs only there, and creates nothing the session would mistake for a copy', () => {
    expect(buildStepPlan('strace-capture', { pod, container: 'nginx', target })).toBeNull();
    const plan = buildStepPlan('strace-capture', { pod, container: 'nginx', target, copy: 'nginx-1-crashcourse-ab12c' })!;
    expect(plan.argv).toEqual(['kubectl-crashcourse', 'strace', 'web/nginx-1', '--container', 'nginx', '--copy', 'nginx-1-crashcourse-ab12c', '--context', 'prod']);
    expect(plan.risk).toBe('read');
    expect(plan.undo).toBeUndefined();
  });
});

describe('kubectl-crashcourse strace against the training cluster', () => {
  let cluster: TrainingCluster;
  let kubeconfig: string;
  let skip: string | undefined;
  beforeAll(async () => {
    skip = await new Promise<string | undefined>((resolve) => execFile('kubectl', ['version', '--client'], { timeout: 10_000 }, (e) => resolve(e ? `kubectl is not runnable here (${e.message})` : undefined)));
    kubeconfig = join(mkdtempSync(join(tmpdir(), 'strace-')), 'kubeconfig');
    cluster = await startTrainingCluster({ port: 0, quiet: true, static: true, writeKubeconfig: kubeconfig });
  });
  afterAll(async () => { await cluster?.close(); });

  it('refuses to run without a copy, so the original pod is never traced', async () => {
    const io = captureOutput();
    expect(await main(['strace', 'nginx-crashloop/nginx-8qtwn7hx9m-xsl6p', '--kubeconfig', kubeconfig])).toBe(2);
    expect(io.err()).toContain('strace runs only in an override copy');
  });

  it('quotes the failed lookup of "flask" in the nginx scenario\'s copy', async () => {
    if (skip) { console.log(`skipped: ${skip}`); return; }
    const io = captureOutput();
    const made = await main(['override', 'nginx-crashloop/nginx-8qtwn7hx9m-xsl6p', '--kubeconfig', kubeconfig, '--yes', '--output', 'json']);
    expect(made, io.err()).toBe(0);
    const copy = (JSON.parse(io.out()) as { copy?: string; name?: string; pod?: string });
    const name = copy.copy ?? copy.name ?? copy.pod;
    vi.restoreAllMocks();
    const io2 = captureOutput();
    const traced = await main(['strace', 'nginx-crashloop/nginx-8qtwn7hx9m-xsl6p', '--copy', String(name), '--kubeconfig', kubeconfig]);
    expect(traced, io2.err()).toBe(0);
    expect(io2.out()).toContain('Decisive call: The lookup of "flask" failed: NXDOMAIN for flask');
    expect(io2.out()).toMatch(/recvfrom\(3, .*\\5flask\\0.*inet_addr\("10\.96\.0\.10"\)/);
    expect(io2.out()).toContain('End: The entrypoint exited with status 1');
    // The same trace in ja and zh-CN: every sentence is worded, the syscall quote and its values stay.
    for (const locale of ['ja', 'zh-CN'] as const) {
      vi.restoreAllMocks();
      const io3 = captureOutput();
      expect(await main(['strace', 'nginx-crashloop/nginx-8qtwn7hx9m-xsl6p', '--copy', String(name), '--kubeconfig', kubeconfig, '--lang', locale]), io3.err()).toBe(0);
      const t = createTranslator(locale);
      const why = t('syscalls.dns.rcode', { rcode: 'NXDOMAIN', name: 'flask' });
      expect(io3.out()).toContain(t('out.strace.decisive', { summary: t('syscalls.dns.failed', { name: 'flask', why }) }));
      expect(io3.out()).toContain(t('out.strace.end', { summary: t('syscalls.end.exited', { status: '1' }) }));
      expect(io3.err()).toContain(`kubectl-crashcourse: ${t('out.strace.running', { command: '' }).trim()}`);
      // Our lines only (the quoted trace lines are indented and start with a pid), values and paths taken out.
      const ours = io3.out().split('\n').filter((l) => !/^  \d+ /.test(l)).join('\n').replace(/\S*[/(]\S*/g, ' ');
      expect(englishRuns(ours), locale).toEqual([]);
    }
  }, 90_000);
});
