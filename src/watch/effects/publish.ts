// Where a result goes: a JSON line on stdout, an Event on the pod (`reason: Diagnosed`) and, when configured,
// a Slack-compatible webhook. Each sink fails on its own: a webhook that is down does not lose the Event.
import type { Connection } from '../../cluster/connection.js';
import { englishText, eventObject, jsonLine, webhookBody, type ResultText, type WatchResult } from '../result.js';
import { sendJson } from './api-send.js';
import { userError } from '../../i18n/user-error.js';

export interface Sinks {
  /** Where JSON lines go (process.stdout in the CLI). */
  readonly write: (line: string) => void;
  /** Post Events on the pods; off in --dry-run. */
  readonly events?: { readonly conn: Connection; readonly instance: string };
  readonly webhook?: URL;
  readonly timeoutMs: number;
}

export type SinkFailure = { readonly sink: 'event' | 'webhook'; readonly error: unknown };

export async function publish(result: WatchResult, sinks: Sinks, now: number, text: ResultText = englishText(result)): Promise<SinkFailure[]> {
  sinks.write(jsonLine(result));
  const failures: SinkFailure[] = [];
  await Promise.all([
    sinks.events
      ? sendJson(sinks.events.conn, 'POST', `/api/v1/namespaces/${encodeURIComponent(result.namespace)}/events`, eventObject(result, sinks.events.instance, now, text), sinks.timeoutMs)
          .catch((error: unknown) => void failures.push({ sink: 'event', error }))
      : undefined,
    sinks.webhook ? postWebhook(sinks.webhook, webhookBody(result, text), sinks.timeoutMs).catch((error: unknown) => void failures.push({ sink: 'webhook', error })) : undefined,
  ]);
  return failures;
}

async function postWebhook(url: URL, body: string, timeoutMs: number): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
  await res.arrayBuffer();
  if (!res.ok) throw userError('scenario.watch.webhookStatus', { status: String(res.status) });
}
