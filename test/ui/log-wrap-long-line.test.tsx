// A container that prints one 200 KB line must not freeze the viewer when wrapping is switched on: the
// screen only ever lays out what fits in the window.
import { render, cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { LogViewerScreen } from '../../src/ui/screens/log-viewer-screen.js';
import { visibleRows } from '../../src/ui/format/visible-rows.js';
import { evidence, waitForText } from './helpers.js';

afterEach(() => cleanup());

const LONG = `start ${'0123456789'.repeat(20_000)} END-OF-LONG-LINE`;

describe('wrapping a very long log line', () => {
  it('shows the wrapped window promptly after w', async () => {
    const ev = evidence({ logs: [{ container: 'app', init: false, kind: 'previous', text: `first\n${LONG}\nlast line`, truncated: false }] });
    const { lastFrame, stdin } = render(<LogViewerScreen evidence={ev} container="app" kind="previous" columns={80} rows={20} active onAction={() => {}} />);
    await waitForText(lastFrame, 'last line');
    stdin.write('w');
    await waitForText(lastFrame, /\d{60,}\n\d{60,}/, 3000);
    // Wrapped, the window still follows the end: the lines before the crash, the long line's tail among them.
    expect(lastFrame()).toContain('END-OF-LONG-LINE');
    expect(lastFrame()).toContain('last line');
    stdin.write('\u001b[H'); // Home: the first line, above 2,500 wrapped rows, comes back as promptly
    await waitForText(lastFrame, /first\nstart\s*\n0123/, 3000);
  });

  it('visibleRows cuts a line into rows of the width and stops at the window height', () => {
    const rows = visibleRows(['ab', 'x'.repeat(1_000_000), 'never'], 10, 5, true);
    expect(rows).toEqual(['ab', 'xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxxxxxxx']);
  });

  it('visibleRows without wrapping keeps one row per line, cut just past the width', () => {
    const rows = visibleRows(['short', 'y'.repeat(500)], 10, 5, false);
    expect(rows).toEqual(['short', 'y'.repeat(11)]);
  });

  it('visibleRows never splits a surrogate pair', () => {
    const rows = visibleRows(['😀'.repeat(15)], 10, 5, true);
    expect(rows).toEqual(['😀'.repeat(10), '😀'.repeat(5)]);
  });
});
