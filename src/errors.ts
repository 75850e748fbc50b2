import { sanitize } from './text/sanitize.js';

/** A catalog message an error can be worded from in the reader's language: its key and its values. */
export interface MessageRef {
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number>>;
  /** A value that is itself a catalog message (the reason a wrapped error gave), worded in the same language. */
  readonly detail?: MessageRef;
}

// Expected failures, as one typed error with the exit code it deserves; the entry point prints its message once.
export class UserError extends Error {
  constructor(
    message: string,
    /** 1: the cluster, pod or a file could not be read; 2: usage. */
    readonly exitCode: 1 | 2 = 1,
    /** The same message as a catalog key, so the entry point can word it in zh-CN or ja; `message` is English. */
    readonly ref?: MessageRef,
  ) {
    // Messages echo arguments, context names, URLs and API text: cleaned where the error is made.
    super(sanitize(message));
    this.name = 'UserError';
  }
}

export const usageError = (message: string): UserError => new UserError(message, 2);
