// Placeholder until this command lands: a clear error, never a silent success.
import { UserError } from '../errors.js';
import type { ScanOptions } from './options.js';

export async function runScan(_options: ScanOptions): Promise<number> {
  throw new UserError('scan is not available in this build yet');
}
