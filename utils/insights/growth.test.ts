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
});
