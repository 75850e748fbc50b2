// Log reads are the expensive part of a diagnosis for the API server (the kubelet streams them): a token bucket
// caps them. A read over budget is not made; the evidence records it as a gap and the diagnosis says so.
import { clusterError } from '../i18n/user-error.js';
import type { ClusterReader } from '../contracts/read-port.js';

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(private readonly perSecond: number, private readonly burst: number, private readonly clock: () => number = Date.now) {
    this.tokens = burst;
    this.last = clock();
  }

  take(): boolean {
    const now = this.clock();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

export type LogPolicy = { readonly kind: 'off' } | { readonly kind: 'limited'; readonly bucket: TokenBucket };

/** The reader with its log reads gated by the policy; `onSkip` counts each read not made. */
export function withLogPolicy(reader: ClusterReader, policy: LogPolicy, onSkip: () => void): ClusterReader {
  const gated: ClusterReader = Object.create(reader) as ClusterReader;
  gated.readLog = async (namespace, pod, options) => {
    if (policy.kind === 'off') {
      onSkip();
      throw clusterError('forbidden', 'scenario.watch.logsOff');
    }
    if (!policy.bucket.take()) {
      onSkip();
      throw clusterError('server', 'scenario.watch.logBudget');
    }
    return reader.readLog(namespace, pod, options);
  };
  return gated;
}
