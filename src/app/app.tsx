import { DEFAULT_ASSUMPTIONS, evaluateCsProgram } from '../model/index.ts';

export function App() {
  const e = evaluateCsProgram(DEFAULT_ASSUMPTIONS);
  return (
    <main>
      <h1>Customer Success ROI calculator</h1>
      <p>ROI {e.roi?.toFixed(2)}</p>
    </main>
  );
}
