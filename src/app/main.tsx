import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { openIn, openingLanguage } from '../store/language.ts';
import { App } from './app.tsx';

const container = document.getElementById('root')!;
const page = document.documentElement;
const language = openingLanguage(window.location, () => window.localStorage, navigator.languages);

if (container.hasChildNodes() && !page.hasAttribute('data-opening-link') && language === 'en') {
  // The HTML is this scenario (the defaults, in English, rendered at build time): React takes it over.
  hydrateRoot(container, <App language={language} />);
} else {
  // A link's own scenario, or another language: the build-time HTML (hidden by public/first-paint.js)
  // is replaced, and shown only once the link's figures, in its words, are in it.
  void openIn(language).then(() => {
    container.replaceChildren();
    const root = createRoot(container);
    flushSync(() => root.render(<App language={language} />));
    page.removeAttribute('data-opening-link');
  });
}
