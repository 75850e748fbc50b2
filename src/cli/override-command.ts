// Placeholder until this command lands: a clear error, never a silent success.
import { UserError } from '../errors.js';
import type { OverrideOptions } from './options.js';

export async function runOverride(_options: OverrideOptions): Promise<number> {
  throw new UserError('override is not available in this build yet');
}
