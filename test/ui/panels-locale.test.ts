// The rows the image, syscall and shell screens build in Chinese and Japanese: their sentences translated, the
// Dockerfile's and the spec's own words (ENTRYPOINT, CMD, WORKDIR, command, args) and the evidence verbatim,
// every row within 80 columns.
import { describe, expect, it } from 'vitest';
import { CATALOGS, createTranslator, displayWidth } from '../../src/i18n/index.js';
import { shellBanner } from '../../src/ui/format/shell-banner.js';
import { imageRows } from '../../src/ui/panels/image-panel.js';
import { syscallRows } from '../../src/ui/panels/syscall-panel.js';
import { evidence } from './helpers.js';

const ENGLISH_SENTENCE = /\b(the|from|by hand|not set|reading|unknown|look around|how to)\b/i;

describe.each(['zh-CN', 'ja'] as const)('panels in %s', (locale) => {
  const t = createTranslator(locale);

  it('words the image rows, keeping the spec\'s command and the image\'s ENTRYPOINT verbatim', () => {
    const ev = evidence();
    const c = ev.pod.spec.containers[0]!;
    const rows = imageRows(ev, c.name, { source: 'image', command: ['/bin/web'], args: ['--listen', ':8080'] } as never, t).map((r) => r.text);
    expect(rows.join('\n')).toContain('ENTRYPOINT ["/bin/web"]  CMD ["--listen",":8080"]');
    expect(rows.join('\n')).toContain(CATALOGS[locale]['screen.image.workdirUnset']);
    const before = imageRows(ev, c.name, undefined, t).map((r) => r.text);
    expect(before).toContain(CATALOGS[locale]['screen.image.reading']);
    for (const r of [...rows, ...before]) expect(r.replace(/"[^"]*"|\[[^\]]*\]/g, '')).not.toMatch(ENGLISH_SENTENCE);
    // English is still what a caller without a language gets.
    expect(imageRows(ev, c.name, undefined).map((r) => r.text)).toContain('reading the image config from its registry…');
  });

  it('heads the decisive syscall in the language, quoting the trace line as it was', () => {
    const quote = 'openat(AT_FDCWD, "/etc/web/config.yaml", O_RDONLY) = -1 ENOENT (No such file or directory)';
    const rows = syscallRows({ summary: 'x', source: 'strace in copy web-crashcourse-ab12c, line 57', quote }, 80, 3, t);
    expect(rows.heading.join('')).toContain(CATALOGS[locale]['screen.syscall.heading']!.split('（')[0]!);
    expect(rows.heading.join('')).not.toContain('Decisive syscall');
    expect(rows.quote.join(' ')).toContain('ENOENT (No such file or directory)');
    for (const r of [...rows.heading, ...rows.quote]) expect(displayWidth(r)).toBeLessThanOrEqual(78);
  });

  it('prints the shell banner in the language, within 80 columns and one screen', () => {
    const plan = { id: 'override-shell', title: 'x', argv: ['kubectl', 'exec', '-it', 'web-crashcourse-ab12c', '-c', 'app', '--', 'sh'], purpose: 'cd /srv && /usr/local/bin/web', risk: 'read' as const, intent: { target: { namespace: 'default' }, kind: 'exec-shell' as const, pod: 'web-crashcourse-ab12c', container: 'app', shells: ['sh'] } };
    const rows = shellBanner(plan, 80, t).split('\r\n');
    const text = rows.join('\n');
    expect(text).toContain('web-crashcourse-ab12c');
    expect(text).toContain(CATALOGS[locale]['screen.shell.toRun']);
    expect(text).not.toMatch(/How to (leave|clean up)|What this is/);
    expect(rows.length).toBeLessThanOrEqual(23);
    for (const r of rows) expect(displayWidth(r)).toBeLessThan(80);
  });
});
