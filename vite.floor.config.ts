import react from '@vitejs/plugin-react';
import { mergeConfig } from 'vite';
import { compileHintsPlugin } from './scripts/compile-hints.ts';
import appConfig from './vite.config.ts';

/** The perf probe's floor app (test/bench/floor), built with the calculator's own build settings. */
const config = mergeConfig(
  { ...appConfig, plugins: [react(), compileHintsPlugin()] },
  {
    root: 'test/bench/floor',
    build: { outDir: '../../../dist-floor', emptyOutDir: true },
  },
);
// Merging would add the floor's page to the calculator's two: it replaces them.
config.build!.rollupOptions!.input = { floor: 'test/bench/floor/index.html' };
export default config;
