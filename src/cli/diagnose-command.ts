// Placeholder until this command lands: a clear error, never a silent success.
import { UserError } from '../errors.js';
import type { DiagnoseOptions } from './options.js';

export async function runDiagnose(_options: DiagnoseOptions): Promise<number> {
  throw new UserError('diagnose is not available in this build yet');
}
