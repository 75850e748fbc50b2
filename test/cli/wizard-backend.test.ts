// The wizard's backend loads the built-in flows late (test/session/create-session.test.ts), but a --flow FILE
// the user named is still read, and refused, at start.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBackend } from '../../src/cli/wizard-backend.js';
import type { WizardOptions } from '../../src/cli/options.js';

const OPTIONS: WizardOptions = { training: false, scenarios: [], mode: 'run', readOnly: true, color: false };

describe('the wizard backend', () => {
  it('refuses a bad --flow FILE at start, naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wizard-flow-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'id: broken\nsteps: [\n');
    await expect(makeBackend({ ...OPTIONS, flow: file })).rejects.toThrow(/broken\.yaml/);
    await expect(makeBackend({ ...OPTIONS, flow: join(dir, 'missing.yaml') })).rejects.toThrow(/missing\.yaml/);
  });
});
