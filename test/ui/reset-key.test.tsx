// R on the pod list (training cluster): shows which scenarios come back and what is lost, resets only after a
// typed "yes" (Enter alone, or "y", never does), reads the list again, and says it is not available elsewhere.
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScanRow } from '../../src/contracts/scan-row.js';
import { App } from '../../src/ui/app.js';
import type { Connection, ScenarioReset } from '../../src/ui/backend.js';
import { ENTER, ESC, until, waitForText, walkingSession } from './helpers.js';
import { renderApp } from './render-app.js';

afterEach(cleanup);

const ROW: ScanRow = { pod: 'platform/feature-flags-1', namespace: 'platform', name: 'feature-flags-1', container: 'flags', cause: 'bad-config', summary: 'flag provided but not defined', restarts: 5, status: 'CrashLoopBackOff', ready: '0/1', exitCode: 2, age: '6m', severity: 9 };

function connection(scans: number[], calls: string[], reset?: Partial<ScenarioReset>): Connection {
  return {
    label: 'kubectl-crashcourse-training',
    listNamespaces: async () => ['platform'],
    scan: async ({ onProgress }) => {
      scans.push(1);
      onProgress(1);
      return [ROW];
    },
    openSession: () => walkingSession(),
    ...(reset
      ? {
          scenarioReset: {
            scenariosOf: async (ns, name) => {
              calls.push(`preview ${ns}/${name}`);
              return reset.scenariosOf ? reset.scenariosOf(ns, name) : ['unknown-flag'];
            },
            reset: async (ns, name) => {
              calls.push(`reset ${ns}/${name}`);
              return reset.reset ? reset.reset(ns, name) : ['unknown-flag'];
            },
          },
        }
      : {}),
  };
}

describe('R resets the selected pod\'s scenario', () => {
  it('names the scenarios, refuses Enter alone and "y", resets on "yes" and reads the list again', async () => {
    const scans: number[] = [];
    const calls: string[] = [];
    const { lastFrame, stdin } = renderApp(() => ({ kind: 'pods', connection: connection(scans, calls, {}) }));
    await waitForText(lastFrame, 'feature-flags-1');
    stdin.write('R');
    const panel = await waitForText(lastFrame, 'Scenarios to restore: unknown-flag');
    expect(panel).toContain('Pod: platform/feature-flags-1');
    expect(panel).toContain('restart counts');
    stdin.write(ENTER);
    await waitForText(lastFrame, 'Enter alone never resets');
    stdin.write('y');
    stdin.write(ENTER);
    await new Promise((r) => setTimeout(r, 100));
    expect(calls).toEqual(['preview platform/feature-flags-1']);
    stdin.write('es');
    await waitForText(lastFrame, /cancel: yes/);
    stdin.write(ENTER);
    await waitForText(lastFrame, 'Reset unknown-flag: the pods are back as recorded.');
    expect(calls).toEqual(['preview platform/feature-flags-1', 'reset platform/feature-flags-1']);
    await until(() => scans.length === 2);
  });

  it('Esc cancels without resetting; a refused reset says why and stays on the panel', async () => {
    const calls: string[] = [];
    const { lastFrame, stdin } = renderApp(() => ({ kind: 'pods', connection: connection([], calls, { reset: async () => { throw new Error('the training cluster is not answering'); } }) }));
    await waitForText(lastFrame, 'feature-flags-1');
    stdin.write('R');
    await waitForText(lastFrame, 'Scenarios to restore');
    stdin.write(ESC);
    await waitForText(lastFrame, 'Failing pods');
    expect(calls).toEqual(['preview platform/feature-flags-1']);
    stdin.write('R');
    await waitForText(lastFrame, 'Scenarios to restore');
    stdin.write('yes');
    await waitForText(lastFrame, /cancel: yes/);
    stdin.write(ENTER);
    await waitForText(lastFrame, 'Reset failed: the training cluster is not answering');
  });

  it('says R needs the training cluster when the connection cannot reset', async () => {
    const calls: string[] = [];
    const { lastFrame, stdin } = renderApp(() => ({ kind: 'pods', connection: connection([], calls) }));
    await waitForText(lastFrame, 'feature-flags-1');
    stdin.write('R');
    await waitForText(lastFrame, 'only on the training cluster');
    expect(calls).toEqual([]);
  });

  it.each([
    ['ja', 'リセットするには yes と入力して Enter', '元に戻すシナリオ：unknown-flag'],
    ['zh-CN', '输入 yes 并按 Enter 以重置', '要恢复的场景：unknown-flag'],
  ] as const)('speaks %s', async (locale, prompt, names) => {
    const { lastFrame, stdin } = render(
      <App backend={{ contexts: async () => ({ current: '', names: [] }), connect: async () => { throw new Error('no'); } }} start={{ kind: 'pods', connection: connection([], [], {}) }} readOnly={false} color={false} locale={locale} actions={{ copy: async () => '', save: async () => '' }} onExit={() => undefined} />,
    );
    await waitForText(lastFrame, 'feature-flags-1');
    stdin.write('R');
    const frame = await waitForText(lastFrame, names);
    expect(frame.replace(/\s+/g, '')).toContain(prompt.replace(/\s+/g, ''));
  });
});
