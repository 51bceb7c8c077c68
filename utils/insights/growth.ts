import type { Source } from '../model/source';
import type { InsightRule } from './rule';

export interface MonthGrowth {
  /** `YYYY-MM`, in local time. */
  month: string;
  /** Local midnight on the first day of the month. */
  start: number;
  /** Sources saved that month (still in the network). */
  added: number;
  /** Sources in the network at the end of that month. */
  total: number;
}

/** `YYYY-MM` of a month (0-based), as growth and the portfolio key months. */
export const monthKey = (year: number, month: number) => `${year}-${String(month + 1).padStart(2, '0')}`;

/** Local midnight on the first day of a month (months past 11 roll into the next years). */
export function monthStart(year: number, month: number): number {
  const date = new Date(0);
  date.setFullYear(year, month, 1);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/**
 * How the network grew: one entry per month from the month of the first source to the
 * current month, months without a new source included.
 *
 * Each source is counted in the month whose start (local midnight on the 1st) it follows last,
 * found by a binary search in the months' starts: a Date per source, with its time zone
 * lookups, would cost more than everything else here on a large network.
 */
export const growthByMonth: InsightRule<MonthGrowth[]> = (sources: readonly Source[], now: number) => {
  if (sources.length === 0) return [];
  let first = Infinity;
  let last = now;
  for (const s of sources) {
    if (s.createdAt < first) first = s.createdAt;
    if (s.createdAt > last) last = s.createdAt;
  }
  const start = new Date(first);
  const end = new Date(last);
  const startIndex = start.getFullYear() * 12 + start.getMonth();
  const months = end.getFullYear() * 12 + end.getMonth() - startIndex + 1;
  const starts = Array.from({ length: months + 1 }, (_, i) =>
    monthStart(Math.floor((startIndex + i) / 12), (startIndex + i) % 12),
  );
  const added = new Array<number>(months).fill(0);
  for (const s of sources) {
    // The last month starting at or before the source: starts[low] <= createdAt < starts[low + 1].
    let low = 0;
    let high = months - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (starts[mid]! <= s.createdAt) low = mid;
      else high = mid - 1;
    }
    added[low] = (added[low] ?? 0) + 1;
  }
  let total = 0;
  return added.map((count, i) => {
    const index = startIndex + i;
    total += count;
    return { month: monthKey(Math.floor(index / 12), index % 12), start: starts[i]!, added: count, total };
  });
};
