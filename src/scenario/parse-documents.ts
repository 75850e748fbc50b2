// Text of a YAML or JSON file → its documents as plain values, plus a way back from a value's path to its line.
import { LineCounter, isCollection, parseAllDocuments, type Document } from 'yaml';
import { fileError } from './file-error.js';
import { jsonErrorLine } from './json-position.js';
import { cachedParse, lineKey, recordParse } from './parse-cache.js';

export type ValuePath = readonly (string | number)[];

export interface ParsedDocuments {
  readonly values: readonly unknown[];
  /** 1-based line where the value at `path` of document `doc` starts. */
  lineOf(doc: number, path: ValuePath): number | undefined;
  /** From the build's parse cache: this exact text was loaded, and its objects checked, when the bundle was built. */
  readonly checkedAtBuild?: true;
}

/** `json`: parse as JSON whatever the file is called (a dump printed to stdout); by default the extension decides. */
export function parseDocuments(file: string, text: string, json = /\.json$/i.test(file)): ParsedDocuments {
  // JSON parses fast, but its lines come from the YAML parser: the cache keeps those too.
  const cached = cachedParse(text, json);
  if (cached) {
    // Lines the build did not note (they are only needed to point at a mistake) come from parsing after all.
    let lazy: ReturnType<typeof yamlDocuments> | undefined;
    return {
      values: cached.values,
      lineOf: (doc, path) => cached.lines[lineKey(doc, path)] ?? (lazy ??= yamlDocuments(text)).lineOf(doc, path),
      checkedAtBuild: true,
    };
  }
  const parsed = json ? parseJson(file, text) : parseYaml(file, text);
  const note = recordParse(text, json, parsed.values);
  if (!note) return parsed;
  return {
    values: parsed.values,
    lineOf: (doc, path) => {
      const line = parsed.lineOf(doc, path);
      note(doc, path, line);
      return line;
    },
  };
}

function parseYaml(file: string, text: string): ParsedDocuments {
  const located = yamlDocuments(text);
  const broken = located.docs.flatMap((doc) => doc.errors)[0];
  if (broken) {
    const line = broken.linePos?.[0].line;
    throw fileError(file, line, 'scenario.parse.yaml', { detail: firstLine(broken.message) });
  }
  const values = located.docs.map((doc, i) => {
    try {
      return doc.toJS({ maxAliasCount: 100 }) as unknown;
    } catch (error) {
      // yaml refuses aliases that expand past maxAliasCount (a "billion laughs" bomb) with a ReferenceError.
      throw fileError(file, located.lineOf(i, []), 'scenario.parse.aliases', { max: '100', detail: firstLine(error instanceof Error ? error.message : String(error)) });
    }
  });
  return { values, lineOf: located.lineOf };
}

// Large dumps are JSON: JSON.parse is much faster than the YAML parser, which we only run to find a line.
function parseJson(file: string, text: string): ParsedDocuments {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const line = jsonErrorLine(error, text) ?? yamlDocuments(text).docs.flatMap((d) => d.errors)[0]?.linePos?.[0].line;
    throw fileError(file, line, 'scenario.parse.json', { detail: firstLine(error instanceof Error ? error.message : String(error)) });
  }
  let lazy: ReturnType<typeof yamlDocuments> | undefined;
  return {
    values: [value],
    lineOf: (doc, path) => (lazy ??= yamlDocuments(text)).lineOf(doc, path),
  };
}

function yamlDocuments(text: string): { docs: readonly Document.Parsed[]; lineOf: ParsedDocuments['lineOf'] } {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: true });
  const docs = Array.isArray(parsed) ? parsed : [];
  const lineOf = (doc: number, path: ValuePath): number | undefined => {
    const document = docs[doc];
    if (!document) return undefined;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
      const start = isNodeWithRange(node) ? node.range[0] : undefined;
      if (start !== undefined) return lineCounter.linePos(start).line;
    }
    return undefined;
  };
  return { docs, lineOf };
}

function isNodeWithRange(node: unknown): node is { range: [number, number, number] } {
  if (node === null || typeof node !== 'object') return false;
  const range = (node as { range?: unknown }).range;
  return (isCollection(node) || 'range' in node) && Array.isArray(range) && typeof range[0] === 'number';
}

// Pretty YAML errors end their first line with " at line N, column M:"; the line is already in our prefix.
const firstLine = (message: string): string => (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
