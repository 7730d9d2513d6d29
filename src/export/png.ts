import { Chart } from 'chart.js';
import { words } from '../i18n/words.ts';

/**
 * A chart as a PNG that stands on its own when pasted into a deck: an opaque background (a canvas is
 * transparent, which turns black in some viewers), the chart's headline above, its legend (the page's
 * legend is HTML, not on the canvas) and the key assumptions below, drawn at the canvas's own density.
 */
export interface PngFrame {
  title: string;
  /** The title given in the export panel, under the chart's own; '' for none. */
  subtitle: string;
  notes: readonly string[];
  /** Where the figures come from, on the last line. */
  source: string;
  background: string;
  text: string;
  muted: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

interface LegendItem {
  label: string;
  color: string;
  kind: 'line' | 'dashed' | 'bar';
}

/** The visible series of the chart drawn on `canvas`, as its HTML legend shows them. */
function legendOf(canvas: HTMLCanvasElement): LegendItem[] {
  const chart = Chart.getChart(canvas);
  if (!chart) return [];
  return chart.data.datasets.flatMap((d, i) => {
    if (!chart.isDatasetVisible(i)) return [];
    const dash = (d as { borderDash?: unknown }).borderDash;
    const bar = (d as { type?: string }).type === 'bar' || (chart.config as { type?: string }).type === 'bar';
    const color = String(bar ? d.backgroundColor : d.borderColor);
    const kind = bar ? 'bar' : Array.isArray(dash) && dash.length > 0 ? 'dashed' : 'line';
    return [{ label: d.label ?? '', color, kind } as LegendItem];
  });
}

/** Lays legend items out in rows no wider than `width`; returns each item's position. */
function layoutLegend(ctx: CanvasRenderingContext2D, items: LegendItem[], width: number, size: number) {
  const swatch = size * 1.6;
  const gap = size * 1.4;
  const placed: { item: LegendItem; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = swatch + size * 0.5 + ctx.measureText(item.label).width;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    placed.push({ item, x, row });
    x += w + gap;
  }
  return { placed, rows: items.length ? row + 1 : 0, swatch };
}

/** Splits `text` into lines no wider than `width` at the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Slide resolution: the image is at least this many pixels wide, whatever the screen it was made on. */
export const MIN_PNG_WIDTH = 1600;

/**
 * The chart drawn again, off screen, at `ratio` device pixels per CSS pixel: text and lines as crisp at
 * slide size as on a screen, where scaling the screen's pixels up would blur them. `done` frees it.
 */
function redrawn(canvas: HTMLCanvasElement, ratio: number): { canvas: HTMLCanvasElement; done: () => void } {
  const source = Chart.getChart(canvas);
  if (!source) return { canvas, done: () => {} };
  const copy = document.createElement('canvas');
  copy.width = canvas.clientWidth;
  copy.height = canvas.clientHeight;
  const { type, data, options } = source.config as unknown as {
    type: 'line' | 'bar';
    data: Chart['data'];
    options: Record<string, unknown>;
  };
  const chart = new Chart(copy, {
    type,
    data,
    options: { ...options, responsive: false, animation: false, devicePixelRatio: ratio },
  });
  data.datasets.forEach((_, i) => chart.setDatasetVisibility(i, source.isDatasetVisible(i)));
  chart.update('none');
  return { canvas: copy, done: () => chart.destroy() };
}

export async function chartPng(onScreen: HTMLCanvasElement, frame: PngFrame): Promise<Blob> {
  const cssWidth = onScreen.clientWidth || onScreen.width;
  // 20 CSS pixels of margin either side, like the drawing below.
  const ratio = Math.max(onScreen.width / cssWidth, MIN_PNG_WIDTH / (cssWidth + 40));
  const sharp = redrawn(onScreen, ratio);
  try {
    return await framed(sharp.canvas, ratio, frame);
  } finally {
    sharp.done();
  }
}

function framed(chart: HTMLCanvasElement, scale: number, frame: PngFrame): Promise<Blob> {
  const pad = 20 * scale;
  const titleSize = 18 * scale;
  const noteSize = 12 * scale;
  const width = chart.width + 2 * pad;

  const out = document.createElement('canvas');
  const ctx = out.getContext('2d');
  if (!ctx) return Promise.reject(new Error(words().share.files.cannotDraw));
  ctx.font = `600 ${titleSize}px ${FONT}`;
  const titleLines = wrap(ctx, frame.title, chart.width);
  const subtitleSize = 14 * scale;
  ctx.font = `${subtitleSize}px ${FONT}`;
  const subtitleLines = frame.subtitle ? wrap(ctx, frame.subtitle, chart.width) : [];
  ctx.font = `${noteSize}px ${FONT}`;
  const noteLines = [...frame.notes, frame.source].flatMap((n) => wrap(ctx, n, chart.width));
  const legend = layoutLegend(ctx, legendOf(chart), chart.width, noteSize);
  const titleHeight = titleLines.length * titleSize * 1.3 + subtitleLines.length * subtitleSize * 1.4;
  const legendHeight = legend.rows * noteSize * 1.8;
  const notesHeight = noteLines.length * noteSize * 1.5;
  out.width = Math.ceil(width);
  out.height = Math.ceil(
    pad + titleHeight + pad / 2 + chart.height + pad / 2 + legendHeight + pad / 2 + notesHeight + pad,
  );

  // Setting the size cleared the context: paint everything now.
  ctx.fillStyle = frame.background;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.textBaseline = 'top';
  ctx.fillStyle = frame.text;
  ctx.font = `600 ${titleSize}px ${FONT}`;
  titleLines.forEach((line, i) => ctx.fillText(line, pad, pad + i * titleSize * 1.3));
  ctx.fillStyle = frame.muted;
  ctx.font = `${subtitleSize}px ${FONT}`;
  const subtitleTop = pad + titleLines.length * titleSize * 1.3;
  subtitleLines.forEach((line, i) => ctx.fillText(line, pad, subtitleTop + i * subtitleSize * 1.4));
  const chartTop = pad + titleHeight + pad / 2;
  ctx.drawImage(chart, pad, chartTop);
  ctx.font = `${noteSize}px ${FONT}`;
  const legendTop = chartTop + chart.height + pad / 2;
  for (const { item, x, row } of legend.placed) {
    const left = pad + x;
    const middle = legendTop + row * noteSize * 1.8 + noteSize / 2;
    ctx.fillStyle = item.color;
    ctx.strokeStyle = item.color;
    if (item.kind === 'bar') ctx.fillRect(left, middle - noteSize / 3, legend.swatch, (noteSize * 2) / 3);
    else {
      ctx.lineWidth = 2.5 * scale;
      ctx.setLineDash(item.kind === 'dashed' ? [5 * scale, 3 * scale] : []);
      ctx.beginPath();
      ctx.moveTo(left, middle);
      ctx.lineTo(left + legend.swatch, middle);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.fillStyle = frame.text;
    ctx.fillText(item.label, left + legend.swatch + noteSize * 0.5, middle - noteSize / 2);
  }
  ctx.fillStyle = frame.muted;
  const notesTop = legendTop + legendHeight + pad / 2;
  noteLines.forEach((line, i) => ctx.fillText(line, pad, notesTop + i * noteSize * 1.5));

  return new Promise((resolve, reject) =>
    out.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error(words().share.files.imageFailed))),
      'image/png',
    ),
  );
}
