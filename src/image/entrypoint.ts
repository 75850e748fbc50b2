// What a container actually runs, by Kubernetes' rules: spec.command replaces ENTRYPOINT (and drops CMD);
// spec.args alone replaces CMD; neither keeps both. Where the image config is unknown, say so and show how to find it.
import type { Container } from '../k8s/index.js';
import type { ImageConfig } from './registry-client.js';

export type EntrypointSource = 'spec' | 'image' | 'unknown';

export interface Entrypoint {
  /** The executable and its fixed arguments; empty when unknown. */
  readonly command: readonly string[];
  readonly args: readonly string[];
  /** "spec" when the pod says it all; "image" when any part came from the image config; "unknown" otherwise. */
  readonly source: EntrypointSource;
  readonly workingDir?: string;
  readonly user?: string;
  /** The image's own environment (the pod's env is added on top of it). */
  readonly imageEnv?: readonly string[];
  /** Why it is unknown, when it is. */
  readonly reason?: string;
  /** Commands that would tell, for someone with a registry client or a container engine. */
  readonly findOut?: readonly (readonly string[])[];
}

export function effectiveEntrypoint(
  container: Pick<Container, 'command' | 'args' | 'image' | 'workingDir'>,
  image: { readonly config: ImageConfig } | { readonly reason: string } | undefined,
): Entrypoint {
  const specCommand = container.command?.length ? container.command : undefined;
  const specArgs = container.args;
  if (specCommand) {
    return { command: specCommand, args: specArgs ?? [], source: 'spec', ...(container.workingDir ? { workingDir: container.workingDir } : {}) };
  }
  if (image && 'config' in image) {
    const c = image.config;
    return {
      command: c.entrypoint ?? [],
      args: specArgs ?? c.cmd ?? [],
      source: 'image',
      ...(container.workingDir || c.workingDir ? { workingDir: container.workingDir || c.workingDir! } : {}),
      ...(c.user ? { user: c.user } : {}),
      imageEnv: c.env,
    };
  }
  const ref = container.image ?? 'IMAGE';
  return {
    command: [],
    args: specArgs ?? [],
    source: 'unknown',
    reason: image && 'reason' in image ? image.reason : 'the image config was not looked up',
    findOut: [
      ['crane', 'config', ref],
      ['docker', 'inspect', '--format', '{{json .Config.Entrypoint}} {{json .Config.Cmd}}', ref],
    ],
  };
}

/** The whole process line as one argv (ENTRYPOINT + CMD), empty when unknown. */
export const processArgv = (e: Entrypoint): readonly string[] => (e.source === 'unknown' && e.command.length === 0 ? [] : [...e.command, ...e.args]);
