// The troubleshooting decision trees: flow files loaded and checked against the vocabularies, compiled to
// xstate machines with no invoke/after (so every path can be generated), and printed for trainers.
export { loadFlow, loadBuiltinFlows, builtinFlowFiles } from './load-flow.js';
export { parseFlow, QUIT_STATE } from './parse-flow.js';
export { compileFlow, currentStep, type FlowContext, type FlowEvent, type FlowMachine, type FlowSnapshot } from './compile.js';
export { holds, describeGuard } from './guards.js';
export { selectFlow } from './select-flow.js';
export { flowOutline } from './outline.js';
export { stepTargets } from './check-graph.js';
export { stepById, type Flow, type FlowChoice, type FlowFacts, type FlowStep, type Guard, type StepResult, type Transition } from './types.js';
