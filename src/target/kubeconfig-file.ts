// One kubeconfig file parsed at the boundary: named clusters, users and contexts, with the file they came from
// (relative certificate and token paths are relative to it, as in kubectl).
import { parseDocument } from 'yaml';
import { MAX_KUBECONFIG_BYTES, readBoundedText } from './bounded-read.js';
import { userError } from '../i18n/user-error.js';

export type Fields = Readonly<Record<string, unknown>>;

export interface Named {
  readonly name: string;
  readonly fields: Fields;
  readonly file: string;
}

export interface KubeconfigFile {
  readonly file: string;
  readonly clusters: readonly Named[];
  readonly users: readonly Named[];
  readonly contexts: readonly Named[];
  readonly currentContext?: string;
}

export function readKubeconfigFile(file: string): KubeconfigFile {
  return parseKubeconfig(readBoundedText(file, MAX_KUBECONFIG_BYTES, 'kubeconfig'), file);
}

export function parseKubeconfig(text: string, file: string): KubeconfigFile {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: false });
  const err = doc.errors[0];
  if (err) {
    const line = err.linePos?.[0]?.line;
    throw line ? userError('fail.kubeconfig.yamlLine', { file, line, detail: err.message.split('\n')[0]! }) : userError('fail.kubeconfig.yaml', { file, detail: err.message.split('\n')[0]! });
  }
  let root: unknown;
  try {
    root = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (e) {
    // A "billion laughs" alias bomb: yaml refuses aliases that expand past maxAliasCount.
    throw userError('fail.kubeconfig.aliases', { file, detail: e instanceof Error ? e.message.split('\n')[0]! : String(e) });
  }
  if (!isRecord(root)) throw userError('fail.kubeconfig.notMapping', { file });
  const current = root['current-context'];
  return {
    file,
    clusters: namedList(root, 'clusters', 'cluster', file),
    users: namedList(root, 'users', 'user', file),
    contexts: namedList(root, 'contexts', 'context', file),
    ...(typeof current === 'string' && current !== '' ? { currentContext: current } : {}),
  };
}

function namedList(root: Record<string, unknown>, key: string, inner: string, file: string): Named[] {
  const list = root[key];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw userError('fail.kubeconfig.notList', { file, key });
  const out: Named[] = [];
  for (const item of list) {
    if (!isRecord(item) || typeof item['name'] !== 'string') throw userError('fail.kubeconfig.unnamed', { file, key });
    const fields = item[inner];
    out.push({ name: item['name'], fields: isRecord(fields) ? fields : {}, file });
  }
  return out;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
