// Image references as the container runtime reads them: Docker Hub defaults (docker.io, library/, latest),
// an optional registry host, a tag and/or a digest. Parsed once here; everything else uses the parsed form.
import { userError } from '../i18n/user-error.js';

export interface ImageReference {
  /** Registry as users write it: "docker.io", "ghcr.io", "localhost:5000". */
  readonly registry: string;
  /** Host the distribution API lives on: docker.io's is registry-1.docker.io. */
  readonly apiHost: string;
  /** Repository path, with Docker Hub's "library/" for official images. */
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
  /** Fully qualified: "docker.io/library/busybox:1.36". */
  readonly canonical: string;
}

const DOCKER_HUB = 'docker.io';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;

export function parseImageReference(input: string): ImageReference {
  const text = input.trim();
  // `part`: which part is bad (empty: the whole reference is empty); `value`: its text.
  const fail = (part: 'empty' | 'digest' | 'tag' | 'component', value = ''): never => {
    throw userError('scenario.image.invalid', { input, part, value });
  };
  if (!text) fail('empty');

  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) fail('digest', digest);
  }

  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) fail('tag', tag);
  }

  const parts = rest.split('/');
  let registry = DOCKER_HUB;
  const first = parts[0] ?? '';
  // The first component is a host only when it looks like one (docker/distribution's rule).
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first;
    parts.shift();
  }
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && parts.length === 1) parts.unshift('library');
  for (const part of parts) if (!COMPONENT.test(part)) fail('component', part);

  const repository = parts.join('/');
  if (!tag && !digest) tag = 'latest';
  const canonical = `${registry}/${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
  return {
    registry,
    apiHost: registry === DOCKER_HUB ? 'registry-1.docker.io' : registry,
    repository,
    ...(tag ? { tag } : {}),
    ...(digest ? { digest } : {}),
    canonical,
  };
}

/** What to ask the manifests endpoint for: the digest when pinned (it wins over the tag, as in the runtime). */
export const manifestReference = (ref: ImageReference): string => ref.digest ?? ref.tag ?? 'latest';
