import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, test } from 'vitest';
// @ts-expect-error: a plain .mjs helper shared with the scripts, without type declarations
import { serveDist } from '../../scripts/serve-dist.mjs';
import { CATALOG, isLeverKey, type InputKey } from '../../src/input-catalog.ts';
import { DEFAULT_SEGMENT } from '../../src/model/index.ts';
import { expect, seriousViolations, useBrowser } from './browser.ts';

const EVERY_INPUT = Object.keys(CATALOG);

type Server = { url: string; close: () => Promise<void> };
/**
 * Three origins: the calculator (the e2e server), a host page (the demo page, with the calculator's
 * loader), and a third party that forges messages and offers a loader of its own.
 */
let host: Server;
let third: Server;

beforeAll(async () => {
  host = (await serveDist('dist', 0, { demo: { loader: `${inject('baseUrl')}/embed.js` } })) as Server;
  const dir = mkdtempSync(join(tmpdir(), 'cs-roi-third-'));
  // What a hostile loader would do on the calculator's origin: read the saved scenarios.
  writeFileSync(join(dir, 'embed.js'), `document.title = 'stolen: ' + localStorage.length;`);
  writeFileSync(
    join(dir, 'forge.html'),
    `<!doctype html><title>forger</title><link rel="icon" href="data:,"><script>
      parent.postMessage({ type: 'cs-roi:height', height: 3333 }, '*');
      setInterval(() => parent.postMessage({ type: 'cs-roi:height', height: 3333 }, '*'), 50);
    </script>`,
  );
  writeFileSync(
    join(dir, 'hostile-host.html'),
    `<!doctype html><html lang="en"><title>hostile host</title><link rel="icon" href="data:,"><body>
      <div data-cs-roi data-preset="nope" data-currency="&lt;b&gt;" data-theme="neon" data-accent="red;}"
        data-inputs="arpa &lt;img src=x onerror=alert(1)&gt; csms" data-cta-url="javascript:alert(1)"
        data-cta-text="Click"></div>
      <script src="${inject('baseUrl')}/embed.js" async></script></body></html>`,
  );
  writeFileSync(
    join(dir, 'long-host.html'),
    `<!doctype html><html lang="en"><title>long attributes</title><link rel="icon" href="data:,"><body>
      <div data-cs-roi data-inputs="${EVERY_INPUT.join(', ')}" data-preset="&#x202E;evil&#x2066;"
        data-cta-url="https://example.com/${'a'.repeat(2100)}" data-cta-text="Go"></div>
      <script src="${inject('baseUrl')}/embed.js" async></script></body></html>`,
  );
  third = (await serveDist(dir, 0)) as Server;
});

afterAll(async () => {
  await host?.close();
  await third?.close();
});

// After the servers' hooks: after-hooks run last-registered first, so the browser (and its kept-alive
// connections) closes before the servers wait for their connections to end.
const browser = useBrowser();

/** The host page on "localhost", the calculator on "127.0.0.1": two origins on two ports. */
const hostUrl = (path: string) => `${host.url.replace('127.0.0.1', 'localhost')}/${path}`;

async function openHost(page: Page, path: string) {
  await page.goto(hostUrl(path));
  await page.waitForSelector('iframe');
}

const frameHeights = (page: Page) =>
  page.locator('iframe').evaluateAll((frames) => frames.map((f) => (f as HTMLIFrameElement).style.height));

async function calculatorFrame(page: Page, index: number): Promise<Frame> {
  const frame = await (await page.locator('iframe').nth(index).elementHandle())!.contentFrame();
  await frame!.waitForSelector('[data-kpi="roi"]');
  return frame!;
}

describe('the embed', () => {
  test('sizes itself inside a host page on another origin, one height per calculator', async () => {
    const page = await browser.open('/');
    await openHost(page, 'demo/demo-host.html');
    expect(await page.locator('iframe').count()).toBe(2);
    await expect.poll(() => frameHeights(page)).not.toContain('640px');
    const heights = await frameHeights(page);
    for (const [i, height] of heights.entries()) {
      const frame = await calculatorFrame(page, i);
      const content = await frame.locator('.embed').evaluate((e) => e.getBoundingClientRect().height);
      expect(Math.abs(parseFloat(height) - content), `frame ${i}`).toBeLessThanOrEqual(2);
    }
    expect(heights[0]).not.toBe(heights[1]);

    const first = await calculatorFrame(page, 0);
    expect(first.url()).toContain(`origin=${encodeURIComponent(hostUrl('').slice(0, -1))}`);
    expect(await first.locator('[data-notice]').count()).toBe(0);
    // Configured: euros in German format, four inputs shown, the CSM cost locked.
    expect(await first.locator('[data-kpi="npv"] .kpi-value').innerText()).toContain('€');
    expect(await first.locator('[data-input]').count()).toBe(5);
    expect(await first.locator('[data-input="csmAnnualCost"] .field-number').getAttribute('readonly')).toBe(
      '',
    );
    const cta = first.getByRole('link', { name: 'Book a demo' });
    expect(await cta.getAttribute('href')).toBe('https://example.com/demo');
    expect(await cta.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await cta.getAttribute('target')).toBe('_blank');

    // Typing into one embed resizes that frame to its new content, and only that frame.
    const [firstBefore] = await frameHeights(page);
    const second = await calculatorFrame(page, 1);
    await second.locator('[data-input="csms"] .field-number').fill(String(DEFAULT_SEGMENT.csms * 3));
    await second.locator('[data-input="csms"] .field-number').press('Enter');
    const secondContent = () => second.locator('.embed').evaluate((e) => e.getBoundingClientRect().height);
    await expect
      .poll(async () => Math.abs(parseFloat((await frameHeights(page))[1]!) - (await secondContent())))
      .toBeLessThanOrEqual(2);
    expect((await frameHeights(page))[0]).toBe(firstBefore);
    expect(browser.errors).toEqual([]);
  });

  test('ignores forged height messages from a third origin and from the host page itself', async () => {
    const page = await browser.open('/');
    await openHost(page, 'demo/demo-host.html');
    await expect.poll(() => frameHeights(page)).not.toContain('640px');
    const settled = await frameHeights(page);
    await page.evaluate((src) => {
      const forger = document.createElement('iframe');
      forger.src = src;
      document.body.append(forger);
      window.postMessage({ type: 'cs-roi:height', height: 3333 }, '*');
    }, `${third.url}/forge.html`);
    await page.waitForTimeout(600);
    expect((await frameHeights(page)).slice(0, 2)).toEqual(settled);
    expect(settled).not.toContain('3333px');
  });

  test('hostile attributes open the calculator with notices and nothing injected', async () => {
    const page = await browser.open('/');
    await page.goto(`${third.url}/hostile-host.html`);
    const frame = await calculatorFrame(page, 0);
    const notices = (await frame.locator('[data-notice]').allInnerTexts()).join(' ');
    expect(notices).toMatch(/no preset called “nope”/);
    expect(notices).toMatch(/currency “<b>” is not known/);
    expect(notices).toMatch(/theme “neon” is not known/);
    expect(notices).toMatch(/accent colour “red;}” is not a colour/);
    expect(notices).toMatch(/call-to-action link is not an http or https address/);
    expect(await frame.locator('a').count()).toBe(0);
    expect(await frame.locator('img').count()).toBe(0);
    expect(await frame.locator('[data-input]').count()).toBe(2);
    expect(await page.locator('iframe').getAttribute('sandbox')).toBe(
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads',
    );
  });

  test('long attributes: every input named is shown, a value too long is named in a notice', async () => {
    const page = await browser.open('/');
    await page.goto(`${third.url}/long-host.html`);
    const frame = await calculatorFrame(page, 0);
    // Every input of the catalog, the seven levers with two sides each.
    const levers = EVERY_INPUT.filter((name) => isLeverKey(name as InputKey)).length;
    expect(await frame.locator('[data-input]').count()).toBe(EVERY_INPUT.length + levers);
    const notices = (await frame.locator('[data-notice]').allInnerTexts()).join(' ');
    expect(notices).toContain(
      'The data-cta-url attribute was longer than 2000 characters, so it was ignored.',
    );
    expect(notices).not.toMatch(/do not exist/);
    expect(await frame.locator('a').count()).toBe(0);
    // The preset's bidi controls are spelled out, not obeyed.
    expect(notices).toContain(String.raw`no preset called “\u202Eevil\u2066”`);
    expect(notices).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\0]/);
  });

  test('the demo page takes no loader from its address, and is not in the build', async () => {
    const page = await browser.open('/');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const foreign = encodeURIComponent(`${third.url}/`);
    // Across origins (the calculator's loader is the server's choice) and on the calculator's own site.
    for (const url of [
      hostUrl(`demo/demo-host.html?embed=${foreign}`),
      `${inject('baseUrl')}/demo/demo-host.html?embed=${foreign}`,
    ]) {
      await page.goto(url);
      await expect.poll(() => page.locator('iframe').count()).toBe(2);
      const sources = await page
        .locator('iframe')
        .evaluateAll((fs) => fs.map((f) => (f as HTMLIFrameElement).src));
      for (const src of sources) expect(src.startsWith(`${inject('baseUrl')}/embed.html?`), src).toBe(true);
    }
    expect(requested.filter((r) => r.startsWith(third.url))).toEqual([]);
    expect(requested.some((r) => r.startsWith(`${inject('baseUrl')}/embed.js`))).toBe(true);
    expect(readdirSync('dist', { recursive: true }).filter((f) => /demo/.test(String(f)))).toEqual([]);
  });

  test('on the calculator’s own site the embed stays sandboxed, cannot reach its host, and sizes itself', async () => {
    const page = await browser.open('/');
    await page.goto(`${inject('baseUrl')}/demo/demo-host.html`);
    await expect.poll(() => frameHeights(page)).not.toContain('640px');
    const sandboxes = await page
      .locator('iframe')
      .evaluateAll((fs) => fs.map((f) => f.getAttribute('sandbox')));
    expect(sandboxes).toEqual([
      'allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads',
      'allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads',
    ]);
    const frame = await calculatorFrame(page, 0);
    // A same-origin frame with scripts and allow-same-origin could do exactly this and lift its sandbox.
    const reach = await frame.evaluate(() => {
      try {
        return window.parent.document.querySelector('iframe')?.getAttribute('sandbox') ?? 'no iframe';
      } catch {
        return 'blocked';
      }
    });
    expect(reach).toBe('blocked');
    expect(await frame.evaluate(() => window.frameElement)).toBeNull();
    expect(browser.errors).toEqual([]);
  });

  test('the embed page alone has no serious accessibility violations, light or dark', async () => {
    for (const theme of ['light', 'dark']) {
      const page = await browser.open(
        `/embed.html?preset=typical&theme=${theme}&accent=%230f766e&lock=csmAnnualCost&cta=https%3A%2F%2Fexample.com`,
      );
      expect(await seriousViolations(page)).toEqual([]);
    }
    expect(browser.errors).toEqual([]);
  });
});
