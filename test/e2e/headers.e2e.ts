import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, test } from 'vitest';
import { ANALYSIS_TABS } from '../../src/analysis/tabs.ts';
// @ts-expect-error: a plain .mjs helper shared with the scripts, without type declarations
import { serveDist } from '../../scripts/serve-dist.mjs';
import { expect, useBrowser } from './browser.ts';

type Server = { url: string; close: () => Promise<void> };
/** Another origin (another port) whose page frames the calculator's two pages. */
let framer: Server;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cs-roi-framer-'));
  const base = inject('baseUrl');
  writeFileSync(
    join(dir, 'framer.html'),
    `<!doctype html><html lang="en"><title>framer</title><link rel="icon" href="data:,"><body>
      <iframe id="app" title="app" src="${base}/index.html" width="800" height="600"></iframe>
      <iframe id="embed" title="embed" src="${base}/embed.html?preset=typical" width="800" height="600"></iframe>
    </body></html>`,
  );
  framer = (await serveDist(dir, 0)) as Server;
});

afterAll(async () => {
  await framer?.close();
});

// After the server's hooks, so that the browser closes first (see embed.e2e.ts).
const browser = useBrowser();

const headersOf = async (path: string) => (await fetch(inject('baseUrl') + path)).headers;

async function frameOf(page: Page, id: string): Promise<Frame> {
  return (await (await page.locator(`iframe#${id}`).elementHandle())!.contentFrame())!;
}

describe('the response headers', () => {
  test('the app page may not be framed, the embed may; both have the full policy and the common headers', async () => {
    for (const path of ['/', '/index.html']) {
      const h = await headersOf(path);
      expect(h.get('content-security-policy'), path).toMatch(/(^|; )frame-ancestors 'none'($|;)/);
      expect(h.get('x-frame-options'), path).toBe('DENY');
    }
    const embed = await headersOf('/embed.html');
    expect(embed.get('content-security-policy')).toMatch(/(^|; )frame-ancestors \*($|;)/);
    expect(embed.has('x-frame-options')).toBe(false);
    for (const path of ['/', '/embed.html']) {
      const policy = (await headersOf(path)).get('content-security-policy')!;
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ])
        expect(policy.split('; '), path).toContain(directive);
      expect(policy, path).not.toContain('unsafe-');
    }
    for (const path of ['/', '/embed.html', '/embed.js']) {
      const h = await headersOf(path);
      expect(h.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(h.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  test('in another site’s frame the app page is refused and the embed renders', async () => {
    const page = await browser.open('/');
    await page.goto(`${framer.url}/framer.html`);
    const embed = await frameOf(page, 'embed');
    await embed.waitForSelector('[data-kpi="roi"]');
    const app = await frameOf(page, 'app');
    // The embed's page has rendered by now; the app page, as quick to render, would have too.
    await page.waitForTimeout(500);
    expect(app.url()).not.toContain(inject('baseUrl'));
    expect(await app.locator('[data-kpi]').count()).toBe(0);
    // Chromium says why, in the framing page's console.
    expect(browser.errors.splice(0).join('\n')).toMatch(/frame-ancestors 'none'/);
  });
});

describe('with no inline styles allowed', () => {
  test('the app, each analysis view, a chart readout and the embed report no CSP violation', async () => {
    const page = await browser.open('/');
    const canvas = page.locator('[data-chart="mrr"] canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    // Low in the plot, under the MRR line (the readout is placed at the line's point, not the pointer's).
    const pointerY = box.y + box.height * 0.8;
    await page.mouse.move(box.x + box.width * 0.3, pointerY);
    const readout = page.locator('[data-chart="mrr"] .chart-readout');
    await expect.poll(() => readout.count()).toBe(1);
    // Placed by custom properties: just right of the pointer, its top above it.
    const placed = (await readout.boundingBox())!;
    const gap = placed.x - (box.x + box.width * 0.3);
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThan(24);
    expect(placed.y).toBeLessThan(pointerY);
    await page.locator('[data-chart="mrr"] .chart-legend button').first().click();
    for (const { id } of ANALYSIS_TABS) {
      await page.click(`[data-tab="${id}"]`);
      await page.waitForSelector(`[data-panel="${id}"] .analysis-view`);
      await page.waitForTimeout(300);
    }
    const embed = await browser.open(
      '/embed.html?preset=typical&accent=%230f766e&cta=https%3A%2F%2Fexample.com',
    );
    expect(await embed.locator('.embed-cta a').count()).toBe(1);
    expect(browser.errors).toEqual([]);

    // The listener is live: a style attribute in markup is refused and reported.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p style="color: red">x</p>'));
    await expect.poll(() => browser.errors.join('\n')).toMatch(/CSP violation: style-src-attr/);
    browser.errors.splice(0);
  });
});
