import { describe, test } from 'vitest';
import { canvasInk, expect, kpiText, seriousViolations, useBrowser } from './browser.ts';

const browser = useBrowser();

describe('the live calculator', () => {
  test('opens on the defaults with every chart drawn and no page errors', async () => {
    const page = await browser.open();
    expect(await kpiText(page, 'roi')).toMatch(/^\d[\d,]*%$/);
    for (const name of ['mrr', 'bridge', 'retention', 'coverage']) {
      expect(await canvasInk(page, `[data-chart="${name}"] canvas`)).toBeGreaterThan(0.01);
    }
    expect(browser.errors).toEqual([]);
  });

  test('has no serious or critical accessibility violations, light or dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.open('/', { colorScheme });
      expect(await seriousViolations(page)).toEqual([]);
    }
  });
});
