import type { Source } from '../model/source';
import type { Category, Kind, Status } from '../model/vocabulary';
import { hostOf } from '../url/host';
import { foldForSearch } from '../text';

/**
 * What the side panel's list shows: the filters a person picks, and the order. Pure functions
 * over the collection, so that they are tested without a browser.
 */

export const SORTS = ['newest', 'visited', 'title', 'reliability'] as const;
export type Sort = (typeof SORTS)[number];

/** "Saved within the last day / week / 30 days / year", or "more than a year ago". */
export const SAVED_RANGES = ['day', 'week', 'month', 'year', 'older'] as const;
export type SavedRange = (typeof SAVED_RANGES)[number];

/** "Not rated", or rated at least 1…5. */
export const RELIABILITY_FILTERS = ['unrated', '5', '4', '3', '2', '1'] as const;
export type ReliabilityFilter = (typeof RELIABILITY_FILTERS)[number];

export interface ListFilters {
  kind?: Kind | undefined;
  category?: Category | undefined;
  topic?: string | undefined;
  status?: Status | undefined;
  reliability?: ReliabilityFilter | undefined;
  saved?: SavedRange | undefined;
  /** A host, as `hostOf` gives it: what was saved from one site. */
  site?: string | undefined;
  /** A person's id: that person and what they made. */
  creator?: string | undefined;
}

const DAY = 24 * 60 * 60 * 1000;
const RANGE_DAYS: Record<Exclude<SavedRange, 'older'>, number> = { day: 1, week: 7, month: 30, year: 365 };

/** Whether a source passes every filter given. `now` decides what "saved this week" means. */
export function matchesFilters(source: Source, filters: ListFilters, now: number): boolean {
  const { kind, category, topic, status, reliability, saved, site, creator } = filters;
  if (kind !== undefined && source.kind !== kind) return false;
  if (category !== undefined && source.category !== category) return false;
  if (status !== undefined && source.status !== status) return false;
  if (topic !== undefined && !source.topics.includes(topic)) return false;
  if (reliability !== undefined) {
    const rating = source.reliability?.rating;
    if (reliability === 'unrated' ? rating !== undefined : rating === undefined || rating < Number(reliability))
      return false;
  }
  if (saved !== undefined) {
    const age = now - source.createdAt;
    if (saved === 'older' ? age <= 365 * DAY : age > RANGE_DAYS[saved] * DAY) return false;
  }
  if (site !== undefined && hostOf(source.url) !== site) return false;
  if (creator !== undefined && source.id !== creator && !source.creators.includes(creator)) return false;
  return true;
}

/** How many filters are set. */
export function activeFilterCount(filters: ListFilters): number {
  return Object.values(filters).filter((v) => v !== undefined).length;
}

/** Sorting key for titles: folded, so that "éclair" sits with "eclair" and case is ignored. */
export function titleKey(source: Source): string {
  return foldForSearch(source.title);
}

const newestFirst = (a: Source, b: Source) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The sources in a sort order:
 * - newest: saved most recently first;
 * - visited: opened most recently first, never opened last;
 * - title: A to Z, ignoring case and accents;
 * - reliability: best rated first, unrated last.
 * Ties go newest first. Returns a new array; `get` reads the source out of each item.
 */
export function sortBy<T>(items: readonly T[], sort: Sort, get: (item: T) => Source): T[] {
  const keyed = items.map((item) => ({ item, source: get(item), key: sort === 'title' ? titleKey(get(item)) : '' }));
  const compare = {
    newest: (a: (typeof keyed)[number], b: (typeof keyed)[number]) => newestFirst(a.source, b.source),
    visited: (a: (typeof keyed)[number], b: (typeof keyed)[number]) =>
      (b.source.lastVisitedAt ?? -1) - (a.source.lastVisitedAt ?? -1) || newestFirst(a.source, b.source),
    title: (a: (typeof keyed)[number], b: (typeof keyed)[number]) =>
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || newestFirst(a.source, b.source),
    reliability: (a: (typeof keyed)[number], b: (typeof keyed)[number]) =>
      (b.source.reliability?.rating ?? 0) - (a.source.reliability?.rating ?? 0) || newestFirst(a.source, b.source),
  }[sort];
  return keyed.sort(compare).map((k) => k.item);
}

/** What the list shows: the sorted sources that pass the filters and match the search. */
export function visibleEntries<T extends { source: Source; slot: number }>(
  sorted: readonly T[],
  filters: ListFilters,
  hits: { hasSlot(slot: number): boolean } | undefined,
  now: number,
): T[] {
  const filtering = activeFilterCount(filters) > 0;
  if (!filtering && !hits) return sorted as T[];
  const out: T[] = [];
  for (const entry of sorted) {
    if (hits && !hits.hasSlot(entry.slot)) continue;
    if (filtering && !matchesFilters(entry.source, filters, now)) continue;
    out.push(entry);
  }
  return out;
}
