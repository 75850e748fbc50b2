// The UserError a call raises (sync or async); any other outcome fails the test that asked.
import { UserError } from '../../src/errors.js';

export async function caught(f: () => unknown): Promise<UserError> {
  try {
    await f();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}
