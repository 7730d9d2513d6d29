import type { Frame, Page } from 'playwright-core';
import { afterEach, describe, inject, test } from 'vitest';
import { expect, useBrowser } from './browser.ts';
import { ENGLISH_WORD_LIST } from '../unit/english-words.ts';

const browser = useBrowser();

afterEach(() => {
  expect(browser.errors.splice(0)).toEqual([]);
});

const ENGLISH_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(${ENGLISH_WORD_LIST.join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Every word a person sees or a screen reader reads in `root`: its text, and its labels and titles. */
const shownWords = (root: Page | Frame, selector = 'body') =>
  root.locator(selector).evaluate((element) => {
    const attributes = [...element.querySelectorAll('[aria-label], [title], [alt], [placeholder]')]
      .filter((e) => (e as HTMLElement).offsetParent !== null || e.getAttribute('role') === 'img')
      .flatMap((e) => ['aria-label', 'title', 'alt', 'placeholder'].map((a) => e.getAttribute(a) ?? ''));
    return [(element as HTMLElement).innerText, ...attributes].join('\n');
  });

// NOTE: a quotation is left out: it is a cited title (a source's article keeps its English name) or a
// person's own text (a scenario's name, a value given), which stays as written.
const QUOTED = /„[^“]*“|«[^»]*»|“[^”]*”|"[^"]*"/g;

/** The English words in `text`, outside quotations, each with a little of what is around it. */
function englishIn(quotedText: string): string[] {
  const text = quotedText.replace(QUOTED, '…');
  return [...text.matchAll(ENGLISH_WORD)].map((m) =>
    text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, ' '),
  );
}

describe.each([
  ['de-DE', 'de', 'Sprache'],
  ['fr-FR', 'fr', 'Langue'],
  ['es-ES', 'es', 'Idioma'],
])('a browser in %s', (locale, language, languageLabel) => {
  test('opens in its language, and no English is left on the first screen or in any analysis tab', async () => {
    const page = await browser.open('/', { locale, width: 1440 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    await expect.poll(() => page.getByLabel(languageLabel).count()).toBe(1);
    expect(englishIn(await shownWords(page)), 'first screen').toEqual([]);
    const tabs = page.locator('[data-analysis] [role="tab"]');
    for (let i = 0; i < (await tabs.count()); i++) {
      const tab = await tabs.nth(i).getAttribute('data-tab');
      await tabs.nth(i).click();
      await page.waitForSelector(`[data-panel="${tab}"] .analysis-view`);
      expect(englishIn(await shownWords(page, '[data-analysis]')), `tab ${tab}`).toEqual([]);
    }
  }, 120_000);
});

describe('the language', () => {
  test('opened from a German browser, the English page is never shown, not for one frame', async () => {
    const page = await browser.open('/', {
      locale: 'de-DE',
      init: () => {
        const seen: string[] = [];
        (window as unknown as { seen: string[] }).seen = seen;
        const sample = () => {
          const page = document.documentElement;
          if (document.body && !page.hasAttribute('data-opening-link'))
            seen.push(document.querySelector('.toolbar')?.textContent ?? '');
          requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      },
    });
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((text) => !text.includes('Sprache'))).toEqual([]);
  });

  test('picked in the page: every word changes, the picker keeps the focus, the link carries it, undo takes it back', async () => {
    const page = await browser.open('/', { width: 1440 });
    const roi = page.locator('[data-kpi="roi"]');
    const englishRoi = await roi.innerText();
    await page.getByLabel('Language').selectOption('fr');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
    // The picker keeps the focus through the change, for a keyboard user.
    expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent)).toContain(
      'Langue',
    );
    expect(await roi.innerText()).not.toBe(englishRoi);
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/[#&]lang=fr(&|$)/);
    const link = await page.evaluate(() => location.href);

    // The link opens in French in a browser set to German.
    const other = await browser.open('/', { locale: 'de-DE' });
    await other.goto(link);
    await expect.poll(() => other.evaluate(() => document.documentElement.lang)).toBe('fr');

    // Undo takes the language back like any other setting.
    await page.getByLabel('Langue').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  test('words that cannot be fetched leave the page in English, shown, with a notice for a link’s', async () => {
    const page = await browser.open('/', { locale: 'de-DE' });
    await page.route(/\/assets\/de-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    // A new document, so that the German words have not been fetched yet.
    await page.goto('about:blank');
    await page.goto(`${inject('baseUrl')}/#lang=de&v=3`);
    await page.waitForSelector('[data-kpi="roi"]');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-opening-link'))).toBe(false);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect
      .poll(() => page.locator('[data-notice]').allInnerTexts())
      .toContainEqual(expect.stringContaining('could not be fetched'));
    browser.errors.splice(0);
  });

  test('German and French embeds speak their language on their first screen', async () => {
    for (const [language, word] of [
      ['de', 'Kennzahlen'],
      ['fr', 'chiffres'],
    ] as const) {
      const page = await browser.open(`/embed.html?lang=${language}&lead=on&cta=https%3A%2F%2Fexample.com`);
      await page.waitForSelector('[data-kpi="roi"]');
      const text = await shownWords(page);
      expect(text).toContain(word);
      expect(englishIn(text), language).toEqual([]);
    }
  });

  test('an unknown language is named in a notice, in the language spoken', async () => {
    const page = await browser.open('/embed.html?lang=xx', { locale: 'de-DE' });
    await page.waitForSelector('[data-kpi="roi"]');
    const notices = await page.locator('[data-notice]').allInnerTexts();
    expect(notices.join(' ')).toContain('xx');
    expect(englishIn(notices.join(' '))).toEqual([]);
  });
});
