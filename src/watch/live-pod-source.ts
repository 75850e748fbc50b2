// The pod source over the API server: paged lists through the cluster reader, and `watch=true` as
// newline-delimited JSON over the same connection (TLS, credentials) the reader uses.
import type { Connection } from '../cluster/connection.js';
import { watchPods } from '../cluster/watch-pods.js';
import type { ClusterReader } from '../contracts/read-port.js';
import type { PodPage, PodSource } from './pod-source.js';

export interface PodSelection {
  /** undefined = every namespace. */
  readonly namespace?: string;
  readonly labelSelector?: string;
}

export function livePodSource(conn: Connection, reader: ClusterReader, selection: PodSelection): PodSource {
  return {
    async listPage(token) {
      const page = await reader.listPods(selection.namespace, {
        limit: 500,
        ...(selection.labelSelector ? { labelSelector: selection.labelSelector } : {}),
        ...(token ? { continue: token } : {}),
      });
      return { items: page.items, resourceVersion: page.metadata?.resourceVersion ?? '', ...(page.metadata?.continue ? { continue: page.metadata.continue } : {}) };
    },
    watch: (rv, onEvent, signal) => watchPods(conn, selection, rv, onEvent, signal),
  };
}
