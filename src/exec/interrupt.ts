// Signals while we are between creating something and handing it over: Ctrl-C (SIGINT), SIGTERM from a
// supervisor, SIGHUP from a closed terminal. Listening replaces Node's default "die at once", so whoever
// listens must finish quickly: clean up what was made, or print how to, and return the signal's exit code.

export type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

/** 128 + the signal number, as a shell reports a process killed by it. */
export const SIGNAL_EXIT_CODE: Readonly<Record<StopSignal, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

export interface SignalWatch {
  /** Settles with the first signal received (never rejects). */
  readonly received: Promise<StopSignal>;
  dispose(): void;
}

export function watchSignals(signals: readonly StopSignal[] = ['SIGINT', 'SIGTERM', 'SIGHUP']): SignalWatch {
  const handlers = new Map<StopSignal, () => void>();
  const received = new Promise<StopSignal>((resolve) => {
    for (const s of signals) {
      const handler = (): void => resolve(s);
      handlers.set(s, handler);
      process.on(s, handler);
    }
  });
  return {
    received,
    dispose: () => {
      for (const [s, h] of handlers) process.off(s, h);
    },
  };
}
