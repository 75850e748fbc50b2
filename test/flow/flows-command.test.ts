// `flows validate` and `flows show`, called as the CLI calls them, with their output captured.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runFlows } from '../../src/cli/flows-command.js';
import { loadBuiltinFlows } from '../../src/flow/index.js';
import { builtinFlowsDir } from '../../src/paths.js';
import { captureOutput } from '../support/capture-output.js';

afterEach(() => vi.restoreAllMocks());

describe('flows validate', () => {
  it('says ok for every shipped flow with its number of steps', async () => {
    const io = captureOutput();
    const code = await runFlows({ action: 'validate', files: [] });
    const flows = await loadBuiltinFlows();
    expect(code).toBe(0);
    expect(io.out()).toBe(flows.map((f) => `ok ${f.file} (${f.steps.length} steps)\n`).join(''));
  });

  it('exits 1 with the one-line error for a broken file, and still checks the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flows-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, readFileSync(join(builtinFlowsDir(), 'crashloop.yaml'), 'utf8').replace('{ finding: probe-kill }', '{ finding: probe-kil }'));
    const good = join(builtinFlowsDir(), 'pod-not-starting.yaml');
    const io = captureOutput();
    const code = await runFlows({ action: 'validate', files: [bad, good] });
    expect(code).toBe(1);
    expect(io.err()).toMatch(new RegExp(`^kubectl-crashcourse: ${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+: step "events": unknown guard "finding: probe-kil".*\\n$`));
    expect(io.out()).toBe(`ok ${good} (10 steps)\n`);
  });
});

describe('flows show', () => {
  it('prints every step of a shipped flow once, with its results and guards in words', async () => {
    const io = captureOutput();
    expect(await runFlows({ action: 'show', files: [], flow: 'crashloop' })).toBe(0);
    const text = io.out();
    const flow = (await loadBuiltinFlows()).find((f) => f.id === 'crashloop')!;
    for (const step of flow.steps) expect(text).toContain(`${step.id}: ${step.title}`);
    expect(text).toContain('if the cause is oom-killed → oom-killed: The container runs out of memory  ⇒ cause oom-killed');
    expect(text).toContain('if an init container is failing → init-logs');
  });

  it('refuses an unknown flow id with a usage error listing the shipped ones', async () => {
    await expect(runFlows({ action: 'show', files: [], flow: 'crashlop' })).rejects.toThrow('no shipped flow is called "crashlop" (there are: crashloop, pod-not-starting)');
  });
});
