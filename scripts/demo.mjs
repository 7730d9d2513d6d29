// The demo host page with two calculators embedded across origins, for trying the embed by hand (build
// first: npm run build). The calculator is served on 127.0.0.1, the host page on localhost: two origins.
import { serveDist } from './serve-dist.mjs';

const app = await serveDist('dist');
const host = await serveDist('dist', 0, { demo: { loader: `${app.url}/embed.js` } });
console.log(
  `demo host page: ${host.url.replace('127.0.0.1', 'localhost')}/demo/demo-host.html (Ctrl-C stops)`,
);
