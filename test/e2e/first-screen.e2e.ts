import { describe, expect, test } from 'vitest';
import { DEFAULT_ASSUMPTIONS, evaluateCsProgram } from '../../src/model/index.ts';
import { kpiText, useBrowser } from './browser.ts';

const { open, errors } = useBrowser();

const defaultRoi = `${Math.round(evaluateCsProgram(DEFAULT_ASSUMPTIONS).roi! * 100)}%`;

describe('the first screen, rendered at build time', () => {
  test('reads before any script has run: the summary and the KPI figures are in the HTML', async () => {
    const page = await open('/');
    const context = page.context();
    const html = await (await context.request.get(page.url())).text();
    expect(html).toContain('data-summary');
    expect(html).toMatch(new RegExp(`data-kpi="roi"[^]*?class="kpi-value"[^>]*>${defaultRoi}<`));
    expect(await kpiText(page, 'roi')).toBe(defaultRoi);
  });

  test('is taken over by React without a mismatch or an error, then follows the inputs', async () => {
    errors.length = 0;
    const page = await open('/');
    const before = await kpiText(page, 'roi');
    await page.locator('[data-input="monthlyChurn.withCs"] input.field-number').fill('3');
    await page.keyboard.press('Enter');
    await expect.poll(() => kpiText(page, 'roi')).not.toBe(before);
    expect(errors).toEqual([]);
  });

  test('a link never shows the default figures first, not for one frame', async () => {
    const page = await open('/#v=3&n=900', {
      init: () => {
        const seen: string[] = [];
        (window as unknown as { seen: string[] }).seen = seen;
        const look = () => {
          const root = document.getElementById('root');
          const roi = document.querySelector('[data-kpi="roi"] .kpi-value');
          if (root && roi && getComputedStyle(root).visibility !== 'hidden') seen.push(roi.textContent ?? '');
          requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      },
    });
    const shown = await kpiText(page, 'roi');
    expect(shown).not.toBe(defaultRoi);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set([shown]));
  });

  test('creates the charts on screen first, the analysis area’s (below the fold) after them', async () => {
    const page = await open('/', {
      init: () => {
        const created: string[] = [];
        (window as unknown as { created: string[] }).created = created;
        new MutationObserver((changes) => {
          for (const change of changes)
            for (const node of change.addedNodes) {
              if (!(node instanceof Element)) continue;
              const canvases =
                node instanceof HTMLCanvasElement ? [node] : [...node.querySelectorAll('canvas')];
              for (const canvas of canvases) {
                const figure = canvas.closest<HTMLElement>('[data-chart]')?.dataset.chart ?? '?';
                created.push(canvas.closest('.analysis') ? `analysis:${figure}` : figure);
              }
            }
        }).observe(document, { childList: true, subtree: true });
      },
    });
    await page.locator('.analysis [data-chart] canvas').first().waitFor();
    await page.locator('[data-chart="coverage"] canvas').waitFor();
    const created = await page.evaluate(() => (window as unknown as { created: string[] }).created);
    const firstAnalysis = created.findIndex((c) => c.startsWith('analysis:'));
    expect(created.slice(0, 4)).toEqual(['mrr', 'bridge', 'retention', 'coverage']);
    expect(firstAnalysis).toBeGreaterThanOrEqual(4);
  });

  test('opens in the system’s dark theme from its first paint', async () => {
    const page = await open('/', { colorScheme: 'dark' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });
});
