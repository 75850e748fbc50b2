// Classroom mode: the exercise engine (hidden answer, predictions, hypothesis board, hint ladder, end-state
// verification, rubric, debrief, result files) and the class file and report. Pure but for the verifier's reads.
export { buildCase, misleadingReading, type ScenarioAnswer } from './build-case.js';
export { exerciseReducer, judgeClaim, startExercise, type ExerciseEvent } from './exercise.js';
export { DEFAULT_HINTS, scoreAttempt, type HintPolicy, type Score } from './rubric.js';
export { debriefOf, type Debrief } from './debrief.js';
export { ResultSchema, resultFileName, resultOf, type ExerciseResult } from './result.js';
export { judgeEndState, sampleOf, verifyEndState, type PodSample, type Verdict, type VerifyReason } from './verify.js';
export { parseClassFile, type ClassFile } from './class-file.js';
export { classReportMarkdown, masteryByCause, mastered } from './class-report.js';
export { guidanceFor, type Guidance } from './fading.js';
export { shortestPath } from './shortest-path.js';
export { seededOrder } from './predictions.js';
export type * from './types.js';
export { prepareCase } from './prepare-case.js';
export { staleEvent } from './stale-event.js';
export { RED_HERRINGS, isRedHerringKind, type HerringEdit, type HerringInput, type HerringLog, type RedHerring, type RedHerringKind } from './red-herring.js';
export { HERRINGS, chooseRedHerring } from './red-herring-variants.js';
export { SIDECAR_NAME } from './noisy-sidecar.js';
export { WRAPPED_EXIT } from './misleading-exit-code.js';
