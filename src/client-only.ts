import { useSyncExternalStore } from 'react';

const noChanges = () => () => {};

/**
 * False while the first screen is rendered at build time and while the page hydrates that HTML, true
 * after: the parts the build-time HTML leaves out (chart canvases, the lazily loaded analysis views) are
 * rendered only then, so hydration finds exactly the HTML it was given and nothing suspends on the server.
 */
export const useOnClient = (): boolean =>
  useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
