// The bytes the training registry serves: for each image a config blob per architecture, a manifest per
// config, and an OCI index over them when there are several — all addressed by the sha256 of their bytes.
import { createHash } from 'node:crypto';
import { DOCKER_CONFIG, DOCKER_MANIFEST, OCI_CONFIG, OCI_INDEX, OCI_MANIFEST } from '../../image/media-types.js';
import { parseImageReference } from '../../image/reference.js';
import type { TrainingImage } from './training-images.js';

export interface Stored {
  readonly bytes: Buffer;
  readonly mediaType: string;
  readonly digest: string;
}

export interface Repository {
  /** tag → manifest (or index) digest */
  readonly tags: Map<string, string>;
  readonly auth: 'none' | 'token';
}

export interface RegistryContent {
  /** "docker.io/library/busybox" → repository */
  readonly repositories: Map<string, Repository>;
  /** digest → manifest, index or blob */
  readonly objects: Map<string, Stored>;
}

const EMPTY_LAYERS_DIFF: readonly string[] = [];
/** scenarios/README.md: an image without `architectures` is built for all of these. */
const ALL_ARCHITECTURES: readonly string[] = ['amd64', 'arm64', 'arm', '386', 'ppc64le', 's390x', 'riscv64', 'mips64le'];

export function buildRegistryContent(images: Readonly<Record<string, TrainingImage>>): RegistryContent {
  const repositories = new Map<string, Repository>();
  const objects = new Map<string, Stored>();
  const store = (value: unknown, mediaType: string): Stored => {
    const bytes = Buffer.from(JSON.stringify(value));
    const stored = { bytes, mediaType, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}` };
    objects.set(stored.digest, stored);
    return stored;
  };

  for (const [name, image] of Object.entries(images)) {
    const ref = parseImageReference(name);
    const key = `${ref.registry}/${ref.repository}`;
    // Docker Hub wants an anonymous bearer token for every pull, so its images do here too unless a scenario says otherwise.
    const repo = repositories.get(key) ?? { tags: new Map<string, string>(), auth: image.auth ?? (ref.registry === 'docker.io' ? 'token' : 'none') };
    repositories.set(key, repo);
    const arches = image.architectures?.length ? image.architectures : ALL_ARCHITECTURES;
    const multi = arches.length > 1;
    // A single-arch image is served in the Docker v2 format and a multi-arch one as OCI, so the client meets both.
    const manifests = arches.map((architecture) => {
      const config = store(imageConfig(image, architecture), multi ? OCI_CONFIG : DOCKER_CONFIG);
      const manifest = store(
        { schemaVersion: 2, mediaType: multi ? OCI_MANIFEST : DOCKER_MANIFEST, config: { mediaType: config.mediaType, digest: config.digest, size: config.bytes.length }, layers: [] },
        multi ? OCI_MANIFEST : DOCKER_MANIFEST,
      );
      return { architecture, manifest };
    });
    const top = multi
      ? store(
          {
            schemaVersion: 2,
            mediaType: OCI_INDEX,
            manifests: manifests.map(({ architecture, manifest }) => ({
              mediaType: manifest.mediaType,
              digest: manifest.digest,
              size: manifest.bytes.length,
              platform: { architecture, os: 'linux', ...(architecture === 'arm64' ? { variant: 'v8' } : architecture === 'arm' ? { variant: 'v7' } : {}) },
            })),
          },
          OCI_INDEX,
        )
      : manifests[0]!.manifest;
    repo.tags.set(ref.tag ?? 'latest', top.digest);
  }
  return { repositories, objects };
}

function imageConfig(image: TrainingImage, architecture: string): unknown {
  return {
    architecture,
    os: 'linux',
    ...(architecture === 'arm64' ? { variant: 'v8' } : {}),
    config: {
      ...(image.user ? { User: image.user } : {}),
      Env: image.env ?? ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      ...(image.entrypoint ? { Entrypoint: image.entrypoint } : {}),
      ...(image.cmd ? { Cmd: image.cmd } : {}),
      ...(image.workingDir ? { WorkingDir: image.workingDir } : {}),
    },
    rootfs: { type: 'layers', diff_ids: EMPTY_LAYERS_DIFF },
    history: [{ created_by: 'kubectl-crashcourse training registry', empty_layer: true }],
  };
}
