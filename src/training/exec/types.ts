// What the HTTP server tells the exec endpoint about the container a session runs in. Everything here is
// played, never executed: the fake shell reads these values instead of touching the host.

export interface ContainerEntrypoint {
  /** The container's original command + args, e.g. ["/app/server", "--config=/etc/app.yaml"]. */
  readonly command: readonly string[];
  /** What running it prints (the scenario's log), so a trainee can reproduce the crash by hand. */
  readonly log: string;
  readonly exitCode: number;
}

export interface ContainerContext {
  readonly podName: string;
  readonly namespace: string;
  readonly container: string;
  readonly image: string;
  readonly env: Readonly<Record<string, string>>;
  /** Absolute path → content, e.g. the files of mounted ConfigMaps. */
  readonly files: Readonly<Record<string, string>>;
  readonly workingDir?: string;
  /** "0", "1000", "1000:3000" or a user name; root when absent. */
  readonly user?: string;
  /** False for distroless-like images: no sh, no coreutils, only the entrypoint binary. */
  readonly hasShell: boolean;
  readonly entrypoint?: ContainerEntrypoint;
  /** What PID 1 runs now (the keep-alive of an override copy); `ps` shows it. Defaults to `sh`, as in a debug container. */
  readonly mainProcess?: readonly string[];
  /**
   * An ephemeral debug container started with --target: the target container's context, whose processes it
   * sees (its files under /proc/1/root).
   */
  readonly processTarget?: ContainerContext;
  /**
   * The container's writable layer: files written (a string) or removed (null) by earlier sessions, shared by every
   * session of the same container until it restarts, so `kubectl cp` into it is there for the next `kubectl exec`.
   */
  readonly writableLayer?: Map<string, string | null>;
}

export interface RemoteCommandSession {
  /** The `command` query parameters of .../exec, or the container's command for .../attach. */
  readonly command: readonly string[];
  readonly tty: boolean;
  readonly stdin: boolean;
  readonly stdout: boolean;
  readonly stderr: boolean;
  readonly context: ContainerContext;
}

/** The parts of a v1.Status a rejected upgrade carries; kubectl prints `Error from server (<reason>): <message>`. */
export interface RejectStatus {
  readonly code: number;
  readonly reason: string;
  readonly message: string;
}
