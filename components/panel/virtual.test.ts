import { describe, expect, it } from 'vitest';
import { renderedIndexes, visibleRange } from './virtual';

describe('visibleRange', () => {
  it.each([
    // count, row height, list top, viewport, overscan → range
    [0, 100, 0, 800, 5, { start: 0, end: 0 }],
    [1_000, 100, 200, 800, 5, { start: 0, end: 11 }], // list starts below the top: 6 rows in view
    [1_000, 100, -5_000, 800, 5, { start: 45, end: 63 }], // scrolled: rows 50 to 57 in view
    [1_000, 100, -100_000, 800, 5, { start: 995, end: 1_000 }], // the end
    [3, 100, 0, 800, 5, { start: 0, end: 3 }],
    [1_000, 100, 900, 800, 5, { start: 0, end: 5 }], // list below the fold
  ])('%i rows of %ipx, top at %ipx, %ipx viewport, overscan %i', (count, h, top, viewport, overscan, range) => {
    expect(visibleRange(count, h, top, viewport, overscan)).toEqual(range);
  });

  it('renders a bounded number of rows whatever the count', () => {
    for (const count of [10, 10_000, 100_000]) {
      const { start, end } = visibleRange(count, 100, -50 * 100, 1_000, 5);
      expect(end - start).toBeLessThanOrEqual(Math.min(count, 21));
    }
  });
});

describe('renderedIndexes', () => {
  it('adds the focused row where it belongs', () => {
    expect(renderedIndexes({ start: 3, end: 6 }, undefined)).toEqual([3, 4, 5]);
    expect(renderedIndexes({ start: 3, end: 6 }, 4)).toEqual([3, 4, 5]);
    expect(renderedIndexes({ start: 3, end: 6 }, 0)).toEqual([0, 3, 4, 5]);
    expect(renderedIndexes({ start: 3, end: 6 }, 9)).toEqual([3, 4, 5, 9]);
  });
});
