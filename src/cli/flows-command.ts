// `flows validate [FILE…]` checks flow files (every shipped flow by default); `flows show FLOW` prints one as
// an outline for trainers.
import { UserError, usageError } from '../errors.js';
import { builtinFlowFiles, flowOutline, loadBuiltinFlows, loadFlow, type Flow } from '../flow/index.js';
import { createTranslator } from '../i18n/translate.js';
import type { FlowsOptions } from './options.js';

export async function runFlows(options: FlowsOptions): Promise<number> {
  if (options.action === 'show') {
    process.stdout.write(`${flowOutline(await findFlow(options.flow ?? ''))}\n`);
    return 0;
  }
  const files = options.files.length > 0 ? options.files.map((f) => ({ path: f, shownAs: f })) : await builtinFlowFiles();
  if (files.length === 0) throw new UserError('no flow files to validate');
  const t = createTranslator(options.locale ?? 'en');
  let failed = 0;
  for (const file of files) {
    try {
      const flow = await loadFlow(file.path, file.shownAs);
      process.stdout.write(`${t('out.flows.ok', { file: file.shownAs, steps: flow.steps.length })}\n`);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      failed++;
      process.stderr.write(`kubectl-crashcourse: ${err.message}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

async function findFlow(name: string): Promise<Flow> {
  if (/\.ya?ml$/.test(name) || name.includes('/')) return loadFlow(name);
  const flows = await loadBuiltinFlows();
  const found = flows.find((f) => f.id === name);
  if (!found) throw usageError(`no shipped flow is called "${name}" (there are: ${flows.map((f) => f.id).join(', ')}); give a file to show another`);
  return found;
}
