/** The ranges issue 14 asks the first screen to land in, from published benchmarks (docs/presets.md). */
export const BELIEVABLE = {
  roi: [0.2, 1.5],
  paybackMonth: [9, 30],
  grrWithoutCs: [0.85, 0.92],
  nrrWithCs: [1, 1.15],
  csCostShareOfArr: [0.05, 0.15],
} as const;

export const within = (x: number | null, [low, high]: readonly [number, number]): boolean =>
  x !== null && x >= low && x <= high;
