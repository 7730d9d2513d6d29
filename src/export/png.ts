/**
 * A chart as a PNG that stands on its own when pasted into a deck: an opaque background (a canvas is
 * transparent, which turns black in some viewers), the chart's headline above and the key assumptions
 * below, drawn at the canvas's own pixel density.
 */
export interface PngFrame {
  title: string;
  notes: readonly string[];
  background: string;
  text: string;
  muted: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

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

export function chartPng(chart: HTMLCanvasElement, frame: PngFrame): Promise<Blob> {
  const scale = chart.clientWidth > 0 ? chart.width / chart.clientWidth : 1;
  const pad = 20 * scale;
  const titleSize = 18 * scale;
  const noteSize = 12 * scale;
  const width = chart.width + 2 * pad;

  const out = document.createElement('canvas');
  const ctx = out.getContext('2d');
  if (!ctx) return Promise.reject(new Error('This browser cannot draw images.'));
  ctx.font = `600 ${titleSize}px ${FONT}`;
  const titleLines = wrap(ctx, frame.title, chart.width);
  ctx.font = `${noteSize}px ${FONT}`;
  const noteLines = frame.notes.flatMap((n) => wrap(ctx, n, chart.width));
  const titleHeight = titleLines.length * titleSize * 1.3;
  const notesHeight = noteLines.length * noteSize * 1.5;
  out.width = Math.ceil(width);
  out.height = Math.ceil(pad + titleHeight + pad / 2 + chart.height + pad / 2 + notesHeight + pad);

  // Setting the size cleared the context: paint everything now.
  ctx.fillStyle = frame.background;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.textBaseline = 'top';
  ctx.fillStyle = frame.text;
  ctx.font = `600 ${titleSize}px ${FONT}`;
  titleLines.forEach((line, i) => ctx.fillText(line, pad, pad + i * titleSize * 1.3));
  const chartTop = pad + titleHeight + pad / 2;
  ctx.drawImage(chart, pad, chartTop);
  ctx.fillStyle = frame.muted;
  ctx.font = `${noteSize}px ${FONT}`;
  const notesTop = chartTop + chart.height + pad / 2;
  noteLines.forEach((line, i) => ctx.fillText(line, pad, notesTop + i * noteSize * 1.5));

  return new Promise((resolve, reject) =>
    out.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
      'image/png',
    ),
  );
}
