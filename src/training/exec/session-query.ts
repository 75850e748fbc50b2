// The query of .../exec and .../attach as kubectl and client-node send it (`command` repeated, booleans as
// "true"/"1"), turned into a RemoteCommandSession. stdout and stderr default to on, as PodExecOptions documents.
import type { ContainerContext, RemoteCommandSession } from './types.js';

export function sessionFromQuery(query: URLSearchParams, context: ContainerContext, attachCommand?: readonly string[]): RemoteCommandSession {
  const flag = (name: string, fallback: boolean): boolean => {
    const value = query.get(name);
    return value === null ? fallback : value === 'true' || value === '1';
  };
  return {
    // attach joins what already runs in the container; exec names its own command.
    command: attachCommand ?? query.getAll('command'),
    tty: flag('tty', false),
    stdin: flag('stdin', false),
    stdout: flag('stdout', true),
    stderr: flag('stderr', true),
    context,
  };
}
