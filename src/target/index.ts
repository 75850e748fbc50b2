// Resolving where to look: kubeconfig files, --context and -n exactly as kubectl does, and the pod argument.
// Only reads files; talking to the cluster is src/cluster's job.
export { kubeconfigFiles, type KubeconfigEnv, type KubeconfigSource } from './kubeconfig-files.js';
export { parseKubeconfig, readKubeconfigFile, type KubeconfigFile } from './kubeconfig-file.js';
export { resolveTarget, resolveFromFiles, type ResolvedTarget, type TargetFlags } from './resolve-target.js';
export { checkNamespaceName, checkPodName, isDns1123Label, isDns1123Subdomain } from './names.js';
export { parsePodArg, type PodArg } from './pod-arg.js';
export { readBoundedText, MAX_KUBECONFIG_BYTES } from './bounded-read.js';
