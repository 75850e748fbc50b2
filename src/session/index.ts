// The triage session: the one actor doing the I/O around a flow (gather, diagnose, walk, run plans through
// the injected runner), exposed to the UI as snapshots and events.
export { createSession, type SessionDeps } from './create-session.js';
export { stepView, type StepViewContext } from './step-view.js';
export type { CreatedResource, EvidenceName, Session, SessionEvent, SessionSnapshot, StepChoice, StepView } from '../contracts/session.js';
export { EVIDENCE_NAMES } from '../contracts/session.js';
