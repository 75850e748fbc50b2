import { describe, expect, it } from 'vitest';
import { openOfflineReader } from '../../src/cluster/index.js';
import { ClusterError } from '../../src/contracts/cluster-errors.js';
import type { ClusterReader } from '../../src/contracts/read-port.js';
import { gatherEvidence } from '../../src/evidence/index.js';
import { crashingPod, writeScenario } from './scenario-fixture.js';

const limits = { tailLines: 500, limitBytes: 1 << 20 };

const event = (name: string, reason: string, involved: object, ts = '2026-03-01T11:59:00Z'): object => ({
  apiVersion: 'v1',
  kind: 'Event',
  metadata: { name, namespace: 'default' },
  involvedObject: { kind: 'Pod', namespace: 'default', ...involved },
  reason,
  message: `${reason} happened`,
  type: 'Warning',
  count: 3,
  firstTimestamp: ts,
  lastTimestamp: ts,
});

describe('gathering evidence for one pod', () => {
  it('marks the current log of a container waiting in back-off as the same run as the previous one', async () => {
    const dir = writeScenario(
      [crashingPod('web'), crashingPod('api', { running: true })],
      [
        { pod: 'web', container: 'app', previous: true, content: 'fatal: config missing\n' },
        { pod: 'api', container: 'app', previous: true, content: 'panic: boom\n' },
        { pod: 'api', container: 'app', previous: false, content: 'listening on :8080\n' },
      ],
    );
    const reader = await openOfflineReader(dir);
    const web = await gatherEvidence(reader, 'default', 'web', limits);
    expect(web.logs.map((l) => [l.kind, l.text, l.sameRunAsPrevious ?? false])).toEqual([
      ['previous', 'fatal: config missing\n', false],
      ['current', 'fatal: config missing\n', true],
    ]);
    const api = await gatherEvidence(reader, 'default', 'api', limits);
    expect(api.logs.find((l) => l.kind === 'current')?.sameRunAsPrevious).toBeUndefined();
    expect(api.collectedAt).toBe(Date.parse('2026-03-01T12:00:00Z'));
  });

  it('takes the current log of a waiting container as its crashed run when the previous one cannot be read', async () => {
    const dir = writeScenario([crashingPod('web')], [{ pod: 'web', container: 'app', previous: false, content: 'dial tcp 10.0.0.12:5432: connect: connection refused\n' }]);
    const evidence = await gatherEvidence(await openOfflineReader(dir), 'default', 'web', limits);
    expect(evidence.logs.map((l) => [l.kind, l.sameRunAsPrevious ?? false])).toEqual([['current', true]]);
    expect(evidence.gaps.map((g) => g.what).filter((w) => w.includes('logs'))).toEqual(['previous logs of container app']);
  });

  it('reads events by uid, and falls back to the name when no event carries the uid', async () => {
    const dir = writeScenario([
      crashingPod('web'),
      crashingPod('old'),
      event('e1', 'BackOff', { name: 'web', uid: 'uid-web' }),
      event('e2', 'Killing', { name: 'web', uid: 'uid-of-an-older-web' }),
      event('e3', 'Unhealthy', { name: 'old' }, '2026-03-01T11:50:00Z'),
      event('e4', 'BackOff', { name: 'old' }, '2026-03-01T11:40:00Z'),
    ]);
    const reader = await openOfflineReader(dir);
    expect((await gatherEvidence(reader, 'default', 'web', limits)).events.map((e) => e.reason)).toEqual(['BackOff']);
    expect((await gatherEvidence(reader, 'default', 'old', limits)).events.map((e) => e.reason)).toEqual(['BackOff', 'Unhealthy']);
  });

  it('records the Secrets a pod references by their keys, never their values', async () => {
    const pod = crashingPod('web', {
      spec: {
        containers: [{ name: 'app', env: [{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }], envFrom: [{ configMapRef: { name: 'missing-cm' } }] }],
      },
    });
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db', namespace: 'default' }, data: { password: 'aHVudGVyMg==' }, stringData: { token: 'plain-token-value' } };
    const reader = await openOfflineReader(writeScenario([pod, secret]));
    const evidence = await gatherEvidence(reader, 'default', 'web', limits);
    const db = evidence.references.find((r) => r.kind === 'Secret');
    expect(db).toMatchObject({ name: 'db', exists: true, keys: ['password', 'token'] });
    expect(evidence.references.find((r) => r.name === 'missing-cm')).toMatchObject({ kind: 'ConfigMap', exists: false });
    const all = JSON.stringify(evidence);
    expect(all).not.toContain('aHVudGVyMg');
    expect(all).not.toContain('plain-token-value');
  });

  it('keeps a 40 MB log within the byte limit and says it was cut', async () => {
    const line = 'x'.repeat(99) + '\n';
    const big = Buffer.from(line.repeat(400_000));
    const dir = writeScenario([crashingPod('web')], [{ pod: 'web', container: 'app', previous: true, content: big }]);
    const evidence = await gatherEvidence(await openOfflineReader(dir), 'default', 'web', { tailLines: 1_000_000, limitBytes: 256 * 1024 });
    const previous = evidence.logs.find((l) => l.kind === 'previous')!;
    expect(previous.text.length).toBeLessThanOrEqual(256 * 1024);
    expect(previous.text.length).toBeGreaterThan(0);
    expect(previous.truncated).toBe(true);
  });

  it('strips terminal escapes from container output', async () => {
    const dir = writeScenario([crashingPod('web')], [{ pod: 'web', container: 'app', previous: true, content: 'ok\u001b[2J\u001b]0;pwned\u0007 done\n' }]);
    const evidence = await gatherEvidence(await openOfflineReader(dir), 'default', 'web', limits);
    expect(evidence.logs[0]?.text).toBe('ok done\n');
  });

  it('follows the owner chain from ReplicaSet to Deployment', async () => {
    const pod = crashingPod('web-5d9c-abcde', { metadata: { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-5d9c', controller: true }] } });
    const rs = { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web-5d9c', namespace: 'default', ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', controller: true }] } };
    const deploy = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' } };
    const evidence = await gatherEvidence(await openOfflineReader(writeScenario([pod, rs, deploy])), 'default', 'web-5d9c-abcde', limits);
    expect(evidence.owners.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['ReplicaSet/web-5d9c', 'Deployment/web']);
  });

  it('turns a forbidden log read into a gap carrying the kubectl command, not a failure', async () => {
    const dir = writeScenario([crashingPod('web')], [{ pod: 'web', container: 'app', previous: true, content: 'boom\n' }]);
    const offline = await openOfflineReader(dir);
    const reader: ClusterReader = Object.assign(Object.create(offline) as ClusterReader, {
      readLog: async () => {
        throw new ClusterError('forbidden', 'pods "web" is forbidden: User "dev" cannot get resource "pods/log"', 403);
      },
    });
    const evidence = await gatherEvidence(reader, 'default', 'web', { ...limits, target: { namespace: 'default', context: 'prod' } });
    expect(evidence.logs).toEqual([]);
    const gap = evidence.gaps.find((g) => g.what === 'previous logs of container app');
    expect(gap?.reason).toMatch(/^forbidden: .*pods\/log/);
    expect(gap?.command).toEqual(['kubectl', '--context', 'prod', '-n', 'default', 'logs', 'web', '-c', 'app', '--previous', '--tail=500']);
  });

  it('fails with one line when the pod itself is missing', async () => {
    const reader = await openOfflineReader(writeScenario([crashingPod('web')]));
    await expect(gatherEvidence(reader, 'default', 'nope', limits)).rejects.toMatchObject({ name: 'UserError', message: 'pod "nope" not found in namespace "default"' });
  });
});
