// Size check of the built app (run `npm run build` first): gzip size of every chunk in dist/, and the total
// JavaScript a first visit must load before the app runs, against the budget of issue 6; and the
// methodology tab's chunk against its own budget (issue 11: the model's notes, not its source).
//
// Initial JS = the module script(s) and modulepreload links in dist/index.html, plus every chunk they import
// statically, transitively. Every other chunk is listed apart: `lazy` ones load later (import(), or a
// public script), and those another page (the embed) loads first are named after it and reported, not gated.
// Sizes are gzip at zlib's default level (Vite's build report compresses its own way and prints a little
// more); 1 kB = 1000 bytes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET_BYTES = 140_000;
export const METHODOLOGY_BUDGET_BYTES = 10_000;
/** The embed page's own first load (issue 16): a marketing page's visitor waits for it. */
export const EMBED_BUDGET_BYTES = 125_000;

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/** Files (absolute paths) that a page of dist/ loads as module scripts or modulepreloads. */
function entryScripts(dist, page = 'index.html') {
  const html = readFileSync(join(dist, page), 'utf8');
  const found = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isModule = /^<script\b/.test(tag) && /\btype=["']?module["']?/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /\brel=["']?modulepreload["']?/.test(tag);
    const url = tag.match(/\b(?:src|href)=["']([^"']+)["']/)?.[1];
    if ((isModule || isPreload) && url && !/^[a-z]+:|^\/\//i.test(url)) {
      found.push(resolve(dist, url.replace(/^\//, '')));
    }
  }
  return found;
}

/** Relative specifiers of a chunk's static imports (`import … from "./x.js"`, `import "./x.js"`, `export … from`), never `import("…")`. */
function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  const specifiers = new Set();
  for (const m of code.matchAll(
    /\b(?:import|export)\s*(?:[\w$*{][^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  )) {
    specifiers.add(resolve(dirname(file), m[1]));
  }
  return [...specifiers];
}

/** Every chunk a page loads before it runs: its entry scripts and their static imports, transitively. */
function initialChunks(dist, page) {
  const initial = new Set();
  const queue = entryScripts(dist, page);
  while (queue.length > 0) {
    const file = queue.shift();
    if (initial.has(file)) continue;
    if (!existsSync(file)) throw new Error(`${relative(dist, file)} is referenced but missing`);
    initial.add(file);
    queue.push(...staticImports(file));
  }
  return initial;
}

const gzipOf = (file) => gzipSync(readFileSync(file)).length;

export function measure(dist = 'dist') {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: run \`npm run build\` first`);
  }
  const initial = initialChunks(dist, 'index.html');
  if (initial.size === 0) throw new Error(`${dist}/index.html loads no module script`);
  // Other pages: the embed has a budget of its own (below); any other page is reported.
  const otherPages = readdirSync(dist)
    .filter((f) => f.endsWith('.html') && f !== 'index.html')
    .map((page) => {
      const chunks = [...initialChunks(dist, page)];
      return { page, chunks, initialJs: chunks.reduce((sum, f) => sum + gzipOf(f), 0) };
    })
    .filter((p) => p.initialJs > 0);
  const pageOf = (file) => otherPages.find((p) => p.chunks.includes(file))?.page.replace(/\.html$/, '');
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(m?js|css)$/.test(entry.name)) files.push(resolve(path));
    }
  };
  walk(dist);
  const chunks = files
    .map((file) => {
      const bytes = readFileSync(file);
      return {
        file: relative(dist, file),
        kind: file.endsWith('.css') ? 'css' : initial.has(file) ? 'initial' : (pageOf(file) ?? 'lazy'),
        raw: bytes.length,
        gzip: gzipSync(bytes).length,
      };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || b.gzip - a.gzip);
  const initialJs = chunks.filter((c) => c.kind === 'initial').reduce((sum, c) => sum + c.gzip, 0);
  const methodology = chunks.find((c) => /(^|\/)methodology-view-[^/]*\.js$/.test(c.file));
  if (!methodology) throw new Error(`${dist} has no methodology-view chunk`);
  return { chunks, initialJs, otherPages, methodology };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const dist = process.argv[2] ?? 'dist';
  try {
    const { chunks, initialJs, otherPages, methodology } = measure(dist);
    const width = Math.max(...chunks.map((c) => c.file.length), 5);
    console.log(
      `${'chunk'.padEnd(width)}  ${'loads'.padEnd(7)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`,
    );
    for (const c of chunks) {
      console.log(
        `${c.file.padEnd(width)}  ${c.kind.padEnd(7)}  ${kB(c.raw).padStart(10)}  ${kB(c.gzip).padStart(10)}`,
      );
    }
    const verdict = (bytes, budget) =>
      `budget ${kB(budget)}: ${bytes <= budget ? 'within budget' : 'OVER BUDGET'}`;
    const embed = otherPages.find((p) => p.page === 'embed.html');
    if (!embed) throw new Error(`${dist}/embed.html loads no module script`);
    for (const p of otherPages.filter((o) => o !== embed))
      console.log(`\n${p.page} (not gated): initial JavaScript ${kB(p.initialJs)} gzip`);
    console.log(
      `\nEmbed's initial JavaScript: ${kB(embed.initialJs)} gzip, ${verdict(embed.initialJs, EMBED_BUDGET_BYTES)}`,
    );
    console.log(
      `\nInitial JavaScript: ${kB(initialJs)} gzip, ${verdict(initialJs, INITIAL_JS_BUDGET_BYTES)}`,
    );
    console.log(
      `Methodology chunk (${methodology.file}): ${kB(methodology.gzip)} gzip, ${verdict(methodology.gzip, METHODOLOGY_BUDGET_BYTES)}`,
    );
    if (
      initialJs > INITIAL_JS_BUDGET_BYTES ||
      methodology.gzip > METHODOLOGY_BUDGET_BYTES ||
      embed.initialJs > EMBED_BUDGET_BYTES
    )
      process.exitCode = 1;
  } catch (error) {
    console.error(`size check: ${error.message}`);
    process.exitCode = 1;
  }
}
