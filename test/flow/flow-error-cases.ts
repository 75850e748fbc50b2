// One malformed flow file per flow-file error: a small well-formed flow (TINY) with one mistake each, the key of
// the message it must provoke, where (the line holding `at`) and the values the reader needs to find it.
export const TINY = `id: tiny
title: A tiny flow
appliesTo: { finding: back-off }
start: events
steps:
  events:
    title: Events
    explain: Read the events.
    evidence: [events]
    plans: [describe-pod]
    choices:
      - { id: inside, label: Look inside, goto: inside }
    next:
      - when: { finding: probe-kill }
        goto: probe
      - goto: logs
  logs:
    title: Logs
    explain: Read the logs.
    evidence: [previous-logs]
    plans: [logs-previous]
    next:
      - when: { all: [{ cause: oom-killed }, { exitCodeIn: [137] }] }
        goto: oom
      - goto: report
  inside:
    title: Inside
    explain: Keep it alive.
    plans: [override-copy]
    next:
      - goto: report
  probe:
    title: Probe
    explain: The probe kills it.
    result: { cause: liveness-probe }
  oom:
    title: OOM
    explain: Out of memory.
    result: { cause: oom-killed }
  report:
    title: Report
    explain: Hand over.
    result: hand-over
`;

export interface FlowErrorCase {
  /** The catalog key the mistake must provoke (somewhere in the error's chain of messages). */
  readonly key: string;
  readonly text: string;
  /** The line the error must name: the first line containing this text, or a number. */
  readonly at: string | number;
  /** What the reader must find in the line, in every language: the step, the wrong value, the suggestion. */
  readonly values: readonly string[];
}

const edit = (from: string, to: string): string => {
  if (!TINY.includes(from)) throw new Error(`TINY has no ${from}`);
  return TINY.replace(from, to);
};
const LOOP = '    next:\n      - goto: loop\n  loop:\n    title: Loop\n    explain: Round again.\n    next:\n      - goto: inside\n  probe:';

export const FLOW_ERROR_CASES: readonly FlowErrorCase[] = [
  { key: 'flows.what.flowFile', text: '- a\n- b\n', at: 1, values: [] },
  { key: 'flows.what.step', text: edit('  inside:\n    title: Inside\n    explain: Keep it alive.\n    plans: [override-copy]\n    next:\n      - goto: report\n', '  inside: nothing\n'), at: '  inside: nothing', values: ['inside'] },
  { key: 'flows.what.choice', text: edit('      - { id: inside, label: Look inside, goto: inside }', '      - inside'), at: '      - inside', values: ['events'] },
  { key: 'flows.what.transition', text: edit('      - goto: logs\n', '      - logs\n'), at: '      - logs', values: ['events'] },
  { key: 'flows.what.field', text: edit('title: A tiny flow', 'title: [A tiny flow]'), at: 'title: [A tiny', values: ['title'] },
  { key: 'flows.what.entryOf', text: edit('evidence: [events]', 'evidence: [[events]]'), at: 'evidence: [[', values: ['evidence', 'events'] },
  { key: 'flows.what.choiceId', text: edit('{ id: inside, label', '{ id: [inside], label'), at: '{ id: [inside]', values: ['events'] },
  { key: 'flows.what.choiceLabel', text: edit('label: Look inside,', 'label: "",'), at: 'label: "",', values: ['events'] },
  { key: 'flows.what.choiceGoto', text: edit('Look inside, goto: inside }', 'Look inside, goto: [inside] }'), at: 'goto: [inside]', values: ['events'] },
  { key: 'flows.what.resultCause', text: edit('result: { cause: oom-killed }', 'result: { cause: [oom-killed] }'), at: '[oom-killed]', values: ['oom'] },
  { key: 'flows.what.guardCause', text: edit('{ cause: oom-killed }, { exit', '{ cause: [oom-killed] }, { exit'), at: '[oom-killed]', values: ['logs', 'cause: [oom-killed]'] },
  { key: 'flows.what.guardFinding', text: edit('{ finding: probe-kill }', '{ finding: [probe-kill] }'), at: '[probe-kill]', values: ['events', 'finding: [probe-kill]'] },
  { key: 'flows.what.guardConfidence', text: edit('{ finding: probe-kill }', '{ confidenceAtLeast: [likely] }'), at: '[likely]', values: ['events', 'confidenceAtLeast: [likely]'] },
  { key: 'flows.what.guardStatus', text: edit('{ finding: probe-kill }', '{ podStatusIn: [[Error]] }'), at: '[[Error]]', values: ['events', 'podStatusIn'] },
  { key: 'flows.what.guardParameter', text: edit('{ finding: probe-kill }', '{ causeIn: oom-killed }'), at: 'causeIn', values: ['events', 'causeIn'] },
  { key: 'flows.fail.notMapping', text: '- a\n', at: 1, values: [] },
  { key: 'flows.fail.notWord', text: `${TINY}7: seven\n`, at: '7: seven', values: [] },
  { key: 'flows.fail.notText', text: edit('title: Logs', 'title: ""'), at: 'title: ""', values: ['logs', 'title'] },
  { key: 'flows.fail.notList', text: edit('evidence: [events]', 'evidence: events'), at: 'evidence: events', values: ['events', 'evidence'] },
  { key: 'flows.fail.unknownField', text: edit('start: events', 'start: events\nqqqqqqqq: 1'), at: 'qqqqqqqq', values: ['qqqqqqqq'] },
  { key: 'flows.fail.unknownFieldNear', text: edit('    explain: Read the logs.', '    explian: Read the logs.'), at: 'explian', values: ['logs', 'explian', 'explain'] },
  { key: 'flows.fail.unknownFieldIn', text: edit('goto: inside }', 'goto: inside, qqqqqqqq: 1 }'), at: 'qqqqqqqq', values: ['events', 'qqqqqqqq'] },
  { key: 'flows.fail.unknownFieldInNear', text: edit('{ id: inside, label: Look inside,', '{ id: inside, lable: Look inside,'), at: 'lable', values: ['events', 'lable', 'label'] },
  { key: 'flows.fail.flowId', text: edit('id: tiny', 'id: Tiny_Flow'), at: 'Tiny_Flow', values: ['Tiny_Flow', '-'] },
  { key: 'flows.fail.noSteps', text: 'id: tiny\ntitle: T\nappliesTo: hasInitFailure\nstart: a\nsteps: {}\n', at: 'steps: {}', values: [] },
  { key: 'flows.fail.stepId', text: edit('  probe:\n', '  Probe_Step:\n'), at: 'Probe_Step', values: ['Probe_Step', '-'] },
  { key: 'flows.fail.reserved', text: edit('  probe:\n', '  quit:\n'), at: '  quit:', values: ['quit'] },
  { key: 'flows.fail.unknownPlan', text: edit('plans: [logs-previous]', 'plans: [qqqqqqqq]'), at: 'qqqqqqqq', values: ['logs', 'qqqqqqqq'] },
  { key: 'flows.fail.unknownPlanNear', text: edit('plans: [logs-previous]', 'plans: [logs-prev]'), at: 'logs-prev]', values: ['logs', 'logs-prev', 'logs-previous'] },
  { key: 'flows.fail.resultAndNext', text: edit('    result: hand-over\n', '    result: hand-over\n    next:\n      - goto: events\n'), at: '      - goto: events', values: ['report', 'result', 'next'] },
  { key: 'flows.fail.choiceNeedsId', text: edit('{ id: inside, label', '{ label'), at: '{ label: Look', values: ['events', 'id'] },
  { key: 'flows.fail.choiceNeedsLabel', text: edit('label: Look inside, ', ''), at: '{ id: inside', values: ['events', 'inside', 'label'] },
  { key: 'flows.fail.choiceNeedsGoto', text: edit(', goto: inside }', ' }'), at: '{ id: inside', values: ['events', 'inside', 'goto'] },
  { key: 'flows.fail.nextEmpty', text: edit('    plans: [override-copy]\n    next:\n      - goto: report\n', '    plans: [override-copy]\n    next: []\n'), at: 'next: []', values: ['inside', 'next'] },
  { key: 'flows.fail.transitionNeedsGoto', text: edit('      - goto: logs\n', '      - when: hasInitFailure\n'), at: '      - when: hasInitFailure', values: ['events', 'goto'] },
  { key: 'flows.fail.nextNoDefault', text: edit('      - goto: logs\n', '      - when: hasInitFailure\n        goto: logs\n'), at: '      - when: hasInitFailure', values: ['events', 'next', 'goto'] },
  { key: 'flows.fail.whenOnlyLast', text: edit('      - when: { finding: probe-kill }\n        goto: probe\n', '      - goto: probe\n'), at: '      - goto: probe', values: ['events', 'next', 'when'] },
  { key: 'flows.fail.resultNeedsCause', text: edit('result: { cause: oom-killed }', 'result: {}'), at: 'result: {}', values: ['oom', 'result', 'cause'] },
  { key: 'flows.fail.unknownCause', text: edit('result: { cause: oom-killed }', 'result: { cause: qqqqqqqq }'), at: 'qqqqqqqq', values: ['oom', 'qqqqqqqq'] },
  { key: 'flows.fail.unknownCauseNear', text: edit('result: { cause: oom-killed }', 'result: { cause: oom-kill }'), at: 'oom-kill }', values: ['oom', 'oom-kill', 'oom-killed'] },
  { key: 'flows.fail.resultForm', text: edit('result: hand-over', 'result: 42'), at: 'result: 42', values: ['report', 'hand-over', '{cause: <id>}', '42'] },
  { key: 'flows.fail.unknownGuard', text: edit('{ finding: probe-kill }', '{ qqqqqqqq: 1 }'), at: 'qqqqqqqq', values: ['events', 'qqqqqqqq: 1'] },
  { key: 'flows.fail.unknownGuardNear', text: edit('{ finding: probe-kill }', 'hasInitFailur'), at: 'hasInitFailur', values: ['events', 'hasInitFailur', 'hasInitFailure'] },
  { key: 'flows.fail.guardShape', text: edit('{ finding: probe-kill }', '[probe-kill]'), at: '[probe-kill]', values: ['events', 'finding: probe-kill', '[probe-kill]'] },
  { key: 'flows.fail.unknownGuardWord', text: edit('cause: oom-killed }, {', 'cause: qqqqqqqq }, {'), at: 'qqqqqqqq', values: ['logs', 'cause: qqqqqqqq'] },
  { key: 'flows.fail.unknownGuardWordNear', text: edit('finding: probe-kill', 'finding: probe-kil'), at: 'probe-kil ', values: ['events', 'finding: probe-kil', 'probe-kill'] },
  { key: 'flows.fail.guardEmpty', text: edit('{ finding: probe-kill }', '{ causeIn: [] }'), at: 'causeIn', values: ['events', 'causeIn'] },
  { key: 'flows.fail.exitCodeRange', text: edit('exitCodeIn: [137]', 'exitCodeIn: [300]'), at: '[300]', values: ['logs', '0', '255', '300'] },
  { key: 'flows.fail.initFailureParam', text: edit('{ finding: probe-kill }', '{ hasInitFailure: 1 }'), at: 'hasInitFailure: 1', values: ['events', 'hasInitFailure', 'hasInitFailure: true'] },
  { key: 'flows.fail.cycle', text: edit('    next:\n      - goto: report\n  probe:', LOOP), at: '  inside:', values: ['inside', 'inside → loop → inside'] },
  { key: 'fail.flow.missing', text: edit('start: events\n', ''), at: 1, values: ['start'] },
  { key: 'fail.flow.startNotStep', text: edit('start: events', 'start: evnts'), at: 'start: evnts', values: ['evnts'] },
  { key: 'fail.flow.gotoNotStep', text: edit('goto: report\n  inside', 'goto: reprot\n  inside'), at: 'goto: reprot', values: ['logs', 'reprot'] },
  { key: 'fail.flow.unreachable', text: `${TINY}  orphan:\n    title: Orphan\n    explain: Nobody comes here.\n    result: hand-over\n`, at: '  orphan:', values: ['orphan', 'events'] },
  { key: 'fail.flow.twoChoices', text: edit('      - { id: inside, label: Look inside, goto: inside }', '      - { id: inside, label: Look inside, goto: inside }\n      - { id: inside, label: Again, goto: logs }'), at: 'label: Again', values: ['events', 'inside'] },
  { key: 'fail.flow.unknownEvidence', text: edit('evidence: [events]', 'evidence: [qqqqqqqq]'), at: 'qqqqqqqq', values: ['events', 'qqqqqqqq'] },
  { key: 'fail.flow.unknownEvidenceNear', text: edit('evidence: [events]', 'evidence: [event]'), at: '[event]', values: ['events', 'event'] },
  { key: 'fail.file.flowYaml', text: edit('    title: Logs', '    title: [Logs'), at: '    explain: Read the logs.', values: ['YAML'] },
];
