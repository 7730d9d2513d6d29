import {
  BarController,
  BarElement,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { markersPlugin } from './markers-plugin.ts';
import './print-resize.ts';

// Only the parts the charts use, registered once: the rest of Chart.js stays out of the bundle.
Chart.register(
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  LinearScale,
  Filler,
  Tooltip,
  Legend,
  markersPlugin,
);
