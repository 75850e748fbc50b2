// The override shell tells the truth about the container it copies: started in the image's WORKDIR, with the
// environment the container's env and envFrom (ConfigMaps, Secrets) give it, as `pwd` and `env` show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlMissing, startDrill, type Drill } from './kubectl-fix-harness.js';

let skip: string | undefined;
let drill: Drill | undefined;
const ns = 'legacy';
beforeAll(async () => {
  skip = await kubectlMissing();
  if (skip) return;
  drill = await startDrill('silent-exit-1-cronjob');
  // A value a Secret gives the container through envFrom, written as stringData the way people write it.
  const patched = await drill.kubectl('patch', 'secret', '-n', ns, 'reconciler-env', '-p', JSON.stringify({ stringData: { RECONCILER_DB_URL: 'postgres://reconciler@ledger-db:5432/ledger' } }));
  if (patched.code !== 0) throw new Error(patched.stderr);
  // tail, not sleep: this image ships no sleep (the copy with `sleep infinity` fails with StartError).
  const copy = await drill.kubectl('debug', '-n', ns, 'nightly-reconcile-28754100-q4v7d', '--copy-to=reconcile-copy', '--container=reconcile', '--', 'tail', '-f', '/dev/null');
  if (copy.code !== 0) throw new Error(copy.stderr);
  for (let i = 0; i < 100; i++) {
    const phase = await drill.kubectl('get', 'pod', '-n', ns, 'reconcile-copy', '-o', 'jsonpath={.status.phase}');
    if (phase.stdout === 'Running') break;
    await new Promise((r) => setTimeout(r, 100));
  }
}, 30_000);
afterAll(async () => drill?.close());

describe('the override copy\'s shell', () => {
  it('starts in the image WORKDIR', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const pwd = await drill!.kubectl('exec', '-n', ns, 'reconcile-copy', '-c', 'reconcile', '--', 'sh', '-c', 'pwd');
    expect(pwd.stderr).toBe('');
    expect(pwd.stdout.trim()).toBe('/opt/reconciler');
  });

  it('has the environment from envFrom: the Secret\'s keys, stringData included', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const env = await drill!.kubectl('exec', '-n', ns, 'reconcile-copy', '-c', 'reconcile', '--', 'env');
    expect(env.stdout.split('\n')).toContain('RECONCILER_DB_URL=postgres://reconciler@ledger-db:5432/ledger');
  });
});
