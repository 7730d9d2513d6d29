import { renderToString } from 'react-dom/server';
import { App, openCalculator } from './app.tsx';

/**
 * The first screen on the default scenario as HTML, rendered at build time (scripts/prerender.mjs) from
 * the components the page then hydrates: it reads before any script has run. What lies below a laptop's
 * first screen (the later input groups, the charts) and the analysis views render on the page, after it
 * (AfterFirstScreen renders nothing here; a chart's canvas waits for its creation turn).
 */
export const renderFirstScreen = (): string => renderToString(<App store={openCalculator('en')} />);
