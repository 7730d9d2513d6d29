import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, test } from 'vitest';
// @ts-expect-error: a plain .mjs helper shared with the scripts, without type declarations
import { serveDist } from '../../scripts/serve-dist.mjs';
import { expect, useBrowser } from './browser.ts';

type Server = { url: string; close: () => Promise<void> };
let host: Server;
let third: Server;

beforeAll(async () => {
  host = (await serveDist('dist', 0, { demo: { loader: `${inject('baseUrl')}/embed.js` } })) as Server;
  const dir = mkdtempSync(join(tmpdir(), 'cs-roi-events-'));
  // A third origin's frame that sends a well-formed lead event, as if it were a calculator.
  writeFileSync(
    join(dir, 'forge.html'),
    `<!doctype html><title>forger</title><link rel="icon" href="data:,"><script>
      const detail = { figures: {}, currency: 'EUR', link: '${inject('baseUrl')}/#v=3', email: 'a@b.co', consent: true };
      setInterval(() => parent.postMessage({ type: 'cs-roi:event', name: 'lead', detail }, '*'), 50);
    </script>`,
  );
  // A host that asks for the data layer but has none, and a consent text with markup in it.
  writeFileSync(
    join(dir, 'bare-host.html'),
    `<!doctype html><html lang="en"><title>bare host</title><link rel="icon" href="data:,"><body>
      <div id="bare" data-cs-roi data-datalayer="on" data-lead="on"
        data-lead-consent="I agree &lt;img src=x onerror=alert(1)&gt;"></div>
      <script>
        window.heard = [];
        document.addEventListener('cs-roi:ready', (e) => window.heard.push(e.type));
      </script>
      <script src="${inject('baseUrl')}/embed.js" async></script></body></html>`,
  );
  third = (await serveDist(dir, 0)) as Server;
});

afterAll(async () => {
  await host?.close();
  await third?.close();
});

const browser = useBrowser();

/** Each event the host page's listeners received: which calculator, its type and detail. */
type Heard = { target: string; type: string; detail: Record<string, unknown> };

/** Opens the demo host (on another origin) with a listener for every event, installed before any script. */
async function openHost(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    const heard: unknown[] = [];
    (window as unknown as { heard: unknown[] }).heard = heard;
    for (const name of ['ready', 'change', 'cta', 'export', 'lead'])
      document.addEventListener(`cs-roi:${name}`, (e) =>
        heard.push({ target: (e.target as Element).id, type: e.type, detail: (e as CustomEvent).detail }),
      );
  });
  await page.goto(`${host.url.replace('127.0.0.1', 'localhost')}/demo/demo-host.html`);
  await page.waitForSelector('iframe');
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);
const heardOf = async (page: Page, type: string, target = 'german') =>
  (await heard(page)).filter((h) => h.type === `cs-roi:${type}` && h.target === target);

async function frameOf(page: Page, index: number): Promise<Frame> {
  // The loader's frames load lazily: one far below the fold waits until it is scrolled near.
  await page.locator('iframe').nth(index).scrollIntoViewIfNeeded();
  const frame = await (await page.locator('iframe').nth(index).elementHandle())!.contentFrame();
  await frame!.waitForSelector('[data-kpi="roi"]');
  return frame!;
}

describe('events for the host page', () => {
  test('ready, change, cta and export arrive on each calculator’s own element with their detail', async () => {
    const page = await browser.open('/');
    await openHost(page);
    const german = await frameOf(page, 0);
    await frameOf(page, 1);
    await expect
      .poll(async () => (await heard(page)).filter((h) => h.type === 'cs-roi:ready').length)
      .toBe(2);
    const [ready] = await heardOf(page, 'ready');
    expect(ready!.detail.language).toBe('de');
    expect(ready!.detail.currency).toBe('EUR');
    const figures = ready!.detail.figures as Record<string, number | null>;
    expect(typeof figures.roi).toBe('number');
    expect(Number.isFinite(figures.netBenefit)).toBe(true);
    // The share link opens the full calculator on this scenario.
    expect(String(ready!.detail.link)).toMatch(new RegExp(`^${inject('baseUrl')}/#.*cur=EUR`));

    // A change is told once the inputs rest: one event for a burst of typing, naming the input.
    const csms = german.locator('[data-input="csms"] .field-number');
    await csms.fill('12');
    await csms.press('Enter');
    await csms.fill('14');
    await csms.press('Enter');
    await expect.poll(async () => (await heardOf(page, 'change')).length, { timeout: 5000 }).toBe(1);
    await page.waitForTimeout(1500);
    const changes = await heardOf(page, 'change');
    expect(changes).toHaveLength(1);
    expect(changes[0]!.detail.input).toBe('csms');
    expect(changes[0]!.detail.segment).toBe(0);
    expect(changes[0]!.detail.figures).not.toEqual(figures);
    expect(String(changes[0]!.detail.link)).toMatch(/[#&]n=14(&|$)/);
    // The other calculator told nothing.
    expect(await heardOf(page, 'change', 'dark')).toEqual([]);

    // The call to action (opened in a new tab, which is closed again).
    const popup = page.context().waitForEvent('page');
    await german.getByRole('link', { name: 'Book a demo' }).press('Enter');
    await (await popup).close();
    await expect.poll(async () => (await heardOf(page, 'cta')).length).toBe(1);
    expect((await heardOf(page, 'cta'))[0]!.detail.href).toBe('https://example.com/demo');

    // A download.
    const download = page.waitForEvent('download');
    await german.getByRole('button', { name: /CSV/ }).press('Enter');
    expect((await download).suggestedFilename()).toMatch(/^cs-roi-key-figures-.*\.csv$/);
    await expect.poll(async () => (await heardOf(page, 'export')).length).toBe(1);
    expect((await heardOf(page, 'export'))[0]!.detail.format).toBe('csv');

    // Pushed to the data layer for the calculator that asked, and only for it.
    const layer = await page.evaluate(
      () => (window as unknown as { dataLayer: { event: string }[] }).dataLayer,
    );
    expect(layer.map((e) => e.event)).toEqual([
      'cs-roi:ready',
      'cs-roi:change',
      'cs-roi:cta',
      'cs-roi:export',
    ]);
    expect(browser.errors).toEqual([]);
  });

  // Keys, not clicks, throughout: the frame grows as its messages appear, and a click aimed at where a
  // control was can land beside it while the host page follows the new height. A person uses both.
  test('the lead form refuses a bad address and a missing consent, and sends a good one', async () => {
    const page = await browser.open('/');
    await openHost(page);
    const german = await frameOf(page, 0);
    const email = german.getByRole('textbox', { name: 'Geschäftliche E-Mail-Adresse' });
    const send = german.getByRole('button', { name: 'Bericht anfordern' });
    // The host's consent wording, as text.
    const consent = german.getByRole('checkbox', { name: /Acme mich zu diesem Bericht kontaktiert/ });

    await email.fill('<script>alert(1)</script>@x.com');
    await consent.press('Space');
    expect(await consent.isChecked()).toBe(true);
    await send.press('Enter');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => german.getByRole('status').filter({ hasText: 'E-Mail-Adresse wie' }).count())
      .toBe(1);

    await email.fill('anna@beispiel.de');
    await consent.press('Space');
    expect(await consent.isChecked()).toBe(false);
    await send.press('Enter');
    await expect.poll(() => german.getByRole('status').filter({ hasText: 'Häkchen' }).count()).toBe(1);

    await consent.press('Space');
    expect(await consent.isChecked()).toBe(true);
    await send.press('Enter');
    await expect.poll(async () => (await heardOf(page, 'lead')).length).toBe(1);
    const [lead] = await heardOf(page, 'lead');
    expect(lead!.detail.email).toBe('anna@beispiel.de');
    expect(lead!.detail.consent).toBe(true);
    expect(typeof (lead!.detail.figures as Record<string, unknown>).roi).toBe('number');
    expect(await german.getByRole('status').filter({ hasText: 'anna@beispiel.de' }).count()).toBe(1);
    expect(browser.errors).toEqual([]);
  });

  test('a host with no data layer gets its events and no global; a consent text with markup shows as text', async () => {
    const page = await browser.open('/');
    await page.goto(`${third.url}/bare-host.html`);
    const frame = await frameOf(page, 0);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard))
      .toEqual(['cs-roi:ready']);
    expect(await page.evaluate(() => 'dataLayer' in window)).toBe(false);
    const consent = frame.getByRole('checkbox', { name: 'I agree <img src=x onerror=alert(1)>' });
    expect(await consent.count()).toBe(1);
    expect(await frame.locator('img').count()).toBe(0);
    expect(browser.errors).toEqual([]);
  });

  test('forged and malformed messages never reach the host’s listeners', async () => {
    const page = await browser.open('/');
    await openHost(page);
    const german = await frameOf(page, 0);
    await expect.poll(async () => (await heardOf(page, 'ready')).length).toBe(1);
    // From another origin's frame, and from the host page itself.
    await page.evaluate((src) => {
      const forger = document.createElement('iframe');
      forger.src = src;
      document.body.append(forger);
      window.postMessage({ type: 'cs-roi:event', name: 'lead', detail: { email: 'x@y.co' } }, '*');
    }, `${third.url}/forge.html`);
    // From the calculator's own frame, but malformed: each is a valid lead but for one field.
    const [ready] = await heardOf(page, 'ready');
    await german.evaluate(
      ({ figures, link }) => {
        const base = { figures, currency: 'EUR', link, email: 'a@b.co', consent: true };
        for (const detail of [
          { ...base, email: '<script>@x.co' },
          { ...base, consent: 'yes' },
          { ...base, link: 'https://evil.example/' },
          { ...base, figures: { ...figures, roi: Number.NaN } },
          { ...base, figures: { ...figures, roi: '1' } },
          { ...base, currency: '<b>' },
        ])
          parent.postMessage({ type: 'cs-roi:event', name: 'lead', detail }, '*');
        parent.postMessage({ type: 'cs-roi:event', name: 'unknown', detail: base }, '*');
        // The same, well formed, does arrive: the checks above refuse each for its one bad field.
        parent.postMessage(
          { type: 'cs-roi:event', name: 'lead', detail: { ...base, email: 'ok@b.co' } },
          '*',
        );
      },
      { figures: ready!.detail.figures as Record<string, unknown>, link: ready!.detail.link },
    );
    await page.waitForTimeout(800);
    const leads = await heardOf(page, 'lead');
    expect(leads.map((l) => l.detail.email)).toEqual(['ok@b.co']);
    expect((await heard(page)).map((h) => h.type).sort()).toEqual([
      'cs-roi:lead',
      'cs-roi:ready',
      'cs-roi:ready',
    ]);
  });
});
