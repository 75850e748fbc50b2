// A read that failed becomes a Gap: what we could not see, why in one line, and the command that would show it.
import { ClusterError } from '../contracts/cluster-errors.js';
import type { Gap } from '../contracts/evidence.js';

export function gapReason(err: unknown): string {
  if (err instanceof ClusterError) {
    switch (err.kind) {
      case 'forbidden':
        return `forbidden: ${err.message}`;
      case 'not-found':
        return `not found: ${err.message}`;
      case 'timeout':
        return 'timed out';
      case 'unauthorized':
        return 'unauthorized: the cluster rejected our credentials';
      default:
        return err.message;
    }
  }
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}

export const gapOf = (what: string, err: unknown, command?: readonly string[]): Gap => ({
  what,
  reason: gapReason(err),
  ...(command ? { command } : {}),
});
