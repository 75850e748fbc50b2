// The pure side of server-side apply: FieldsV1 in and out, typed merging of keyed lists, removal of what an
// applier stops sending, Update tracking, and the Status an apply conflict answers.
import { beforeAll, describe, expect, it } from 'vitest';
import { fromFieldsV1, toFieldsV1 } from '../../src/training/patch/field-set.js';
import { loadFieldTypes, type FieldType } from '../../src/training/patch/field-types.js';
import { readManagers, serverSideApply, trackUpdate, writeManagers, type Json, type Manager, type Writer } from '../../src/training/patch/index.js';
import { applyConflict } from '../../src/training/update-objects.js';

let deployment: FieldType;
beforeAll(async () => {
  deployment = (await loadFieldTypes()).root('apps', 'v1', 'Deployment');
});

const writer = (manager: string, force = false): Writer => ({ manager, force, types: deployment, apiVersion: 'apps/v1', time: '2026-01-01T00:00:00Z', explicit: true });
const dep = (containers: Record<string, Json>[], replicas?: number): Record<string, Json> => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default' },
  spec: { ...(replicas !== undefined ? { replicas } : {}), template: { spec: { containers } } },
});

describe('FieldsV1', () => {
  it('round-trips a set, marking "." on an owned node that also has owned children', () => {
    const fields = { 'f:spec': { 'f:template': { 'f:spec': { 'f:containers': { 'k:{"name":"a"}': { '.': {}, 'f:image': {}, 'f:name': {} } } } } }, 'f:metadata': { 'f:labels': { 'f:x': {} } } };
    const set = fromFieldsV1(fields);
    expect(set.size).toBe(4);
    expect(toFieldsV1(set)).toEqual(fields);
  });
});

describe('serverSideApply', () => {
  it('merges containers by name, and removes a container the applier stops sending', () => {
    const managers = new Map<string, Manager>();
    const first = serverSideApply({}, dep([{ name: 'app', image: 'a:1' }, { name: 'proxy', image: 'p:1' }]), managers, writer('ci'));
    expect(first.ok).toBe(true);
    const live = first.ok ? first.object : {};
    const second = serverSideApply(live, dep([{ name: 'app', image: 'a:2' }]), managers, writer('ci'));
    expect(second.ok && (second.object['spec'] as { template: { spec: { containers: unknown } } }).template.spec.containers).toEqual([{ name: 'app', image: 'a:2' }]);
  });

  it('keeps a container another applier still owns', () => {
    const managers = new Map<string, Manager>();
    const a = serverSideApply({}, dep([{ name: 'app', image: 'a:1' }, { name: 'proxy', image: 'p:1' }]), managers, writer('ci'));
    const b = serverSideApply(a.ok ? a.object : {}, dep([{ name: 'proxy', image: 'p:1' }]), managers, writer('mesh'));
    const c = serverSideApply(b.ok ? b.object : {}, dep([{ name: 'app', image: 'a:1' }]), managers, writer('ci'));
    expect(c.ok && (c.object['spec'] as { template: { spec: { containers: { name: string }[] } } }).template.spec.containers.map((x) => x.name)).toEqual(['app', 'proxy']);
  });

  it('an update takes the fields it changes from their owner; the next apply of the old value conflicts unless forced', () => {
    const managers = new Map<string, Manager>();
    const a = serverSideApply({}, dep([{ name: 'app', image: 'a:1' }], 2), managers, writer('ci'));
    const live = a.ok ? a.object : {};
    const scaled = { ...live, spec: { ...(live['spec'] as object), replicas: 5 } };
    trackUpdate(managers, live, scaled, { ...writer('hpa'), explicit: true });
    const stored = readManagers({ metadata: { managedFields: writeManagers(managers) as unknown as Json } });
    expect([...stored.keys()].map((k) => k.split('\u0000').slice(0, 2).join(' '))).toEqual(['Apply ci', 'Update hpa']);
    const refused = serverSideApply(scaled, dep([{ name: 'app', image: 'a:1' }], 2), stored, writer('ci'));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    const status = JSON.parse(applyConflict(refused.conflicts).body()) as Record<string, unknown>;
    expect(status).toMatchObject({
      code: 409,
      reason: 'Conflict',
      message: 'Apply failed with 1 conflict: conflict with "hpa" using apps/v1: .spec.replicas',
      details: { causes: [{ reason: 'FieldManagerConflict', message: 'conflict with "hpa" using apps/v1', field: '.spec.replicas' }] },
    });
    const forced = serverSideApply(scaled, dep([{ name: 'app', image: 'a:1' }], 2), stored, writer('ci', true));
    expect(forced.ok && (forced.object['spec'] as { replicas: number }).replicas).toBe(2);
    expect([...stored.values()].find((m) => m.manager === 'hpa')?.fields.size).toBe(0);
  });

  it('lists several conflicts under each manager', () => {
    const managers = new Map<string, Manager>();
    const a = serverSideApply({}, dep([{ name: 'app', image: 'a:1' }], 2), managers, writer('ci'));
    const b = serverSideApply(a.ok ? a.object : {}, dep([{ name: 'app', image: 'a:9' }], 3), managers, writer('other'));
    expect(b.ok).toBe(false);
    if (b.ok) return;
    expect(applyConflict(b.conflicts).message).toBe('Apply failed with 2 conflicts: conflicts with "ci":\n- .spec.replicas\n- .spec.template.spec.containers[name="app"].image');
  });
});
