// What the runtime's StartError / ContainerCannotRun / RunContainerError message says went wrong. These come
// from runc/containerd/CRI-O verbatim, e.g. `exec: "app": executable file not found in $PATH` or
// `error mounting ".../volume-subpaths/conf/app/0" to rootfs at "/etc/app/app.yaml": ... no such file or directory`.
// A runtime that cannot `mkdir` a path on a read-only filesystem is creating a mount point (a hostPath, a volume).
import type { CauseId } from '../contracts/causes.js';
import { say, type Message } from '../contracts/diagnosis.js';

export interface StartErrorKind {
  readonly id: 'exec-format' | 'mount-failed' | 'command-not-found';
  readonly cause: CauseId;
  readonly say: Message;
}

const MOUNT = /bind source path does not exist|hostPath type check failed|kubernetes\.io~[\w-]+\/|volume-subpaths|subpath|mounting .* to rootfs|error mounting|mount(?:ing)? .* failed|failed to (?:prepare|create) (?:the )?(?:subpath|mount)|not a directory.*mount|are you trying to mount a directory onto a file|rootfs_linux\.go|\bmkdir [^:\s]+: read-only file system/i;
// "no command specified": neither the image nor the pod names a program to run.
const NOT_FOUND = /no command specified|executable file not found|exec: "[^"]*": (?:stat [^:]+: )?no such file or directory|no such file or directory: unknown|exec .*: no such file or directory|starting container process caused.*no such file/i;
const NOT_EXECUTABLE = /exec: "[^"]*": permission denied|exec .*: permission denied|starting container process caused.*permission denied|is a directory/i;
const EXEC_FORMAT = /exec format error/i;

export const START_REASONS = /^(StartError|ContainerCannotRun|RunContainerError|CreateContainerError)$/;

export function classifyStartError(text: string): StartErrorKind | undefined {
  const message = text.slice(0, 4000);
  if (EXEC_FORMAT.test(message)) return { id: 'exec-format', cause: 'exec-format', say: say('dx.f.start.execFormat') };
  // Mount wording first: a subPath failure also ends in "no such file or directory".
  if (MOUNT.test(message)) return { id: 'mount-failed', cause: 'mount-failure', say: say('dx.f.start.mount') };
  if (NOT_FOUND.test(message)) return { id: 'command-not-found', cause: 'command-not-found', say: say('dx.f.start.notFound') };
  if (NOT_EXECUTABLE.test(message)) return { id: 'command-not-found', cause: 'command-not-found', say: say('dx.f.start.notExecutable') };
  return undefined;
}

// A CreateContainerError / CreateContainerConfigError naming one of the pod's own volume paths (a hostPath, a
// mountPath) as missing is a mount that cannot be set up, not a missing ConfigMap or Secret.
const PATH_MISSING = /no such file or directory|does not exist|not a directory/i;

export function namesMissingVolumePath(message: string, paths: readonly string[]): boolean {
  const text = message.slice(0, 4000);
  return PATH_MISSING.test(text) && paths.some((p) => p.length > 1 && new RegExp(`(?:^|[\\s"':])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[/"':\\s]|$)`).test(text));
}
