// What can go wrong reading a cluster, as data: the evidence layer turns these into gaps, the CLI into one line.
import type { MessageRef } from '../errors.js';
import { sanitize } from '../text/sanitize.js';

export type ClusterErrorKind = 'not-found' | 'forbidden' | 'unauthorized' | 'invalid' | 'unreachable' | 'timeout' | 'server' | 'bad-request' | 'conflict';

export class ClusterError extends Error {
  constructor(
    readonly kind: ClusterErrorKind,
    message: string,
    readonly status?: number,
    /** The server's Retry-After, for 429 and 503 answers. */
    readonly retryAfterMs?: number,
    /** The message as a catalog key (network failures, time-outs), so the CLI can word it in the reader's language. */
    readonly ref?: MessageRef,
  ) {
    // The apiserver's message (or a proxy's page) is outside text.
    super(sanitize(message));
    this.name = 'ClusterError';
  }
}
