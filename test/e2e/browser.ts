import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
// @ts-expect-error: a plain .mjs helper shared with the scripts, without type declarations
import { launchBrowser } from '../../scripts/browser.mjs';

const require = createRequire(import.meta.url);

/**
 * One Chromium per test file, closed after it; `open` gives a fresh page that collects in `errors` every page
 * error, console error and Content-Security-Policy violation (in the page and in every frame it opens).
 */
export function useBrowser() {
  let browser: Browser;
  const errors: string[] = [];
  beforeAll(async () => {
    browser = (await launchBrowser()) as Browser;
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    errors,
    async open(
      path = '/',
      options: {
        width?: number;
        height?: number;
        colorScheme?: 'light' | 'dark';
        /** The browser's language (navigator.languages), as a person's browser settings give it. */
        locale?: string;
        /** Runs in the page before its own scripts, as the DevTools protocol runs init scripts. */
        init?: () => void;
      } = {},
    ): Promise<Page> {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        colorScheme: options.colorScheme ?? 'light',
        ...(options.locale ? { locale: options.locale } : {}),
      });
      // Run by the DevTools protocol before any page script, in every frame: not governed by the page's CSP.
      await context.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
        ),
      );
      if (options.init) await context.addInitScript(options.init);
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(inject('baseUrl') + path);
      await page.waitForSelector('[data-kpi="roi"]');
      // The first screen is in the HTML before any script runs; the chart canvases appear once React has
      // taken it over, which is when a person's clicks and keys are heard. (Every page has charts.)
      await page.waitForSelector('[data-chart] canvas');
      return page;
    },
  };
}

export const kpiText = (page: Page, name: string) =>
  page.locator(`[data-kpi="${name}"] .kpi-value`).innerText();

/** Opens a tool's panel in the header (scenarios, compare, export…), unless it is open already. */
export async function openTool(page: Page, tool: string) {
  const button = page.locator(`[data-tool="${tool}"]`);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.waitForSelector('.tool-panel h2');
}

/** Saves the scenario on screen under `name`, as a person does, and waits for it to be listed. */
export async function save(page: Page, name: string) {
  await openTool(page, 'scenarios');
  await page.getByLabel('Name this scenario').fill(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => page.locator(`[data-scenario="${name}"]`).count()).toBe(1);
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern (a script tag would be blocked).
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document);
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Share of a canvas's pixels that are not transparent: a drawn chart has ink. */
export async function canvasInk(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
    return inked / (data.length / 4);
  });
}

export { expect };
