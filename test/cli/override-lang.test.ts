// The override's plan and questions in the reader's language, run against the training cluster: the plan of a
// copy pinned to its node (a ReadWriteOnce claim), an image without a shell whose entrypoint is unknown, the typed
// answer refused, and a server that refuses `create pods`. In zh-CN and ja no English sentence may be left outside
// the commands, names and the server's own words; the commands stay as planArgv makes them; prose fits 80
// columns; and English says exactly what it said before (so the checks can fail).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createApiFallback } from '../../src/exec/api-fallback.js';
import { confirmTyped } from '../../src/exec/confirm.js';
import { openKubeApi, podsPath } from '../../src/exec/kube-api.js';
import { Ledger } from '../../src/exec/ledger.js';
import { runOverrideFlow } from '../../src/exec/override.js';
import { createPlanRunner } from '../../src/exec/plan-runner.js';
import { createTranslator, displayWidth, type Locale } from '../../src/i18n/index.js';
import type { Pod } from '../../src/k8s/index.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { captureOutput } from '../support/capture-output.js';
import { englishRuns } from '../support/english-runs.js';

const SCENARIOS = join(import.meta.dirname, '../../scenarios');
const LOCALES = ['zh-CN', 'ja'] as const;
const DISTROLESS = 'gcr.io/distroless/static-debian12:nonroot';
const GATEWAY = 'registry.example.com/edge/sensor-gateway:1.3.0';
const GATEWAY_WARNING = `${GATEWAY} is built for amd64 but node edge-arm-02 is arm64: expect "exec format error" from every binary, the keep-alive included`;

let cluster: TrainingCluster;
let forbidden: TrainingCluster;
let kubeconfig: string;
let forbiddenConfig: string;
let builder: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'override-lang-'));
  kubeconfig = join(dir, 'kubeconfig');
  forbiddenConfig = join(dir, 'forbidden-kubeconfig');
  [cluster, forbidden] = await Promise.all([
    startTrainingCluster({ scenarios: [SCENARIOS], port: 0, quiet: true, writeKubeconfig: kubeconfig }),
    startTrainingCluster({ port: 0, quiet: true, writeKubeconfig: forbiddenConfig, forbid: ['create:pods'] }),
  ]);
  const api = openKubeApi({ kubeconfig });
  builder = await podNamed('reports', 'report-builder-9gt2wkpjzf');
  // An image with neither shell nor sleep, which no registry the training cluster knows describes.
  const shellless: Pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'static-site', namespace: 'default' }, spec: { containers: [{ name: 'site', image: DISTROLESS }] } };
  expect((await api.request('POST', podsPath('default'), shellless)).status).toBeLessThan(300);
}, 90_000);
afterAll(async () => {
  await Promise.all([cluster?.close(), forbidden?.close()]);
});
afterEach(() => vi.restoreAllMocks());

async function copiesIn(namespace: string): Promise<string[]> {
  const res = await openKubeApi({ kubeconfig }).request('GET', `${podsPath(namespace)}?labelSelector=${encodeURIComponent('app.kubernetes.io/managed-by=kubectl-crashcourse')}`);
  return ((res.body as { items?: Pod[] }).items ?? []).map((p) => p.metadata.name);
}

async function podNamed(namespace: string, prefix: string): Promise<string> {
  const pods = ((await openKubeApi({ kubeconfig }).request('GET', podsPath(namespace))).body as { items: Pod[] }).items;
  return pods.find((p) => p.metadata.name.startsWith(prefix))!.metadata.name;
}

/** The output without what is quoted on purpose: commands, the diff, paths, quoted values and the server's words. */
function prose(text: string, verbatim: readonly string[] = []): string {
  let out = text;
  for (const v of verbatim) out = out.split(v).join(' ');
  return out
    .split('\n')
    // The YAML diff, and lines that are a command or a path alone.
    .filter((l) => !/^(?:[-+ @]|--- |\+\+\+ )/.test(l) || /^\s{2}\S/.test(l))
    .filter((l) => !/^\s*(?:kubectl|crane|docker|sleep|\/)\S*(?:\s|$)/.test(l))
    .join('\n')
    .replace(/"[^"]*"|'[^']*'|“[^”]*”|「[^」]*」|`[^`]*`/g, ' ')
    // A command named inside a sentence, up to its punctuation.
    .replace(/\bkubectl(?:-crashcourse)?\b[^（）()、。，；：\n]*/g, ' ')
    .replace(/\S*[/.]\S*/g, ' ');
}

/**
 * The lines a person reads as ours, which must fit an 80-column terminal. Commands and the YAML diff may not, and
 * names are as long as the cluster made them: each name counts as one column.
 */
const tooWide = (text: string, names: readonly string[] = []): string[] =>
  text.split('\n')
    .filter((l) => !/\bkubectl\b|^ {2}(?:crane|docker) |^[-+ @]{1,3}\S|^\s*$/.test(l) && !/^ {2}\//.test(l))
    .filter((l) => displayWidth(names.reduce((s, n) => s.split(n).join('N'), l)) > 80);

async function override(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureOutput();
  const code = await main(['override', ...args]);
  const result = { code, out: io.out(), err: io.err() };
  vi.restoreAllMocks();
  return result;
}

/** The typed answer "no" to the create question, through the same prompt `override` shows in a terminal. */
async function refuse(locale: Locale): Promise<{ code: number; out: string; prompt: string; ran: string[]; copies: string[] }> {
  const api = openKubeApi({ kubeconfig });
  const out = new PassThrough();
  const prompt = new PassThrough();
  const input = new PassThrough();
  let said = '';
  let asked = '';
  out.on('data', (c: Buffer) => (said += c.toString()));
  prompt.on('data', (c: Buffer) => {
    asked += c.toString();
    setImmediate(() => input.write('no\n'));
  });
  const t = createTranslator(locale);
  const runner = createPlanRunner({ mode: 'run', kubectl: null, fallback: createApiFallback(api) });
  const code = await runOverrideFlow(
    { pod: 'default/healthcheck-demo', sameNode: false, keepInitContainers: true, dryRun: false, yes: false, cleanup: false, output: 'text', mode: 'run' },
    { api, runner, out, err: out, interactive: true, confirm: (q) => confirmTyped(q, { input, output: prompt }, t), ledger: new Ledger(), t },
  );
  return { code, out: said, prompt: asked, ran: runner.records.map((r) => r.planId), copies: await copiesIn('default') };
}

describe.each(LOCALES)('override in %s', (locale) => {
  const t = createTranslator(locale);

  it('words the plan of a pinned copy: purposes, the node-pin reason and the diff headings', async () => {
    const r = await override([`reports/${builder}`, '--kubeconfig', kubeconfig, '--dry-run', '--lang', locale]);
    expect(r.code).toBe(0);
    const copy = r.out.match(new RegExp(`${builder}-crashcourse-[a-z0-9]{5}`))![0];
    expect(r.out).toContain(`kubectl --kubeconfig ${kubeconfig} -n reports debug ${builder} --copy-to=${copy} --container=builder --profile=general -- sleep infinity\n`);
    expect(r.out).toContain(`kubectl --kubeconfig ${kubeconfig} -n reports create --validate=false -f -`);
    expect(r.out).toContain(`--- ${t('override.diff.original', { pod: builder })}\n+++ ${t('override.diff.copy', { pod: copy })}\n`);
    expect(r.out).toContain(t('override.pin.readWriteOnce', { claim: 'report-data' }).split('\n')[0]);
    expect(r.out).toContain('gke-prod-pool-1-4f2a9c1e-q8zt');
    expect(r.out).toContain(t('override.purpose.debugEquivalent', { profile: 'general' }).split('\n').join('\n  '));
    expect(englishRuns(prose(r.out))).toEqual([]);
    expect(tooWide(r.out, [copy, builder, 'gke-prod-pool-1-4f2a9c1e-q8zt'])).toEqual([]);
  });

  it('words the warning about an image built for another architecture (JSON keeps it in English)', async () => {
    const pod = await podNamed('edge', 'sensor-gateway-');
    const r = await override([`edge/${pod}`, '--kubeconfig', kubeconfig, '--dry-run', '--lang', locale]);
    expect(r.code).toBe(0);
    const warning = t('out.override.warning', { warning: t('override.warn.architecture', { image: GATEWAY, imageArch: 'amd64', node: 'edge-arm-02', nodeArch: 'arm64' }) });
    expect(r.out).toContain(`\n  ${warning.split('\n').join('\n  ')}\n`);
    expect(englishRuns(prose(r.out))).toEqual([]);
    const copy = r.out.match(new RegExp(`${pod}-crashcourse-[a-z0-9]{5}`))![0];
    expect(tooWide(r.out, [GATEWAY, copy, `edge/${pod}`, 'edge-arm-02'])).toEqual([]);
    const json = await override([`edge/${pod}`, '--kubeconfig', kubeconfig, '--dry-run', '-o', 'json', '--lang', locale]);
    expect((JSON.parse(json.out) as { warnings: string[] }).warnings).toEqual([GATEWAY_WARNING]);
  });

  it('words the note on an image without a shell and its unknown entrypoint', async () => {
    const r = await override(['default/static-site', '--kubeconfig', kubeconfig, '--dry-run', '--lang', locale]);
    expect(r.code).toBe(0);
    const reason = r.out.match(/ENTRYPOINT\/CMD[^（]*（(.*)）/)?.[1];
    expect(reason).toBeTruthy();
    expect(r.out).toContain(t('override.entrypoint.findOut'));
    expect(r.out).toContain(`  crane config ${DISTROLESS}\n`);
    expect(r.out).toContain(t('override.shellless', { image: DISTROLESS, command: 'C' }).split('\n')[0]);
    expect(r.out).toMatch(/\n {2}kubectl .* debug -it static-site-crashcourse-[a-z0-9]{5} --image=busybox:1\.36 --target=site --profile=general\n/);
    // The reason is the registry client's own (English) account of the failed lookup: a quoted value here.
    expect(englishRuns(prose(r.out, [reason!]))).toEqual([]);
    const copy = r.out.match(/static-site-crashcourse-[a-z0-9]{5}/)![0];
    expect(tooWide(r.out.split(reason!).join(''), [DISTROLESS, copy, 'default/static-site'])).toEqual([]);
  });

  it('asks the create question in the reader\'s language; a typed no creates nothing', async () => {
    const r = await refuse(locale);
    expect(r.code).toBe(1);
    expect(r.ran).toEqual([]);
    expect(r.copies).toEqual([]);
    const copy = r.prompt.match(/healthcheck-demo-crashcourse-[a-z0-9]{5}/)![0];
    expect(r.prompt).toContain(`kubectl --kubeconfig ${kubeconfig} -n default create --validate=false -f -`);
    expect(r.prompt).toContain(copy);
    expect(r.prompt.endsWith(t('override.confirm.prompt', { question: '' }).trimStart())).toBe(true);
    expect(r.out).toContain(`${t('out.override.nothingCreated')}\n`);
    expect(englishRuns(prose(r.prompt))).toEqual([]);
    expect(englishRuns(prose(r.out))).toEqual([]);
    expect(tooWide(r.prompt, [copy])).toEqual([]);
  });

  it('names the missing permission and the command to check it when the server refuses create pods', async () => {
    const r = await override(['default/healthcheck-demo', '--kubeconfig', forbiddenConfig, '--yes', '--lang', locale]);
    expect(r.code).toBe(1);
    const errLines = r.err.trimEnd().split('\n');
    expect(errLines).toHaveLength(1);
    // The API server's own words, quoted as it said them.
    const server = errLines[0]!.match(/pods is forbidden: User "trainee" cannot create resource "pods" in API group "" in the namespace "default"/)?.[0];
    expect(server).toBeTruthy();
    expect(errLines[0]).toBe(`kubectl-crashcourse: ${t('override.forbidden.printedAbove', { error: t('override.forbidden.refused', { permission: 'create pods', namespace: 'default', message: server! }) })}`);
    expect(r.out).toContain(`  kubectl auth can-i create pods -n default\n`);
    expect(r.out).toMatch(/\n {2}kubectl --kubeconfig \S+ -n default create --validate=false -f copy\.yaml\n/);
    expect(r.out).toMatch(/\n {2}kubectl --kubeconfig \S+ -n default exec -it healthcheck-demo-crashcourse-[a-z0-9]{5} -c busybox -- sh\n/);
    expect(englishRuns(prose(errLines[0]!.replace(/^kubectl-crashcourse: /, ''), [server!]))).toEqual([]);
    expect(englishRuns(prose(r.out.split('\n\n')[0]!))).toEqual([]);
    const copy = r.out.match(/healthcheck-demo-crashcourse-[a-z0-9]{5}/)![0];
    expect(tooWide(r.out.split('\n\n')[0]!, [copy, 'default/healthcheck-demo'])).toEqual([]);
  });

  it('words an unknown --container and an unclosed --command quote as one-line errors', async () => {
    const noSuch = await override(['default/healthcheck-demo', '--kubeconfig', kubeconfig, '--dry-run', '--container', 'nope', '--lang', locale]);
    expect(noSuch.code).toBe(2);
    expect(noSuch.err).toBe(`kubectl-crashcourse: ${t('override.fail.noSuchContainer', { pod: 'healthcheck-demo', container: 'nope', names: 'busybox' })}\n`);
    const unclosed = await override(['default/healthcheck-demo', '--kubeconfig', kubeconfig, '--dry-run', '--command', "sleep 'x", '--lang', locale]);
    expect(unclosed.code).toBe(2);
    expect(unclosed.err).toBe(`kubectl-crashcourse: ${t('override.fail.unclosedQuote', { quote: "'" })}\n`);
    expect(englishRuns(prose(noSuch.err + unclosed.err))).toEqual([]);
  });
});

describe('override in English says what it said before', () => {
  it('the plan of a pinned copy', async () => {
    const r = await override([`reports/${builder}`, '--kubeconfig', kubeconfig, '--dry-run', '--lang', 'en']);
    expect(r.out).toContain('  pinned to node gke-prod-pool-1-4f2a9c1e-q8zt: it mounts ReadWriteOnce PVC report-data, which only one node can attach\n');
    expect(r.out).toMatch(new RegExp(`--- pod/${builder} \\(original\\)\n\\+\\+\\+ pod/${builder}-crashcourse-[a-z0-9]{5} \\(copy\\)\n`));
    expect(r.out).toContain("  (kubectl debug --copy-to makes a similar copy; --profile=general is what this namespace's Pod Security level admits. Its default profile up to kubectl 1.35 (legacy) keeps every probe, so the idle copy would be killed again; it also keeps labels (Service traffic) and does not mark the copy for cleanup.)\n");
    expect(englishRuns(prose(r.out))).not.toEqual([]);
  });

  it('the architecture warning', async () => {
    const r = await override([`edge/${await podNamed('edge', 'sensor-gateway-')}`, '--kubeconfig', kubeconfig, '--dry-run', '--lang', 'en']);
    expect(r.out).toContain(`\n  Warning: ${GATEWAY_WARNING}\n`);
  });

  it('the note on an image without a shell and its unknown entrypoint', async () => {
    const r = await override(['default/static-site', '--kubeconfig', kubeconfig, '--dry-run', '--lang', 'en']);
    expect(r.out).toMatch(/\nThe image's ENTRYPOINT\/CMD is unknown \(.+\)\.\nFind it with one of:\n {2}crane config /);
    expect(r.out).toMatch(new RegExp(`\nNote: ${DISTROLESS.replace(/\./g, '\\.')} looks like an image without a shell or sleep: the keep-alive may fail\\. Then use --command, or the debug container: kubectl .* debug -it static-site-crashcourse-`));
  });

  it('the create question', async () => {
    const r = await refuse('en');
    expect(r.prompt).toMatch(/^Create healthcheck-demo-crashcourse-[a-z0-9]{5} in namespace default with `kubectl --kubeconfig \S+ -n default create --validate=false -f -`\? Type "yes" to continue: $/);
    expect(r.out).toContain('Nothing was created.\n');
  });

  it('the permission refused', async () => {
    const r = await override(['default/healthcheck-demo', '--kubeconfig', forbiddenConfig, '--yes', '--lang', 'en']);
    expect(r.err).toMatch(/^kubectl-crashcourse: You are not allowed to create pods in namespace default: .+ \(the commands for someone who has it are printed above\)\n$/);
    expect(r.out).toContain('The override needs "create pods" (and "create pods/exec" for the shell). Check with: kubectl auth can-i create pods -n default\nSomeone who has it can run, with the manifest below saved as copy.yaml:\n');
  });
});
