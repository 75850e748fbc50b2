// Who is writing, as the apiserver names field managers: the fieldManager query parameter, else the first
// word of the User-Agent ("kubectl/v1.32.4 …" → "kubectl"); `force` only means something to an apply.
import { loadFieldTypes } from './field-types.js';
import type { Writer } from './managed-fields.js';

export async function writerFor(query: URLSearchParams, userAgent: string | undefined, gvk: { group: string; version: string; kind: string }, now: number): Promise<Writer> {
  const types = (await loadFieldTypes()).root(gvk.group, gvk.version, gvk.kind);
  const sent = query.get('fieldManager') ?? '';
  const manager = (sent || (userAgent ?? '').split('/')[0]!.trim() || 'unknown').slice(0, 128);
  return {
    manager,
    force: query.get('force') === 'true',
    types,
    apiVersion: gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version,
    time: new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    explicit: sent !== '',
  };
}
