// The objects the cluster serves, by storage/namespace/name, under one resourceVersion counter. Keys are kept
// sorted by (namespace, name) so a page of a 10,000-pod list is a binary search and a slice, and each object's
// JSON is built once and reused until it changes.
import type { KubeObject } from '../k8s/index.js';

export type ChangeType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface Entry {
  readonly key: string;
  readonly obj: KubeObject;
  readonly rv: number;
  /** Cached serialisations; dropped with the entry when the object changes. */
  json?: string;
  metaJson?: string;
}

export interface Change {
  readonly type: ChangeType;
  readonly entry: Entry;
  /** The object before this change, so filtered watches can tell "left the selection" from "changed". */
  readonly old?: KubeObject;
}

export interface ListPage {
  readonly entries: Entry[];
  /** Key of the last entry returned when more remain. */
  readonly lastKey?: string;
  readonly remaining?: number;
}

const HISTORY = 4096;

class Bucket {
  readonly map = new Map<string, Entry>();
  keys: string[] = [];
  sorted = true;
  readonly history: Change[] = [];
  readonly listeners = new Set<(c: Change) => void>();

  sortedKeys(): string[] {
    if (!this.sorted) {
      this.keys.sort();
      this.sorted = true;
    }
    return this.keys;
  }
}

export const objectStoreKey = (namespace: string | undefined, name: string): string => `${namespace ?? ''}\u0000${name}`;

function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class ObjectStore {
  private rv = 0;
  private readonly buckets = new Map<string, Bucket>();

  get resourceVersion(): number {
    return this.rv;
  }

  private bucket(storage: string): Bucket {
    let b = this.buckets.get(storage);
    if (!b) this.buckets.set(storage, (b = new Bucket()));
    return b;
  }

  get(storage: string, namespace: string | undefined, name: string): Entry | undefined {
    return this.buckets.get(storage)?.map.get(objectStoreKey(namespace, name));
  }

  all(storage: string): IterableIterator<Entry> {
    return this.bucket(storage).map.values();
  }

  /** Adds or replaces the object, stamping a new resourceVersion. */
  put(storage: string, obj: KubeObject): Entry {
    const b = this.bucket(storage);
    const key = objectStoreKey(obj.metadata.namespace, obj.metadata.name);
    const rv = ++this.rv;
    const entry: Entry = { key, rv, obj: { ...obj, metadata: { ...obj.metadata, resourceVersion: String(rv) } } };
    const old = b.map.get(key);
    b.map.set(key, entry);
    if (!old) {
      // Appending in order keeps bulk loads cheap; anything else is sorted on the next list.
      const last = b.keys[b.keys.length - 1];
      if (last !== undefined && last > key) b.sorted = false;
      b.keys.push(key);
    }
    this.emit(b, old ? { type: 'MODIFIED', entry, old: old.obj } : { type: 'ADDED', entry });
    return entry;
  }

  remove(storage: string, namespace: string | undefined, name: string): Entry | undefined {
    const b = this.buckets.get(storage);
    const key = objectStoreKey(namespace, name);
    const old = b?.map.get(key);
    if (!b || !old) return undefined;
    b.map.delete(key);
    const keys = b.sortedKeys();
    const i = lowerBound(keys, key);
    if (keys[i] === key) keys.splice(i, 1);
    const rv = ++this.rv;
    const entry: Entry = { key, rv, obj: { ...old.obj, metadata: { ...old.obj.metadata, resourceVersion: String(rv) } } };
    this.emit(b, { type: 'DELETED', entry, old: old.obj });
    return entry;
  }

  /** A page in (namespace, name) order, starting after `afterKey`; `match` filters without counting towards `limit`. */
  list(storage: string, opts: { namespace?: string; afterKey?: string; limit?: number; match?: (o: KubeObject) => boolean }): ListPage {
    const b = this.bucket(storage);
    const keys = b.sortedKeys();
    let start = 0;
    let end = keys.length;
    if (opts.namespace !== undefined) {
      start = lowerBound(keys, `${opts.namespace}\u0000`);
      end = lowerBound(keys, `${opts.namespace}\u0001`);
    }
    if (opts.afterKey !== undefined) start = Math.max(start, lowerBound(keys, `${opts.afterKey}\u0000`));
    const limit = opts.limit && opts.limit > 0 ? opts.limit : Infinity;
    const entries: Entry[] = [];
    let i = start;
    for (; i < end && entries.length < limit; i++) {
      const e = b.map.get(keys[i]!)!;
      if (!opts.match || opts.match(e.obj)) entries.push(e);
    }
    if (i >= end) return { entries };
    if (opts.match) {
      // The rest might all be filtered out; only promise more when one really matches.
      let j = i;
      while (j < end && !opts.match(b.map.get(keys[j]!)!.obj)) j++;
      if (j >= end) return { entries };
      return { entries, lastKey: entries[entries.length - 1]!.key };
    }
    return { entries, lastKey: entries[entries.length - 1]!.key, remaining: end - i };
  }

  subscribe(storage: string, listener: (c: Change) => void): () => void {
    const b = this.bucket(storage);
    b.listeners.add(listener);
    return () => b.listeners.delete(listener);
  }

  /** Changes after `rv`, or undefined when the history no longer reaches back that far (410 Gone). */
  changesSince(storage: string, rv: number): Change[] | undefined {
    const h = this.bucket(storage).history;
    if (rv >= this.rv) return [];
    const first = h[0];
    if (!first || first.entry.rv > rv + 1) {
      // Nothing recorded since rv may simply mean nothing happened in this bucket.
      if (!first || h.length < HISTORY) return h.filter((c) => c.entry.rv > rv);
      return undefined;
    }
    return h.filter((c) => c.entry.rv > rv);
  }

  private emit(b: Bucket, change: Change): void {
    b.history.push(change);
    if (b.history.length > HISTORY) b.history.splice(0, b.history.length - HISTORY);
    for (const l of b.listeners) l(change);
  }
}
