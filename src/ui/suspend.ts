// Lending the terminal to another program (kubectl exec -it into the override copy) and taking it back: while
// suspended the wizard stops reading keys (Ink leaves raw mode and lets go of stdin) and draws one line.
export interface Suspender {
  isSuspended(): boolean;
  subscribe(listener: () => void): () => void;
  /** Runs `fn` with the terminal handed over; `leave`/`enter` switch the screen around it. */
  run<T>(fn: () => Promise<T>): Promise<T>;
}

export function createSuspender(screen: { leave(): void; enter(): void }): Suspender {
  let suspended = false;
  const listeners = new Set<() => void>();
  const set = (value: boolean) => {
    suspended = value;
    for (const l of listeners) l();
  };
  // React commits the "suspended" frame, Ink draws it (its renders are throttled to ~30 a second, so that can
  // take a frame's time) and releases raw mode in its effect cleanup. Drawn later, on the normal screen, that
  // frame would erase what the borrowed program's banner wrote.
  const settle = () => new Promise<void>((resolve) => setTimeout(() => setImmediate(() => setImmediate(resolve)), 50));
  return {
    isSuspended: () => suspended,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async run(fn) {
      set(true);
      await settle();
      screen.leave();
      try {
        return await fn();
      } finally {
        screen.enter();
        set(false);
      }
    },
  };
}
