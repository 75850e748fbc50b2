// The patch formats kubectl sends, applied as the apiserver applies them to built-in kinds.
import { describe, expect, it } from 'vitest';
import { applyPatch, PatchError, type Json } from '../../src/training/patch/index.js';

const deployment = (): Json => ({
  metadata: { name: 'web', labels: { app: 'web' }, finalizers: ['a'] },
  spec: {
    replicas: 1,
    template: { spec: { containers: [{ name: 'app', image: 'app:1', env: [{ name: 'A', value: '1' }], resources: { limits: { memory: '1Gi' } } }, { name: 'side', image: 'side:1' }] } },
  },
});
const containers = (d: Json): { name: string; image?: string; env?: unknown; resources?: unknown }[] => (d as { spec: { template: { spec: { containers: never[] } } } }).spec.template.spec.containers;

describe('strategic merge patch', () => {
  it('merges containers by name, as `kubectl set resources` relies on, keeping the others', () => {
    const out = applyPatch('application/strategic-merge-patch+json', deployment(), { spec: { template: { spec: { containers: [{ name: 'app', resources: { limits: { memory: '2Gi' } } }] } } } });
    expect(containers(out)).toEqual([
      { name: 'app', image: 'app:1', env: [{ name: 'A', value: '1' }], resources: { limits: { memory: '2Gi' } } },
      { name: 'side', image: 'side:1' },
    ]);
  });

  it('merges env by name and deletes with $patch: delete or null', () => {
    const out = applyPatch('application/strategic-merge-patch+json', deployment(), {
      metadata: { labels: { app: null, tier: 'web' } },
      spec: { template: { spec: { containers: [{ name: 'app', env: [{ name: 'B', value: '2' }, { name: 'A', $patch: 'delete' }] }, { name: 'side', $patch: 'delete' }] } } },
    });
    expect(containers(out).map((c) => [c.name, c.env])).toEqual([['app', [{ name: 'B', value: '2' }]]]);
    expect((out as { metadata: { labels: unknown } }).metadata.labels).toEqual({ tier: 'web' });
  });

  it('ignores $setElementOrder, honours $retainKeys and merges finalizers as a set', () => {
    const out = applyPatch('application/strategic-merge-patch+json', deployment(), {
      metadata: { finalizers: ['a', 'b'] },
      spec: { $retainKeys: ['replicas', 'template'], '$setElementOrder/containers': [{ name: 'app' }], replicas: 3 },
    });
    expect((out as { metadata: { finalizers: string[] } }).metadata.finalizers).toEqual(['a', 'b']);
    expect((out as { spec: { replicas: number } }).spec.replicas).toBe(3);
  });
});

describe('JSON merge patch', () => {
  it('replaces lists whole and deletes keys set to null', () => {
    const out = applyPatch('application/merge-patch+json', deployment(), { metadata: { labels: { app: null } }, spec: { template: { spec: { containers: [{ name: 'only' }] } } } });
    expect(containers(out)).toEqual([{ name: 'only' }]);
    expect((out as { metadata: { labels: unknown } }).metadata.labels).toEqual({});
  });
});

describe('JSON patch', () => {
  it('adds, replaces and removes by pointer, including "-" for the end of a list', () => {
    const out = applyPatch('application/json-patch+json', deployment(), [
      { op: 'replace', path: '/spec/replicas', value: 4 },
      { op: 'add', path: '/spec/template/spec/containers/-', value: { name: 'third' } },
      { op: 'remove', path: '/spec/template/spec/containers/0/env' },
      { op: 'test', path: '/metadata/name', value: 'web' },
    ]);
    expect((out as { spec: { replicas: number } }).spec.replicas).toBe(4);
    expect(containers(out).map((c) => c.name)).toEqual(['app', 'side', 'third']);
    expect(containers(out)[0]!.env).toBeUndefined();
  });

  it('fails on a missing path or a failed test instead of guessing', () => {
    expect(() => applyPatch('application/json-patch+json', deployment(), [{ op: 'remove', path: '/spec/nope' }])).toThrow(PatchError);
    expect(() => applyPatch('application/json-patch+json', deployment(), [{ op: 'test', path: '/metadata/name', value: 'other' }])).toThrow('test failed');
    expect(() => applyPatch('application/json-patch+json', deployment(), { op: 'add' } as Json)).toThrow(PatchError);
  });
});
