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

const monthKey = (year: number, month: number) => `${year}-${String(month + 1).padStart(2, '0')}`;

/**
 * How the network grew: one entry per month from the month of the first source to the
 * current month, months without a new source included.
 */
export const growthByMonth: InsightRule<MonthGrowth[]> = (sources: readonly Source[], now: number) => {
  if (sources.length === 0) return [];
  const added = new Map<string, number>();
  let first = Infinity;
  let last = now;
  for (const s of sources) {
    const d = new Date(s.createdAt);
    const key = monthKey(d.getFullYear(), d.getMonth());
    added.set(key, (added.get(key) ?? 0) + 1);
    first = Math.min(first, s.createdAt);
    last = Math.max(last, s.createdAt);
  }
  const out: MonthGrowth[] = [];
  const end = new Date(last);
  const endIndex = end.getFullYear() * 12 + end.getMonth();
  const start = new Date(first);
  let total = 0;
  for (let index = start.getFullYear() * 12 + start.getMonth(); index <= endIndex; index++) {
    const year = Math.floor(index / 12);
    const month = monthKey(year, index % 12);
    const count = added.get(month) ?? 0;
    total += count;
    out.push({ month, start: new Date(year, index % 12, 1).getTime(), added: count, total });
  }
  return out;
};
