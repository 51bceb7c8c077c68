import { describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import { DAY_MS } from './rule';
import { allFollowsOpened, staleFollows } from './stale-follows';

const now = Date.UTC(2025, 5, 1);
const daysAgo = (days: number) => now - days * DAY_MS;

describe('staleFollows', () => {
  it('lists followed sources not opened for 90 days, longest forgotten first', () => {
    const old = testSource({ id: 'old', kind: 'person', createdAt: daysAgo(400), lastVisitedAt: daysAgo(200) });
    const never = testSource({ id: 'never', kind: 'publication', createdAt: daysAgo(120) });
    const recent = testSource({ id: 'recent', kind: 'person', createdAt: daysAgo(300), lastVisitedAt: daysAgo(10) });
    const fresh = testSource({ id: 'fresh', kind: 'person', createdAt: daysAgo(30) });
    expect(staleFollows([recent, never, fresh, old], now)).toEqual([
      { source: old, since: daysAgo(200), opened: true },
      { source: never, since: daysAgo(120), opened: false },
    ]);
  });

  it('counts exactly 90 days as stale, 89 not', () => {
    const at90 = testSource({ id: 'a', kind: 'person', createdAt: daysAgo(90) });
    const at89 = testSource({ id: 'b', kind: 'person', createdAt: daysAgo(89) });
    expect(staleFollows([at90, at89], now).map((f) => f.source.id)).toEqual(['a']);
  });

  it('leaves out what is not followed', () => {
    const article = testSource({ id: 'a', createdAt: daysAgo(500) }); // to explore
    const archived = testSource({ id: 'p', kind: 'person', status: 'archived', createdAt: daysAgo(500) });
    expect(staleFollows([article, archived], now)).toEqual([]);
  });
});

describe('allFollowsOpened', () => {
  it('is true only when something is followed and all of it was opened within 90 days', () => {
    const opened = testSource({ id: 'o', kind: 'person', createdAt: daysAgo(300), lastVisitedAt: daysAgo(10) });
    const fresh = testSource({ id: 'f', kind: 'person', createdAt: daysAgo(30) });
    const article = testSource({ id: 'a', createdAt: daysAgo(5) }); // to explore
    expect(allFollowsOpened([opened, article], now)).toBe(true);
    // Saved lately and never opened: not stale, but not opened either.
    expect(allFollowsOpened([opened, fresh], now)).toBe(false);
    expect(allFollowsOpened([fresh], now)).toBe(false);
    // Nothing followed: nothing was opened.
    expect(allFollowsOpened([article], now)).toBe(false);
    expect(allFollowsOpened([], now)).toBe(false);
  });
});
