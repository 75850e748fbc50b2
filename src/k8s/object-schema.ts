// The shape of what the analysers read, checked where objects enter (API answers, scenario and dump files), so
// a malformed answer is named with its field ("status.phase: expected a string") instead of failing deep inside
// as "x is not a function". Loose objects: unknown fields pass through untouched; only types we rely on are checked.
import { z } from 'zod';

const str = z.string().optional();
const strList = z.array(z.string()).optional();
const num = z.number().finite().optional();
const meta = z.looseObject({
  name: z.string(),
  namespace: str,
  uid: str,
  creationTimestamp: str,
  deletionTimestamp: str,
  labels: z.record(z.string(), z.string()).nullish(),
  annotations: z.record(z.string(), z.string()).nullish(),
  ownerReferences: z.array(z.looseObject({ kind: z.string(), name: z.string() })).nullish(),
});
const waiting = z.looseObject({ reason: str, message: str });
const terminated = z.looseObject({ exitCode: z.number().finite(), signal: num, reason: str, message: str, startedAt: str.nullable(), finishedAt: str.nullable() });
const state = z.looseObject({ waiting: waiting.optional(), running: z.looseObject({ startedAt: str.nullable() }).optional(), terminated: terminated.optional() });
const containerStatus = z.looseObject({ name: z.string(), state: state.optional(), lastState: state.optional(), ready: z.boolean().optional(), restartCount: num, image: str, started: z.boolean().optional() });
const container = z.looseObject({ name: z.string(), image: str, command: strList, args: strList, env: z.array(z.looseObject({ name: z.string() })).nullish(), ports: z.array(z.looseObject({})).nullish(), volumeMounts: z.array(z.looseObject({ name: z.string() })).nullish() });
const containers = z.array(container);

export const podSchema = z.looseObject({
  metadata: meta,
  spec: z.looseObject({ containers, initContainers: containers.nullish(), ephemeralContainers: containers.nullish(), volumes: z.array(z.looseObject({ name: z.string() })).nullish(), nodeName: str }),
  status: z
    .looseObject({
      phase: str,
      reason: str,
      message: str,
      conditions: z.array(z.looseObject({ type: z.string(), status: z.string(), reason: str, message: str })).nullish(),
      containerStatuses: z.array(containerStatus).nullish(),
      initContainerStatuses: z.array(containerStatus).nullish(),
      ephemeralContainerStatuses: z.array(containerStatus).nullish(),
    })
    .optional(),
});

export const eventSchema = z.looseObject({
  metadata: meta,
  reason: str,
  message: str,
  note: str,
  type: str,
  count: num.nullable(),
  firstTimestamp: str.nullable(),
  lastTimestamp: str.nullable(),
  eventTime: str.nullable(),
});

export const metricsSchema = z.looseObject({ containers: z.array(z.looseObject({ name: z.string(), usage: z.record(z.string(), z.string()).optional() })).nullish() });

export const objectSchema = z.looseObject({ metadata: meta });

/** A list answer must have items: `{}` or a bare array is not an empty list, it is a wrong answer. */
export const listSchema = <T extends z.ZodType>(item: T) =>
  z.looseObject({ metadata: z.looseObject({ continue: str }).nullish(), items: z.array(item).nullable() });

export interface ShapeIssue {
  readonly path: readonly (string | number)[];
  /** "status.phase: expected string, got a mapping" */
  readonly text: string;
  /** The same in parts, for a message worded in another language: the field ("" for the whole value), and either
   * the type expected and what was there (`got`: null, list, mapping, nothing or a typeof name) or zod's reason. */
  readonly field: string;
  readonly mismatch: { readonly expected: string; readonly got: string } | { readonly reason: string };
}

/** The first place where the value does not fit, or undefined when it does. */
export function shapeIssue(schema: z.ZodType, value: unknown): ShapeIssue | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const shown = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
  const mismatch = issue.code === 'invalid_type' ? { expected: issue.expected, got: kindOf(at(value, issue.path)) } : { reason: issue.message };
  return { path, text: `${shown || 'the whole answer'}: ${describeIssue(issue, value)}`, field: shown, mismatch };
}

export const shapeProblem = (schema: z.ZodType, value: unknown): string | undefined => shapeIssue(schema, value)?.text;

/** The schema objects of this kind must fit. */
export const schemaForKind = (kind: string | undefined): z.ZodType => (kind === 'Pod' ? podSchema : kind === 'Event' ? eventSchema : objectSchema);

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, got ${article(kindOf(at(root, issue.path)))}`;
  return issue.message;
}

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v === 'object' ? 'mapping' : v === undefined ? 'nothing' : typeof v);
const article = (kind: string): string => (kind === 'list' || kind === 'mapping' ? `a ${kind}` : kind);
