// The wizard's shell in an override copy, as its run record says it (the output panel shows it): with a kubectl
// whose exec finds no shell, the record and the hand-over's own lines are in the wizard's language.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeRunner } from '../../src/cli/wizard-runner.js';
import { createTranslator } from '../../src/i18n/translate.js';
import { planOf } from '../../src/plans/plan-argv.js';
import type { Suspender } from '../../src/ui/suspend.js';
import { captureOutput } from '../support/capture-output.js';
import { englishRuns, ourWords } from '../support/english-runs.js';

const target = { namespace: 'shop', context: 'c' };
const shell = planOf('override-shell', 't', { target, kind: 'exec-shell', pod: 'web-crashcourse-ab12c', container: 'app', shells: ['sh', '/bin/sh'] }, 'p', 'read', { interactive: true });
const suspender: Suspender = { isSuspended: () => false, subscribe: () => () => undefined, run: (fn) => fn() };

/** A directory whose kubectl exits 127 on every call: no shell in the copy. */
function shelllessPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wizard-shell-'));
  writeFileSync(join(dir, 'kubectl'), '#!/bin/sh\nexit 127\n');
  chmodSync(join(dir, 'kubectl'), 0o755);
  return dir;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe.each(['en', 'zh-CN', 'ja'] as const)('the wizard\'s shell in a copy with no shell, in %s', (locale) => {
  it('records the status it ended with and names the copy\'s delete command', async () => {
    vi.stubEnv('PATH', shelllessPath());
    const io = captureOutput();
    const runner = makeRunner({ training: false, scenarios: [], mode: 'run', readOnly: false, color: false, lang: locale }, target, suspender);
    const record = await runner.run(shell, { confirmed: false });
    const t = createTranslator(locale);
    // kubectl exec's 127 from the last shell tried is the record's status.
    expect(record.exitCode).toBe(127);
    expect(record.output).toBe(locale === 'en' ? 'the shell exited with status 127' : t('cleanup.shell.exited', { code: '127', deleted: 'no', copy: '' }));
    const said = io.out();
    expect(said).toContain(t('cleanup.shell.noneFound', { container: 'app', shells: 'sh, /bin/sh' }));
    expect(said).toMatch(/\n {2}kubectl --context c -n shop delete pod web-crashcourse-ab12c /);
    // The banner before the shell is another area's words; from the hand-over on, the lines are ours.
    const ours = said.slice(said.indexOf(t('cleanup.shell.noneFound', { container: 'app', shells: 'sh, /bin/sh' })));
    if (locale !== 'en') expect(englishRuns(ourWords({ evidence: [], backoff: null }, `${ours}\n${record.output}`))).toEqual([]);
  });
});
