// Log signatures: the Kubernetes API (RBAC refusals). One phrase per entry, each with a real line it
// matches (and where that line comes from) and a line it must not match; test/analysis/signatures.test.ts checks both.
import type { Signature } from './types.js';

export const KUBERNETES_SIGNATURES: readonly Signature[] = [
  {
    id: 'kubernetes.forbidden-user', finding: 'log-permission-denied', re: /is forbidden: User \\?"/i,
    examples: [{ line: "2024-04-19T10:47:10.774+0800\tERROR\tmain\tunable to set up warehouse reconciler\t{\"error\": \"starrockswarehouses.starrocks.com is forbidden: User \\\"system:serviceaccount:starrocks:starrocks\\\" cannot list resource \\\"starrockswarehouses\\\" in API group \\\"starrocks.com\\\" at the cluster scope\"}", source: "https://github.com/StarRocks/starrocks-kubernetes-operator/issues/512" }],
    counters: ["Error: Cannot find module '/build/main.js'"],
  },
  {
    id: 'kubernetes.rbac-cannot-verb-resource', finding: 'log-permission-denied', re: /cannot (?:list|get|watch|create|update|patch|delete) resource/i,
    examples: [{ line: "2024-04-19T10:47:10.774+0800\tERROR\tmain\tunable to set up warehouse reconciler\t{\"error\": \"starrockswarehouses.starrocks.com is forbidden: User \\\"system:serviceaccount:starrocks:starrocks\\\" cannot list resource \\\"starrockswarehouses\\\" in API group \\\"starrocks.com\\\" at the cluster scope\"}", source: "https://github.com/StarRocks/starrocks-kubernetes-operator/issues/512" }],
    counters: ["Error: Cannot find module '/build/main.js'"],
  },
];
