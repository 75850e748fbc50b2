// The one-line errors of the training cluster's flags and admin, the metrics port, the classroom (class files,
// exercises, --red-herring), image references and `--container`: each keeps the English users always saw and is
// worded in zh-CN and ja with the same values (entries, paths, URLs, names). The ones a command line reaches are
// also run through main() in-process, as a user meets them: one line, the right exit code.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { errorLine } from '../../src/cli/error-line.js';
import { redHerringKinds } from '../../src/cli/exercise-command.js';
import { main } from '../../src/cli/main.js';
import { trainingAdmin } from '../../src/cli/training-admin.js';
import { runTrainingClusterReset } from '../../src/cli/training-cluster-reset-command.js';
import { prepareCase } from '../../src/classroom/prepare-case.js';
import { openOfflineReader } from '../../src/cluster/index.js';
import type { MessageRef } from '../../src/errors.js';
import enScenario from '../../src/i18n/catalogs/scenario/en.json' with { type: 'json' };
import { runClass } from '../../src/cli/class-command.js';
import { parseClassFile } from '../../src/classroom/class-file.js';
import { gatherEvidence } from '../../src/evidence/index.js';
import { diagnose } from '../../src/report/diagnose.js';
import { parseImageReference } from '../../src/image/index.js';
import { createWatchMetrics } from '../../src/metrics/index.js';
import { startMetricsServer } from '../../src/metrics/server.js';
import { adminFilePath } from '../../src/training/admin-endpoint.js';
import { parseForbid } from '../../src/training/forbid.js';
import { captureOutput } from '../support/capture-output.js';
import { englishRuns } from '../support/english-runs.js';
import { caught } from '../support/caught-user-error.js';

const SCENARIO = resolve(import.meta.dirname, '../../scenarios/unknown-flag');
const scratch = await mkdtemp(join(tmpdir(), 'other-errors-'));
const refuser: Server = createServer((_req, res) => res.writeHead(403, { 'content-type': 'application/json' }).end('{"error":"bad token"}'));
await new Promise<void>((ok) => refuser.listen(0, '127.0.0.1', ok));
const refuserUrl = `http://127.0.0.1:${(refuser.address() as { port: number }).port}`;
afterAll(async () => {
  await new Promise((ok) => refuser.close(ok));
  await rm(scratch, { recursive: true, force: true });
});
afterEach(() => vi.restoreAllMocks());


/** A kubeconfig path whose admin file holds `text` (no file when undefined). */
async function adminOf(name: string, text?: string): Promise<string> {
  const kubeconfig = join(scratch, name);
  if (text !== undefined) await writeFile(adminFilePath(kubeconfig), text);
  return kubeconfig;
}

const offline = await openOfflineReader(SCENARIO);
const podOf = (): [string, string] => offline.scenarios[0]!.meta.pod!.split('/') as [string, string];

// [name, raise, English message (exact, or a pattern), values every language keeps]
const cases: readonly (readonly [string, () => unknown, string | RegExp, readonly string[]])[] = [
  ['forbid shape', () => parseForbid(['pods']), '--forbid: "pods" is not VERB:RESOURCE (e.g. get:pods/log)', ['--forbid', 'pods', 'VERB:RESOURCE', 'get:pods/log']],
  ['forbid verb', () => parseForbid(['poke:pods']), /^--forbid: unknown verb "poke" in "poke:pods" \(one of: .+\)$/, ['poke', 'poke:pods', 'get']],
  ['forbid slashes', () => parseForbid(['get:pods/log/x']), '--forbid: "get:pods/log/x" has too many "/" (RESOURCE or RESOURCE/SUBRESOURCE)', ['get:pods/log/x', 'RESOURCE/SUBRESOURCE']],
  ['forbid resource', () => parseForbid(['get:widgets']), '--forbid: unknown resource "widgets" in "get:widgets"', ['widgets', 'get:widgets']],
  ['forbid subresource', () => parseForbid(['get:pods/diary']), /^--forbid: pods has no subresource "diary" in "get:pods\/diary" \(one of: .*log/, ['pods', 'diary', 'log']],
  ['admin missing', async () => trainingAdmin(await adminOf('none')), `no training cluster admin file at ${join(scratch, 'none')}.admin.json (start one with: kubectl-crashcourse training-cluster --write-kubeconfig ${join(scratch, 'none')})`, [`${join(scratch, 'none')}.admin.json`, `--write-kubeconfig ${join(scratch, 'none')}`]],
  ['admin not JSON', async () => trainingAdmin(await adminOf('bad', '{')), `${join(scratch, 'bad')}.admin.json is not valid JSON`, ['bad.admin.json', 'JSON']],
  ['admin not ours', async () => trainingAdmin(await adminOf('far', '{"url":"http://10.0.0.1:80","token":"t"}')), `${join(scratch, 'far')}.admin.json does not describe a training cluster on 127.0.0.1`, ['far.admin.json', '127.0.0.1']],
  ['admin not answering', async () => (await trainingAdmin(await adminOf('gone', '{"url":"http://127.0.0.1:1","token":"t"}'))).reset(), 'the training cluster at http://127.0.0.1:1 is not answering (is it still running?)', ['http://127.0.0.1:1']],
  ['admin refused', async () => (await trainingAdmin(await adminOf('refused', JSON.stringify({ url: refuserUrl, token: 't' })))).reset(), 'reset refused: bad token', ['bad token']],
  ['which cluster', () => {
    vi.stubEnv('KUBECONFIG', '');
    return runTrainingClusterReset({}).finally(() => vi.unstubAllEnvs());
  }, 'which training cluster? pass --kubeconfig FILE (the one training-cluster --write-kubeconfig wrote) or set KUBECONFIG', ['--kubeconfig FILE', '--write-kubeconfig', 'KUBECONFIG']],
  ['metrics port', async () => {
    const first = await startMetricsServer(createWatchMetrics({ processMetrics: false }).registry, '127.0.0.1', 0, () => true);
    const port = Number(new URL(first.url).port);
    try {
      await startMetricsServer(createWatchMetrics({ processMetrics: false }).registry, '127.0.0.1', port, () => true);
    } finally {
      await first.close();
    }
  }, /^cannot serve metrics on 127\.0\.0\.1:\d+: EADDRINUSE$/, ['127.0.0.1:', 'EADDRINUSE']],
  ['exercise without cause', () => prepareCase({ reader: offline, scenario: { name: 'notes-only', meta: {} }, flows: [], seed: 1 }), 'scenario notes-only has no pod or cause in its scenario.yaml, so it cannot be an exercise', ['notes-only', 'scenario.yaml', 'pod', 'cause']],
  ['red herring', () => redHerringKinds('purple'), /^--red-herring: unknown variant 'purple' \(expected .+ or any\)$/, ['--red-herring', 'purple', 'noisy-sidecar', 'any']],
  ['class file unreadable', () => runClass({ action: 'run', path: join(scratch, 'nope.yaml') } as never), `cannot read ${join(scratch, 'nope.yaml')}: no such file`, ['nope.yaml']],
  ['class file YAML', () => parseClassFile('scenarios: [a\n', 'class.yaml'), /^class\.yaml:\d+: not valid YAML$/, ['class.yaml:', 'YAML']],
  ['class file field', () => parseClassFile('scenarios: [a]\n', 'class.yaml'), 'class.yaml: name: Invalid input: expected string, received undefined', ['class.yaml', 'name', 'string', 'undefined']],
  ['class file whole', () => parseClassFile('3\n', 'class.yaml'), 'class.yaml: the file: Invalid input: expected object, received number', ['class.yaml', 'object', 'number']],
  ['diagnose --container', async () => diagnose({ evidence: await gatherEvidence(offline, ...podOf(), { tailLines: 10, limitBytes: 1 << 16, target: { namespace: podOf()[0] } }), target: { namespace: podOf()[0] }, container: 'nope' }),
    /^container "nope" not found in pod \S+ \(containers: .+\)$/, ['nope', podOf().join('/')]],
  ['image empty', () => parseImageReference(' '), 'invalid image reference " ": it is empty', []],
  ['image digest', () => parseImageReference('nginx@sha256:abc'), 'invalid image reference "nginx@sha256:abc": bad digest "sha256:abc"', ['nginx@sha256:abc', 'sha256:abc']],
  ['image tag', () => parseImageReference('nginx:-x'), 'invalid image reference "nginx:-x": bad tag "-x"', ['nginx:-x', '-x']],
  ['image component', () => parseImageReference('Nginx'), 'invalid image reference "Nginx": bad repository component "Nginx"', ['Nginx']],
];

const provoked = new Set<string>();
const keysOf = (ref: MessageRef | undefined): string[] => (ref ? [ref.key, ...keysOf(ref.detail)] : []);

describe.each(cases)('%s', (_name, raise, english, values) => {
  it('keeps its English message and is worded in zh-CN and ja with the same values', async () => {
    const e = await caught(raise);
    for (const key of keysOf(e.ref)) provoked.add(key);
    expect(e.ref, e.message).toBeDefined();
    if (typeof english === 'string') expect(e.message).toBe(english);
    else expect(e.message).toMatch(english);
    expect(errorLine(e, 'en', false)).toBe(e.message);
    for (const locale of ['zh-CN', 'ja'] as const) {
      const line = errorLine(e, locale, false);
      expect(line).toMatch(locale === 'ja' ? /[\u3040-\u30ff]/ : /[\u4e00-\u9fff]/);
      for (const v of values) expect(line).toContain(v);
      const ours = Object.values(e.ref!.values ?? {}).map(String).sort((a, b) => b.length - a.length).reduce((text, v) => text.split(v).join(' '), line);
      expect(englishRuns(ours.replace(/--[\w-]+|\S+\.yaml|\S*\/\S*/g, ' ')), line).toEqual([]);
    }
  });
});

// From the command line: the class file and `--container`, one line on stderr in the chosen language.
describe.each(['zh-CN', 'ja'] as const)('from the command line in %s', (locale) => {
  const run = async (argv: string[]): Promise<{ code: number; err: string }> => {
    const io = captureOutput();
    const code = await main([...argv, '--lang', locale]);
    vi.restoreAllMocks();
    return { code, err: io.err() };
  };
  const oneLine = (r: { code: number; err: string }, values: readonly string[]): void => {
    expect(r.code).toBe(1);
    expect(r.err.split('\n').filter(Boolean), r.err).toHaveLength(1);
    expect(r.err).toMatch(/^kubectl-crashcourse: /);
    expect(r.err).toMatch(locale === 'ja' ? /[\u3040-\u30ff]/ : /[\u4e00-\u9fff]/);
    for (const v of values) expect(r.err).toContain(v);
  };

  it('class run of a missing file, of bad YAML and of a wrong field', async () => {
    oneLine(await run(['class', 'run', join(scratch, 'nope.yaml')]), ['nope.yaml']);
    const broken = join(scratch, `broken-${locale}.yaml`);
    await writeFile(broken, 'scenarios: [a\n');
    oneLine(await run(['class', 'run', broken]), [`broken-${locale}.yaml:`]);
    const wrong = join(scratch, `wrong-${locale}.yaml`);
    await writeFile(wrong, 'scenarios: [crashloop]\ntimeLimitMinutes: soon\n');
    const r = await run(['class', 'run', wrong]);
    oneLine(r, [`wrong-${locale}.yaml`, 'name', 'string', 'undefined']);
    expect(englishRuns(r.err.replace(/\S*\/\S*/g, ' '))).toEqual([]);
  });

  it('diagnose --container with a name the pod does not have', async () => {
    const [ns, pod] = offline.scenarios[0]!.meta.pod!.split('/') as [string, string];
    const r = await run(['diagnose', `${ns}/${pod}`, '--from', SCENARIO, '-c', 'nope']);
    oneLine(r, ['nope', `${ns}/${pod}`]);
  });
});

describe('the command-line keys of the scenario catalog', () => {
  it('are each provoked by a case above', () => {
    const mine = ['forbid', 'admin', 'metrics', 'exercise', 'class', 'image', 'container'];
    expect(Object.keys(enScenario).filter((key) => mine.includes(key.split('.')[1] ?? '') && !provoked.has(key))).toEqual([]);
  });
});
