// Errors worded from the catalogs: the message is made in English (logs, tests, library callers read it) and
// carries its key and values, so the entry point words it again in the reader's language. Values are the
// user's arguments and the cluster's own text, which stay verbatim in every language.
import type { ClusterErrorKind } from '../contracts/cluster-errors.js';
import { ClusterError } from '../contracts/cluster-errors.js';
import { type MessageRef, UserError } from '../errors.js';
import { ENGLISH, type MessageKey, type MessageValues, type Translate } from './translate.js';

export function userError(key: MessageKey, values: MessageValues = {}, exitCode: 1 | 2 = 1, detail?: MessageRef): UserError {
  // A detail given only as a message is worded in English for the message too.
  const english = detail && values['detail'] === undefined ? { ...values, detail: worded(detail, ENGLISH) } : values;
  return new UserError(ENGLISH(key, english), exitCode, { key, values, ...(detail ? { detail } : {}) });
}

export function clusterError(kind: ClusterErrorKind, key: MessageKey, values: MessageValues = {}, status?: number): ClusterError {
  return new ClusterError(kind, ENGLISH(key, values), status, undefined, { key, values });
}

/** The error's message in the reader's language when it carries a key, else as it was made. */
export function localMessage(err: { readonly message: string; readonly ref?: MessageRef | undefined }, t: Translate): string {
  return err.ref ? worded(err.ref, t) : err.message;
}

function worded(ref: MessageRef, t: Translate): string {
  const values = ref.detail ? { ...ref.values, detail: worded(ref.detail, t) } : ref.values;
  return t(ref.key as MessageKey, values);
}

/** A wrapping error keeps the wrapped one's words: its message, or its key and values for the reader's language. */
export const wrapped = (err: ClusterError): UserError => new UserError(err.message, 1, err.ref);
