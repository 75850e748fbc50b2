import { describe, expect, it } from 'vitest';
import { shellBanner } from '../../src/ui/format/shell-banner.js';

describe('the shell banner', () => {
  const plan = {
    id: 'override-shell',
    title: 'Open a shell in the copy web-crashcourse-ab12c',
    argv: ['kubectl', '--context', 'kind', '-n', 'shop', 'exec', '-it', 'web-crashcourse-ab12c', '-c', 'app', '--', 'sh'],
    intent: { target: { context: 'kind', namespace: 'shop' }, kind: 'exec-shell' as const, pod: 'web-crashcourse-ab12c', container: 'app', shells: ['sh'] },
    purpose: "Start it by hand and watch it fail: cd /srv && /usr/local/bin/web --config /etc/web/config.yaml --listen :8080",
    risk: 'read' as const,
  };

  it('says what the copy is, what to run, how to leave and how to clean up, in one 80×24 screen', () => {
    const rows = shellBanner(plan, 80).split('\r\n');
    const text = rows.join('\n');
    expect(text).toContain('a shell in web-crashcourse-ab12c, container app');
    expect(text.replace(/\s+/g, ' ')).toContain('cd /srv && /usr/local/bin/web --config /etc/web/config.yaml --listen :8080');
    expect(text).toContain('How to leave');
    expect(text).toContain('How to clean up');
    expect(rows.length).toBeLessThanOrEqual(23);
    for (const r of rows) expect(Array.from(r).length).toBeLessThan(80);
  });
});
