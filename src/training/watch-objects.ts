// watch=true: newline-delimited JSON events over a chunked response, from a resourceVersion (replayed from the
// store's history) or from the current state, filtered by selectors (an object leaving the selection is DELETED).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KubeObject } from '../k8s/index.js';
import { wantsTable, selectorMatcher, viewOf } from './list-objects.js';
import type { ResourceType } from './resources.js';
import type { Change, ChangeType, Entry, ObjectStore } from './store.js';
import { tableJson, tableRow } from './tables.js';

const DEFAULT_TIMEOUT_S = 30 * 60;

export function serveWatch(
  store: ObjectStore,
  type: ResourceType,
  namespace: string | undefined,
  name: string | undefined,
  query: URLSearchParams,
  req: IncomingMessage,
  res: ServerResponse,
  onClose: (stop: () => void) => () => void,
): void {
  const selector = selectorMatcher(query, type);
  const inScope = (o: KubeObject): boolean =>
    (namespace === undefined || (o.metadata.namespace ?? '') === namespace) && (name === undefined || o.metadata.name === name);
  const matches = (o: KubeObject | undefined): boolean => o !== undefined && inScope(o) && (!selector || selector(o));
  const table = wantsTable(req.headers.accept);
  const include = query.get('includeObject') ?? 'Metadata';
  const view = viewOf(type);
  const write = (t: ChangeType, entry: Entry): void => {
    const object = table ? tableJson(type.storage, [tableRow(type.storage, entry, Date.now(), include, view)], `{"resourceVersion":"${entry.rv}"}`) : view(entry);
    res.write(`{"type":"${t}","object":${object}}\n`);
  };
  const deliver = (c: Change): void => {
    const now = matches(c.entry.obj) && c.type !== 'DELETED';
    const before = c.type === 'ADDED' ? false : c.type === 'DELETED' ? matches(c.old) || matches(c.entry.obj) : matches(c.old);
    if (now && !before) write('ADDED', c.entry);
    else if (now && before) write('MODIFIED', c.entry);
    else if (!now && before) write('DELETED', c.entry);
  };

  res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', 'Cache-Control': 'no-cache, private' });
  res.flushHeaders();

  const rvText = query.get('resourceVersion');
  const rv = rvText && rvText !== '0' ? Number(rvText) : undefined;
  const replay = rv !== undefined && Number.isFinite(rv) ? store.changesSince(type.storage, rv) : undefined;
  if (rv !== undefined && !replay) {
    res.end(
      `{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"too old resource version: ${rv} (${store.resourceVersion})","reason":"Expired","code":410}}\n`,
    );
    return;
  }
  if (replay) for (const c of replay) deliver(c);
  else for (const e of store.list(type.storage, namespace !== undefined ? { namespace } : {}).entries) if (matches(e.obj)) write('ADDED', e);

  const unsubscribe = store.subscribe(type.storage, deliver);
  const timeoutText = query.get('timeoutSeconds');
  // Client input: NaN would end the watch at once, and past 2^31-1 ms Node's timer overflows and fires at once too.
  const asked = Number(timeoutText);
  const timeout = timeoutText && Number.isFinite(asked) ? Math.min(Math.max(0, asked), MAX_WATCH_S) : DEFAULT_TIMEOUT_S;
  let done = false;
  const stop = (): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    unsubscribe();
    forget();
    if (!res.writableEnded) res.end();
  };
  const timer = setTimeout(stop, timeout * 1000);
  const forget = onClose(stop);
  req.on('close', stop);
  res.on('close', stop);
}

const MAX_WATCH_S = Math.floor((2 ** 31 - 1) / 1000);
