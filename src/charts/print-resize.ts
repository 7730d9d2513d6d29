import { Chart } from 'chart.js';

// Print layout gives the charts a different size, and Chart.js does not notice it in time on its own:
// resize every chart as printing starts and ends (the Chart.js docs' own advice).
const resizeAll = () => {
  for (const chart of Object.values(Chart.instances)) chart.resize();
};
window.addEventListener('beforeprint', resizeAll);
window.addEventListener('afterprint', resizeAll);
