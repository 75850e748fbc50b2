import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { kubeconfigFiles, parsePodArg, resolveTarget } from '../../src/target/index.js';

const dir = mkdtempSync(join(tmpdir(), 'crashcourse-target-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const A = file('a.yaml', `apiVersion: v1
kind: Config
current-context: alpha
clusters:
- name: c1
  cluster: {server: "https://a.example:6443", insecure-skip-tls-verify: true}
users:
- name: u1
  user: {token: aaa}
contexts:
- name: alpha
  context: {cluster: c1, user: u1, namespace: team-a}
- name: shared
  context: {cluster: c1, user: u1, namespace: from-a}
`);
const B = file('b.yaml', `apiVersion: v1
kind: Config
current-context: beta
clusters:
- name: c2
  cluster: {server: "https://b.example"}
- name: c1
  cluster: {server: "https://shadowed.example"}
users:
- name: u2
  user: {token: bbb}
contexts:
- name: beta
  context: {cluster: c2, user: u2}
- name: shared
  context: {cluster: c2, user: u2, namespace: from-b}
- name: dangling-cluster
  context: {cluster: nope, user: u2}
- name: dangling-user
  context: {cluster: c2, user: ghost}
`);
const BROKEN = file('broken.yaml', 'apiVersion: v1\nclusters:\n- name: x\n  cluster: {server: [unclosed\n');

const env = (KUBECONFIG?: string) => ({ KUBECONFIG, HOME: join(dir, 'no-home') });

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    const m = (err as Error).message;
    expect(m).not.toContain('\n');
    return m;
  }
  throw new Error('expected a UserError');
}

describe('kubeconfig resolution', () => {
  it('merges a KUBECONFIG list with the first file winning for current-context, clusters and contexts', () => {
    const t = resolveTarget({}, env(`${A}:${B}`));
    expect(t.contextName).toBe('alpha');
    expect(t.server).toBe('https://a.example:6443');
    expect(t.namespace).toBe('team-a');
    const shared = resolveTarget({ context: 'shared' }, env(`${B}:${A}`));
    expect(shared.namespace).toBe('from-b');
    expect(resolveTarget({ context: 'shared' }, env(`${A}:${B}`)).namespace).toBe('from-a');
  });

  it('uses a cluster from a later file when only that file defines it, and skips missing files in the list', () => {
    const t = resolveTarget({ context: 'beta' }, env(`${join(dir, 'missing.yaml')}:${A}:${B}`));
    expect(t.server).toBe('https://b.example');
    expect(t.namespace).toBe('default');
    expect(t.files).toEqual([A, B]);
  });

  it('lets --kubeconfig win over KUBECONFIG and -n win over the context namespace', () => {
    const t = resolveTarget({ kubeconfig: B, namespace: 'other' }, env(A));
    expect(t.contextName).toBe('beta');
    expect(t.namespace).toBe('other');
  });

  it('says how to point at a kubeconfig, and mentions --training, when there is none', () => {
    const m = message(() => kubeconfigFiles(undefined, env(undefined)));
    expect(m).toMatch(/no kubeconfig found/);
    expect(m).toContain('--kubeconfig');
    expect(m).toContain('kubectl-crashcourse --training');
  });

  it('names a --kubeconfig file that does not exist', () => {
    expect(message(() => resolveTarget({ kubeconfig: join(dir, 'nope.yaml') }, env(undefined)))).toContain('nope.yaml does not exist');
  });

  it('reports broken YAML with the file and the line', () => {
    const m = message(() => resolveTarget({}, env(BROKEN)));
    expect(m).toContain('broken.yaml');
    expect(m).toMatch(/line \d+/);
  });

  it('lists the available contexts when the one asked for is unknown', () => {
    const m = message(() => resolveTarget({ context: 'gamma' }, env(`${A}:${B}`)));
    expect(m).toContain('context "gamma" not found');
    expect(m).toContain('alpha, shared, beta');
  });

  it('rejects a context that names a cluster or a user the kubeconfig lacks', () => {
    expect(message(() => resolveTarget({ context: 'dangling-cluster' }, env(B)))).toContain('cluster "nope"');
    expect(message(() => resolveTarget({ context: 'dangling-user' }, env(B)))).toContain('user "ghost"');
  });

  it('rejects a namespace that is not a DNS-1123 label before anything is read', () => {
    const err = (() => {
      try {
        resolveTarget({ namespace: 'Bad_NS' }, env(A));
      } catch (e) {
        return e as UserError;
      }
      return undefined;
    })();
    expect(err?.message).toContain('invalid namespace "Bad_NS"');
    expect(err?.exitCode).toBe(2);
  });
});

describe('the pod argument', () => {
  it('reads NS/POD and POD with -n', () => {
    expect(parsePodArg('shop/web-1', undefined)).toEqual({ namespace: 'shop', name: 'web-1' });
    expect(parsePodArg('web-1', 'shop')).toEqual({ namespace: 'shop', name: 'web-1' });
    expect(parsePodArg('web-1', undefined)).toEqual({ name: 'web-1' });
  });

  it('is a usage error when missing, malformed, or in conflict with -n', () => {
    for (const [pod, ns] of [[undefined, undefined], ['a/b/c', undefined], ['Web_1', undefined], ['shop/web', 'other']] as const) {
      try {
        parsePodArg(pod, ns);
        throw new Error('expected an error');
      } catch (err) {
        expect((err as UserError).exitCode).toBe(2);
        expect((err as Error).message).not.toContain('\n');
      }
    }
  });
});
