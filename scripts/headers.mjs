// The HTTP response headers the calculator's pages need: the one table that the e2e server
// (serve-dist.mjs) sends and that the checked-in host configs are written from (`node scripts/headers.mjs`
// rewrites public/_headers, vercel.json and docs/hosting/nginx.conf; a unit test checks they match).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The policy of index.html's and embed.html's <meta> tag, which also covers hosts that send no headers.
 * No 'unsafe-inline' for styles: React applies style props through the CSSOM (el.style[...]), and so does
 * Chart.js for its canvas; CSP governs only style attributes in markup and <style> elements, of which the
 * built pages have none (test/e2e/headers.e2e.ts listens for violations).
 */
export const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * Who may frame the embed. NOTE: `*` (any http/https page) because the embed is made to be put on other
 * sites; a deployment that knows its sites should list them instead ("https://www.example.com ..."), see
 * README, "Security".
 */
export const EMBED_FRAME_ANCESTORS = '*';

const COMMON = {
  // The full address of a page (with a shared scenario in its hash or query) is never sent to other sites.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // A file is run or styled only as the type it is served as.
  'X-Content-Type-Options': 'nosniff',
};

/**
 * Path rules, in the notation of Netlify's and Cloudflare Pages' `_headers` file. They do not overlap in
 * the header names they set: those hosts send every matching rule's value, and two CSPs would both apply.
 * `/embed` is how Cloudflare Pages serves embed.html (it drops the `.html`).
 */
export const HEADER_RULES = [
  { paths: ['/*'], headers: COMMON },
  {
    // The built scripts and styles, public files: readable by a page of any origin. The embed needs it on
    // the calculator's own site, where the loader sandboxes it into an opaque origin ("null") and its
    // module scripts and stylesheets (crossorigin) are fetched with CORS.
    paths: ['/assets/*'],
    headers: { 'Access-Control-Allow-Origin': '*' },
  },
  {
    paths: ['/', '/index.html'],
    headers: {
      'Content-Security-Policy': `${PAGE_POLICY}; frame-ancestors 'none'`,
      // For browsers that predate frame-ancestors.
      'X-Frame-Options': 'DENY',
    },
  },
  {
    paths: ['/embed.html', '/embed'],
    headers: { 'Content-Security-Policy': `${PAGE_POLICY}; frame-ancestors ${EMBED_FRAME_ANCESTORS}` },
  },
];

/** Whether a rule's path ("/embed.html", or "/assets/*" for all under it) covers a request path. */
export const pathMatches = (rule, path) =>
  rule.endsWith('/*') ? path.startsWith(rule.slice(0, -1)) : rule === path;

/** Every header the table gives a request path ("/", "/embed.html", "/assets/x.js"). */
export function headersFor(path) {
  return Object.assign(
    {},
    ...HEADER_RULES.filter((r) => r.paths.some((p) => pathMatches(p, path))).map((r) => r.headers),
  );
}

const GENERATED = 'Written by scripts/headers.mjs from its header table: edit that, then run it.';

/** public/_headers, for Netlify and Cloudflare Pages. */
export function netlifyHeaders() {
  const blocks = HEADER_RULES.flatMap((rule) =>
    rule.paths.map(
      (path) =>
        `${path}\n${Object.entries(rule.headers)
          .map(([name, value]) => `  ${name}: ${value}`)
          .join('\n')}\n`,
    ),
  );
  return `# ${GENERATED}\n${blocks.join('\n')}`;
}

/** vercel.json. Vercel's `source` is a path pattern: `/assets/(.*)` is everything under /assets/. */
export function vercelConfig() {
  return {
    headers: HEADER_RULES.flatMap((rule) =>
      rule.paths.map((path) => ({
        source: path.replace(/\/\*$/, '/(.*)'),
        headers: Object.entries(rule.headers).map(([key, value]) => ({ key, value })),
      })),
    ),
  };
}

/**
 * docs/hosting/nginx.conf, to include in the server block that serves dist/. Each location lists every
 * header it needs: nginx drops the enclosing block's add_header lines in a location that has its own.
 */
export function nginxConfig() {
  // `= /x` matches /x exactly; `/assets/` every path under it (the table's `/*`, an nginx prefix match).
  const location = (path) => {
    const lines = Object.entries(headersFor(path)).map(
      ([name, value]) => `    add_header ${name} "${value}" always;`,
    );
    const match = path.endsWith('/*') ? path.slice(0, -1) : `= ${path}`;
    return `location ${match} {\n${lines.join('\n')}\n}\n`;
  };
  return [
    `# ${GENERATED}\n# Include inside the server { } block whose root is the built dist/ folder.\n`,
    ...HEADER_RULES.flatMap((r) => r.paths).map(location),
  ].join('\n');
}

export const CONFIG_FILES = {
  'public/_headers': () => netlifyHeaders(),
  'vercel.json': () => `${JSON.stringify(vercelConfig(), null, 2)}\n`,
  'docs/hosting/nginx.conf': () => nginxConfig(),
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, render] of Object.entries(CONFIG_FILES)) {
    writeFileSync(file, render());
    console.log(`wrote ${file}`);
  }
}
