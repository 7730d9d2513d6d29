export { useChartPalette as usePalette } from '../charts/use-chart-palette.ts';
