// The session as React state: screens render its latest snapshot and never hold a copy of their own.
import { useSyncExternalStore } from 'react';
import type { Session, SessionSnapshot } from '../../contracts/session.js';

export function useSessionSnapshot(session: Session): SessionSnapshot {
  return useSyncExternalStore(
    (onChange) => session.subscribe(() => onChange()),
    () => session.getSnapshot(),
  );
}
