// Errors raised outside src/cli carry catalog keys too: for one representative error of each source (override,
// training cluster start-up, check, watch, scenarios, flows) the English message is the one users always saw, and
// the line main.ts prints in zh-CN and ja is worded in that language with the same values (paths, names, ports).
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseManifests } from '../../src/check/manifest-docs.js';
import { writeFileAtomic } from '../../src/exec/atomic-write.js';
import { splitPodArg } from '../../src/exec/override-context.js';
import { parseFlow } from '../../src/flow/parse-flow.js';
import { createTranslator } from '../../src/i18n/index.js';
import { localMessage } from '../../src/i18n/user-error.js';
import { readScenarioLog } from '../../src/scenario/read-scenario-log.js';
import { startTrainingCluster } from '../../src/training/index.js';
import { inClusterConnection } from '../../src/watch/in-cluster.js';
import { caught } from '../support/caught-user-error.js';


const scratch = await mkdtemp(join(tmpdir(), 'src-errors-'));
const busy: Server = createServer();
await new Promise<void>((ok) => busy.listen(0, '127.0.0.1', ok));
const busyPort = (busy.address() as { port: number }).port;
afterAll(async () => {
  await new Promise((ok) => busy.close(ok));
  await rm(scratch, { recursive: true, force: true });
});

const FLOW = 'id: f\ntitle: F\nstart: a\nsteps:\n  a:\n    title: A\n    explain: x\n    next:\n      - goto: nowhere\n';

const cases: readonly (readonly [string, () => unknown, string, readonly string[]])[] = [
  ['override', () => splitPodArg('a/b/c', 'shop'), '"a/b/c" is not a pod: give it as NAME or NAMESPACE/NAME', ['a/b/c']],
  ['override file', () => writeFileAtomic(scratch, 'x', { what: 'the kubeconfig', overwrite: true }), `cannot write the kubeconfig to ${scratch}: it is a directory`, [scratch]],
  ['training cluster', () => startTrainingCluster({ port: busyPort, quiet: true, scenarios: [] }),
    `port ${busyPort} on 127.0.0.1 is already in use (choose another with --port, or 0 for any free port)`, [String(busyPort), '--port']],
  ['check', () => parseManifests('deploy.yaml', 'a: [1\n'), '', ['deploy.yaml:']],
  ['watch', () => inClusterConnection({}), '--in-cluster: KUBERNETES_SERVICE_HOST is not set (is this running in a Pod?)', ['KUBERNETES_SERVICE_HOST']],
  ['scenario', () => readScenarioLog({ path: join(scratch, 'gone.log') } as never), `${join(scratch, 'gone.log')}: cannot read log (ENOENT)`, ['gone.log', 'ENOENT']],
  ['flow', () => parseFlow(FLOW, 'flows/f.yaml'), 'flows/f.yaml:1: missing "appliesTo"', ['flows/f.yaml:1', 'appliesTo']],
];

describe.each(cases)('%s error', (_name, raise, english, values) => {
  it('keeps its English message and is worded in zh-CN and ja with the same values', async () => {
    const e = await caught(raise);
    expect(e.ref, e.message).toBeDefined();
    if (english) expect(e.message).toBe(english);
    expect(localMessage(e, createTranslator('en'))).toBe(e.message);
    for (const locale of ['zh-CN', 'ja'] as const) {
      const line = localMessage(e, createTranslator(locale));
      expect(line).not.toBe(e.message);
      expect(line).toMatch(locale === 'ja' ? /[\u3040-\u30ff]/ : /[\u4e00-\u9fff]/);
      for (const v of values) expect(line).toContain(v);
    }
  });
});
