// `kubectl-crashcourse diagnose --lang zh-CN|ja` against a training cluster that refuses some reads (--forbid:
// events and nodes answer 403) and a log longer than --limit-bytes: what could not be read, and why, is worded
// in the reader's language around the apiserver's own words; English text and the JSON are as they were.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS, displayWidth } from '../../src/i18n/index.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { englishRuns, ourWords } from '../support/english-runs.js';
import { runBuiltCli } from '../e2e/built-cli.js';

let cluster: TrainingCluster;
let kubeconfig: string;
let pod: string;

const run = (args: string[]) => runBuiltCli(args);

beforeAll(async () => {
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'crashcourse-gaps-')), 'kubeconfig');
  cluster = await startTrainingCluster({ writeKubeconfig: kubeconfig, quiet: true, static: true, forbid: ['list:events', 'get:nodes'] });
  pod = cluster.scenarios.find((s) => s.name === 'oom-killed-jvm')!.meta.pod!;
}, 120_000);
afterAll(async () => {
  await cluster?.close();
});

const args = (): string[] => ['diagnose', pod, '--kubeconfig', kubeconfig, '--limit-bytes', '1024'];
type Gap = { what: string; reason: string };

describe('diagnose when reads are refused and a log is cut', () => {
  let english: { out: string; json: string; gaps: Gap[] };
  beforeAll(async () => {
    const [text, json] = await Promise.all([run(args()), run([...args(), '-o', 'json'])]);
    expect(json.code, json.err).toBe(0);
    english = { out: text.out, json: json.out, gaps: (JSON.parse(json.out) as { gaps: Gap[] }).gaps };
  }, 60_000);

  it('records the refusals and the cut log as gaps, in English', () => {
    const lines = english.gaps.map((g) => `${g.what}: ${g.reason}`);
    expect(lines.some((l) => l.startsWith('events of the pod: forbidden: '))).toBe(true);
    expect(lines.some((l) => /^node \S+: forbidden: /.test(l))).toBe(true);
    expect(lines.some((l) => /^older lines of the (previous )?logs of container \S+: the last 500 lines hold more than 1024 bytes/.test(l))).toBe(true);
    for (const l of lines) expect(english.out.replace(/\s+/g, ' ')).toContain(`- ${l}`);
  });

  it.each(['zh-CN', 'ja'] as const)('words them in %s around the apiserver\'s words; the JSON is the same', async (locale) => {
    const [text, md, json] = await Promise.all([run([...args(), '--lang', locale]), run([...args(), '-o', 'markdown', '--lang', locale]), run([...args(), '-o', 'json', '--lang', locale])]);
    expect(text.code, text.err).toBe(0);
    // The clock runs between the two runs: the times are left out, every other byte must match.
    const strip = (s: string): string => s.replace(/"(collectedAt|sinceLastFinishSeconds|nextStartInSeconds)": [^,\n]*/g, '');
    expect(strip(json.out)).toBe(strip(english.json));
    // The apiserver's 403 messages are its words: quoted as they came, in every language.
    const server = english.gaps.filter((g) => g.reason.startsWith('forbidden: ')).map((g) => g.reason.slice('forbidden: '.length));
    expect(server.length).toBeGreaterThan(1);
    const c = CATALOGS[locale];
    for (const [out, heading] of [[text.out, c['text.couldNotRead']!], [md.out, c['md.couldNotRead']!]] as const) {
      const section = out.slice(out.indexOf(heading)).replace(/\s+/g, ' ');
      expect(out).toContain(heading);
      for (const w of server) expect(section).toContain(w);
      const ours = server.reduce((s, w) => s.split(w).join(' '), section);
      expect(englishRuns(ourWords({ evidence: [], backoff: null }, ours)), section).toEqual([]);
      expect(section).toContain('1024');
    }
    for (const line of text.out.slice(text.out.indexOf(c['text.couldNotRead']!)).split('\n').filter((l) => !/^ {5}\$ |^ {9}/.test(l))) {
      expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    }
  }, 60_000);
});
