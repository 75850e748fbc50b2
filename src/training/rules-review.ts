// `kubectl auth can-i --list` POSTs a SelfSubjectRulesReview: everything is allowed, except what --forbid
// takes away, which is answered as the explicit verbs left on each resource (RBAC rules only allow).
import type { ClusterState } from './cluster-state.js';
import { RESOURCE_TYPES } from './resources.js';
import type { Written } from './write-objects.js';

export function selfSubjectRulesReview(state: ClusterState, raw: unknown): Written {
  const spec = ((raw ?? {}) as { spec?: { namespace?: string } }).spec ?? {};
  const rules: { verbs: string[]; apiGroups: string[]; resources: string[] }[] = [];
  let restricted = false;
  for (const t of RESOURCE_TYPES) {
    for (const sub of ['', ...t.subresources]) {
      const verbs = t.verbs.filter((verb) => !state.forbidden({ verb, group: t.group, resource: t.resource, subresource: sub }));
      if (verbs.length !== t.verbs.length) restricted = true;
      if (verbs.length) rules.push({ verbs, apiGroups: [t.group], resources: [sub ? `${t.resource}/${sub}` : t.resource] });
    }
  }
  const resourceRules = restricted ? rules : [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }];
  return {
    code: 201,
    body: JSON.stringify({
      kind: 'SelfSubjectRulesReview',
      apiVersion: 'authorization.k8s.io/v1',
      metadata: { creationTimestamp: null },
      spec,
      status: { resourceRules, nonResourceRules: [{ verbs: ['*'], nonResourceURLs: ['*'] }], incomplete: false },
    }),
  };
}
