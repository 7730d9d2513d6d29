import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { openIn, openingLanguage } from '../store/language.ts';
import type { Language } from '../i18n/languages.ts';
import { App } from './app.tsx';

const container = document.getElementById('root')!;
const page = document.documentElement;
const language = openingLanguage(window.location, () => window.localStorage, navigator.languages);

if (container.hasChildNodes() && !page.hasAttribute('data-opening-link') && language === 'en') {
  // The HTML is this scenario (the defaults, in English, rendered at build time): React takes it over.
  hydrateRoot(container, <App language={language} />);
} else {
  // A link's own scenario, or another language: the build-time HTML (hidden by public/first-paint.js)
  // is replaced, and shown only once the link's figures, in its words, are in it. Words that cannot be
  // fetched (offline) leave the page in English rather than hidden (a link's language is tried again,
  // and its failure said in a notice).
  void openIn(language).then(
    () => show(language),
    () => show('en'),
  );
}

function show(language: Language) {
  container.replaceChildren();
  const root = createRoot(container);
  flushSync(() => root.render(<App language={language} />));
  page.removeAttribute('data-opening-link');
}
