import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

// Only the pieces a bar chart needs, so the chunk stays small; this module is loaded lazily.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface BarSeries {
  label: string;
  values: number[];
  color: string;
}

interface BarChartProps {
  /** One per bar group, e.g. country names. */
  categories: string[];
  series: BarSeries[];
  /** What the chart shows, for screen readers; the figures themselves are given in a table beside it. */
  label: string;
  language: string;
}

/** Horizontal grouped bars: long category names stay readable on a phone. */
export function BarChart({ categories, series, label, language }: BarChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: categories,
        datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color, borderRadius: 3, maxBarThickness: 18 })),
      },
      options: {
        indexAxis: 'y',
        locale: language,
        responsive: true,
        maintainAspectRatio: false,
        animation: calm ? false : undefined,
        plugins: { legend: { position: 'top', align: 'start', labels: { boxWidth: 14, color: '#17252f' } } },
        scales: {
          x: { beginAtZero: true, ticks: { precision: 0, color: '#33444f' }, grid: { color: '#e9eef1' } },
          y: { ticks: { color: '#17252f', autoSkip: false }, grid: { display: false } },
        },
      },
    });
    return () => chart.destroy();
  }, [categories, series, language]);

  // Room for every category: the chart grows with the number of bars rather than squeeze them.
  const height = `${Math.max(categories.length, 1) * 2.4 + 4}rem`;
  return (
    <div className="bar-chart" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
