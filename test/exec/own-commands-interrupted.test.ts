// The wizard's in-process override stopped by a signal: its own output goes to a log nobody will see (the wizard is
// exiting), so a copy its cleanup could not delete must be named, with its delete command, where a person reads.
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import type { KubeApi } from '../../src/exec/kube-api.js';
import { Ledger } from '../../src/exec/ledger.js';
import { createTranslator, type Translate } from '../../src/i18n/translate.js';
import { englishRuns, ourWords } from '../support/english-runs.js';

const outcome = vi.hoisted(() => ({ exitCode: 143, leave: true }));
vi.mock('../../src/exec/override.js', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  // Stands in for a run that created its copy, was stopped by SIGTERM and could (or could not) delete it.
  runOverrideFlow: async (_req: unknown, deps: { ledger: Ledger }) => {
    deps.ledger.add({ kind: 'Pod', namespace: 'shop', name: 'web-crashcourse-ab12c', cleanup: [] });
    if (!outcome.leave) deps.ledger.markCleanedUp('shop', 'web-crashcourse-ab12c');
    return outcome.exitCode;
  },
}));
const { createOwnCommands } = await import('../../src/exec/own-commands.js');

const api: KubeApi = { context: 'c', namespace: 'shop', server: 'http://127.0.0.1:1', target: { namespace: 'shop', context: 'c' }, request: async () => ({ status: 404, body: {} }) };

async function run(t?: Translate): Promise<{ said: string; created: unknown }> {
  const chunks: string[] = [];
  const interruptedOut = new Writable({ write(chunk, _e, done) { chunks.push(String(chunk)); done(); } });
  const own = createOwnCommands({ api: () => api, runner: () => ({}) as never, ledger: () => new Ledger(), interruptedOut, ...(t ? { t } : {}) });
  const result = await own['start-override']({ target: { namespace: 'shop', context: 'c' }, kind: 'start-override', pod: 'web', container: 'app', dryRun: false, ask: true });
  return { said: chunks.join(''), created: result.created };
}

describe('the in-process override stopped by a signal', () => {
  it('names a copy it could not delete, with its exact delete command, outside its hidden log', async () => {
    Object.assign(outcome, { exitCode: 143, leave: true });
    const { said, created } = await run();
    expect(said).toContain('web-crashcourse-ab12c may still exist in namespace shop. Delete it with:');
    expect(said).toMatch(/kubectl --context c -n shop delete pod web-crashcourse-ab12c\b/);
    expect(created).toEqual([{ namespace: 'shop', name: 'web-crashcourse-ab12c' }]);
  });

  it('says nothing more when the copy was deleted, or when no signal stopped it', async () => {
    Object.assign(outcome, { exitCode: 143, leave: false });
    expect((await run()).said).toBe('');
    Object.assign(outcome, { exitCode: 0, leave: true });
    expect((await run()).said).toBe('');
  });

  it.each(['zh-CN', 'ja'] as const)('names it in the wizard\'s language (%s), the delete command as it is', async (locale) => {
    Object.assign(outcome, { exitCode: 130, leave: true });
    const { said } = await run(createTranslator(locale));
    expect(said).toMatch(/web-crashcourse-ab12c.*\n {2}kubectl --context c -n shop delete pod web-crashcourse-ab12c\b/);
    expect(englishRuns(ourWords({ evidence: [], backoff: null }, said))).toEqual([]);
  });
});
