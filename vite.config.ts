import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { compileHintsPlugin } from './scripts/compile-hints.ts';
import { modelNotesPlugin } from './scripts/model-notes.ts';
import { prerenderPlugin } from './scripts/prerender.ts';

/**
 * The dev server injects each stylesheet as a <style> element (for hot reload), which the pages' policy
 * refuses (no inline styles): only its pages get 'unsafe-inline' for styles. The build keeps the policy.
 */
const devInlineStyles: Plugin = {
  name: 'dev-inline-styles',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"),
};

export default defineConfig({
  plugins: [react(), devInlineStyles, modelNotesPlugin(), compileHintsPlugin(), prerenderPlugin()],
  base: './',
  build: {
    target: 'es2022',
    // Browsers without modulepreload (older Safari) still load every chunk, a little later; the polyfill
    // would cost every browser its bytes in the first chunk.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
      output: {
        // React, its scheduler and zustand change only with an upgrade: their own chunk stays cached
        // across releases of the calculator, and every chunk is named for what it holds.
        manualChunks: (id) =>
          /[\\/]node_modules[\\/](react|react-dom|scheduler|zustand|use-sync-external-store)[\\/]/.test(id)
            ? 'react-vendor'
            : undefined,
        // The bundler names a shared chunk after one of its modules; the one the page and the embed both
        // load first holds their shared screen (inputs, KPI cards, chart figures) and happens to take the
        // stylesheet's name, so it is named for what it holds.
        chunkFileNames: (chunk) =>
          chunk.name === 'styles' ? 'assets/shared-screen-[hash].js' : 'assets/[name]-[hash].js',
      },
      treeshake: {
        // Chart.js ships every controller, scale and element as a class with static fields that read
        // another object's property (`static defaults = Base.defaults`). With property reads counted as
        // side effects, the bundler keeps every unregistered class (doughnut, radar, time scale…):
        // about 19 KB minified. Our code never relies on a getter running for its side effect.
        propertyReadSideEffects: false,
        // The model is pure (lint forbids globals there): a model file that the first screen imports only
        // through the index barrel, for the analysis views' sake, stays out of the first screen's chunks.
        moduleSideEffects: [{ test: /[\\/]src[\\/]model[\\/]/, sideEffects: false }],
      },
    },
  },
  test: {
    environment: 'node',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
