// The built-in scenarios' teaching notes in other languages, keyed by scenario name; English is scenario.yaml's
// `teaches`. A scenario without a translation (a trainer's own) shows its own notes.
import ja from './scenario-notes/ja.json' with { type: 'json' };
import zhCN from './scenario-notes/zh-CN.json' with { type: 'json' };
import type { Locale } from './locale.js';

export const SCENARIO_NOTES: Readonly<Record<Exclude<Locale, 'en'>, Readonly<Record<string, string>>>> = { 'zh-CN': zhCN, ja };

export const scenarioNote = (locale: Locale, scenario: string): string | undefined => (locale === 'en' ? undefined : SCENARIO_NOTES[locale][scenario]);
