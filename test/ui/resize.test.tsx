import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor, waitForText, walkingSession } from './helpers.js';
import { renderPod } from './render-app.js';

afterEach(cleanup);

const strip = (s: string) => s.replace(/\u001B\[[0-9;]*m/g, '');

describe('terminal size', () => {
  it('lays the step screen out in 80×24 after a resize and keeps the footer visible', async () => {
    const { lastFrame, stdout } = renderPod(walkingSession(1));
    await waitForText(lastFrame, 'Read the previous logs');
    Object.defineProperty(stdout, 'columns', { configurable: true, get: () => 80 });
    Object.defineProperty(stdout, 'rows', { configurable: true, get: () => 24 });
    stdout.emit('resize');
    const frame = await waitFor(lastFrame, (f) => strip(f).split('\n').every((l) => l.length <= 80) && f.includes('q quit'));
    const lines = strip(frame).replace(/\n+$/, '').split('\n');
    expect(lines.length).toBeLessThanOrEqual(23);
    expect(frame).toContain('Read the previous logs');
    expect(frame).toContain('WARN cache size 240Mi');
  });
});
