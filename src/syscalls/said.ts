// A finding's sentence as a message (catalogs/syscalls) and its English: the id and values travel with the
// finding so each place that shows it words it in the reader's language; `summary` stays the English that JSON,
// logs and library callers read. Values are what the trace shows (paths, addresses, errno and syscall names).
import { say, type Message, type MessageValue } from '../contracts/diagnosis.js';
import { ENGLISH, type MessageKey } from '../i18n/translate.js';

export type SyscallMessageId = `syscalls.${string}`;

export function said(id: SyscallMessageId, values: Readonly<Record<string, MessageValue>>): { readonly say: Message; readonly summary: string } {
  const m = say(id, values);
  return { say: m, summary: english(m) };
}

/** A message of this catalog in English, embedded messages worded first. */
export function english(m: Message): string {
  const values: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(m.values ?? {})) values[name] = typeof v === 'object' ? english(v) : v;
  return ENGLISH(m.id as MessageKey, values);
}
