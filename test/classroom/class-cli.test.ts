// The classroom commands' bad input: one line `kubectl-crashcourse: …` in the reader's language, a non-zero exit,
// never a stack trace. main() runs in-process with its output captured.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../support/capture-output.js';

const dir = mkdtempSync(join(tmpdir(), 'crashcourse-class-cli-'));
afterEach(() => vi.restoreAllMocks());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const saved = { ...process.env };
  Object.assign(process.env, { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...env });
  const io = captureOutput();
  try {
    const code = await main(argv);
    return { code, out: io.out(), err: io.err() };
  } finally {
    process.env = saved;
  }
}

describe('class report', () => {
  it('says there are no results, in the language LANG names', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    expect(await run(['class', 'report', empty])).toMatchObject({ code: 1, err: `kubectl-crashcourse: no result files (*.json) in ${empty}\n` });
    expect((await run(['class', 'report', empty], { LANG: 'zh_CN.UTF-8' })).err).toBe(`kubectl-crashcourse: ${empty} 中没有结果文件（*.json）\n`);
    expect((await run(['class', 'report', empty, '--lang', 'ja'])).err).toBe(`kubectl-crashcourse: ${empty} に結果ファイル（*.json）がありません\n`);
  });

  it('names the file that is not a result', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'x.json'), '{"version": 1, "trainee": "a"}');
    const r = await run(['class', 'report', bad]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^kubectl-crashcourse: .*x\.json: not an exercise result \(.+\)\n$/);
  });
});

describe('class run and --exercise', () => {
  it('reports a malformed class file with its path and field', async () => {
    const file = join(dir, 'class.yaml');
    writeFileSync(file, 'name: x\nscenarios: []\n');
    const r = await run(['class', 'run', file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^kubectl-crashcourse: .*class\.yaml: scenarios: .+\n$/);
  });

  it('refuses an unknown --lang as a usage error', async () => {
    const r = await run(['--exercise', 'random', '--lang', 'klingon']);
    expect(r).toMatchObject({ code: 2 });
    expect(r.err).toBe('kubectl-crashcourse: unknown language "klingon" for --lang (choose one of en, zh-CN, ja)\n');
  });

  it('needs a terminal, and says so in the chosen language', async () => {
    const r = await run(['--exercise', 'random', '--lang', 'zh-CN']);
    expect(r).toMatchObject({ code: 2, err: 'kubectl-crashcourse: 练习需要一个交互式终端\n' });
  });
});
