// The cause vocabulary of ../shared/spec/causes.md: a public contract (JSON output, scenarios, tests).
export const CRASH_CAUSES = [
  'app-crash', 'bad-config', 'missing-dependency', 'liveness-probe', 'oom-killed', 'command-not-found',
  'exec-format', 'exits-zero', 'port-in-use', 'read-only-fs', 'permission-denied', 'init-container',
  'lifecycle-hook', 'segfault', 'killed-externally', 'node-restart', 'mount-failure', 'unknown',
] as const;

export const NOT_STARTING_CAUSES = ['unschedulable', 'image-pull', 'missing-config', 'volume-pending'] as const;

export const CAUSE_IDS = [...CRASH_CAUSES, ...NOT_STARTING_CAUSES] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

export function isCauseId(value: unknown): value is CauseId {
  return typeof value === 'string' && (CAUSE_IDS as readonly string[]).includes(value);
}

/** One line per cause, for lists and the flow outline. */
export const CAUSE_TITLES = {
  'app-crash': 'The application exits with an error',
  'bad-config': 'The application rejects its configuration',
  'missing-dependency': 'A service it depends on cannot be reached at start-up',
  'liveness-probe': 'The liveness probe kills the container',
  'oom-killed': 'The container runs out of memory',
  'command-not-found': 'The command or entrypoint cannot be executed',
  'exec-format': 'The image is built for another CPU architecture',
  'exits-zero': 'The main process exits 0: nothing runs in the foreground',
  'port-in-use': 'The port it binds is already in use',
  'read-only-fs': 'It writes to a read-only filesystem',
  'permission-denied': 'It lacks a file or user permission',
  'init-container': 'An init container keeps failing',
  'lifecycle-hook': 'A postStart or preStop hook fails',
  segfault: 'The process dies from a segmentation fault',
  'killed-externally': 'Something outside kills the process',
  'node-restart': 'The node or its container runtime restarted',
  'mount-failure': 'A volume or subPath mount fails',
  unknown: 'The evidence names no cause yet',
  unschedulable: 'No node can run the pod',
  'image-pull': 'The image cannot be pulled',
  'missing-config': 'A ConfigMap, Secret or key is missing',
  'volume-pending': 'A volume cannot be attached or mounted',
} as const satisfies Record<CauseId, string>;
