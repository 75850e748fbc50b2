// Languages: which one a person reads (--lang, LC_ALL, LANG), ICU messages from per-language catalogs, flow text
// translated in side files keyed by step id, and the column arithmetic double-width characters need.
export { LOCALES, matchLocale, resolveLocale, type Locale } from './locale.js';
export { CATALOGS, createTranslator, ENGLISH, type MessageKey, type MessageValues, type Translate } from './translate.js';
export { clipToWidth, displayWidth, padToWidth, wrapToWidth } from './width.js';
export { scenarioNote, SCENARIO_NOTES } from './scenario-notes.js';
export { causeTitle, confidenceWord } from './cause-title.js';
export { clusterError, localMessage, userError, wrapped } from './user-error.js';
