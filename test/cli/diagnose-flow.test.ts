// `diagnose --flow FILE` validates the flow and walks it along the default path for the pod's diagnosis.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { builtinFlowsDir, builtinScenariosDir } from '../../src/paths.js';
import { captureOutput } from '../support/capture-output.js';

afterEach(() => vi.restoreAllMocks());

describe('diagnose --flow', () => {
  it('prints the steps the crashloop flow visits for an OOM-killed pod, ending at its cause', async () => {
    const io = captureOutput();
    const code = await main(['diagnose', '--from', join(builtinScenariosDir(), 'oom-killed-jvm'), '--flow', join(builtinFlowsDir(), 'crashloop.yaml')]);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const line = io.out().split('\n').find((l) => l.startsWith('Flow '));
    expect(line).toMatch(/^Flow crashloop \(.*crashloop\.yaml\): \S+( → \S+)+ \(cause oom-killed\)$/);
  });

  it('fails with one line for a flow file that does not load', async () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'crashcourse-flow-')), 'bad.yaml');
    writeFileSync(bad, 'id: broken\nsteps: [\n');
    const io = captureOutput();
    const code = await main(['diagnose', '--from', join(builtinScenariosDir(), 'oom-killed-jvm'), '--flow', bad]);
    expect(code).not.toBe(0);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.err()).toContain('bad.yaml');
    expect(io.out()).toBe('');
  });
});
