// The image side of triage: parsing references, reading ENTRYPOINT/CMD from a registry over the OCI
// distribution API (platform selection, token and basic auth, a mirror for offline training), and what a container runs.
export { parseImageReference, manifestReference, type ImageReference } from './reference.js';
export { nodePlatform, selectPlatform, platformText, DEFAULT_PLATFORM, type Platform, type IndexEntry } from './platform.js';
export { parseChallenge, credentialsFor, type Credentials, type Challenge } from './registry-auth.js';
export { registryEndpoint, registryMirrorFor, TRAINING_CONTEXT, type RegistryEndpoint } from './registry-mirror.js';
export { fetchImageConfig, type ImageConfig, type ImageConfigResult, type FetchImageConfigOptions } from './registry-client.js';
export { effectiveEntrypoint, processArgv, type Entrypoint, type EntrypointSource } from './entrypoint.js';
export * from './media-types.js';
