import type { MonthGrowth } from '@/utils/insights/growth';
import { formatMonth, formatNumber, plural, t } from '@/utils/i18n';

const WIDTH = 600;
const HEIGHT = 180;
const PAD = { top: 12, right: 12, bottom: 24, left: 12 };

export const monthLabel = (start: number) => formatMonth(start);

/** The growth in one sentence: the chart's text alternative. */
export function growthSummary(months: readonly MonthGrowth[]): string {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return '';
  if (months.length === 1) return plural('growth_summary_month', last.total, monthLabel(first.start));
  const busiest = months.reduce((a, b) => (b.added > a.added ? b : a), first);
  return plural(
    'growth_summary',
    last.total,
    monthLabel(first.start),
    monthLabel(last.start),
    monthLabel(busiest.start),
    formatNumber(busiest.added),
  );
}

/**
 * Sources added per month (bars) and the network's size (the line), drawn as SVG. The
 * sentence above it and the table under it say the same in text.
 */
export function GrowthChart(props: { months: readonly MonthGrowth[] }) {
  const { months } = props;
  const last = months.at(-1);
  if (!last) return null;
  const maxAdded = Math.max(1, ...months.map((m) => m.added));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / months.length;
  const barW = Math.max(1, slot * 0.7);
  const yAdded = (n: number) => PAD.top + plotH - (n / maxAdded) * plotH;
  const yTotal = (n: number) => PAD.top + plotH - (n / Math.max(1, last.total)) * plotH;
  const xMid = (i: number) => PAD.left + slot * i + slot / 2;
  const line = months.map((m, i) => `${xMid(i).toFixed(1)},${yTotal(m.total).toFixed(1)}`).join(' ');
  const first = months[0];

  return (
    <figure class="growth">
      <p id="growth-summary">{growthSummary(months)}</p>
      <svg class="growth-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="growth-summary">
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} class="axis" />
        {months.map((m, i) => (
          <rect
            key={m.month}
            class="bar"
            x={PAD.left + slot * i + (slot - barW) / 2}
            width={barW}
            y={yAdded(m.added)}
            height={PAD.top + plotH - yAdded(m.added)}
          />
        ))}
        {months.length > 1 ? (
          <polyline class="total" points={line} fill="none" />
        ) : (
          <circle class="total-dot" cx={xMid(0)} cy={yTotal(last.total)} r="3" />
        )}
        {first && (
          <text x={PAD.left} y={HEIGHT - 6} class="tick">
            {monthLabel(first.start)}
          </text>
        )}
        {months.length > 1 && (
          <text x={WIDTH - PAD.right} y={HEIGHT - 6} class="tick" text-anchor="end">
            {monthLabel(last.start)}
          </text>
        )}
      </svg>
      <figcaption class="legend">
        <span>
          <span class="swatch bar-swatch" aria-hidden="true" />
          {t('growth_added_legend')}
        </span>
        <span>
          <span class="swatch total-swatch" aria-hidden="true" />
          {t('growth_total_legend')}
        </span>
      </figcaption>
      <details>
        <summary>{t('growth_table')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('growth_month')}</th>
              <th scope="col">{t('growth_added')}</th>
              <th scope="col">{t('growth_total')}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthLabel(m.start)}</th>
                <td>{m.added}</td>
                <td>{m.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
