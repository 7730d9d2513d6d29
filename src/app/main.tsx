import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { money } from '../format.ts';
import { openIn, openingLanguage } from '../store/language.ts';
import { projectionOf } from '../store/projection-of.ts';
import type { Language } from '../i18n/languages.ts';
import { App, openCalculator } from './app.tsx';

const container = document.getElementById('root')!;
const page = document.documentElement;
const language = openingLanguage(window.location, () => window.localStorage, navigator.languages);

if (container.hasChildNodes() && !page.hasAttribute('data-opening-link') && language === 'en') {
  // The HTML is this scenario (the defaults, in English, rendered at build time): React takes it over.
  void hydrateInSteps(language);
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

/** A task's end: the browser may paint and take input before the next step runs. */
function nextTask() {
  return new Promise((done) => setTimeout(done, 0));
}

/**
 * Hydration in steps, each a task of its own after the module's evaluation. On a slow phone the first
 * number formatter the page makes loads the browser's number-format data (about 95 ms at 4x CPU), and the
 * first projection compiles the model as it runs (about 40 ms): both are done before React takes the page
 * over, and hydration finds them cached, a task of about 120 ms rather than 320–430 ms there.
 */
async function hydrateInSteps(language: Language) {
  await nextTask();
  const store = openCalculator(language);
  money(store.getState().settings, 0);
  await nextTask();
  projectionOf(store.getState().inputs);
  await nextTask();
  hydrateRoot(container, <App store={store} />);
}

function show(language: Language) {
  container.replaceChildren();
  const root = createRoot(container);
  flushSync(() => root.render(<App store={openCalculator(language)} />));
  page.removeAttribute('data-opening-link');
}
