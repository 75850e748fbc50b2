// flows/*.yaml → Flow: the schema of flows/README.md, checked field by field with the line of each mistake.
import { isMap, isScalar, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { CAUSE_IDS, isCauseId } from '../contracts/causes.js';
import { isPlanId, PLAN_IDS, type PlanId } from '../plans/step-plans.js';
import { EVIDENCE_NAMES, type EvidenceName } from '../contracts/session.js';
import { checkFlowGraph } from './check-graph.js';
import { closest } from './did-you-mean.js';
import { parseGuard } from './parse-guard.js';
import type { MessageRef } from '../errors.js';
import type { Flow, FlowChoice, FlowStep, StepResult, Transition } from './types.js';
import { FlowReader } from './yaml-reader.js';
import { resultStepText } from '../report/cause-catalogue.js';
import { userError } from '../i18n/user-error.js';
import { CHOICE, CHOICE_GOTO, CHOICE_ID, CHOICE_LABEL, field, FLOW_FILE, msg, RESULT_CAUSE, STEP, TRANSITION, unknownNear } from './subjects.js';

const FLOW_FIELDS = ['id', 'title', 'appliesTo', 'start', 'steps'];
const STEP_FIELDS = ['title', 'explain', 'evidence', 'plans', 'choices', 'next', 'result'];
const STEP_ID = /^[a-z][a-z0-9-]*$/;
/** The compiled machine's final state: no step may take its name. */
export const QUIT_STATE = 'quit';

export function parseFlow(text: string, file: string): Flow {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const bad = doc.errors[0];
  if (bad) {
    const line = bad.linePos?.[0]?.line ?? 1;
    throw userError('fail.file.flowYaml', { file, line, detail: bad.message.split('\n')[0]! });
  }
  const r = new FlowReader(file, lines);
  const fields = new Map<string, Pair<Node, Node | null>>();
  for (const pair of r.pairs(doc.contents as Node | null, undefined, FLOW_FILE)) {
    const key = r.key(pair, undefined);
    if (!FLOW_FIELDS.includes(key)) r.fail(pair.key, undefined, unknownNear('flows.fail.unknownField', { value: key }, closest(key, FLOW_FIELDS)));
    fields.set(key, pair);
  }
  const need = (key: string): Pair<Node, Node | null> => fields.get(key) ?? r.fail(1, undefined, msg('fail.flow.missing', { key }));

  const id = r.string(need('id').value, undefined, field('id'));
  if (!STEP_ID.test(id)) r.fail(need('id').value, undefined, msg('flows.fail.flowId', { id }));
  const steps = r.pairs(need('steps').value, undefined, field('steps')).map((pair) => parseStep(r, pair));
  if (steps.length === 0) r.fail(need('steps').value, undefined, msg('flows.fail.noSteps'));
  const flow: Flow = {
    id,
    title: r.string(need('title').value, undefined, field('title')),
    appliesTo: parseGuard(r, need('appliesTo').value, undefined),
    start: r.string(need('start').value, undefined, field('start')),
    steps,
    file,
  };
  checkFlowGraph(flow, (line, step, message) => r.fail(line, step, message), r.line(need('start').value));
  return flow;
}

function parseStep(r: FlowReader, pair: Pair<Node, Node | null>): FlowStep {
  const id = r.key(pair, undefined);
  const line = r.line(pair.key);
  if (!STEP_ID.test(id)) r.fail(line, id, msg('flows.fail.stepId'));
  if (id === QUIT_STATE) r.fail(line, id, msg('flows.fail.reserved', { id: QUIT_STATE }));
  const fields = new Map<string, Node | null>();
  for (const f of r.pairs(pair.value, id, STEP)) {
    const key = r.key(f, id);
    if (!STEP_FIELDS.includes(key)) r.fail(f.key, id, unknownNear('flows.fail.unknownField', { value: key }, closest(key, STEP_FIELDS)));
    fields.set(key, f.value);
  }
  const need = (key: string): Node | null => (fields.has(key) ? fields.get(key)! : r.fail(line, id, msg('fail.flow.missing', { key })));

  const evidence = fields.has('evidence')
    ? r.strings(fields.get('evidence'), id, 'evidence').map(({ value, node }): EvidenceName =>
        (EVIDENCE_NAMES as readonly string[]).includes(value)
          ? (value as EvidenceName)
          : r.fail(node, id, unknownNear('fail.flow.unknownEvidence', { value }, closest(value, EVIDENCE_NAMES))))
    : [];
  const plans = fields.has('plans')
    ? r.strings(fields.get('plans'), id, 'plans').map(({ value, node }): PlanId =>
        isPlanId(value) ? value : r.fail(node, id, unknownNear('flows.fail.unknownPlan', { value }, closest(value, PLAN_IDS))))
    : [];
  const choices = fields.has('choices') ? parseChoices(r, fields.get('choices'), id) : [];
  const result = fields.has('result') ? parseResult(r, fields.get('result'), id) : undefined;
  if (result && fields.has('next')) r.fail(fields.get('next'), id, msg('flows.fail.resultAndNext'));
  const next = result ? [] : parseNext(r, need('next'), id);
  // A result step that names a cause may leave its words to the cause catalogue (the same words the reports use);
  // a step id that is one of the cause's variants (started-too-early, node-oom…) takes that variant.
  const catalogue = result?.kind === 'cause' ? resultStepText(result.cause, id) ?? resultStepText(result.cause, result.cause) : undefined;
  return {
    id,
    title: catalogue && !fields.has('title') ? catalogue.title : r.string(need('title'), id, field('title')),
    explain: catalogue && !fields.has('explain') ? catalogue.teach : r.string(need('explain'), id, field('explain')),
    evidence,
    plans,
    choices,
    next,
    ...(result ? { result } : {}),
    line,
  };
}

function parseChoices(r: FlowReader, node: Node | null | undefined, step: string): FlowChoice[] {
  const seen = new Set<string>();
  return r.list(node, step, field('choices')).map((item) => {
    const f = fieldsOf(r, item, step, CHOICE, ['id', 'label', 'goto']);
    const id = r.string(f.get('id') ?? r.fail(item, step, msg('flows.fail.choiceNeedsId')), step, CHOICE_ID);
    if (seen.has(id)) r.fail(item, step, msg('fail.flow.twoChoices', { id }));
    seen.add(id);
    return {
      id,
      label: r.string(f.get('label') ?? r.fail(item, step, msg('flows.fail.choiceNeedsLabel', { id })), step, CHOICE_LABEL),
      goto: r.string(f.get('goto') ?? r.fail(item, step, msg('flows.fail.choiceNeedsGoto', { id })), step, CHOICE_GOTO),
      line: r.line(f.get('goto') ?? item),
    };
  });
}

function parseNext(r: FlowReader, node: Node | null, step: string): Transition[] {
  const items = r.list(node, step, field('next'));
  if (items.length === 0) r.fail(node, step, msg('flows.fail.nextEmpty'));
  return items.map((item, i) => {
    const f = fieldsOf(r, item, step, TRANSITION, ['when', 'goto']);
    const gotoNode = f.get('goto') ?? r.fail(item, step, msg('flows.fail.transitionNeedsGoto'));
    const last = i === items.length - 1;
    if (last && f.has('when')) r.fail(item, step, msg('flows.fail.nextNoDefault'));
    if (!last && !f.has('when')) r.fail(item, step, msg('flows.fail.whenOnlyLast'));
    return {
      ...(f.has('when') ? { when: parseGuard(r, f.get('when'), step) } : {}),
      goto: r.string(gotoNode, step, field('goto')),
      line: r.line(gotoNode),
    };
  });
}

function parseResult(r: FlowReader, node: Node | null | undefined, step: string): StepResult {
  if (isScalar(node) && node.value === 'hand-over') return { kind: 'hand-over' };
  if (isMap(node)) {
    const f = fieldsOf(r, node, step, field('result'), ['cause']);
    const cause = r.string(f.get('cause') ?? r.fail(node, step, msg('flows.fail.resultNeedsCause')), step, RESULT_CAUSE);
    if (isCauseId(cause)) return { kind: 'cause', cause };
    r.fail(f.get('cause'), step, unknownNear('flows.fail.unknownCause', { value: cause }, closest(cause, CAUSE_IDS)));
  }
  return r.fail(node, step, msg('flows.fail.resultForm', { got: r.text(node) }));
}

function fieldsOf(r: FlowReader, node: Node | null | undefined, step: string, what: MessageRef, allowed: readonly string[]): Map<string, Node | null> {
  const out = new Map<string, Node | null>();
  for (const pair of r.pairs(node, step, what)) {
    const key = r.key(pair, step);
    if (!allowed.includes(key)) r.fail(pair.key, step, unknownNear('flows.fail.unknownFieldIn', { value: key }, closest(key, allowed), what));
    out.set(key, pair.value);
  }
  return out;
}
