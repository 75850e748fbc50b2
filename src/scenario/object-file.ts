// A file of Kubernetes objects as kubectl prints them: one object, several YAML documents, or a List of any
// kind (List, PodList, EventList…), whose typed items may omit the kind they inherit from the list.
import type { KubeObject } from '../k8s/index.js';
import { fileError } from './file-error.js';
import { schemaForKind, shapeIssue, type ShapeIssue } from '../k8s/object-schema.js';
import type { MessageKey, MessageValues } from '../i18n/translate.js';
import { normaliseObject } from './normalise-object.js';
import { parseDocuments, type ParsedDocuments, type ValuePath } from './parse-documents.js';
import { asString, isRecord, type JsonRecord } from './record.js';

export interface LocatedObject {
  readonly object: KubeObject;
  readonly file: string;
  readonly line: number;
}

/**
 * `namespace`: what objects without one belong to (a dump's folder), else `default` for namespaced kinds.
 * `json`: the text is JSON whatever the file's extension.
 */
export function readObjectFile(file: string, text: string, namespace?: string, json?: boolean): LocatedObject[] {
  const parsed = parseDocuments(file, text, json);
  const out: LocatedObject[] = [];
  const pendingChecks: (() => void)[] = [];
  // The build loaded this same text with this same code, so its objects passed these checks then: the bundle skips
  // re-checking the built-in scenarios at every start (about 70 ms of the training cluster's start).
  const checks = parsed.checkedAtBuild ? [] : pendingChecks;
  parsed.values.forEach((value, doc) => {
    if (value === null || value === undefined) return;
    const at = (path: ValuePath): number => parsed.lineOf(doc, path) ?? 1;
    if (!isRecord(value)) throw fileError(file, at([]), 'scenario.object.notMapping');
    const kind = asString(value.kind);
    if (kind !== undefined && kind.endsWith('List') && (Array.isArray(value.items) || value.items === null || value.items === undefined)) {
      out.push(...listItems(file, parsed, doc, value, kind, namespace, checks));
      return;
    }
    out.push(located(file, value, [], at, {}, namespace, checks));
  });
  for (const check of pendingChecks) check();
  return out;
}

function listItems(file: string, parsed: ParsedDocuments, doc: number, list: JsonRecord, kind: string, namespace: string | undefined, pendingChecks: (() => void)[]): LocatedObject[] {
  const items: readonly unknown[] = Array.isArray(list.items) ? list.items : [];
  // A typed list (PodList) states its items' kind; a plain `kind: List` does not.
  const inherited = kind === 'List' ? {} : { kind: kind.slice(0, -'List'.length), apiVersion: asString(list.apiVersion) };
  return items.map((item, i) => {
    const path: ValuePath = ['items', i];
    const at = (sub: ValuePath): number => parsed.lineOf(doc, [...path, ...sub]) ?? 1;
    if (!isRecord(item)) throw fileError(file, at([]), 'scenario.object.listItem', { kind, item: String(i) });
    return located(file, item, path, at, inherited, namespace, pendingChecks);
  });
}

function located(
  file: string,
  raw: JsonRecord,
  path: ValuePath,
  at: (path: ValuePath) => number,
  inherited: { kind?: string; apiVersion?: string | undefined },
  defaultNamespace: string | undefined,
  pendingChecks: (() => void)[],
): LocatedObject {
  // Which object, for the messages: an item's index in its list, or `none` for a file's own object.
  const item = path.length ? String(path[1]) : 'none';
  const kind = asString(raw.kind) ?? inherited.kind;
  const apiVersion = asString(raw.apiVersion) ?? inherited.apiVersion;
  if (!kind) throw fileError(file, at([]), 'scenario.object.noKind', { item });
  if (!apiVersion) throw fileError(file, at([]), 'scenario.object.noApiVersion', { kind, item });
  if (!isRecord(raw.metadata)) throw fileError(file, at([]), 'scenario.object.noMetadata', { kind, item });
  const name = raw.metadata.name;
  if (typeof name !== 'string' || name === '') throw fileError(file, at(['metadata']), 'scenario.object.noName', { kind, item });
  const namespace = raw.metadata.namespace;
  if (namespace !== undefined && namespace !== null && typeof namespace !== 'string') {
    throw fileError(file, at(['metadata', 'namespace']), 'scenario.object.namespace', { kind, name });
  }
  const object = normaliseObject({ ...raw, apiVersion, kind }, defaultNamespace);
  // Checked after every object of the file has its kind and name, so those simpler mistakes are reported first.
  pendingChecks.push(() => {
    const wrong = shapeIssue(schemaForKind(kind), object);
    if (wrong) throw fileError(file, at(wrong.path), ...shapeMessage(kind, name, wrong));
  });
  return { object, file, line: at([]) };
}

/** A field of the wrong type, worded from its parts (`field` "none": the whole object). */
export function shapeMessage(kind: string, name: string, wrong: ShapeIssue): [MessageKey, MessageValues] {
  const where = { kind, name, field: wrong.field || 'none' };
  return 'reason' in wrong.mismatch
    ? ['scenario.object.shapeOther', { ...where, reason: wrong.mismatch.reason }]
    : ['scenario.object.shape', { ...where, ...wrong.mismatch }];
}
