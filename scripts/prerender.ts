import react from '@vitejs/plugin-react';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { modelNotesPlugin } from './model-notes.ts';

const ENTRY = 'src/app/prerender.tsx';
const ROOT = '<div id="root"></div>';
const FIRST_PAINT = '<script src="./first-paint.js"></script>';
const APP_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const STYLESHEETS = /\s*<link rel="stylesheet"[^>]*>/g;

/**
 * Renders the calculator's first screen into the built index.html: the page reads before its script has
 * run, and React hydrates the same HTML (src/app/main.tsx), started after the first paint. Once the page is built, the components are
 * bundled for Node with the app's plugins, rendered on the default scenario (src/app/prerender.tsx), and
 * the HTML put into the page's empty root element.
 */
export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    configResolved: (resolved) => {
      config = resolved;
    },
    async closeBundle() {
      const page = resolve(config.root, config.build.outDir, 'index.html');
      const out = resolve(config.root, 'node_modules/.cache/prerender');
      await build({
        configFile: false,
        root: config.root,
        logLevel: 'warn',
        plugins: [react(), modelNotesPlugin()],
        build: { ssr: ENTRY, outDir: out, emptyOutDir: true, rollupOptions: { input: ENTRY } },
      });
      const { renderFirstScreen } = (await import(pathToFileURL(resolve(out, 'prerender.js')).href)) as {
        renderFirstScreen: () => string;
      };
      const html = readFileSync(page, 'utf8');
      const app = APP_SCRIPT.exec(html)?.[1];
      if (!html.includes(ROOT) || !html.includes(FIRST_PAINT) || !app)
        throw new Error(`${page} lacks an empty ${ROOT}, ${FIRST_PAINT} or the app's module script`);
      // The app's module is fetched at once (modulepreload) and started after the first paint by
      // public/first-paint.js, which the build tells where it is.
      // The stylesheets come first in the head: behind a dozen module preloads they were fetched last,
      // and the page was laid out once without them and again with them before its first paint (a
      // trace of a cold load: about 80 ms later on this machine).
      const styles = (html.match(STYLESHEETS) ?? []).map((link) => `${link.trim()}\n    `).join('');
      const started = html
        .replace(STYLESHEETS, '')
        .replace(APP_SCRIPT, `<link rel="modulepreload" crossorigin href="${app}">`)
        .replace(FIRST_PAINT, `${styles}<script src="./first-paint.js" data-app="${app}"></script>`)
        .replace(ROOT, `<div id="root">${renderFirstScreen()}</div>`);
      writeFileSync(page, started);
      rmSync(out, { recursive: true, force: true });
    },
  };
}
