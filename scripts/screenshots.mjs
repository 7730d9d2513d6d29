// Screenshots of the built app (light, dark, narrow, wide) into .perf/shots/, to look at before calling a screen done.
import { mkdirSync } from 'node:fs';
import { launchBrowser } from './browser.mjs';
import { serveDist } from './serve-dist.mjs';

const out = '.perf/shots';
mkdirSync(out, { recursive: true });
const server = await serveDist(process.env.DIST ?? 'dist');
const browser = await launchBrowser();
const path = process.argv.slice(2).find((a) => a.startsWith('/')) ?? '/';
const shots = [
  { name: 'wide-light', width: 1440, height: 1000, scheme: 'light' },
  { name: 'wide-dark', width: 1440, height: 1000, scheme: 'dark' },
  { name: 'narrow-light', width: 390, height: 844, scheme: 'light' },
  { name: 'projector', width: 1920, height: 1080, scheme: 'light' },
];
for (const s of shots) {
  const page = await browser.newPage({
    viewport: { width: s.width, height: s.height },
    colorScheme: s.scheme,
  });
  page.on('pageerror', (e) => console.error('pageerror', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()));
  await page.goto(server.url + path);
  await page.waitForSelector('[data-kpi="roi"]');
  // The charts on screen are created one a frame after the page has loaded: wait until they are drawn.
  await page.waitForFunction(
    () => document.querySelectorAll('.charts [data-chart] canvas[aria-label]').length >= 4,
  );
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${s.name}.png`, fullPage: process.argv.includes('--full') });
  await page.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}/`);
