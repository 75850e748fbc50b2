// `flows validate [FILE…]` checks flow files (every shipped flow by default); `flows show FLOW` prints one as
// an outline for trainers, in the reader's language (the flow's own words from its side file, flows/i18n/).
import { UserError } from '../errors.js';
import { builtinFlowFiles, flowOutline, loadBuiltinFlows, loadFlow, type Flow } from '../flow/index.js';
import { loadFlowSideFile, localizeFlow } from '../i18n/flow-text.js';
import { createTranslator } from '../i18n/translate.js';
import { localMessage, userError } from '../i18n/user-error.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { FlowsOptions } from './options.js';

/** Where the outline wraps outside English: a terminal's 80 columns (English keeps its lines as they were). */
const SHOW_WIDTH = 80;

export async function runFlows(options: FlowsOptions): Promise<number> {
  const locale = options.locale ?? 'en';
  const t = createTranslator(locale);
  if (options.action === 'show') {
    const flow = localizeFlow(await findFlow(options.flow ?? ''), await loadFlowSideFile(locale));
    process.stdout.write(`${flowOutline(flow, t, locale === 'en' ? undefined : SHOW_WIDTH)}\n`);
    return 0;
  }
  const files = options.files.length > 0 ? options.files.map((f) => ({ path: f, shownAs: f })) : await builtinFlowFiles();
  if (files.length === 0) throw userError('flows.fail.noFiles');
  let failed = 0;
  for (const file of files) {
    try {
      const flow = await loadFlow(file.path, file.shownAs);
      process.stdout.write(`${t('out.flows.ok', { file: file.shownAs, steps: flow.steps.length })}\n`);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      failed++;
      process.stderr.write(`kubectl-crashcourse: ${sanitizeLine(localMessage(err, t))}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

async function findFlow(name: string): Promise<Flow> {
  if (/\.ya?ml$/.test(name) || name.includes('/')) return loadFlow(name);
  const flows = await loadBuiltinFlows();
  const found = flows.find((f) => f.id === name);
  if (!found) throw userError('flows.fail.noSuchFlow', { name, ids: flows.map((f) => f.id).join(', ') }, 2);
  return found;
}
