// A guard as written in a flow (`finding: probe-kill`, `not: {cause: unknown}`, `hasInitFailure`) checked
// against the vocabularies of causes, findings and confidences.
import { isMap, isScalar, type Node } from 'yaml';
import { CAUSE_IDS, isCauseId, type CauseId } from '../contracts/causes.js';
import { FINDING_IDS, isFindingId } from '../contracts/finding-ids.js';
import { CONFIDENCE_RANK, type Confidence } from '../contracts/diagnosis.js';
import { closest } from './did-you-mean.js';
import { msg, unknownNear } from './subjects.js';
import type { Guard } from './types.js';
import type { FlowReader } from './yaml-reader.js';

export const GUARD_NAMES = [
  'cause', 'causeIn', 'finding', 'exitCodeIn', 'confidenceAtLeast', 'podStatusIn', 'hasInitFailure', 'not', 'all', 'any',
] as const;

export function parseGuard(r: FlowReader, node: Node | null | undefined, step: string | undefined): Guard {
  if (isScalar(node) && node.value === 'hasInitFailure') return { kind: 'hasInitFailure' };
  if (isScalar(node)) r.fail(node, step, unknownNear('flows.fail.unknownGuard', { value: r.text(node) }, closest(String(node.value), GUARD_NAMES)));
  if (!isMap(node) || node.items.length !== 1) {
    r.fail(node, step, msg('flows.fail.guardShape', { got: r.text(node) }));
  }
  const pair = node.items[0]!;
  const name = r.key(pair as never, step);
  const value = pair.value as Node | null;
  const shown = `${name}: ${r.text(value)}`;
  const unknown = (kind: 'cause' | 'finding' | 'confidence', word: string, vocabulary: Iterable<string>): never =>
    r.fail(pair.key as Node, step, unknownNear('flows.fail.unknownGuardWord', { guard: shown, kind, value: word }, closest(word, vocabulary)));

  const cause = (n: Node | null): CauseId => {
    const v = r.string(n, step, msg('flows.what.guardCause', { guard: shown }));
    return isCauseId(v) ? v : unknown('cause', v, CAUSE_IDS);
  };
  const list = (): readonly (Node | null)[] => {
    const items = r.list(value, step, msg('flows.what.guardParameter', { name }));
    if (items.length === 0) r.fail(value, step, msg('flows.fail.guardEmpty', { name }));
    return items;
  };

  switch (name) {
    case 'cause':
      return { kind: 'cause', cause: cause(value) };
    case 'causeIn':
      return { kind: 'causeIn', causes: list().map(cause) };
    case 'finding': {
      const v = r.string(value, step, msg('flows.what.guardFinding', { guard: shown }));
      return isFindingId(v) ? { kind: 'finding', finding: v } : unknown('finding', v, Object.keys(FINDING_IDS));
    }
    case 'exitCodeIn':
      return {
        kind: 'exitCodeIn',
        codes: list().map((n) => {
          const code = isScalar(n) ? n.value : undefined;
          if (typeof code !== 'number' || !Number.isInteger(code) || code < 0 || code > 255) {
            r.fail(n, step, msg('flows.fail.exitCodeRange', { got: r.text(n) }));
          }
          return code as number;
        }),
      };
    case 'confidenceAtLeast': {
      const v = r.string(value, step, msg('flows.what.guardConfidence', { guard: shown }));
      return v in CONFIDENCE_RANK ? { kind: 'confidenceAtLeast', confidence: v as Confidence } : unknown('confidence', v, Object.keys(CONFIDENCE_RANK));
    }
    case 'podStatusIn':
      return { kind: 'podStatusIn', statuses: list().map((n) => r.string(n, step, msg('flows.what.guardStatus', { name }))) };
    case 'hasInitFailure':
      if (!isScalar(value) || value.value !== true) r.fail(value, step, msg('flows.fail.initFailureParam'));
      return { kind: 'hasInitFailure' };
    case 'not':
      return { kind: 'not', guard: parseGuard(r, value, step) };
    case 'all':
    case 'any':
      return { kind: name, guards: list().map((n) => parseGuard(r, n, step)) };
    default:
      return r.fail(pair.key as Node, step, unknownNear('flows.fail.unknownGuard', { value: shown }, closest(name, GUARD_NAMES)));
  }
}
