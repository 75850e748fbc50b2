// Every `kubectl-crashcourse …` command the READMEs show (English, 中文, 日本語) is one the CLI accepts: a command
// line is parsed by main() itself, with each command's work replaced by a stub, and must exit 0 without a word on
// stderr; a synopsis (`diagnose [NS/]POD [-n NS] …`) must name a real command, and every option it shows must be
// in that command's --help. A renamed option or command fails here before a reader finds it.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../support/capture-output.js';
import { docCommands, isSynopsis } from '../support/doc-commands.js';

const ran: string[] = [];
const stub = (name: string) => async () => {
  ran.push(name);
  return 0;
};
vi.mock('../../src/cli/wizard-command.js', () => ({ runWizard: stub('wizard') }));
vi.mock('../../src/cli/exercise-command.js', () => ({ runExerciseCommand: stub('exercise') }));
vi.mock('../../src/cli/training-cluster-command.js', () => ({ runTrainingCluster: stub('training-cluster') }));
vi.mock('../../src/cli/training-cluster-reset-command.js', () => ({ runTrainingClusterReset: stub('training-cluster reset') }));
vi.mock('../../src/cli/diagnose-command.js', () => ({ runDiagnose: stub('diagnose') }));
vi.mock('../../src/cli/scan-command.js', () => ({ runScan: stub('scan') }));
vi.mock('../../src/cli/check-command.js', () => ({ runCheckCommand: stub('check') }));
vi.mock('../../src/cli/strace-command.js', () => ({ runStrace: stub('strace') }));
vi.mock('../../src/cli/flows-command.js', () => ({ runFlows: stub('flows') }));
vi.mock('../../src/cli/rules-command.js', () => ({ runRules: stub('rules') }));
vi.mock('../../src/cli/override-command.js', () => ({ runOverride: stub('override') }));
vi.mock('../../src/cli/completion-command.js', () => ({ printCompletionScript: stub('completion'), runComplete: stub('complete') }));
vi.mock('../../src/cli/alert-rules-command.js', () => ({ runAlertRules: stub('alert-rules') }));
vi.mock('../../src/cli/watch-command.js', () => ({ runWatch: stub('watch') }));
vi.mock('../../src/cli/class-command.js', () => ({ runClass: stub('class') }));
vi.mock('../../src/cli/trainer-command.js', () => ({ runTrainer: stub('trainer') }));

afterEach(() => vi.restoreAllMocks());

const root = resolve(import.meta.dirname, '../..');
const DOCS = ['README.md', ...readdirSync(resolve(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
const commands = DOCS.flatMap((f) => docCommands(f, readFileSync(resolve(root, f), 'utf8')));

async function run(argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureOutput();
  try {
    const code = await main(argv);
    return { code, out: io.out(), err: io.err() };
  } finally {
    vi.restoreAllMocks();
  }
}

/** The subcommand words a synopsis starts with, and the options it shows. */
function synopsisParts(argv: readonly string[]): { path: string[]; options: string[] } {
  const path: string[] = [];
  for (const w of argv) {
    if (!/^[a-z][a-z-]*$/.test(w)) break;
    path.push(w);
  }
  const options = argv.flatMap((w) => w.replace(/[[\]…\\]/g, ' ').split(/[\s|]+/)).filter((w) => /^--?[A-Za-z][\w-]*$/.test(w));
  return { path, options: [...new Set(options)] };
}

describe.each(DOCS)('the commands %s shows', (file) => {
  const mine = commands.filter((c) => c.file === file);
  const lines = mine.filter((c) => !isSynopsis(c.text));
  const synopses = mine.filter((c) => isSynopsis(c.text));

  it('are there to check', () => {
    if (/README/.test(file)) expect(lines.length, `${file}: command lines found`).toBeGreaterThanOrEqual(10);
    else expect(mine.length, `${file}: command lines found`).toBeGreaterThanOrEqual(0);
  });

  it.each(lines.map((c) => [`${c.line}: ${c.text}`, c] as const))('parse: %s', async (_, c) => {
    const r = await run(c.argv);
    expect(r.err, `${c.file}:${c.line}: ${c.text}`).toBe('');
    expect(r.code, `${c.file}:${c.line}: ${c.text}`).toBe(0);
  });

  it.each(synopses.map((c) => [`${c.line}: ${c.text}`, c] as const))('name real options: %s', async (_, c) => {
    const { path, options } = synopsisParts(c.argv);
    const help = await run([...path, '--help']);
    expect(help.code).toBe(0);
    expect(help.out, `${c.file}:${c.line}: no command "${path.join(' ')}"`).toContain(`Usage: kubectl-crashcourse ${path.length ? `${path.join(' ')} ` : ''}`);
    for (const o of options) expect(help.out, `${c.file}:${c.line}: ${path.join(' ') || 'the wizard'} has no option ${o}`).toMatch(new RegExp(`(^|[\\s,])${o}([\\s,]|$)`, 'm'));
  });
});

describe('the command check itself', () => {
  it('fails a command line with an option the CLI does not have', async () => {
    const [bad] = docCommands('x.md', '```sh\nkubectl-crashcourse diagnose shop/api --colour\n```\n');
    const r = await run(bad!.argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^kubectl-crashcourse: .*--colour/);
  });

  it('fails a synopsis with an option its command does not have', async () => {
    const [bad] = docCommands('x.md', '| `kubectl-crashcourse scan [-A] [--wide]` | … |\n');
    const { path, options } = synopsisParts(bad!.argv);
    expect(path).toEqual(['scan']);
    const help = await run([...path, '--help']);
    expect(options.filter((o) => !new RegExp(`(^|[\\s,])${o}([\\s,]|$)`, 'm').test(help.out))).toEqual(['--wide']);
  });

  it('reads env assignments, npx, process substitution and comments as a shell would', () => {
    const text = '```sh\nLANG=ja_JP.UTF-8 kubectl-crashcourse --training   # the wizard in Japanese\nsource <(kubectl-crashcourse completion bash)\nnpx kubectl-crashcourse scan -A\n# kubectl-crashcourse is not run here\n```\n';
    expect(docCommands('x.md', text).map((c) => c.argv)).toEqual([['--training'], ['completion', 'bash'], ['scan', '-A']]);
  });

  it('takes the program only where it starts a command, and stops at a background &', () => {
    const text = '```sh\nhelm install kubectl-crashcourse charts/kubectl-crashcourse -n x\nkubectl-crashcourse training-cluster --port 0 &\n$ kubectl crashcourse scan\n```\n';
    expect(docCommands('x.md', text).map((c) => c.argv)).toEqual([['training-cluster', '--port', '0'], ['scan']]);
  });
});
