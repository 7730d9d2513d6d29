import { renderToString } from 'react-dom/server';
import { App } from './app.tsx';

/**
 * The first screen on the default scenario as HTML, rendered at build time (scripts/prerender.mjs) from
 * the components the page then hydrates: it reads before any script has run. The chart canvases and the
 * analysis views load on the page, after it (their Suspense boundaries render nothing here).
 */
export const renderFirstScreen = (): string => renderToString(<App language="en" />);
