import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openIn, openingLanguage } from '../store/language.ts';
import type { Language } from '../i18n/languages.ts';
import { EmbedApp } from './embed-app.tsx';

const language = openingLanguage(window.location, () => window.localStorage, navigator.languages);
const show = (shown: Language) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <EmbedApp language={shown} />
    </StrictMode>,
  );
// Words that cannot be fetched (offline) leave the calculator in English, never blank.
void openIn(language).then(
  () => show(language),
  () => show('en'),
);
