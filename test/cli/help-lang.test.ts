// `--help` of every command, and the CLI's one-line errors, in the reader's language, as the built CLI prints
// them. What may stay in Latin letters: flags, placeholders, commands, Kubernetes names (kubeconfig, ServiceAccount,
// CrashLoopBackOff) and quoted values; an English sentence may not, so the check looks for English function words.
import { execFile } from 'node:child_process';
import type { Command } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { commandPath } from '../../src/cli/localize-help.js';
import { CATALOGS, displayWidth } from '../../src/i18n/index.js';
import { builtCli } from '../e2e/built-cli.js';

let CLI = '';
beforeAll(() => {
  CLI = builtCli();
}, 180_000);

// The locale variables are cleared so the machine's own LANG cannot decide the language of a test.
function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const base = { ...process.env, NO_COLOR: '1', COLUMNS: '80' } as Record<string, string | undefined>;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'KUBECONFIG']) delete base[name];
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...base, ...env }, timeout: 30_000 }, (error, out, err) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out, err });
    });
  });
}

async function commandPaths(): Promise<string[][]> {
  let root: Command | undefined;
  await main(['--lang', 'en'], (program) => (root = program));
  const out: string[][] = [];
  const visit = (cmd: Command): void => {
    out.push(commandPath(cmd));
    cmd.commands.forEach(visit);
  };
  visit(root!);
  return out;
}

const ENGLISH_WORDS = /\b(the|and|or|of|to|with|for|this|from|display|print|default|choices|usage|options|commands|arguments|help)\b/i;

/** The help text with everything that is not a sentence removed: flags, placeholders, code spans, quoted values. */
function prose(help: string): string {
  return help
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*(-\w, )?--[\w-]+( [<[][^>\]]+[>\]])?/, '')
        .replace(/^\s{2}[\w-]+( \[options\])?( [<[][^>\]]+[>\]])*(?=\s{2})/, '')
        .replace(/kubectl-crashcourse( [\w-]+)*( \[\w+\])*( [<[][^>\]]+[>\]])*/g, '')
        .replace(/`[^`]*`/g, '')
        .replace(/"[^"]*"/g, ''),
    )
    .join('\n');
}

describe.each(['ja', 'zh-CN'] as const)('--help with --lang %s', (locale) => {
  it('words every command\'s help with no English sentence left, within 80 columns', async () => {
    const paths = await commandPaths();
    const results = await Promise.all(paths.map((p) => run([...p, '--help', '--lang', locale])));
    const english: string[] = [];
    results.forEach((r, i) => {
      expect(r.code, paths[i]!.join(' ')).toBe(0);
      expect(r.out).toContain(CATALOGS[locale]['usage.title.usage']);
      for (const line of prose(r.out).split('\n')) if (ENGLISH_WORDS.test(line)) english.push(`${paths[i]!.join(' ') || '(root)'}: ${line.trim()}`);
      for (const line of r.out.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    });
    expect(english).toEqual([]);
  }, 120_000);

  it('takes the language from LANG when --lang is not given', async () => {
    const r = await run(['diagnose', '--help'], { LANG: locale === 'ja' ? 'ja_JP.UTF-8' : 'zh_CN.UTF-8' });
    expect(r.out).toContain(CATALOGS[locale]['usage.diagnose']);
  });
});

describe('--help in English', () => {
  it('is the English main.ts wrote, with commander\'s own headings', async () => {
    const r = await run(['diagnose', '--help']);
    expect(r.out).toContain('Usage: kubectl-crashcourse diagnose');
    expect(r.out).toContain('diagnose one pod and print the cause, the evidence and the next steps');
    // The check the translated help passes finds English here, so it can fail.
    expect(prose(r.out)).toMatch(ENGLISH_WORDS);
  });
});

describe('a CLI error', () => {
  const missing = ['diagnose', 'shop/cart', '--kubeconfig', '/nonexistent/kubeconfig'];
  it.each([
    ['en', 'kubectl-crashcourse: kubeconfig /nonexistent/kubeconfig does not exist: pass --kubeconfig FILE'],
    ['ja', 'kubectl-crashcourse: kubeconfig /nonexistent/kubeconfig が存在しません'],
    ['zh-CN', 'kubectl-crashcourse: kubeconfig /nonexistent/kubeconfig 不存在'],
  ])('is one line in %s, exit 1', async (locale, start) => {
    const r = await run([...missing, '--lang', locale]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.startsWith(start)).toBe(true);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    ['ja', 'kubectl-crashcourse: オプション「--port <n>」の値「99999」は無効です。--port は 0 以上 65535 以下で指定してください\n'],
    ['zh-CN', 'kubectl-crashcourse: 选项“--port <n>”的参数值“99999”无效。--port 必须介于 0 和 65535 之间\n'],
    ['en', "kubectl-crashcourse: option '--port <n>' argument '99999' is invalid. --port must be between 0 and 65535\n"],
  ])('from commander (a rejected value) is worded in %s, exit 2', async (locale, line) => {
    const r = await run(['training-cluster', '--port', '99999', '--lang', locale]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(line);
  });

  it('names an unknown option and the close one in Japanese', async () => {
    const r = await run(['diagnose', '--contxt', 'x', '--lang', 'ja']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('kubectl-crashcourse: 不明なオプション「--contxt」（--context のことですか？）\n');
  });
});
