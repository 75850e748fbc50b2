// Plain, typed shapes of the Kubernetes objects the product reads, in their JSON form (timestamps are RFC 3339 strings).
// Every source (the live API, scenario files, cluster-info dumps) is parsed into these at its boundary.
export * from './objects.js';
export * from './pod-status.js';
