// Screenshots of the sharing features (issue 5) into .perf/shots/: the tool panels, compare, presenter,
// print emulation and the embed inside the demo host page. Build first: npx vite build.
import { mkdirSync } from 'node:fs';
import { launchBrowser } from './browser.mjs';
import { serveDist } from './serve-dist.mjs';

const out = '.perf/shots';
mkdirSync(out, { recursive: true });
const app = await serveDist('dist');
const host = await serveDist('dist', 0, { demo: { loader: `${app.url}/embed.js` } });
const browser = await launchBrowser();

async function open(url, { width = 1440, height = 1000, scheme = 'light' } = {}) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
  page.on('pageerror', (e) => console.error('pageerror', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()));
  await page.goto(url);
  return page;
}

async function tool(page, id) {
  await page.click(`[data-tool="${id}"]`);
  await page.waitForSelector('.tool-panel h2');
  await page.waitForTimeout(300);
}

let page = await open(app.url);
await page.waitForSelector('[data-kpi="roi"]');
for (const name of ['Base case', 'Stretch: churn halved']) {
  await tool(page, 'scenarios');
  await page.fill('.save-form input', name);
  await page.click('.save-form button[type=submit]');
  await page.locator('[data-input="monthlyChurn.withCs"] .field-number').fill('0.4');
  await page.keyboard.press('Enter');
  await page.click(`[data-tool="scenarios"]`);
}
await tool(page, 'scenarios');
await page.screenshot({ path: `${out}/share-scenarios.png` });
await tool(page, 'compare');
await page.screenshot({ path: `${out}/share-compare.png`, fullPage: true });
await tool(page, 'export');
await page.screenshot({ path: `${out}/share-export.png` });
await tool(page, 'present');
await page.screenshot({ path: `${out}/share-presenter-setup.png` });
await page.click('.presenter-setup button.primary');
await page.waitForTimeout(300);
await page.screenshot({ path: `${out}/share-presenting.png` });
await page.close();

for (const scheme of ['light', 'dark']) {
  page = await open(app.url, { width: 703, height: 1000, scheme });
  await page.waitForSelector('[data-kpi="roi"]');
  await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/share-print-${scheme}.png`, fullPage: true });
  await page.close();
}

page = await open(`${host.url.replace('127.0.0.1', 'localhost')}/demo/demo-host.html`, {
  width: 1280,
  height: 1400,
});
await page.waitForTimeout(2000);
await page.screenshot({ path: `${out}/share-embed-host.png`, fullPage: true });
await page.close();

await browser.close();
await app.close();
await host.close();
console.log(`screenshots in ${out}/`);
