import { sanitize } from './text/sanitize.js';

// Expected failures, as one typed error with the exit code it deserves; the entry point prints its message once.
export class UserError extends Error {
  constructor(
    message: string,
    /** 1: the cluster, pod or a file could not be read; 2: usage. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    // Messages echo arguments, context names, URLs and API text: cleaned where the error is made.
    super(sanitize(message));
    this.name = 'UserError';
  }
}

export const usageError = (message: string): UserError => new UserError(message, 2);
