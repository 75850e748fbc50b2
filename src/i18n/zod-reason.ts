// zod's reason for refusing a value (a scenario's `needs:`, a class file), as a catalog message: the English
// message is zod's own text, word for word, so it is matched here and re-made from `scenario.schema.*`; a reason
// whose English would not come out the same (another zod wording) stays as zod wrote it, quoted in zh-CN and ja.
import type { MessageRef } from '../errors.js';
import { ENGLISH, type MessageKey, type MessageValues } from './translate.js';

type Match = readonly [RegExp, MessageKey, (m: RegExpExecArray) => MessageValues];

const MATCHES: readonly Match[] = [
  [/^Invalid input: expected (\S+), received (\S+)$/, 'scenario.schema.type', (m) => ({ expected: m[1]!, received: m[2]! })],
  [/^Invalid input$/, 'scenario.schema.invalid', () => ({})],
  [/^Unrecognized keys?: (.+)$/, 'scenario.schema.unknownKeys', (m) => ({ keys: m[1]!, count: m[1]!.split(', ').length })],
  [/^Too small: expected string to have >=(\d+) characters?$/, 'scenario.schema.shortText', (m) => ({ min: m[1]! })],
  [/^Too small: expected number to be >=(\S+)$/, 'scenario.schema.small', (m) => ({ min: m[1]! })],
  [/^Invalid string: must start with "(.*)"$/, 'scenario.schema.startsWith', (m) => ({ prefix: m[1]! })],
  [/^not a memory quantity: (.*)$/, 'scenario.schema.memory', (m) => ({ value: m[1]! })],
];

export function zodReason(message: string): MessageRef {
  for (const [pattern, key, values] of MATCHES) {
    const m = pattern.exec(message);
    if (!m) continue;
    const ref = { key, values: values(m) };
    if (ENGLISH(key, ref.values) === message) return ref;
  }
  return { key: 'scenario.schema.other', values: { detail: message } };
}
