import { describe, expect, it } from 'vitest';
import { afterReview, dueAt, dueSources, inQueue, intervalDays, isDue, type Reviewable as Fields } from './queue';

const DAY = 24 * 60 * 60 * 1000;
const SAVED = Date.UTC(2026, 0, 1);

type Reviewable = Fields & { id: string };
const source = (fields: Partial<Reviewable> = {}): Reviewable => ({
  id: 'a',
  status: 'to_explore',
  visits: 0,
  createdAt: SAVED,
  ...fields,
});

describe('the review queue', () => {
  it('follows sources never opened nor annotated, and not archived', () => {
    expect(inQueue(source())).toBe(true);
    expect(inQueue(source({ status: 'following' }))).toBe(true);
    expect(inQueue(source({ visits: 1 }))).toBe(false);
    expect(inQueue(source({ note: 'Read the second half' }))).toBe(false);
    expect(inQueue(source({ quote: 'A line kept' }))).toBe(false);
    expect(inQueue(source({ status: 'archived' }))).toBe(false);
  });

  it('brings a source back a day after saving, a week after the first review, a month after each later one', () => {
    expect(intervalDays(undefined)).toBe(1);
    expect(intervalDays({ step: 1, at: 0 })).toBe(7);
    expect(intervalDays({ step: 2, at: 0 })).toBe(30);
    expect(intervalDays({ step: 9, at: 0 })).toBe(30);
    expect(dueAt(source())).toBe(SAVED + DAY);
    expect(isDue(source(), SAVED + DAY - 1)).toBe(false);
    expect(isDue(source(), SAVED + DAY)).toBe(true);

    const reviewedAt = SAVED + 3 * DAY;
    const once = { ...source(), ...afterReview(source(), 'reviewed', reviewedAt) };
    expect(once.review).toEqual({ step: 1, at: reviewedAt });
    expect(isDue(once, reviewedAt + 7 * DAY - 1)).toBe(false);
    expect(isDue(once, reviewedAt + 7 * DAY)).toBe(true);

    const twice = { ...once, ...afterReview(once, 'reviewed', reviewedAt + 7 * DAY) };
    expect(dueAt(twice)).toBe(reviewedAt + 37 * DAY);
    const thrice = { ...twice, ...afterReview(twice, 'reviewed', dueAt(twice)) };
    expect(dueAt(thrice)).toBe(reviewedAt + 67 * DAY);
  });

  it('puts a source off by the interval it reached, without counting a review', () => {
    const once = source({ review: { step: 1, at: SAVED } });
    const later = { ...once, ...afterReview(once, 'later', SAVED + 8 * DAY) };
    expect(later.review).toEqual({ step: 1, at: SAVED + 8 * DAY });
    expect(isDue(later, SAVED + 14 * DAY)).toBe(false);
    expect(isDue(later, SAVED + 15 * DAY)).toBe(true);
  });

  it('archives a source, which leaves the queue', () => {
    const archived = { ...source(), ...afterReview(source(), 'archive', SAVED + DAY) };
    expect(archived.status).toBe('archived');
    expect(isDue(archived, SAVED + 100 * DAY)).toBe(false);
  });

  it('lists what is due, the longest waiting first', () => {
    const now = SAVED + 40 * DAY;
    const rows = [
      source({ id: 'new', createdAt: now - DAY / 2 }),
      source({ id: 'old', createdAt: SAVED }),
      source({ id: 'reviewed', review: { step: 1, at: now - 10 * DAY } }),
      source({ id: 'opened', visits: 2 }),
      source({ id: 'middle', createdAt: SAVED + 20 * DAY }),
    ];
    expect(dueSources(rows, now).map((s) => s.id)).toEqual(['old', 'middle', 'reviewed']);
  });
});
