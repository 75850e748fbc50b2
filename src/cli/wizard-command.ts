// Placeholder until this command lands: a clear error, never a silent success.
import { UserError } from '../errors.js';
import type { WizardOptions } from './options.js';

export async function runWizard(_options: WizardOptions): Promise<number> {
  throw new UserError('wizard is not available in this build yet');
}
