// A tiny static server for dist/: what the e2e tests, the perf probe and screenshots load. It sends the
// same security headers as the checked-in host configs (scripts/headers.mjs).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor } from './headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.csv': 'text/csv',
};

/** The demo host page and its stylesheet: for development and tests only, never in dist/. */
const DEMO = resolve(fileURLToPath(new URL('../demo', import.meta.url)));
const DEMO_LOADER = 'src="../embed.js"';

/** `path` under the folder `base`, or null when it would leave it (`/../dist-old/x` included). */
function inside(base, path) {
  const file = normalize(join(base, path));
  return file === base || file.startsWith(base + sep) ? file : null;
}

/**
 * Serves `root` on 127.0.0.1:`port` (0: any free port); resolves to { url, close }.
 * `demo`: also serve demo/ at /demo/ (demo/demo-host.html); `demo.loader` is the embed loader's address
 * its page uses instead of this server's own, to embed from another origin. Only the caller sets it:
 * the page itself never takes a script address from its URL.
 */
export function serveDist(root = 'dist', port = 0, { demo } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const isDemo = demo && path.startsWith('/demo/');
    let file = isDemo ? inside(DEMO, path.slice('/demo/'.length)) : inside(base, path);
    if (file === null) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const page = isDemo && demo.loader && extname(file) === '.html' ? withLoader(file, demo.loader) : null;
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...headersFor(path),
    });
    if (page !== null) res.end(page);
    else createReadStream(file).pipe(res);
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      done({ url: `http://127.0.0.1:${actual}`, close: () => new Promise((c) => server.close(c)) });
    });
  });
}

function withLoader(file, loader) {
  const html = readFileSync(file, 'utf8');
  if (!html.includes(DEMO_LOADER)) throw new Error(`${file} has no ${DEMO_LOADER} to point elsewhere`);
  return html.replace(DEMO_LOADER, `src="${new URL(loader).href}"`);
}
