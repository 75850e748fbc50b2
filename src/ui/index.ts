// The wizard's user interface: Ink screens that render a session snapshot and send it events. It never reads a
// cluster or runs a program itself; the CLI hands it a backend (connections, sessions) and actions (copy, save).
export { App, ALL_NAMESPACES, type AppProps } from './app.js';
export type { Connection, ExitInfo, Start, UiActions, WizardBackend } from './backend.js';
export { reportFileName, reportJson, reportMarkdown, type ReportFormat } from './format/report-export.js';
export { KEYMAP } from './keymap.js';
