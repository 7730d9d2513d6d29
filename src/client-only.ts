import { startTransition, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';

const noChanges = () => () => {};

/**
 * False while the first screen is rendered at build time and while the page hydrates that HTML, true
 * after: what the build-time HTML leaves out is rendered only then, so hydration finds exactly the HTML it
 * was given and nothing suspends on the server.
 */
const useOnClient = (): boolean =>
  useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );

/**
 * `children`, left out of the build-time HTML (and so of the page's first layout and paint), rendered
 * once the page has been hydrated, in a transition: React renders them in short slices, not one long
 * task. For what lies below the first screen (the later input groups, the charts, the analysis views). It
 * re-renders alone when hydration ends: read higher up, "on the client" re-rendered the whole page there,
 * synchronously, one task of about 150 ms on a slow phone. A page rendered on the client from the start
 * (a link's own scenario, another language, the embed) shows them at once.
 */
export function AfterFirstScreen({ children }: { children: ReactNode }): ReactNode {
  const onClient = useOnClient();
  const [shown, setShown] = useState(onClient);
  useEffect(() => {
    if (onClient && !shown) startTransition(() => setShown(true));
  }, [onClient, shown]);
  return shown ? children : null;
}
