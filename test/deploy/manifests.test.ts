import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../support/capture-output.js';
import { documents, schemaErrors, type KubeDoc } from './kube-schemas.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CHART = join(ROOT, 'charts/kubectl-crashcourse');
const read = (f: string): KubeDoc[] => documents(readFileSync(join(ROOT, 'deploy', f), 'utf8'));
const plain = read('kubectl-crashcourse.yaml');
const byKind = (docs: readonly KubeDoc[], kind: string) => docs.filter((d) => d.kind === kind);

type Rule = { apiGroups: string[]; resources: string[]; verbs: string[]; resourceNames?: string[] };
const rulesOf = (docs: readonly KubeDoc[], kind: string): Rule[] => byKind(docs, kind).flatMap((r) => r['rules'] as Rule[]);
const grants = (rules: readonly Rule[], resource: string, verb: string): boolean => rules.some((r) => r.resources.includes(resource) && r.verbs.includes(verb));
const argsOf = (docs: readonly KubeDoc[]): string[] => {
  const d = byKind(docs, 'Deployment')[0] as { spec: { template: { spec: { containers: { args: string[] }[] } } } } | undefined;
  return d?.spec.template.spec.containers[0]!.args ?? [];
};

afterEach(() => vi.restoreAllMocks());

describe('the plain manifests in deploy/', () => {
  it('validate against the Kubernetes schemas', () => {
    const all = [...plain, ...read('namespace.yaml'), ...read('networkpolicy-example.yaml')];
    expect(all.map((d) => d.kind).sort()).toEqual(['ClusterRole', 'ClusterRoleBinding', 'Deployment', 'Namespace', 'NetworkPolicy', 'Role', 'RoleBinding', 'Service', 'ServiceAccount']);
    expect(all.map(schemaErrors).filter(Boolean)).toEqual([]);
  });

  it('the schema check does catch a malformed manifest', () => {
    const deployment = byKind(plain, 'Deployment')[0]!;
    expect(schemaErrors({ ...deployment, spec: { ...(deployment['spec'] as object), replicas: 'two' } })).toContain('replicas must be integer');
  });

  it('grant least privilege: reads, Events and the one Lease; no Secrets, no wildcards, no writes to workloads', () => {
    const cluster = rulesOf(plain, 'ClusterRole');
    for (const [resource, verb] of [['pods', 'watch'], ['pods', 'list'], ['pods/log', 'get'], ['events', 'create'], ['replicasets', 'get'], ['nodes', 'get']]) {
      expect(grants(cluster, resource!, verb!), `${verb} ${resource}`).toBe(true);
    }
    const everything = [...cluster, ...rulesOf(plain, 'Role')];
    expect(everything.flatMap((r) => [...r.verbs, ...r.resources, ...r.apiGroups]).filter((x) => x.includes('*'))).toEqual([]);
    expect(grants(everything, 'secrets', 'get') || grants(everything, 'secrets', 'list')).toBe(false);
    for (const verb of ['update', 'patch', 'delete']) {
      expect(everything.filter((r) => r.verbs.includes(verb) && !r.resources.every((x) => x === 'leases'))).toEqual([]);
    }
    const lease = rulesOf(plain, 'Role').find((r) => r.verbs.includes('update'))!;
    expect(lease.resourceNames).toEqual(['kubectl-crashcourse-watch']);
    expect(argsOf(plain)).toContain('--lease-name=kubectl-crashcourse-watch');
  });

  it('run the watcher with flags it accepts', async () => {
    const io = captureOutput();
    expect(await main(['watch', '--help'])).toBe(0);
    const help = io.out();
    const args = argsOf(plain);
    expect(args[0]).toBe('watch');
    for (const flag of args.slice(1).map((a) => a.split('=')[0]!)) expect(help, flag).toContain(flag);
  });
});

const helm = process.env['HELM_BIN'] ?? (process.env['PATH'] ?? '').split(delimiter).filter(Boolean).map((d) => join(d, 'helm')).find((p) => existsSync(p));
if (!helm) console.log('helm chart tests skipped: no helm binary (set HELM_BIN or put helm on PATH); the plain manifests above are still validated');

const template = (...set: string[]): { docs: KubeDoc[]; text: string } => {
  const r = spawnSync(helm!, ['template', 'kubectl-crashcourse', CHART, '--namespace', 'kubectl-crashcourse', ...set.flatMap((s) => ['--set', s])], { encoding: 'utf8', timeout: 30_000 });
  if (r.status !== 0) throw new Error(`helm template failed: ${r.stderr}`);
  return { docs: documents(r.stdout), text: r.stdout };
};

describe.skipIf(!helm)('the Helm chart, rendered by the real helm', () => {
  it('passes helm lint', () => {
    const r = spawnSync(helm!, ['lint', CHART], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('renders with its default values exactly the plain manifests in deploy/', () => {
    const committed = readFileSync(join(ROOT, 'deploy/kubectl-crashcourse.yaml'), 'utf8').replace(/^(#.*\n)+/, '');
    expect(template().text).toBe(committed);
  });

  it.each([
    [[]],
    [['rbac.podLogs=false']],
    [['networkPolicy.enabled=true', 'networkPolicy.allowWebhookEgress=true']],
    [['watch.webhook.secretName=slack', 'watch.namespace=shop', 'watch.selector=team=payments']],
    [['leaderElection.enabled=false', 'replicaCount=1', 'metrics.service.enabled=false']],
  ])('renders manifests that validate with --set %j', (set) => {
    const { docs } = template(...set);
    expect(docs.length).toBeGreaterThan(3);
    expect(docs.map(schemaErrors).filter(Boolean)).toEqual([]);
  });

  it('without pods/log has no log rule and tells the watcher, so each diagnosis says its logs were not read', () => {
    const { docs } = template('rbac.podLogs=false');
    expect(grants(rulesOf(docs, 'ClusterRole'), 'pods/log', 'get')).toBe(false);
    expect(argsOf(docs)).toContain('--no-logs');
    expect(argsOf(template().docs)).not.toContain('--no-logs');
  });

  it('takes the webhook URL from a Secret, never from the values', () => {
    const { docs, text } = template('watch.webhook.secretName=slack');
    expect(argsOf(docs)).toContain('--webhook=$(WEBHOOK_URL)');
    expect(text).toContain('name: slack');
  });

  it('drops the Lease role when leader election is off', () => {
    const { docs } = template('leaderElection.enabled=false');
    expect(byKind(docs, 'Role')).toEqual([]);
    expect(argsOf(docs)).not.toContain('--leader-elect');
  });
});
