import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchImageConfig } from '../../src/image/registry-client.js';
import { nodePlatform } from '../../src/image/platform.js';
import { imagesOfScenarios } from '../../src/training/registry/index.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';

let cluster: TrainingCluster;
beforeAll(async () => {
  cluster = await startTrainingCluster({ port: 0, quiet: true, static: true });
});
afterAll(async () => {
  await cluster?.close();
});

describe('the training cluster serves every scenario image', () => {
  it('answers each image of the built-in scenarios with the entrypoint, cmd and architectures the scenario declares', async () => {
    const images = imagesOfScenarios(cluster.scenarios);
    expect(Object.keys(images).length).toBeGreaterThan(0);
    for (const [ref, image] of Object.entries(images)) {
      // An image that lists no architectures is built for all of them (scenarios/README.md).
      for (const architecture of image.architectures ?? ['amd64', 'arm64', 's390x']) {
        const result = await fetchImageConfig(ref, { mirror: cluster.url, platform: nodePlatform({ architecture, operatingSystem: 'linux' }) });
        expect(result.ok ? '' : result.reason, ref).toBe('');
        if (!result.ok) continue;
        expect(result.config.entrypoint, ref).toEqual(image.entrypoint);
        expect(result.config.cmd, ref).toEqual(image.cmd);
        expect(result.config.architecture, ref).toBe(architecture);
      }
    }
  });
});
