import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openIn, openingLanguage } from '../store/language.ts';
import { EmbedApp } from './embed-app.tsx';

const language = openingLanguage(window.location, () => window.localStorage, navigator.languages);
void openIn(language).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <EmbedApp language={language} />
    </StrictMode>,
  ),
);
