// Where a registry host is reached. With a mirror (the training cluster serves every scenario image offline)
// all hosts resolve to it and the original host travels in `?ns=`, as containerd's mirror requests do.
import type { ImageReference } from './reference.js';

export interface RegistryEndpoint {
  /** Base URL without a trailing slash, e.g. "https://registry-1.docker.io". */
  readonly base: string;
  /** Query string to add to every /v2/ request ("" or "?ns=docker.io"). */
  readonly query: string;
}

export function registryEndpoint(ref: ImageReference, options: { readonly mirror?: string } = {}): RegistryEndpoint {
  if (options.mirror) return { base: options.mirror.replace(/\/+$/, ''), query: `?ns=${encodeURIComponent(ref.registry)}` };
  // Loopback registries speak plain HTTP, as Docker and containerd allow for them by default.
  const insecure = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(ref.apiHost);
  return { base: `${insecure ? 'http' : 'https'}://${ref.apiHost}`, query: '' };
}

/** The training cluster's kubeconfig context; its API server also serves the scenarios' images. */
export const TRAINING_CONTEXT = 'kubectl-crashcourse-training';

/** The mirror to use for a session: the training cluster's URL when the session targets it. */
export function registryMirrorFor(session: { readonly context?: string; readonly server?: string }): { mirror?: string } {
  return session.context === TRAINING_CONTEXT && session.server ? { mirror: session.server } : {};
}
