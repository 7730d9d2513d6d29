// The floor app of the speed probe (scripts/perf-probe.mjs): React 19 and one Chart.js line chart driven by
// one slider, written the plain way (state in the component, the chart through react-chartjs-2). Nothing a
// calculator can do is faster than this, so the probe holds the calculator's figures as a ratio to these,
// measured in the same run on the same machine. It shows the same hooks the probe reads in the calculator:
// a slider in `[data-input="monthlyChurn.withCs"]`, a `data-kpi="roi"` card and a `data-chart="mrr"` canvas.
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Line } from 'react-chartjs-2';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);

const MONTHS = 36;

/** 36 months of MRR for 400 accounts at 2,000 a month that churn at `churn` a month and add 20 a month. */
function mrrPath(churn: number): number[] {
  const mrr = [800_000];
  for (let m = 1; m <= MONTHS; m++) mrr.push(mrr[m - 1]! * (1 - churn) + 40_000);
  return mrr;
}

function Floor() {
  const [churn, setChurn] = useState(0.01);
  const mrr = mrrPath(churn);
  const base = mrrPath(0.02);
  const lift = mrr[MONTHS]! / base[MONTHS]! - 1;
  const data = {
    labels: mrr.map((_, m) => m),
    datasets: [{ label: 'MRR', data: mrr, borderColor: '#2563eb', pointRadius: 0 }],
  };
  return (
    <main>
      <label data-input="monthlyChurn.withCs">
        Monthly churn with CS
        <input
          type="range"
          min={0}
          max={0.05}
          step={0.0005}
          value={churn}
          onChange={(e) => setChurn(Number(e.target.value))}
        />
      </label>
      <article data-kpi="roi">
        <p className="kpi-value">{(lift * 100).toFixed(1)} %</p>
      </article>
      <figure data-chart="mrr" style={{ width: 640, height: 320 }}>
        <Line
          data={data}
          options={{ animation: false, maintainAspectRatio: false }}
          role="img"
          aria-label={`MRR ends at ${Math.round(mrr[MONTHS]!)}`}
        />
      </figure>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Floor />
  </StrictMode>,
);
