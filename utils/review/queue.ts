import type { ReviewState } from '../model/source';
import type { Status } from '../model/vocabulary';

/**
 * The review queue: sources saved but never opened nor annotated come back, at growing
 * intervals: a day after they were saved, then a week after the first review, then a month after
 * each one since. Opening a source (a visit), writing a note or keeping a quote takes it out of
 * the queue for good; so does archiving it.
 */

const DAY = 24 * 60 * 60 * 1000;

/** Days before a source comes back, by how many times it was reviewed (the last one repeats). */
const REVIEW_INTERVAL_DAYS = [1, 7, 30] as const;

/** What a person does with a source the queue brings back. */
export const REVIEW_ACTIONS = ['reviewed', 'later', 'archive'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** What the queue reads of a source. */
export interface Reviewable {
  status: Status;
  visits: number;
  note?: string | undefined;
  quote?: string | undefined;
  createdAt: number;
  review?: ReviewState | undefined;
}

/** Whether the queue follows this source at all: kept, never opened, nothing written about it. */
export function inQueue(source: Reviewable): boolean {
  return source.status !== 'archived' && source.visits === 0 && !source.note && !source.quote;
}

/** Days to wait after `review` (none yet: after saving). */
export function intervalDays(review: ReviewState | undefined): number {
  const step = Math.min(review?.step ?? 0, REVIEW_INTERVAL_DAYS.length - 1);
  return REVIEW_INTERVAL_DAYS[step] ?? REVIEW_INTERVAL_DAYS[0];
}

/** When the source comes back: its last review (or its saving) plus the interval it has reached. */
export function dueAt(source: Reviewable): number {
  return (source.review?.at ?? source.createdAt) + intervalDays(source.review) * DAY;
}

export function isDue(source: Reviewable, now: number): boolean {
  return inQueue(source) && dueAt(source) <= now;
}

/** The sources due for review at `now`, the longest waiting first. */
export function dueSources<S extends Reviewable>(sources: Iterable<S>, now: number): S[] {
  const due: { source: S; at: number }[] = [];
  for (const source of sources) if (isDue(source, now)) due.push({ source, at: dueAt(source) });
  return due.sort((a, b) => a.at - b.at).map((d) => d.source);
}

/**
 * What an action changes: *Reviewed* counts a review, so the next interval is longer; *Later*
 * puts it off by the interval it has reached without counting one; *Archive* archives it.
 */
export function afterReview(
  source: Reviewable,
  action: ReviewAction,
  now: number,
): { review: ReviewState } | { status: Status } {
  switch (action) {
    case 'reviewed':
      return { review: { step: (source.review?.step ?? 0) + 1, at: now } };
    case 'later':
      return { review: { step: source.review?.step ?? 0, at: now } };
    case 'archive':
      return { status: 'archived' };
  }
}
