// State whose latest value a key handler can read at once. Keys can arrive faster than React re-renders (a
// paste, a fast typist, a test): a handler that closed over the last render's state would act on stale values.
import { useCallback, useRef, useState } from 'react';

export function useLatestState<T>(initial: T): [T, () => T, (next: T | ((prev: T) => T)) => void] {
  const [value, setValue] = useState(initial);
  const ref = useRef(initial);
  const set = useCallback((next: T | ((prev: T) => T)) => {
    ref.current = typeof next === 'function' ? (next as (prev: T) => T)(ref.current) : next;
    setValue(ref.current);
  }, []);
  const get = useCallback(() => ref.current, []);
  return [value, get, set];
}
