// Evidence about pods: everything about one pod gathered in parallel (a failed read is a Gap), and the
// failing pods of a namespace or cluster with a one-line cause.
export { gatherEvidence, type GatherOptions } from './gather.js';
export { scanPods, type ExplainPod, type ScanOptions } from './scan.js';
export { isFailing, severityOf } from './pod-health.js';
export { podReadError } from './pod-read-error.js';
export type { Evidence, Gap, LogExcerpt, ReferencedObject, PodMetrics } from '../contracts/evidence.js';
export type { ScanRow } from '../contracts/scan-row.js';
