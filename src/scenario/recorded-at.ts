// The "now" of a snapshot when scenario.yaml does not state it: the newest time written in its objects
// (creation, event, probe and container-state times, node heartbeats). deletionTimestamp lies in the future.
import type { KubeObject } from '../k8s/index.js';

const TIME_KEY = /(?:Timestamp|Time|At)$/;

export function newestTimestamp(objects: readonly KubeObject[]): number | undefined {
  let newest: number | undefined;
  const visit = (value: unknown, depth: number): void => {
    if (depth > 12 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === 'string') {
        if (key === 'deletionTimestamp' || !TIME_KEY.test(key)) continue;
        const ms = Date.parse(child);
        if (Number.isFinite(ms) && (newest === undefined || ms > newest)) newest = ms;
      } else if (key !== 'spec' && key !== 'data' && key !== 'binaryData') {
        visit(child, depth + 1);
      }
    }
  };
  for (const object of objects) visit(object, 0);
  return newest;
}
