// scenario.yaml: what the exercise is about. Known keys are checked; other keys are kept for trainers.
import { isCauseId, CAUSE_IDS, type CauseId } from '../contracts/causes.js';
import { sanitizeDeep } from '../text/sanitize.js';
import { fileError } from './file-error.js';
import { parseDocuments, type ValuePath } from './parse-documents.js';
import { isRecord } from './record.js';
import { parseImages } from './scenario-images.js';
import type { ScenarioMeta } from '../contracts/scenario.js';

export interface ParsedMeta {
  readonly meta: ScenarioMeta;
  /** Milliseconds since the epoch, when scenario.yaml states `recordedAt`. */
  readonly recordedAt?: number;
  readonly lineOf: (key: string) => number | undefined;
}

const STRING_KEYS = ['title', 'summary', 'source'] as const;

export function parseScenarioMeta(file: string, text: string): ParsedMeta {
  const parsed = parseDocuments(file, text);
  if (parsed.values.length > 1) throw fileError(file, parsed.lineOf(1, []), 'scenario.meta.oneDocument');
  const value = parsed.values[0] ?? {};
  const lineOf = (path: ValuePath): number | undefined => parsed.lineOf(0, path);
  const keyLine = (key: string): number | undefined => lineOf([key]);
  if (!isRecord(value)) throw fileError(file, lineOf([]), 'scenario.meta.notMapping', { keys: 'title, summary, pod, cause' });
  const meta: Record<string, unknown> = { ...value };
  for (const key of STRING_KEYS) {
    if (value[key] !== undefined && typeof value[key] !== 'string') throw fileError(file, keyLine(key), 'scenario.meta.notString', { key });
  }
  if (value.pod !== undefined) meta.pod = podKey(file, value.pod, keyLine('pod'));
  if (value.cause !== undefined) meta.cause = causeId(file, value.cause, 'cause', keyLine('cause'));
  if (value.also !== undefined) {
    if (!Array.isArray(value.also)) throw fileError(file, keyLine('also'), 'scenario.meta.alsoNotList');
    meta.also = value.also.map((id: unknown, i) => causeId(file, id, 'also', lineOf(['also', i])));
  }
  if (value.images !== undefined) meta.images = parseImages(file, value.images, lineOf);
  let recordedAt: number | undefined;
  if (value.recordedAt !== undefined) {
    const raw = value.recordedAt;
    recordedAt = typeof raw === 'string' ? Date.parse(raw) : Number.NaN;
    if (!Number.isFinite(recordedAt)) throw fileError(file, keyLine('recordedAt'), 'scenario.meta.recordedAt', { example: '2024-05-01T10:00:00Z' });
  }
  return { meta: sanitizeDeep(meta) as ScenarioMeta, ...(recordedAt === undefined ? {} : { recordedAt }), lineOf: keyLine };
}

function podKey(file: string, value: unknown, line: number | undefined): string {
  if (typeof value !== 'string' || !/^([a-z0-9.-]+\/)?[a-z0-9.-]+$/.test(value)) {
    throw fileError(file, line, 'scenario.meta.podKey', { value: String(JSON.stringify(value)) });
  }
  return value.includes('/') ? value : `default/${value}`;
}

function causeId(file: string, value: unknown, key: string, line: number | undefined): CauseId {
  if (isCauseId(value)) return value;
  throw fileError(file, line, 'scenario.meta.unknownCause', { key, value: String(JSON.stringify(value)), known: CAUSE_IDS.join(', ') });
}
