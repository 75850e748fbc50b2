import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/k8s/index.js';
import { listWatch } from '../../src/watch/list-watch.js';
import type { PodSource, WatchEvent } from '../../src/watch/pod-source.js';

const pod = (name: string, rv: string): Pod => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'ns', resourceVersion: rv, uid: name }, spec: { containers: [] } });

/** A scripted source: each watch call plays the next script; lists return `state` at that moment. */
function fakeSource(state: Map<string, Pod>, scripts: ((emit: (e: WatchEvent) => void) => Promise<void>)[]) {
  const calls: string[] = [];
  const source: PodSource = {
    async listPage() {
      calls.push('list');
      return { items: [...state.values()], resourceVersion: String(100 + calls.length) };
    },
    async watch(rv, onEvent, signal) {
      calls.push(`watch@${rv}`);
      const script = scripts.shift();
      if (!script) return new Promise((resolve) => signal.addEventListener('abort', () => resolve()));
      return script(onEvent);
    },
  };
  return { source, calls };
}

describe('the list+watch loop', () => {
  it('resumes from the last resourceVersion it saw after a broken stream, without listing again', async () => {
    const seen: string[] = [];
    const stop = new AbortController();
    const { source, calls } = fakeSource(new Map([['a', pod('a', '5')]]), [
      async (emit) => {
        emit({ type: 'MODIFIED', object: pod('a', '7') });
        throw Object.assign(new Error('connection reset'), { status: undefined });
      },
      async (emit) => {
        emit({ type: 'ADDED', object: pod('b', '9') });
        stop.abort();
      },
    ]);
    const errors: string[] = [];
    await listWatch(source, { pod: (p) => seen.push(`${p.metadata.name}@${p.metadata.resourceVersion}`), deleted: () => undefined, synced: () => undefined, error: (op) => errors.push(op) }, stop.signal, { minBackoffMs: 1 });
    expect(calls).toEqual(['list', 'watch@101', 'watch@7']);
    expect(seen).toEqual(['a@5', 'a@7', 'b@9']);
    expect(errors).toEqual(['watch']);
  });

  it('lists again on 410 Gone (in the stream or as the HTTP status) and reports pods that vanished meanwhile', async () => {
    const state = new Map([['a', pod('a', '5')], ['b', pod('b', '6')]]);
    const synced: string[][] = [];
    const seen: string[] = [];
    const stop = new AbortController();
    const { source, calls } = fakeSource(state, [
      async (emit) => {
        // While we were away: b was deleted and c appeared; the server can no longer replay from our version.
        state.delete('b');
        state.set('c', pod('c', '8'));
        emit({ type: 'ERROR', object: { code: 410, reason: 'Expired', message: 'too old resource version' } });
      },
      async () => {
        throw Object.assign(new Error('gone'), { status: 410 });
      },
      async () => stop.abort(),
    ]);
    await listWatch(source, { pod: (p) => seen.push(p.metadata.name), deleted: () => undefined, synced: (present) => synced.push([...present].sort()), error: () => undefined }, stop.signal, { minBackoffMs: 1 });
    expect(calls).toEqual(['list', 'watch@101', 'list', 'watch@103', 'list', 'watch@105']);
    expect(synced).toEqual([['ns/a', 'ns/b'], ['ns/a', 'ns/c'], ['ns/a', 'ns/c']]);
    expect(seen).toContain('c');
  });

  it('lists again after resumes keep failing, and keeps retrying a list that fails', async () => {
    const stop = new AbortController();
    let lists = 0;
    const errors: string[] = [];
    const source: PodSource = {
      async listPage() {
        lists++;
        if (lists === 2) throw new Error('list refused');
        if (lists === 3) stop.abort();
        return { items: [], resourceVersion: '1' };
      },
      async watch() {
        throw new Error('connection refused');
      },
    };
    await listWatch(source, { pod: () => undefined, deleted: () => undefined, synced: () => undefined, error: (op) => errors.push(op) }, stop.signal, { minBackoffMs: 1, resumesBeforeRelist: 2 });
    expect(errors).toEqual(['watch', 'watch', 'list']);
    expect(lists).toBe(3);
  });

  it('stops promptly when aborted during a long watch', async () => {
    const stop = new AbortController();
    const { source } = fakeSource(new Map(), []);
    const done = listWatch(source, { pod: () => undefined, deleted: () => undefined, synced: () => stop.abort(), error: () => undefined }, stop.signal);
    await expect(done).resolves.toBeUndefined();
  });

  it('reports an ERROR event other than 410 and resumes from the same version after a pause', async () => {
    const stop = new AbortController();
    const errors: unknown[] = [];
    const { source, calls } = fakeSource(new Map([['a', pod('a', '5')]]), [
      async (emit) => emit({ type: 'ERROR', object: { code: 500, message: 'etcd is unhappy' } }),
      async () => stop.abort(),
    ]);
    await listWatch(source, { pod: () => undefined, deleted: () => undefined, synced: () => undefined, error: (_op, err) => errors.push(err) }, stop.signal, { minBackoffMs: 1 });
    expect(calls).toEqual(['list', 'watch@101', 'watch@101']);
    expect(errors.map((e) => [(e as Error).message, (e as { status?: number }).status])).toEqual([['etcd is unhappy', 500]]);
  });
});
