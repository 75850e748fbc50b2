// What a flow-file mistake is about ("a choice label", "each entry of \"plans\""), as catalog messages: a reader's
// error names the field in the reader's language around the field's own name, which stays as written.
import type { MessageRef } from '../errors.js';
import type { MessageKey, MessageValues } from '../i18n/translate.js';

/** A catalog message; the key is checked against the English catalog at compile time. */
export const msg = (key: MessageKey, values?: MessageValues, detail?: MessageRef): MessageRef => ({
  key,
  ...(values ? { values } : {}),
  ...(detail ? { detail } : {}),
});

export const FLOW_FILE = msg('flows.what.flowFile');
export const STEP = msg('flows.what.step');
export const CHOICE = msg('flows.what.choice');
export const TRANSITION = msg('flows.what.transition');
export const CHOICE_ID = msg('flows.what.choiceId');
export const CHOICE_LABEL = msg('flows.what.choiceLabel');
export const CHOICE_GOTO = msg('flows.what.choiceGoto');
export const RESULT_CAUSE = msg('flows.what.resultCause');

/** A field by its name as the file spells it: `"steps"`. */
export const field = (name: string): MessageRef => msg('flows.what.field', { name });
export const entryOf = (name: string): MessageRef => msg('flows.what.entryOf', { name });

/** An unknown word, with the known one closest to it when there is one (the message's `Near` variant). */
export const unknownNear = (key: MessageKey, values: MessageValues, near: string | undefined, detail?: MessageRef): MessageRef =>
  near === undefined ? msg(key, values, detail) : msg(`${key}Near` as MessageKey, { ...values, near }, detail);
