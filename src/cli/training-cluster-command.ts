// Placeholder until this command lands: a clear error, never a silent success.
import { UserError } from '../errors.js';
import type { TrainingClusterOptions } from './options.js';

export async function runTrainingCluster(_options: TrainingClusterOptions): Promise<number> {
  throw new UserError('training-cluster is not available in this build yet');
}
