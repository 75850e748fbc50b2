// Parsing YAML is most of the training cluster's start-up: about 0.6 s of 1.2 s for the built-in scenarios. The
// build parses the shipped scenario files once and writes what came out, keyed by a hash of each file's text, next
// to the bundle. A file whose text has that hash is read from there; any other text (an edited scenario, the
// user's own) is parsed as before. The key is the content, so the cache cannot go stale; a missing, unreadable or
// foreign cache file only means parsing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { packageRoot } from '../paths.js';

// true in the bundle (scripts/build.mjs), absent when the sources run under vitest.
declare const __CRASHCOURSE_PARSE_CACHE__: boolean | undefined;

export interface CachedParse {
  readonly values: readonly unknown[];
  /** `doc|path` → line, for the paths asked for while the build parsed the file (object starts, list items). */
  readonly lines: Readonly<Record<string, number>>;
}

export interface ParseCacheFile {
  readonly format: 'kubectl-crashcourse/parse-cache/1';
  readonly entries: Readonly<Record<string, CachedParse>>;
}

const MAX_CACHED_TEXT = 1 << 20;

export const PARSE_CACHE_FORMAT = 'kubectl-crashcourse/parse-cache/1';
export const parseCachePath = (): string => join(packageRoot(), 'dist', 'parse-cache.json');

/** JSON text is keyed apart from the same text read as YAML (they may not mean the same). */
export const cacheKey = (text: string, json = false): string => createHash('sha256').update(json ? 'json\u0000' : '').update(text).digest('base64url');
export const lineKey = (doc: number, path: readonly (string | number)[]): string => `${doc}|${path.join('\u0000')}`;

let loaded: ReadonlyMap<string, CachedParse> | undefined;
let recording: Map<string, { values: readonly unknown[]; lines: Record<string, number> }> | undefined;

/** Use these entries (tests, or the file the build wrote); `undefined` turns the cache off. */
export function useParseCache(entries: Readonly<Record<string, CachedParse>> | undefined): void {
  loaded = new Map(Object.entries(entries ?? {}));
}

function cache(): ReadonlyMap<string, CachedParse> {
  if (loaded) return loaded;
  // Only the bundle ships a cache built from the same code; tests run the sources and parse everything.
  if (typeof __CRASHCOURSE_PARSE_CACHE__ === 'undefined' || !__CRASHCOURSE_PARSE_CACHE__) return (loaded = new Map());
  try {
    const file = JSON.parse(readFileSync(parseCachePath(), 'utf8')) as Partial<ParseCacheFile>;
    loaded = new Map(file.format === PARSE_CACHE_FORMAT && file.entries ? Object.entries(file.entries) : []);
  } catch {
    loaded = new Map();
  }
  return loaded;
}

/** A copy of what parsing `text` gave at build time, or undefined. */
export function cachedParse(text: string, json: boolean): CachedParse | undefined {
  // Shipped files are small; a user's large dump is not worth hashing.
  if (recording || text.length > MAX_CACHED_TEXT) return undefined;
  const hit = cache().get(cacheKey(text, json));
  // A copy: the training cluster changes the objects it serves, and a scenario may be loaded more than once.
  return hit ? { values: structuredClone(hit.values), lines: hit.lines } : undefined;
}

/** Build time: from now on remember what each parse gave and which lines were asked for. */
export function startRecording(): void {
  recording = new Map();
}

export function recordParse(text: string, json: boolean, values: readonly unknown[]): ((doc: number, path: readonly (string | number)[], line: number | undefined) => void) | undefined {
  if (!recording) return undefined;
  // JSON must give back exactly these values (not so for .inf, .nan or -0): otherwise the file is not cached.
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(values)) as unknown, values)) return undefined;
  // A copy taken now: what the loader does with the values afterwards must not end up in the cache.
  const entry = { values: structuredClone(values), lines: {} as Record<string, number> };
  recording.set(cacheKey(text, json), entry);
  return (doc, path, line) => {
    if (line !== undefined) entry.lines[lineKey(doc, path)] = line;
  };
}

/** What was recorded since startRecording; recording stops. */
export function recorded(): ParseCacheFile {
  const file: ParseCacheFile = { format: PARSE_CACHE_FORMAT, entries: Object.fromEntries(recording ?? []) };
  recording = undefined;
  return file;
}
