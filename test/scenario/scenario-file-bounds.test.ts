// Scenario and dump trees come from strangers: a symbolic link must not make the training cluster serve host
// files (/etc/passwd) over its unauthenticated port, and a huge object file must end in a clear error.
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { POD_YAML, tempTree } from './scenario-fixtures.js';

const tree = tempTree();
afterAll(() => tree.cleanup());

async function refusal(dir: string): Promise<string> {
  try {
    await loadScenarios([dir]);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected the scenario to be refused');
}

describe('symbolic links in a scenario', () => {
  it('a log that links to /etc/passwd is refused', async () => {
    tree.write({ 'passwd-log/web-1.yaml': POD_YAML });
    mkdirSync(join(tree.root, 'passwd-log/logs/default/web-1'), { recursive: true });
    symlinkSync('/etc/passwd', join(tree.root, 'passwd-log/logs/default/web-1/app.log'));
    expect(await refusal(join(tree.root, 'passwd-log'))).toMatch(/app\.log: a symbolic link to .*outside the scenario directory: refused/);
  });

  it('an object file that links outside is refused, not skipped', async () => {
    tree.write({ 'outside/real.yaml': POD_YAML, 'linked/scenario.yaml': 'title: t\n' });
    symlinkSync(join(tree.root, 'outside/real.yaml'), join(tree.root, 'linked/pod.yaml'));
    expect(await refusal(join(tree.root, 'linked'))).toMatch(/pod\.yaml: a symbolic link .*outside the scenario directory/);
  });

  it("a dump namespace's pods.json that links outside is refused", async () => {
    tree.write({ 'elsewhere/pods.json': '{"kind":"PodList","apiVersion":"v1","items":[]}', 'dump/nodes.json': '{"kind":"NodeList","apiVersion":"v1","items":[]}' });
    mkdirSync(join(tree.root, 'dump/default'), { recursive: true });
    symlinkSync(join(tree.root, 'elsewhere/pods.json'), join(tree.root, 'dump/default/pods.json'));
    expect(await refusal(join(tree.root, 'dump'))).toMatch(/pods\.json: a symbolic link .*outside/);
  });

  it('a link that stays inside the scenario is followed', async () => {
    tree.write({ 'inner/objects/web-1.yaml': POD_YAML });
    symlinkSync(join(tree.root, 'inner/objects/web-1.yaml'), join(tree.root, 'inner/pod.yaml'));
    const [scenario] = await loadScenarios([join(tree.root, 'inner')]);
    expect(scenario!.objects.map((o) => o.metadata.name)).toContain('web-1');
  });
});

describe('file sizes', () => {
  it('an object file over the limit is refused with its size and the limit', async () => {
    tree.write({ 'huge/pod.yaml': '' });
    truncateSync(join(tree.root, 'huge/pod.yaml'), 300 << 20);
    expect(await refusal(join(tree.root, 'huge'))).toMatch(/pod\.yaml: 300 MiB is over the 32 MiB limit for an object file/);
  });

  it('scenario.yaml over the limit is refused too', async () => {
    writeFileSync(join(tree.write({ 'hugemeta/web-1.yaml': POD_YAML }), 'hugemeta/scenario.yaml'), '');
    truncateSync(join(tree.root, 'hugemeta/scenario.yaml'), 40 << 20);
    expect(await refusal(join(tree.root, 'hugemeta'))).toMatch(/scenario\.yaml: 40 MiB is over the 32 MiB limit/);
  });
});
