// Silence is part of the contract: manifests configured the way the rules ask produce no finding at all,
// offline and with cluster facts that hold every object they reference.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifests, runCheck, type CheckFacts } from '../../src/check/index.js';

const DIR = join(import.meta.dirname, '../fixtures/check/good');
const docs = readdirSync(DIR).flatMap((f) => parseManifests(f, readFileSync(join(DIR, f), 'utf8')));

const cluster: CheckFacts['cluster'] = {
  existing: {
    ConfigMap: new Set(), Secret: new Set(['finance/ledger-db']), PersistentVolumeClaim: new Set(), StorageClass: new Set(['standard']),
  },
  nodeArchitectures: ['amd64', 'arm64'],
};
const images: CheckFacts['images'] = new Map([
  ['nginx:1.25.4', { user: '', entrypoint: ['/docker-entrypoint.sh'], architectures: ['amd64', 'arm64'] }],
  ['registry.example.com/analytics/reports:4.2.0', { user: '1001', architectures: ['amd64', 'arm64'] }],
]);

describe('check on well-configured manifests', () => {
  it('finds the workloads in every file (so silence is not for want of input)', () => {
    expect(docs.map((d) => `${String(d.object['kind'])}/${String((d.object['metadata'] as { name: string }).name)}`).sort())
      .toEqual(['ConfigMap/reports-settings', 'ConfigMap/web-config', 'CronJob/reports', 'Deployment/web', 'Pod/exporter', 'StatefulSet/ledger']);
  });

  it('is silent offline', () => {
    expect(runCheck(docs, { images: new Map() })).toEqual([]);
  });

  it('is silent with image and cluster facts', () => {
    expect(runCheck(docs, { images, cluster })).toEqual([]);
  });

  it('speaks once one setting is made crash-prone (the silence is not blindness)', () => {
    const text = readFileSync(join(DIR, 'ledger.yaml'), 'utf8').replace('-XX:MaxRAMPercentage=75', '-Xmx1g');
    const findings = runCheck(parseManifests('ledger.yaml', text), { images: new Map() });
    expect(findings).toMatchObject([{ rule: 'jvm-heap-over-limit', file: 'ledger.yaml', line: 23, severity: 'error' }]);
  });
});
