// The syscall view in the reader's language: `strace`'s output for every recorded trace (test/fixtures/strace and
// the scenarios' traces) worded in zh-CN and ja, with the trace's values kept, the English as it always was,
// and our lines within 80 columns. The quoted trace lines are strace's own text and stay verbatim.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { straceLines } from '../../src/cli/strace-lines.js';
import { CATALOGS, createTranslator, displayWidth, ENGLISH, type MessageKey } from '../../src/i18n/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { word } from '../../src/report/word.js';
import { analyzeTrace, type SyscallReport } from '../../src/syscalls/index.js';
import { englishRuns } from '../support/english-runs.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/strace');
const TRACES: readonly [string, string][] = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.trace')).map((f): [string, string] => [f, join(FIXTURES, f)]),
  ...['database-connection-refused/traces/api.strace', 'nginx-upstream-before-service/traces/nginx.strace', 'read-only-root-nginx/traces/nginx.strace']
    .map((f): [string, string] => [f, join(builtinScenariosDir(), f)]),
];
const RUN = { argv: ['/app/server', '--config', '/etc/app.yaml'], copy: 'api-crashcourse-x1y2z', timedOut: false, seconds: 30 };
const report = (file: string): SyscallReport => analyzeTrace(readFileSync(file, 'utf8'));
// A quoted trace line: indented, then strace's pid (the second line of a connect+SO_ERROR pair too).
const isQuote = (line: string): boolean => /^ {2}\d+ /.test(line);

describe('strace output in zh-CN and ja', () => {
  it('covers traces whose decisive calls are of every kind the recordings have', () => {
    const kinds = new Set(TRACES.map(([, f]) => report(f).decisive?.kind));
    expect([...kinds].sort()).toEqual(['connect-refused', 'dns-failure', 'exec-failed', 'file-denied', 'file-missing', 'killed-by-signal', 'port-in-use', 'read-only-fs']);
  });

  for (const locale of ['zh-CN', 'ja'] as const) {
    const t = createTranslator(locale);
    it.each(TRACES)(`${locale}: %s is worded without an English sentence, values kept, within 80 columns`, (_name, file) => {
      const r = report(file);
      const lines = straceLines(r, RUN, t, 80);
      const ours = lines.filter((l) => !isQuote(l));
      // Paths, addresses and syscall calls ("openat(…)") are values: what is left must hold no English run.
      const words = ours.join('\n').replace(/"[^"]*"|“[^”]*”|「[^」]*」/g, ' ').replace(/\S*[/(.:]\S*/g, ' ');
      expect(englishRuns(words), ours.join('\n')).toEqual([]);
      // The decisive sentence is the translation, and names what the trace shows.
      const d = r.decisive!;
      // (Wrapping a Chinese or Japanese line adds no space, so compare without white space.)
      const flat = ours.join('').replace(/\s+/g, '');
      expect(flat).toContain(t('out.strace.decisive', { summary: word(d.say, t) }).replace(/\s+/g, ''));
      const values = Object.entries(d.facts).filter(([k]) => ['syscall', 'path', 'errno', 'address', 'name', 'signal'].includes(k)).map(([, v]) => String(v));
      expect(values.length).toBeGreaterThan(0);
      for (const v of values) expect(flat, v).toContain(v);
      // The trace line is quoted as strace wrote it.
      for (const q of d.quote.split('\n')) expect(lines).toContain(`  ${q}`);
      for (const l of ours) expect(displayWidth(l), l).toBeLessThanOrEqual(80);
    });
  }

  it('keeps the English sentences as they were, for every finding of every trace', () => {
    const decisive = Object.fromEntries(TRACES.map(([name, f]) => [name, report(f).decisive!.summary]));
    expect(decisive).toMatchObject({
      'missing-config.trace': 'openat("/etc/myapp/config.yaml") failed with ENOENT: the file or a directory above it does not exist',
      'permission-denied.trace': 'openat("/tmp/st/secret.key") failed with EACCES: the process\'s user may not do this',
      'read-only-fs.trace': 'openat("/mnt/ro/cache/app.pid") failed with EROFS: the file system holding it is mounted read-only',
      'connect-refused.trace': 'connect to 127.0.0.1:5432 failed with ECONNREFUSED: nothing was listening there',
      'bind-in-use.trace': 'bind to 127.0.0.1:18080 failed with EADDRINUSE: another socket already holds that port',
      'wrong-arch.trace': 'execve("./wrongarch") failed with ENOEXEC: the kernel does not recognise the file as a program for this machine',
      'dns-failure.trace': 'The lookup of "backend.default.svc.cluster.local" failed: no DNS server answering at 127.0.0.1:53 (the query bounced)',
      'nginx-upstream.trace': 'The lookup of "flask" failed: NXDOMAIN for flask',
      'segfault.trace': 'The entrypoint was killed by SIGSEGV',
    });
    for (const [, f] of TRACES) {
      const r = report(f);
      // The message worded in English is the summary JSON and logs carry.
      for (const finding of r.findings) expect(word(finding.say, ENGLISH)).toBe(finding.summary);
      // And the English output says them as before: the same sentences, only long lines wrapped.
      const before = [
        `Traced ${RUN.argv.join(' ')} in ${RUN.copy}.`,
        ...(r.decisive ? [`Decisive call: ${r.decisive.summary}`, `  ${r.decisive.quote.split('\n').join('\n  ')}`] : ['No failing system call stands out in the trace.']),
        ...(r.end ? [`End: ${r.end.summary}`] : []),
      ];
      const others = r.findings.filter((x) => x !== r.decisive && x !== r.end);
      if (others.length) before.push('Other failures the process survived or that came earlier:', ...others.map((x) => `  line ${x.line}: ${x.summary}`));
      expect(straceLines(r, RUN, ENGLISH, 100_000).join('\n')).toBe(before.join('\n'));
    }
  });
});

describe('the syscalls catalog', () => {
  // Every message, also those no recording reaches (an exec ENOENT, a connect timeout, a DNS timeout, the errors):
  // worded in zh-CN and ja with placeholder values, no English sentence is left around them.
  const keys = Object.keys(CATALOGS.en).filter((k) => k.startsWith('syscalls.')) as MessageKey[];
  it('has the messages the rules use', () => expect(keys.length).toBeGreaterThanOrEqual(20));
  for (const locale of ['zh-CN', 'ja'] as const) {
    it(`${locale}: words every message, the values left as given`, () => {
      const t = createTranslator(locale);
      for (const key of keys) {
        const names = [...CATALOGS.en[key]!.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
        const values = Object.fromEntries(names.map((n, i) => [n, `V${i}`]));
        const text = t(key, values);
        expect(text, key).not.toBe(ENGLISH(key, values));
        for (const v of Object.values(values)) expect(text, key).toContain(v);
        expect(englishRuns(text.replace(/`[^`]*`/g, ' ')), `${key}: ${text}`).toEqual([]);
      }
    });
  }
});
