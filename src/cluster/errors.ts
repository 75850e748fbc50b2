// What can go wrong reading a cluster, as data: the evidence layer turns these into gaps, the CLI into one line.
export type ClusterErrorKind = 'not-found' | 'forbidden' | 'unauthorized' | 'invalid' | 'unreachable' | 'timeout' | 'server' | 'bad-request' | 'conflict';

export class ClusterError extends Error {
  constructor(
    readonly kind: ClusterErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ClusterError';
  }
}
