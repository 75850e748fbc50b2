// `diagnose` and `scan` in the reader's language, as the built CLI prints them: headings and labels translated,
// the evidence (Kubernetes' and the container's own words) verbatim, JSON unchanged, an unknown --lang refused.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS, displayWidth } from '../../src/i18n/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const SCENARIO = join(ROOT, 'scenarios/liveness-probe-missing-file');

// The locale variables are cleared so the machine's own LANG cannot decide the language of a test.
function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const base = { ...process.env, NO_COLOR: '1' } as Record<string, string | undefined>;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) delete base[name];
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...base, ...env }, timeout: 20_000 }, (error, out, err) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out, err });
    });
  });
}

beforeAll(async () => {
  if (!existsSync(CLI)) await new Promise<void>((ok, fail) => execFile(process.execPath, [join(ROOT, 'scripts/build.mjs')], (e) => (e ? fail(e) : ok())));
}, 120_000);

describe('diagnose --lang', () => {
  it.each(['zh-CN', 'ja'] as const)('prints %s headings around verbatim evidence, every translated line within 80 columns', async (locale) => {
    const c = CATALOGS[locale];
    const r = await run(['diagnose', '--from', SCENARIO, '--lang', locale]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    for (const heading of ['text.evidence', 'text.nextSteps', 'text.ruledInOut', 'text.summary']) expect(r.out).toContain(c[heading]);
    expect(r.out).toContain(c['cause.liveness-probe']);
    expect(r.out).not.toMatch(/^(Evidence|Next steps|Summary)$/m);
    // The kubelet's event text is quoted as the kubelet wrote it.
    expect(r.out).toContain("Liveness probe failed: cat: can't open");
    // Lines holding wide characters (the translated ones) fit; a command argument longer than a line is never cut,
    // in any language, so it is not what this checks.
    const wide = r.out.split('\n').filter((l) => displayWidth(l) !== l.length);
    expect(wide.length).toBeGreaterThan(5);
    for (const line of wide) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('takes the language from LANG when --lang is absent, and writes Markdown headings in it', async () => {
    const r = await run(['diagnose', '--from', SCENARIO, '-o', 'markdown'], { LANG: 'ja_JP.UTF-8' });
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^# ポッド `default\/healthcheck-demo` の調査$/);
    expect(r.out).toContain(`## ${CATALOGS.ja['text.evidence']}`);
    expect(r.out).toContain(`**${CATALOGS.ja['md.cause']}** \`liveness-probe\``);
  });

  it('keeps the JSON identical whatever the language', async () => {
    const [en, zh] = await Promise.all([run(['diagnose', '--from', SCENARIO, '-o', 'json']), run(['diagnose', '--from', SCENARIO, '-o', 'json', '--lang', 'zh-CN'])]);
    expect(zh.code).toBe(0);
    const strip = (s: string) => s.replace(/"collectedAt": "[^"]*"/g, '');
    expect(strip(zh.out)).toBe(strip(en.out));
  });

  it('refuses an unknown language with one line and exit 2, before reading anything', async () => {
    const r = await run(['diagnose', '--from', '/nonexistent', '--lang', 'klingon']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^kubectl-crashcourse: unknown language "klingon" for --lang/);
  });
});

describe('scan --lang', () => {
  it('says where it looked and what to run next in the language; kubectl columns stay as kubectl prints them', async () => {
    const r = await run(['scan', '--from', SCENARIO, '-A', '--lang', 'zh-CN']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^POD\s+STATUS\s+RESTARTS\s+EXIT\s+原因/m);
    expect(r.out).toContain('所有命名空间中有 1 个故障的 Pod');
    expect(r.out).toContain('liveness-probe');
  });
});
