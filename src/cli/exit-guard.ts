// Work that must finish before the wizard may exit on a signal: the override running in-process (its own signal
// watch deletes the copy it made) and the shell in a copy (the override actor's last leg prints the copy's delete
// command). Without this the wizard's own SIGINT/SIGTERM/SIGHUP handler ended the process first, and the copy
// could be left behind unnamed.
const inFlight = new Set<Promise<unknown>>();

export function guarded<T>(work: Promise<T>): Promise<T> {
  inFlight.add(work);
  const done = (): void => void inFlight.delete(work);
  work.then(done, done);
  return work;
}

/** Settles once nothing guarded is running (work started meanwhile is waited for too). */
export async function untilGuardedSettle(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}
