// Rendering results for people and scripts: a Diagnosis as text, JSON or Markdown, and scan rows as a
// table or JSON. Input is already sanitised; output is sanitised again, never printed raw.
export { renderDiagnosisText, type TextOptions } from './diagnosis-text.js';
export { renderDiagnosisJson, diagnosisJson } from './diagnosis-json.js';
export { renderDiagnosisMarkdown } from './diagnosis-markdown.js';
export { renderScanText, renderScanJson, type ScanTextOptions } from './scan-text.js';
export { useColour, styleFor, PLAIN, COLOUR, type Style } from './style.js';
export { wrap, clip } from './wrap.js';
export { diagnosisWords, findingSummary, word } from './word.js';
export { gapWords } from './gap-words.js';
