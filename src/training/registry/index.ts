// The training cluster's image registry: serves the scenarios' images (scenario.yaml `images:`) over the OCI
// distribution API at /v2/, with real digests and an anonymous token flow, so entrypoint lookups work offline.
export { createRegistryHandler, type RegistryHandler } from './registry-handler.js';
export { parseTrainingImages, imagesOfScenarios, type TrainingImage } from './training-images.js';
export { buildRegistryContent, type RegistryContent } from './registry-content.js';
