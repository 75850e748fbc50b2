// Alertmanager's webhook receiver (`webhook_configs: [{url: http://…/alertmanager}]`): each firing alert that
// names a pod (labels namespace and pod, as kube-state-metrics' series carry) is diagnosed now and published
// like a watch result; the response lists the results. Body and alert counts are capped: it is outside input.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isDns1123Label, isDns1123Subdomain } from '../target/index.js';
import type { WatchResult } from './result.js';
import type { Watcher } from './watcher.js';

const MAX_BODY = 1 << 20;
const MAX_PODS = 50;

export interface NamedPod {
  readonly namespace: string;
  readonly pod: string;
}

/** The distinct, well-formed pods that firing alerts in an Alertmanager payload name. */
export function podsOfAlerts(payload: unknown): NamedPod[] {
  const alerts = (payload as { alerts?: unknown } | null)?.alerts;
  if (!Array.isArray(alerts)) return [];
  const seen = new Map<string, NamedPod>();
  for (const a of alerts) {
    const status = (a as { status?: unknown }).status;
    const labels = (a as { labels?: Record<string, unknown> }).labels ?? {};
    const namespace = labels['namespace'];
    const pod = labels['pod'];
    if (status === 'resolved' || typeof namespace !== 'string' || typeof pod !== 'string') continue;
    if (!isDns1123Label(namespace) || !isDns1123Subdomain(pod)) continue;
    seen.set(`${namespace}/${pod}`, { namespace, pod });
  }
  return [...seen.values()].slice(0, MAX_PODS);
}

export function alertmanagerRoute(current: () => Watcher | undefined) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const reply = (status: number, body: unknown): void => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(`${JSON.stringify(body)}\n`);
    };
    if (req.method !== 'POST') return reply(405, { error: 'POST an Alertmanager webhook payload' });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of req as AsyncIterable<Buffer>) {
      size += c.length;
      if (size > MAX_BODY) return reply(413, { error: `body over ${MAX_BODY} bytes` });
      chunks.push(c);
    }
    let payload: unknown;
    try {
      payload = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return reply(400, { error: 'the body is not JSON' });
    }
    const watcher = current();
    if (!watcher) return reply(503, { error: 'this replica is standing by; the lease holder diagnoses' });
    const results: WatchResult[] = [];
    for (const p of podsOfAlerts(payload)) {
      const r = await watcher.diagnoseNamed(p.namespace, p.pod);
      if (r) results.push(r);
    }
    reply(200, { results });
  };
}
