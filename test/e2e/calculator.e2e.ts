import type { Page } from 'playwright-core';
import { afterEach, describe, test } from 'vitest';
import { DEFAULT_SEGMENT } from '../../src/model/index.ts';
import { canvasInk, expect, kpiText, seriousViolations, useBrowser } from './browser.ts';

const browser = useBrowser();
/** Today's revenue per account on the defaults. */
const ARPA = DEFAULT_SEGMENT.arpa;

const CHARTS = ['mrr', 'bridge', 'retention', 'coverage'] as const;
const range = (path: string) => `[data-input="${path}"] input[type=range]`;
const typed = (path: string) => `[data-input="${path}"] input.field-number`;

/** "419%" → 419; "-12.5%" → -12.5. */
const percentOf = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

/** "$25.3M" → 25_300_000, "$156K" → 156_000, "$9,850" → 9850. */
function moneyOf(text: string): number {
  const m = text.replace(/,/g, '').match(/(-?\d+(?:\.\d+)?)\s*([KMB]?)/);
  if (!m) throw new Error(`not an amount: ${text}`);
  return Number(m[1]) * ({ '': 1, K: 1e3, M: 1e6, B: 1e9 } as const)[m[2] as '' | 'K' | 'M' | 'B'];
}

/** A fingerprint of what a chart's canvas shows, to tell a redraw from a chart left as it was. */
const canvasPrint = (page: Page, name: string) =>
  page.locator(`[data-chart="${name}"] canvas`).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let hash = 0;
    for (let i = 0; i < data.length; i += 7) hash = (hash * 31 + data[i]!) | 0;
    return hash;
  });

/** Everything the page says that a person can see: KPIs, headlines, summary, messages. */
async function screen(page: Page) {
  const charts = await Promise.all(
    CHARTS.map(async (name) => ({
      headline: await page.locator(`[data-chart="${name}"] .chart-title`).innerText(),
      print: await canvasPrint(page, name),
    })),
  );
  return {
    roi: await kpiText(page, 'roi'),
    npv: await kpiText(page, 'npv'),
    summary: await page.locator('[data-summary]').innerText(),
    charts,
  };
}

async function expectNoBrokenNumbers(page: Page) {
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
}

afterEach(() => {
  // Every test fails on a page error or console error; the list starts empty for the next one.
  expect(browser.errors.splice(0)).toEqual([]);
});

describe('the live calculator', () => {
  test('opens on the defaults with every chart drawn and no page errors', async () => {
    const page = await browser.open();
    expect(await kpiText(page, 'roi')).toMatch(/^\d[\d,]*%$/);
    for (const name of CHARTS) {
      expect(await canvasInk(page, `[data-chart="${name}"] canvas`)).toBeGreaterThan(0.01);
    }
    await expectNoBrokenNumbers(page);
  });

  test('dragging a slider with the mouse moves the KPIs, the summary and every chart', async () => {
    const page = await browser.open('/', { width: 1440, height: 1600 });
    const slider = page.locator(range('monthlyChurn.withCs'));
    const before = await screen(page);
    const start = Number(await slider.inputValue());
    const box = (await slider.boundingBox())!;
    const [min, max] = [Number(await slider.getAttribute('min')), Number(await slider.getAttribute('max'))];
    const fraction = (start - min) / (max - min);
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 8 + fraction * (box.width - 16), y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, y, { steps: 12 });
    await page.mouse.up();

    const end = Number(await slider.inputValue());
    expect(end).toBeGreaterThan(start + 3);
    // More churn with CS: the program keeps fewer accounts, so it returns less.
    await expect.poll(() => kpiText(page, 'roi').then(percentOf)).toBeLessThan(percentOf(before.roi));
    const after = await screen(page);
    expect(after.summary).not.toBe(before.summary);
    expect(after.npv).not.toBe(before.npv);
    for (const [i, name] of CHARTS.entries()) {
      expect(after.charts[i]!.print, `${name} chart redrawn`).not.toBe(before.charts[i]!.print);
    }
    expect(after.charts[0]!.headline).not.toBe(before.charts[0]!.headline);
    // The typed field follows the slider.
    expect(Number(await page.locator(typed('monthlyChurn.withCs')).inputValue())).toBeCloseTo(end, 5);
    await expectNoBrokenNumbers(page);
  });

  test('a focused slider steps with the arrow keys and jumps with Page Up', async () => {
    const page = await browser.open();
    const slider = page.locator(range('monthlyChurn.withCs'));
    const step = Number(await slider.getAttribute('step'));
    await slider.focus();
    const v0 = Number(await slider.inputValue());
    const roi0 = await kpiText(page, 'roi');

    await page.keyboard.press('ArrowRight');
    const v1 = Number(await slider.inputValue());
    expect(v1).toBeCloseTo(v0 + step, 6);
    await expect.poll(() => kpiText(page, 'roi')).not.toBe(roi0);
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/\d/);

    const roi1 = await kpiText(page, 'roi');
    await page.keyboard.press('PageUp');
    const v2 = Number(await slider.inputValue());
    expect(v2 - v1).toBeGreaterThan(step * 1.5);
    await expect.poll(() => kpiText(page, 'roi').then(percentOf)).toBeLessThan(percentOf(roi1));

    await page.keyboard.press('ArrowLeft');
    expect(Number(await slider.inputValue())).toBeCloseTo(v2 - step, 6);
  });

  test('a value typed in the number field is used by the model, the slider and the KPIs', async () => {
    const page = await browser.open();
    const arrBefore = moneyOf(await kpiText(page, 'arr-with-cs'));
    const field = page.locator(typed('arpa'));
    expect(await field.inputValue()).toBe(ARPA.toLocaleString('en-US'));

    await field.fill(String(1.5 * ARPA));
    await field.press('Enter');
    await expect.poll(() => page.locator(range('arpa')).inputValue()).toBe(String(1.5 * ARPA));
    expect(await field.inputValue()).toBe((1.5 * ARPA).toLocaleString('en-US'));
    expect(await page.locator('[data-input="arpa"] .field-message').innerText()).toBe('');
    // ARR is accounts × revenue per account: 1.5 × the revenue, 1.5 × the ARR (to the 3 digits shown).
    // The figures render just after the field, so wait for them to follow.
    await expect.poll(async () => moneyOf(await kpiText(page, 'arr-with-cs'))).not.toBe(arrBefore);
    const arrAfter = moneyOf(await kpiText(page, 'arr-with-cs'));
    expect(arrAfter / arrBefore).toBeGreaterThan(1.48);
    expect(arrAfter / arrBefore).toBeLessThan(1.52);
    await expectNoBrokenNumbers(page);
  });

  test('garbage typed in a field is refused in plain words, and nothing shows NaN or Infinity', async () => {
    const page = await browser.open();
    const field = page.locator(typed('arpa'));
    const message = page.locator('[data-input="arpa"] .field-message');
    const roi = await kpiText(page, 'roi');

    for (const garbage of ['abc', '1e999']) {
      await field.fill(garbage);
      await field.press('Enter');
      await expect
        .poll(() => message.innerText())
        .toMatch(
          new RegExp(
            `^“.+” is (not a number|too large a number), so \\$${ARPA.toLocaleString('en-US')} is kept\\.$`,
          ),
        );
      expect(await field.inputValue()).toBe(ARPA.toLocaleString('en-US'));
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await kpiText(page, 'roi')).toBe(roi);
      await expectNoBrokenNumbers(page);
    }

    await field.fill('-5');
    await field.press('Enter');
    await expect.poll(() => message.innerText()).toMatch(/below the lowest allowed value, so \$0 is used/);
    expect(await field.inputValue()).toBe('0');
    await expectNoBrokenNumbers(page);

    // The message is tied to the field for screen readers, and goes once a good value is typed.
    const described = (await field.getAttribute('aria-describedby'))!.split(' ');
    expect(await message.getAttribute('id')).toBe(described.at(-1));
    await field.fill('2500');
    await field.press('Enter');
    await expect.poll(() => message.innerText()).toBe('');
    expect(await field.getAttribute('aria-invalid')).toBeNull();
  });

  test('the keyboard alone reaches every slider and number field, in order, and operates them', async () => {
    const page = await browser.open();
    const everyInput = await page.$$eval('[data-input]', (wrappers) =>
      wrappers.flatMap((w) => {
        const path = w.getAttribute('data-input')!;
        return [`range ${path}`, `number ${path}`];
      }),
    );
    expect(everyInput.length).toBeGreaterThan(30);

    const reached: string[] = [];
    for (let i = 0; i < 600 && reached.length < everyInput.length; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        const path = el?.closest('[data-input]')?.getAttribute('data-input');
        if (!(el instanceof HTMLInputElement) || !path) return null;
        return {
          name: `${el.type === 'range' ? 'range' : 'number'} ${path}`,
          value: el.value,
          atMax: el.type === 'range' && Number(el.value) >= Number(el.max),
        };
      });
      if (!focused) continue;
      reached.push(focused.name);
      if (focused.name.startsWith('range')) {
        // Operate it: one step, and the slider (and the model behind it) moves.
        await page.keyboard.press(focused.atMax ? 'ArrowLeft' : 'ArrowRight');
        const now = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
        expect(now, `${focused.name} moved by keyboard`).not.toBe(focused.value);
      }
    }
    // Each slider comes just before its typed field, in the page's reading order.
    expect(reached).toEqual(everyInput);

    // A number field is operated by typing, then Enter, without a pointer.
    await page.locator(typed('csms')).focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(range('csms')).inputValue()).toBe('7');
  });

  test('narrow and wide screens lay out without sideways scrolling', async () => {
    for (const [width, height] of [
      [390, 844],
      [768, 1024],
      [1280, 900],
      [1920, 1080],
    ] as const) {
      const page = await browser.open('/', { width, height });
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        wider: [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .filter((el) => !el.closest('.visually-hidden, .table-scroll'))
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
          .slice(0, 5),
      }));
      expect(overflow, `${width}px wide`).toEqual({ page: 0, wider: [] });
      for (const name of CHARTS) {
        expect(
          await canvasInk(page, `[data-chart="${name}"] canvas`),
          `${name} at ${width}px`,
        ).toBeGreaterThan(0.01);
      }
    }
  });

  test('has no serious or critical accessibility violations, light or dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.open('/', { colorScheme });
      expect(await seriousViolations(page)).toEqual([]);
    }
  });

  test('both themes chosen in the toolbar pass axe, with a message shown and a table open', async () => {
    const page = await browser.open('/', { colorScheme: 'light' });
    await page.locator(typed('arpa')).fill('abc');
    await page.locator(typed('arpa')).press('Enter');
    await page.locator('[data-chart="mrr"] .chart-table summary').click();
    await page.locator('[data-chart="mrr"] .chart-legend button').first().click();
    for (const theme of ['dark', 'light'] as const) {
      await page.getByLabel('Theme').selectOption(theme);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect(await seriousViolations(page), theme).toEqual([]);
    }
  });

  test('a chart redraws only when what it shows changes', async () => {
    const page = await browser.open('/', { width: 1440, height: 1600 });
    // Count each canvas's redraws: Chart.js clears the canvas before every draw.
    await page.evaluate(() => {
      const clear = CanvasRenderingContext2D.prototype.clearRect;
      CanvasRenderingContext2D.prototype.clearRect = function (...args) {
        const canvas = this.canvas as HTMLCanvasElement;
        canvas.dataset.draws = String(Number(canvas.dataset.draws ?? 0) + 1);
        return clear.apply(this, args);
      };
    });
    const draws = () =>
      page.$$eval('[data-chart] canvas', (canvases) =>
        Object.fromEntries(
          canvases.map((c) => [
            c.closest('[data-chart]')!.getAttribute('data-chart'),
            Number(c.dataset.draws ?? 0),
          ]),
        ),
      );
    const step = async (path: string) => {
      await page.locator(range(path)).focus();
      await page.keyboard.press('ArrowRight');
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
    };

    // Whatever loads after the page (the analysis views below) has settled: no canvas is drawing.
    let before = await draws();
    await expect
      .poll(async () => {
        await page.waitForTimeout(300);
        const now = await draws();
        const same = JSON.stringify(now) === JSON.stringify(before);
        before = now;
        return same;
      })
      .toBe(true);

    // The discount rate only discounts: NPV moves, none of the four charts does.
    const npv = await kpiText(page, 'npv');
    await step('annualDiscountRate');
    await expect.poll(() => kpiText(page, 'npv')).not.toBe(npv);
    const unmoved = await draws();
    for (const name of CHARTS) expect(unmoved[name], name).toBe(before[name]);

    // Churn with CS moves every chart, each redrawn once.
    await step('monthlyChurn.withCs');
    const after = await draws();
    for (const name of CHARTS) expect(after[name], name).toBe(before[name]! + 1);
  });

  test('pointing at a chart reads out that month, formatted like the page', async () => {
    const page = await browser.open('/', { width: 1440, height: 1600 });
    const canvas = page.locator('[data-chart="mrr"] canvas');
    const readout = page.locator('[data-chart="mrr"] .chart-readout');
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await expect.poll(() => readout.count()).toBe(1);
    const text = await readout.innerText();
    expect(text).toMatch(/^Month \d+/);
    expect(text).toMatch(/MRR with CS: \$[\d.]+[KM]?/);
    expect(text).toMatch(/MRR without CS: \$/);
    expect(text).toMatch(/Cumulative net benefit: -?\$/);
    // A hidden series is not read out.
    await page.locator('[data-chart="mrr"] .chart-legend button', { hasText: 'MRR without CS' }).click();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2 + 5);
    await expect.poll(() => readout.innerText()).not.toMatch(/MRR without CS/);
    await page.mouse.move(box.x + box.width / 2, box.y - 40);
    await expect.poll(() => readout.count()).toBe(0);
  });

  test('a legend entry hides and shows its series, by pointer or keyboard', async () => {
    const page = await browser.open();
    const button = page.locator('[data-chart="mrr"] .chart-legend button', { hasText: 'MRR without CS' });
    const before = await canvasPrint(page, 'mrr');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => canvasPrint(page, 'mrr')).not.toBe(before);
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => canvasPrint(page, 'mrr')).toBe(before);
  });
});
