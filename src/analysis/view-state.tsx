import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

const ViewStateContext = createContext<Map<string, unknown> | null>(null);

/** Holds each analysis view's choices while the area lives, so switching tabs keeps them. */
export function ViewStateProvider({ children }: { children: ReactNode }) {
  const [states] = useState(() => new Map<string, unknown>());
  return <ViewStateContext value={states}>{children}</ViewStateContext>;
}

/** useState whose value outlives the view: it is kept under `key` and restored when the view mounts again. */
export function useViewState<S>(key: string, initial: () => S): [S, (next: S | ((was: S) => S)) => void] {
  const states = useContext(ViewStateContext);
  const [state, setState] = useState<S>(() => (states?.has(key) ? (states.get(key) as S) : initial()));
  useEffect(() => {
    states?.set(key, state);
  }, [states, key, state]);
  return [state, setState];
}
