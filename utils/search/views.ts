import type { Source } from '../model/source';
import { hostOf } from '../url/host';
import { sortBy, type Sort } from './list-query';
import type { Entry } from './source-store';

/** Views of the collection: pure functions of its entries, and a memo that keeps them until it changes. */

/** Every entry in a sort order. */
export function sortedEntries(entries: Iterable<Entry>, sort: Sort): Entry[] {
  return sortBy([...entries], sort, (e) => e.source);
}

/**
 * Every source, newest first, as the database lists them by date saved (`listSources`): of two
 * saved at the same time, the greater id first.
 */
export function newestFirst(entries: Iterable<Entry>): Source[] {
  // The dates are sorted as numbers, natively (a comparison function would be called some
  // 130,000 times for 10,000 sources), then each source is found again by its date; sources
  // saved at the same time, rare, are ordered by id.
  const byDate = new Map<number, Source | Source[]>();
  const dates: number[] = [];
  for (const { source } of entries) {
    const same = byDate.get(source.createdAt);
    if (same === undefined) {
      byDate.set(source.createdAt, source);
      dates.push(source.createdAt);
    } else if (Array.isArray(same)) same.push(source);
    else byDate.set(source.createdAt, [same, source]);
  }
  const sorted = Float64Array.from(dates).sort();
  const out: Source[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const found = byDate.get(sorted[i]!)!;
    if (Array.isArray(found)) out.push(...found.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)));
    else out.push(found);
  }
  return out;
}

/** Every topic in use, A to Z. */
export function topicsOf(entries: Iterable<Entry>): string[] {
  const all = new Set<string>();
  for (const { source } of entries) for (const topic of source.topics) all.add(topic);
  return [...all].sort((a, b) => a.localeCompare(b));
}

/** Every person, by name. */
export function peopleOf(entries: Iterable<Entry>): Source[] {
  return [...entries]
    .map((e) => e.source)
    .filter((s) => s.kind === 'person')
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** Sources grouped by a key each may have several of, in the given order. */
function groupBy(ordered: readonly Entry[], keys: (source: Source) => readonly string[]): Map<string, Source[]> {
  const map = new Map<string, Source[]>();
  for (const { source } of ordered) {
    for (const key of keys(source)) {
      const list = map.get(key);
      if (list) list.push(source);
      else map.set(key, [source]);
    }
  }
  return map;
}

/** What each person made (the sources that name them as a creator), in the given order. */
export function creditsByPerson(ordered: readonly Entry[]): Map<string, Source[]> {
  return groupBy(ordered, (source) => source.creators);
}

/** What was saved from each site (by host, see `hostOf`), in the given order. */
export function sourcesByHost(ordered: readonly Entry[]): Map<string, Source[]> {
  return groupBy(ordered, (source) => {
    const host = hostOf(source.url);
    return host === undefined ? [] : [host];
  });
}

/** What changes since the orders were made did to them: nothing, removals only, or anything. */
type OrderChange = { kind: 'none' } | { kind: 'removed'; ids: Set<string> } | { kind: 'any' };

/**
 * Views computed once per version of the collection. Sorting 100,000 sources takes a while, so
 * a sort order is also kept over changes that leave it as it is (a bulk edit of topics), and
 * filtered over removals.
 */
export class ViewMemo {
  private derived = new Map<string, unknown>();
  private derivedVersion = -1;
  private orders = new Map<Sort, Entry[]>();
  private orderChange: OrderChange = { kind: 'any' };

  /** Says what a change did: `moved` when a source may have moved in some order, else what went. */
  noteChange(moved: boolean, removed: readonly string[] = []): void {
    const change = this.orderChange;
    if (moved || change.kind === 'any') this.orderChange = { kind: 'any' };
    else if (removed.length > 0) {
      const ids = change.kind === 'removed' ? change.ids : new Set<string>();
      for (const id of removed) ids.add(id);
      this.orderChange = { kind: 'removed', ids };
    }
  }

  /** Something computed from the sources at `version`, kept until the version changes. */
  get<T>(version: number, key: string, compute: () => T): T {
    if (this.derivedVersion !== version) {
      this.derived.clear();
      this.derivedVersion = version;
      const change = this.orderChange;
      this.orderChange = { kind: 'none' };
      if (change.kind === 'any') this.orders.clear();
      else if (change.kind === 'removed') {
        for (const [sort, order] of this.orders)
          this.orders.set(
            sort,
            order.filter((e) => !change.ids.has(e.source.id)),
          );
      }
    }
    if (!this.derived.has(key)) this.derived.set(key, compute());
    return this.derived.get(key) as T;
  }

  /** The entries in a sort order at `version`, kept over changes that leave the order as it is. */
  sorted(version: number, entries: () => Iterable<Entry>, sort: Sort): readonly Entry[] {
    return this.get(version, `sorted:${sort}`, () => {
      let order = this.orders.get(sort);
      if (!order) {
        order = sortedEntries(entries(), sort);
        this.orders.set(sort, order);
      }
      return order;
    });
  }
}
