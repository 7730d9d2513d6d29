import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app.tsx';

const container = document.getElementById('root')!;
const page = document.documentElement;

if (container.hasChildNodes() && !page.hasAttribute('data-opening-link')) {
  // The HTML is this scenario (the defaults, rendered at build time): React takes it over as it is.
  hydrateRoot(container, <App />);
} else {
  // A link's own scenario: the build-time HTML (hidden by public/first-paint.js) is replaced, and shown
  // only once the link's figures are in it.
  container.replaceChildren();
  const root = createRoot(container);
  flushSync(() => root.render(<App />));
  page.removeAttribute('data-opening-link');
}
