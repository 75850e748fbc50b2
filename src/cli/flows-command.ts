// Placeholder until this command lands: a clear error, never a silent success.
import { UserError } from '../errors.js';
import type { FlowsOptions } from './options.js';

export async function runFlows(_options: FlowsOptions): Promise<number> {
  throw new UserError('flows is not available in this build yet');
}
