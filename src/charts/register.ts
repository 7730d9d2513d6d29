import {
  BarController,
  BarElement,
  Chart,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';
import { markersPlugin } from './markers-plugin.ts';
import './print-resize.ts';

// Only the parts the charts use, registered once: the rest of Chart.js stays out of the bundle.
// The legend and the hover readout are HTML (chart-figure.tsx, readout.ts): the legend is readable by
// screen readers and operable by keyboard, neither measures canvas text on every update, and the first
// screen loads about 8 kB less of Chart.js.
Chart.register(
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  LinearScale,
  Filler,
  markersPlugin,
);
