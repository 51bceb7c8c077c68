import { describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import { growthByMonth } from './growth';

/** Noon in the middle of a month, local time: the same month in every time zone's test run. */
const at = (year: number, month: number, day = 15) => new Date(year, month - 1, day, 12).getTime();

describe('growthByMonth', () => {
  it('counts sources added per month and the running total, months without any included', () => {
    const sources = [
      testSource({ id: 'a', createdAt: at(2024, 11) }),
      testSource({ id: 'b', createdAt: at(2024, 11, 28) }),
      testSource({ id: 'c', createdAt: at(2025, 2) }),
    ];
    expect(growthByMonth(sources, at(2025, 3))).toEqual([
      { month: '2024-11', start: new Date(2024, 10, 1).getTime(), added: 2, total: 2 },
      { month: '2024-12', start: new Date(2024, 11, 1).getTime(), added: 0, total: 2 },
      { month: '2025-01', start: new Date(2025, 0, 1).getTime(), added: 0, total: 2 },
      { month: '2025-02', start: new Date(2025, 1, 1).getTime(), added: 1, total: 3 },
      { month: '2025-03', start: new Date(2025, 2, 1).getTime(), added: 0, total: 3 },
    ]);
  });

  it('has one month for a network started this month, and none for an empty one', () => {
    expect(growthByMonth([testSource({ id: 'a', createdAt: at(2025, 3, 2) })], at(2025, 3, 20))).toEqual([
      { month: '2025-03', start: new Date(2025, 2, 1).getTime(), added: 1, total: 1 },
    ]);
    expect(growthByMonth([], at(2025, 3))).toEqual([]);
  });

  it('does not lose a source dated after "now" (a clock changed)', () => {
    const months = growthByMonth([testSource({ id: 'a', createdAt: at(2025, 5) })], at(2025, 3));
    expect(months.map((m) => m.month)).toEqual(['2025-05']);
    expect(months.at(-1)?.total).toBe(1);
  });

  it('puts each source in its local month, at the edges of months and across summer time', () => {
    const edges = [
      new Date(2024, 2, 1).getTime(),
      new Date(2024, 2, 1).getTime() - 1,
      new Date(2024, 9, 27, 2, 30).getTime(),
    ];
    // Every 7 hours and a bit over two years: both summer time changes, every month's edges.
    const times = [
      ...edges,
      ...Array.from({ length: 2_600 }, (_, i) => new Date(2023, 0, 1).getTime() + i * 7.3 * 3_600_000),
    ];
    const months = growthByMonth(
      times.map((createdAt, i) => testSource({ id: `s${i}`, createdAt })),
      new Date(2025, 0, 1).getTime(),
    );
    const expected = new Map<string, number>();
    for (const time of times) {
      const d = new Date(time);
      const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(months.filter((m) => m.added > 0).map((m) => [m.month, m.added])).toEqual([...expected].sort());
    expect(months.at(-1)?.total).toBe(times.length);
  });
});
