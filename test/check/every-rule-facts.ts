// The manifests in test/fixtures/check/every-rule and the image and cluster facts under which, together, they
// set off every rule of the check (and both forms of the rules whose sentence has two).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifests, type CheckFacts, type ManifestDoc } from '../../src/check/index.js';

export const EVERY_RULE_DIR = join(import.meta.dirname, '../fixtures/check/every-rule');

export const everyRuleManifests = (): ManifestDoc[] =>
  readdirSync(EVERY_RULE_DIR).sort().flatMap((f) => parseManifests(f, readFileSync(join(EVERY_RULE_DIR, f), 'utf8')));

export const EVERY_RULE_FACTS: CheckFacts = {
  images: new Map([
    // No USER: runs as root; a catalogue of programs without the ones the spec and its hooks name.
    ['registry.example.com/edge/proxy:2.1', { user: '', entrypoint: ['/docker-entrypoint.sh'], binaries: ['sh', 'nginx', 'docker-entrypoint.sh'], architectures: ['amd64'] }],
    ['registry.example.com/edge/agent:0.9', { user: 'root', entrypoint: [], binaries: ['sh', 'sleep', 'cat'], architectures: ['amd64', 'arm64'] }],
  ]),
  cluster: {
    existing: { ConfigMap: new Set(), Secret: new Set(), PersistentVolumeClaim: new Set(), StorageClass: new Set(['standard']) },
    nodeArchitectures: ['amd64', 'arm64'],
  },
};
