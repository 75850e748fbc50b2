// A flow's words in another language, kept beside the flow in flows/i18n/<locale>.yaml and keyed by flow id and
// step id, so a translator never touches the decision tree itself. A step or field not translated stays English.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { Flow } from '../flow/types.js';
import { userError } from './user-error.js';
import { builtinFlowsDir } from '../paths.js';
import type { Locale } from './locale.js';

// `en-hash`: the fingerprint of the English title and explain this translation was made from (./source-hash.ts).
const StepText = z.object({ title: z.string().optional(), explain: z.string().optional(), choices: z.record(z.string(), z.string()).optional(), 'en-hash': z.string().optional() }).strict();
const SideFile = z.record(z.string(), z.object({ title: z.string().optional(), steps: z.record(z.string(), StepText) }).strict());
export type FlowSideFile = z.infer<typeof SideFile>;

export function parseFlowSideFile(text: string, shownAs: string): FlowSideFile {
  const doc = parseDocument(text, { lineCounter: new LineCounter() });
  const bad = doc.errors[0];
  if (bad) throw userError('fail.file.flowYaml', { file: shownAs, line: bad.linePos?.[0]?.line ?? 1, detail: bad.message.split('\n')[0]! });
  const parsed = SideFile.safeParse(doc.toJS() ?? {});
  // zod's own sentence stays a value (as the YAML parser's does): the path to the field is what a translator needs.
  const issue = parsed.error?.issues[0];
  if (issue) throw userError('flows.fail.sideFile', { file: shownAs, path: issue.path.join('.'), detail: issue.message });
  return parsed.data!;
}

export const flowSideFilePath = (locale: Locale): string => join(builtinFlowsDir(), 'i18n', `${locale}.yaml`);

export async function loadFlowSideFile(locale: Locale): Promise<FlowSideFile> {
  if (locale === 'en') return {};
  return parseFlowSideFile(await readFile(flowSideFilePath(locale), 'utf8'), `flows/i18n/${locale}.yaml`);
}

/** The same flow with its titles, explanations and choice labels in the side file's language where given. */
export function localizeFlow(flow: Flow, side: FlowSideFile): Flow {
  const text = side[flow.id];
  if (!text) return flow;
  return {
    ...flow,
    title: text.title ?? flow.title,
    steps: flow.steps.map((step) => {
      const t = text.steps[step.id];
      if (!t) return step;
      return {
        ...step,
        title: t.title ?? step.title,
        explain: t.explain ?? step.explain,
        choices: step.choices.map((c) => ({ ...c, label: t.choices?.[c.id] ?? c.label })),
      };
    }),
  };
}
