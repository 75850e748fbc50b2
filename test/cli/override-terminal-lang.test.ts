// The create question in a real terminal, in zh-CN (from LANG) and ja (from --lang): the question, the exact
// command and the word to type are on screen in the reader's language, and a typed "no" creates nothing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKubeApi, podsPath } from '../../src/exec/kube-api.js';
import { createTranslator } from '../../src/i18n/index.js';
import type { Pod } from '../../src/k8s/index.js';
import { packageRoot } from '../../src/paths.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { builtCli } from '../e2e/built-cli.js';
import { hasTmux, TmuxPane } from '../e2e/tmux.js';

let cluster: TrainingCluster;
let kubeconfig: string;
const panes: TmuxPane[] = [];

beforeAll(async () => {
  if (!hasTmux()) return;
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'override-tty-lang-')), 'kubeconfig');
  cluster = await startTrainingCluster({ port: 0, quiet: true, writeKubeconfig: kubeconfig, speed: 20 });
}, 120_000);
afterAll(async () => {
  for (const p of panes) p.close();
  await cluster?.close();
});

const copies = async (): Promise<string[]> => {
  const res = await openKubeApi({ kubeconfig }).request('GET', `${podsPath('default')}?labelSelector=${encodeURIComponent('app.kubernetes.io/managed-by=kubectl-crashcourse')}`);
  return ((res.body as { items?: Pod[] }).items ?? []).map((p) => p.metadata.name);
};

describe.each([
  ['zh-CN', [], { LANG: 'zh_CN.UTF-8' }],
  ['ja', ['--lang', 'ja'], {}],
] as const)('override\'s create question in a terminal in %s', (locale, flags, env) => {
  it('is asked in the reader\'s language, and a typed "no" creates nothing', async () => {
    if (!hasTmux()) {
      console.log('skipped: tmux is not installed, so there is no terminal to drive');
      return;
    }
    const t = createTranslator(locale);
    const typeYes = t('override.confirm.prompt', { question: '' }).trim();
    const p = new TmuxPane([process.execPath, builtCli(), 'override', 'default/healthcheck-demo', '--kubeconfig', kubeconfig, ...flags], {
      cwd: packageRoot(), env: { CI: 'false', PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', ...env }, columns: 80, rows: 40,
    });
    panes.push(p);
    await p.waitFor((s) => s.includes(typeYes), 30_000);
    const screen = p.capture();
    expect(screen).toContain(t('override.ask.create', { namespace: 'default', copy: 'X', command: '' }).split('X')[0]!.trim());
    expect(screen).toContain(t('out.override.debugHeading'));
    expect(screen).toMatch(/healthcheck-demo-crashcourse-[a-z0-9]{5}/);
    p.type('no');
    p.keys('Enter');
    expect(await p.waitForExit(15_000)).toBe(1);
    expect(p.capture()).toContain(t('out.override.nothingCreated'));
    expect(await copies()).toEqual([]);
  }, 60_000);
});
