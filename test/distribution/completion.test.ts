// Completion as a user meets it: the answer `__complete` gives for the words typed so far, the same answer
// through bash, zsh and fish with the scripts `completion SHELL` prints, and a cluster that is slow or gone
// costing the prompt at most the completion deadline.
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { COMPLETION_DEADLINE_MS } from '../../src/cli/completion-command.js';
import { packageRoot } from '../../src/paths.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { captureOutput } from '../support/capture-output.js';
import { completionValues, runProgram } from './run-program.js';

const work = mkdtempSync(join(tmpdir(), 'crashcourse-completion-'));
const kubeconfig = join(work, 'kubeconfig');
const bin = join(work, 'bin');
let cluster: TrainingCluster;
let silent: Server;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  cluster = await startTrainingCluster({ port: 0, quiet: true, writeKubeconfig: kubeconfig, static: true });
  mkdirSync(bin);
  symlinkSync(join(packageRoot(), 'dist', 'cli.js'), join(bin, 'kubectl-crashcourse'));
  env = { ...process.env, PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}`, KUBECONFIG: kubeconfig };
  // Accepts connections and never answers: the slow cluster a completion must not wait on.
  silent = createServer(() => undefined);
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
  await cluster?.close();
  silent?.close();
});
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env['KUBECONFIG'];
});

async function complete(...words: string[]): Promise<{ values: string[]; directive: string; code: number }> {
  process.env['KUBECONFIG'] = kubeconfig;
  const output = captureOutput();
  const code = await main(['__complete', ...words]);
  const out = output.out();
  vi.restoreAllMocks();
  return { values: completionValues(out), directive: out.trim().split('\n').at(-1)!, code };
}

function kubeconfigFor(server: string): string {
  const file = join(work, `kc-${Math.random().toString(36).slice(2)}`);
  writeFileSync(file, `apiVersion: v1\nkind: Config\ncurrent-context: x\nclusters: [{name: x, cluster: {server: "${server}", insecure-skip-tls-verify: true}}]\ncontexts: [{name: x, context: {cluster: x, user: x}}]\nusers: [{name: x, user: {}}]\n`);
  return file;
}

describe('__complete', () => {
  it('offers commands by prefix, then the flags of the command typed', async () => {
    expect((await complete('sc')).values).toEqual(['scan']);
    const flags = await complete('diagnose', '--');
    expect(flags.values).toEqual(expect.arrayContaining(['--output', '--container', '--namespace', '--context', '--from']));
    expect(flags.values).not.toContain('--all-namespaces');
    expect(flags.directive).toBe(':4');
  });

  it('offers an option value from its choices, also in the --flag=value form', async () => {
    expect((await complete('diagnose', '-o', '')).values).toEqual(['text', 'json', 'markdown']);
    expect((await complete('diagnose', '--output=m')).values).toEqual(['--output=markdown']);
    expect((await complete('completion', '')).values).toEqual(['bash', 'zsh', 'fish']);
  });

  it('offers pod names of the current context, of -n, and of a typed NAMESPACE/', async () => {
    expect((await complete('diagnose', '')).values).toEqual(expect.arrayContaining(['crashlookbackoff-pod', 'healthcheck-demo']));
    expect((await complete('override', '-n', 'shop', 'cat')).values).toEqual(['catalog-pm652tsgzl-mz4tq']);
    expect((await complete('diagnose', 'shop/che')).values).toEqual(['shop/checkout-wxs8bqtm42-z7m4s']);
    // The wizard takes a pod too, beside the command names.
    expect((await complete('')).values).toEqual(expect.arrayContaining(['diagnose', 'crashlookbackoff-pod']));
  });

  it('offers contexts from the kubeconfig, namespaces from the cluster, and leaves file names to the shell', async () => {
    expect((await complete('scan', '--context', '')).values).toEqual(['kubectl-crashcourse-training']);
    expect((await complete('scan', '-n', 'sh')).values).toEqual(['shop']);
    const files = await complete('diagnose', '--kubeconfig', '');
    expect(files).toMatchObject({ values: [], directive: ':0' });
  });

  it('answers with nothing, at once, when the cluster refuses, and within the deadline when it never answers', async () => {
    const refused = await runProgram(['kubectl-crashcourse', '__complete', 'diagnose', ''], { env: { ...env, KUBECONFIG: kubeconfigFor('https://127.0.0.1:1') } });
    expect(refused).toMatchObject({ code: 0, out: ':4\n', err: '' });
    const port = (silent.address() as { port: number }).port;
    const started = Date.now();
    const slow = await runProgram(['kubectl-crashcourse', '__complete', 'diagnose', ''], { env: { ...env, KUBECONFIG: kubeconfigFor(`https://127.0.0.1:${port}`) } });
    expect(slow).toMatchObject({ code: 0, out: ':4\n' });
    expect(Date.now() - started).toBeLessThan(COMPLETION_DEADLINE_MS + 5_000);
  });
});

const has = async (shell: string): Promise<boolean> => (await runProgram([shell, '-c', 'exit 0'])).code === 0;

describe('the shell scripts', () => {
  it('bash completes option values, --flag=value and pod names in -n', async () => {
    const script = [
      'source <(kubectl-crashcourse completion bash)',
      'try() { COMP_LINE=$1; COMP_POINT=${#COMP_LINE}; read -r -a COMP_WORDS <<<"$2"; [[ $COMP_LINE == *" " ]] && COMP_WORDS+=(""); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); _kubectl_crashcourse; echo "${COMPREPLY[*]}"; }',
      'try "kubectl-crashcourse diagnose -o " "kubectl-crashcourse diagnose -o"',
      'try "kubectl-crashcourse diagnose --output=j" "kubectl-crashcourse diagnose --output = j"',
      'try "kubectl-crashcourse diagnose -n shop cat" "kubectl-crashcourse diagnose -n shop cat"',
    ].join('\n');
    const r = await runProgram(['bash', '-c', script], { env });
    expect(r.err).toBe('');
    expect(r.out.split('\n')).toEqual(['text json markdown', 'json', 'catalog-pm652tsgzl-mz4tq', '']);
  });

  it('zsh completes option values and pod names with their status as the description', async () => {
    if (!(await has('zsh'))) {
      console.log('skipped: zsh is not installed (.ci/run installs it with apt-get)');
      return;
    }
    const script = [
      'compdef() { :; }; _describe() { print -l -- "${(@P)${@[-1]}}"; }; _files() { print FILES; }',
      'source <(kubectl-crashcourse completion zsh)',
      'words=(kubectl-crashcourse diagnose --output ""); CURRENT=4; _kubectl_crashcourse',
      'words=(kubectl-crashcourse diagnose -n shop cat); CURRENT=5; _kubectl_crashcourse',
      'words=(kubectl-crashcourse diagnose --kubeconfig ""); CURRENT=4; _kubectl_crashcourse',
    ].join('\n');
    const r = await runProgram(['zsh', '-c', script], { env });
    expect(r.err).toBe('');
    expect(r.out.split('\n')).toEqual(['text', 'json', 'markdown', 'catalog-pm652tsgzl-mz4tq:CrashLoopBackOff', 'FILES', '']);
  });

  it('fish completes option values and pod names', async () => {
    if (!(await has('fish'))) {
      console.log('skipped: fish is not installed (.ci/run installs it with apt-get)');
      return;
    }
    const script = 'kubectl-crashcourse completion fish | source; complete -C "kubectl-crashcourse diagnose --output "; complete -C "kubectl-crashcourse diagnose -n shop cat"';
    const r = await runProgram(['fish', '--no-config', '-c', script], { env });
    expect(r.err).toBe('');
    expect(r.out.split('\n').filter(Boolean).sort()).toEqual(['catalog-pm652tsgzl-mz4tq\tCrashLoopBackOff', 'json', 'markdown', 'text']);
  });
});
