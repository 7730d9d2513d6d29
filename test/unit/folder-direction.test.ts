import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

/** Lints one line of code as if it were a file at `filePath`, with the project's own config. */
async function importErrors(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(`${code}\nexport const x = y;\n`, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.endsWith('no-restricted-imports'))
    .map((m) => m.message);
}

describe('folders import one way (lint)', { timeout: 60_000 }, () => {
  test.each([
    ['src/charts/fixture.ts', "import { y } from '../app/app.tsx';"],
    ['src/charts/fixture.ts', "import { y } from '../analysis/race.ts';"],
    ['src/components/share/fixture.tsx', "import { y } from '../../analysis/race.ts';"],
    ['src/store/fixture.ts', "import { y } from '../components/kpi-grid.tsx';"],
    ['src/export/fixture.ts', "import { y } from '../charts/palette.ts';"],
    ['src/analysis/fixture.ts', "import { y } from '../app/app.tsx';"],
    ['src/fixture.ts', "import { y } from './store/settings.ts';"],
    ['src/i18n/fixture.ts', "import { y } from '../store/settings.ts';"],
    ['src/model/fixture.ts', "import { y } from '../format.ts';"],
  ])('%s may not: %s', async (filePath, code) => {
    expect(await importErrors(filePath, code)).toHaveLength(1);
  });

  test.each([
    ['src/app/fixture.tsx', "import { y } from '../analysis/race.ts';"],
    ['src/analysis/fixture.ts', "import { y } from '../components/kpi-grid.tsx';"],
    ['src/components/fixture.tsx', "import { y } from '../charts/palette.ts';"],
    ['src/charts/fixture.ts', "import { y } from '../store/settings.ts';"],
    ['src/store/fixture.ts', "import { y } from '../format.ts';"],
    // A type vanishes from the build: it may cross the line.
    ['src/charts/fixture.ts', "import type { y } from '../analysis/race.ts';"],
  ])('%s may: %s', async (filePath, code) => {
    expect(await importErrors(filePath, code)).toEqual([]);
  });
});
