import {
  BarController,
  BarElement,
  Chart,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { markersPlugin } from './markers-plugin.ts';
import './print-resize.ts';

// Only the parts the charts use, registered once: the rest of Chart.js stays out of the bundle.
// The legend is HTML (chart-figure.tsx): readable by screen readers, operable by keyboard, and no
// canvas text to measure on every update.
Chart.register(
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  LinearScale,
  Filler,
  Tooltip,
  markersPlugin,
);
