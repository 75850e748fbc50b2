// Multi-document YAML (Helm output, kubectl dumps, JSON) → documents that can say on which line any field sits.
import type { UserError } from '../errors.js';
import { userError } from '../i18n/user-error.js';
import { isMap, isSeq, LineCounter, parseAllDocuments, visit, type Node } from 'yaml';
import type { ManifestDoc, YamlPath } from './types.js';

export function parseManifests(file: string, text: string): ManifestDoc[] {
  const counter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: counter, uniqueKeys: false });
  if (!Array.isArray(docs)) throw userError('fail.check.notYamlStream', { file });
  const out: ManifestDoc[] = [];
  docs.forEach((doc, index) => {
    const err = doc.errors[0];
    if (err) throw yamlError(file, counter.linePos(err.pos[0]).line, err.code, err.message);
    let object: unknown;
    try {
      object = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      // An alias bomb (or an alias to nothing) is refused while the document is turned into objects: name the
      // line of the alias to nothing, else of the first alias.
      let at = doc.contents?.range?.[0] ?? 0;
      let first: number | undefined;
      visit(doc, { Alias(_, node) {
        first ??= node.range?.[0];
        if (node.range && node.resolve(doc) === undefined) { at = node.range[0]; return visit.BREAK; }
        return undefined;
      } });
      const unresolved = !/alias count/i.test((e as Error).message);
      throw yamlError(file, counter.linePos(unresolved ? at : first ?? at).line, unresolved ? 'BAD_ALIAS' : 'RESOURCE_EXHAUSTION', (e as Error).message);
    }
    if (!isObject(object)) return;
    const lineOf = (path: YamlPath): number => {
      let node: unknown = doc.contents;
      let line = doc.contents?.range ? counter.linePos(doc.contents.range[0]).line : 1;
      for (const key of path) {
        const next = isMap(node) ? node.get(key, true) : isSeq(node) ? node.get(key as number, true) : undefined;
        if (!next) break;
        const pair = isMap(node) ? node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key) : undefined;
        const at = (pair?.key as Node | undefined)?.range ?? (next as Node).range;
        if (at) line = counter.linePos(at[0]).line;
        node = next;
      }
      return line;
    };
    // A List (kubectl get -o yaml) holds its objects under items: each becomes its own document.
    if (typeof object['kind'] === 'string' && object['kind'].endsWith('List') && Array.isArray(object['items'])) {
      object['items'].forEach((item, i) => {
        if (isObject(item)) out.push({ file, index, object: item, lineOf: (p) => lineOf(['items', i, ...p]) });
      });
    } else {
      out.push({ file, index, object, lineOf });
    }
  });
  return out;
}

/** The parser's English sentence stays the English; other languages word the parser's error code. */
const yamlError = (file: string, line: number, code: string, message: string): UserError =>
  userError('fail.check.yaml', { file, line }, 1, { key: 'check.yamlProblem', values: { code, detail: message.split('\n')[0]! } });

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
