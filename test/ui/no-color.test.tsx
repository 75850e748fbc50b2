import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/app.js';
import { waitForText, walkingSession } from './helpers.js';
import { fakeConnection } from './render-app.js';

// Colour support is detected when chalk loads; force it so the colour-off case is compared against real colour.
vi.hoisted(() => {
  process.env['FORCE_COLOR'] = '1';
});

afterEach(cleanup);

const COLOUR = /\u001B\[(3[0-7]|9[0-7]|38;)/;

function renderWith(color: boolean) {
  const session = walkingSession(2);
  return render(
    <App
      backend={{ contexts: async () => ({ current: 'x', names: [] }), connect: async () => fakeConnection([], () => session) }}
      start={{ kind: 'pod', connection: fakeConnection([], () => session), namespace: 'shop', name: 'cart-7d9f8' }}
      actions={{ copy: async () => '', save: async () => '' }}
      readOnly={false}
      color={color}
      onExit={() => undefined}
    />,
  );
}

describe('colour', () => {
  it('uses colour tokens when colour is on', async () => {
    const { lastFrame } = renderWith(true);
    const frame = await waitForText(lastFrame, 'exit code 137 (SIGKILL)');
    expect(frame).toMatch(COLOUR);
  });

  it('draws no colour at all with NO_COLOR / --no-color, and keeps the meaning', async () => {
    const { lastFrame } = renderWith(false);
    const frame = await waitForText(lastFrame, 'exit code 137 (SIGKILL)');
    expect(frame).not.toMatch(COLOUR);
    expect(frame).toContain('reason OOMKilled');
  });
});
