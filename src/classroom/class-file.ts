// class.yaml: what a trainer prepares for a session — which scenarios (in order, or drawn at random: the
// "wheel of misfortune"), time limits, the hint policy, the language, and when guidance fades.
import { parse, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { userError } from '../i18n/user-error.js';
import { zodReason } from '../i18n/zod-reason.js';
import { atError } from '../scenario/file-error.js';
import { LOCALES } from '../i18n/locale.js';
import { RED_HERRINGS, type RedHerringKind } from './red-herring.js';
import type { HintPolicy } from './rubric.js';

const ClassSchema = z
  .object({
    name: z.string().min(1),
    language: z.enum(LOCALES).optional(),
    order: z.enum(['in-order', 'random']).default('in-order'),
    /** How many scenarios to draw when the order is random (default: all of them). */
    draw: z.number().int().min(1).optional(),
    seed: z.number().int().optional(),
    scenarios: z.array(z.string().min(1)).min(1),
    timeLimitMinutes: z.number().positive().max(600).default(15),
    hints: z.object({ maxLevel: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).default(3), cost: z.tuple([z.number(), z.number(), z.number()]).default([5, 10, 20]) }).strict().default({ maxLevel: 3, cost: [5, 10, 20] }),
    /** After this many mastered exercises on a cause, only questions: no explanations. */
    fading: z.object({ masteredAfter: z.number().int().min(1).default(2) }).strict().default({ masteredAfter: 2 }),
    results: z.string().default('results'),
    /**
     * Serve each exercised scenario with a red herring: true for any variant that fits it, or the variants to
     * draw from (stale-event, noisy-sidecar, misleading-exit-code).
     */
    redHerrings: z
      .union([z.boolean(), z.enum(RED_HERRINGS), z.array(z.enum(RED_HERRINGS)).min(1)])
      .default(false)
      .transform((v): RedHerringKind[] => (v === true ? [...RED_HERRINGS] : v === false ? [] : typeof v === 'string' ? [v] : [...new Set(v)])),
  })
  .strict();

export interface ClassFile {
  readonly name: string;
  readonly language?: (typeof LOCALES)[number];
  readonly order: 'in-order' | 'random';
  readonly draw?: number;
  readonly seed?: number;
  readonly scenarios: readonly string[];
  readonly timeLimitMinutes: number;
  readonly hints: HintPolicy;
  readonly fading: { readonly masteredAfter: number };
  readonly results: string;
  /** The red-herring variants to draw from; empty: none. */
  readonly redHerrings: readonly RedHerringKind[];
}

export function parseClassFile(text: string, shownAs: string): ClassFile {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    const line = e instanceof YAMLParseError ? `:${e.linePos?.[0]?.line ?? 1}` : '';
    throw userError('scenario.class.yaml', { where: `${shownAs}${line}` });
  }
  const parsed = ClassSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.join('.');
    throw atError(shownAs, `${shownAs}: ${path || 'the file'}: ${issue.message}`, { key: 'scenario.class.issue', values: { path: path || 'none' }, detail: zodReason(issue.message) });
  }
  return parsed.data;
}
