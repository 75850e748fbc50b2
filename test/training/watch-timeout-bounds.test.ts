// A watch's timeoutSeconds comes from the client: a huge or nonsensical value must neither overflow Node's
// timer (TimeoutOverflowWarning, then an immediate end) nor end the watch at once.
import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { writeDrillScenario } from './fixture-scenario.js';

let cluster: TrainingCluster;
beforeAll(async () => {
  cluster = await startTrainingCluster({ scenarios: [await writeDrillScenario()], port: 0, static: true, quiet: true });
});
afterAll(async () => cluster.close());

function openWatch(timeoutSeconds: string): Promise<{ endedWithin: (ms: number) => Promise<boolean> }> {
  return new Promise((resolve, reject) => {
    const req = get(`${cluster.url}/api/v1/pods?watch=true&timeoutSeconds=${timeoutSeconds}`, (res) => {
      let ended = false;
      res.on('data', () => {});
      res.on('end', () => (ended = true));
      resolve({
        endedWithin: (ms) =>
          new Promise((r) =>
            setTimeout(() => {
              r(ended);
              req.destroy();
            }, ms),
          ),
      });
    });
    req.on('error', reject);
  });
}

describe('watch timeoutSeconds from the client', () => {
  it.each(['99999999999', 'soon'])('%s keeps the watch open without a timer warning', async (value) => {
    const warnings: string[] = [];
    const onWarning = (w: Error): void => void warnings.push(w.name);
    process.on('warning', onWarning);
    try {
      const watch = await openWatch(value);
      expect(await watch.endedWithin(300)).toBe(false);
      expect(warnings).not.toContain('TimeoutOverflowWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });
});
